package io.github.newsclaims.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.Approximator;
import io.github.newsclaims.core.Estimate;
import io.github.newsclaims.testing.Generators;
import io.github.newsclaims.core.Interval;
import io.github.newsclaims.core.Unit;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import tools.jackson.databind.json.JsonMapper;

/** Writing and reading are inverse for every valid article, and writing is deterministic. */
class JsonRoundTripProperties {
  private static final JsonMapper DISCOVERED = JsonMapper.builder().findAndAddModules().build();

  @Test
  void readingWhatWasWrittenGivesAnEqualArticle() {
    qt().withExamples(Examples.of(500)).forAll(Generators.annotatedArticles()).checkAssert(article -> {
      assertEquals(article, NewsClaimsJson.read(NewsClaimsJson.write(article)));
      assertEquals(article, NewsClaimsJson.read(NewsClaimsJson.writePretty(article)));
    });
  }

  @Test
  void writingWhatWasReadGivesTheSameText() {
    qt().withExamples(Examples.of(500)).forAll(Generators.annotatedArticles()).checkAssert(article -> {
      String compact = NewsClaimsJson.write(article);
      String pretty = NewsClaimsJson.writePretty(article);
      assertEquals(compact, NewsClaimsJson.write(NewsClaimsJson.read(compact)));
      assertEquals(pretty, NewsClaimsJson.writePretty(NewsClaimsJson.read(pretty)));
      assertEquals(compact, NewsClaimsJson.write(NewsClaimsJson.read(pretty)));
    });
  }

  @Test
  void equalArticlesAreWrittenAsTheSameText() {
    qt().withExamples(Examples.of(200)).forAll(Generators.annotatedArticles()).checkAssert(article -> {
      AnnotatedArticle copy = AnnotatedArticle.builder().from(article).build();
      assertEquals(NewsClaimsJson.write(article), NewsClaimsJson.write(copy));
      assertEquals(NewsClaimsJson.writePretty(article), NewsClaimsJson.writePretty(copy));
    });
  }

  @Test
  void byteAndCharacterChannelsCarryTheSameDocument() {
    qt().withExamples(Examples.of(200)).forAll(Generators.annotatedArticles()).checkAssert(article -> {
      String pretty = NewsClaimsJson.writePretty(article);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      NewsClaimsJson.writePretty(article, bytes);
      assertEquals(pretty, bytes.toString(StandardCharsets.UTF_8));
      ByteArrayOutputStream compact = new ByteArrayOutputStream();
      NewsClaimsJson.write(article, compact);
      assertEquals(NewsClaimsJson.write(article), compact.toString(StandardCharsets.UTF_8));
      assertEquals(article, NewsClaimsJson.read(new ByteArrayInputStream(bytes.toByteArray())));
      assertEquals(article, NewsClaimsJson.read(new StringReader(pretty)));
    });
  }

  @Test
  void compactTextIsOneLineAndPrettyTextUsesLineFeedsOnly() {
    qt().withExamples(Examples.of(200)).forAll(Generators.annotatedArticles()).checkAssert(article -> {
      assertFalse(NewsClaimsJson.write(article).contains("\n"));
      String pretty = NewsClaimsJson.writePretty(article);
      assertFalse(pretty.contains("\r"));
      assertTrue(pretty.endsWith("}\n"));
    });
  }

  @Test
  void theDiscoveredModuleRoundTripsArticlesAndTheirParts() {
    qt().withExamples(Examples.of(200)).forAll(Generators.annotatedArticles()).checkAssert(article -> {
      String json = DISCOVERED.writeValueAsString(article);
      assertEquals(article, DISCOVERED.readValue(json, AnnotatedArticle.class));
      assertEquals(article, NewsClaimsJson.read(json));
    });
    qt().forAll(Generators.estimates()).checkAssert(estimate ->
        assertEquals(estimate, DISCOVERED.readValue(DISCOVERED.writeValueAsString(estimate), Estimate.class)));
    qt().forAll(Generators.intervals()).checkAssert(interval ->
        assertEquals(interval, DISCOVERED.readValue(DISCOVERED.writeValueAsString(interval), Interval.class)));
    qt().forAll(Generators.units()).checkAssert(unit ->
        assertEquals(unit, DISCOVERED.readValue(DISCOVERED.writeValueAsString(unit), Unit.class)));
  }

  @Test
  void everyFiniteDoubleSurvivesAsAnIntervalBound() {
    // NaN and the infinities are no bounds; they become other finite doubles rather than being filtered.
    Gen<Double> finite = doubles().any().map(d -> Double.isNaN(d) ? -0.0 : Double.isInfinite(d) ? Math.copySign(Double.MAX_VALUE, d) : d);
    qt().withExamples(Examples.of(5000)).forAll(finite, finite)
        .checkAssert((a, b) -> {
          Interval interval = Interval.closed(Math.min(a, b), Math.max(a, b));
          Estimate estimate = Estimate.builder().id("e").measure("m").unit(Unit.count())
              .approximator(Approximator.BETWEEN).interval(interval).statedValue(a).build();
          String json = DISCOVERED.writeValueAsString(estimate);
          Estimate read = DISCOVERED.readValue(json, Estimate.class);
          // Double.valueOf equality: every digit survives (a stated -0.0 is normalised to 0.0 on build).
          assertEquals(estimate, read, json);
          assertEquals(Double.doubleToRawLongBits(a), Double.doubleToRawLongBits(read.getStatedValue().getAsDouble()), json);
        });
  }
}
