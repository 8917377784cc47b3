package io.github.newsclaims.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.Approximator;
import io.github.newsclaims.core.Factuality;
import io.github.newsclaims.core.Interval;
import io.github.newsclaims.core.authoring.Cues;
import io.github.newsclaims.json.NewsClaimsJson;
import io.github.newsclaims.json.NewsClaimsJsonException;
import io.github.newsclaims.jsonld.NewsClaimsJsonLd;
import io.github.newsclaims.testing.Generators;
import io.github.newsclaims.testing.Samples;
import org.junit.jupiter.api.Test;

/**
 * Runs twice (see the pom): on the class path and on the module path. Each run first proves which
 * of the two it is, so neither can pass in the other's place.
 */
class PipelineTest {
  @Test
  void runsWhereThePomSays() {
    Module module = Pipeline.class.getModule();
    String expected = System.getProperty("consumer.expected.module");
    assertEquals(expected, module.isNamed() ? module.getName() : "unnamed");
    if (module.isNamed()) {
      assertTrue(NewsClaimsJson.class.getModule().isNamed(), "newsclaims-json is a named module");
      assertEquals("io.github.newsclaims.json", NewsClaimsJson.class.getModule().getName());
      assertEquals("io.github.newsclaims.core", Interval.class.getModule().getName());
      assertEquals("io.github.newsclaims.html", io.github.newsclaims.html.HtmlView.class.getModule().getName());
    }
  }

  @Test
  void readsAQuantityPhrase() {
    assertEquals(Approximator.ABOUT, Pipeline.soldiers().getApproximator());
    assertEquals(Interval.closed(13_500, 16_500), Pipeline.soldiers().getInterval());
  }

  @Test
  void roundTripsGeneratedArticlesWithEveryDocumentRuleChecked() {
    qt().withExamples(30).forAll(Generators.annotatedArticles(5))
        .checkAssert(article -> assertEquals(article, Pipeline.roundTrip(article)));
  }

  @Test
  void reportsABrokenDocumentRuleThroughTheValidationProvider() {
    String json = NewsClaimsJson.write(Samples.annotated()).replace("\"source\":\"kcna\"", "\"source\":\"nobody\"");
    NewsClaimsJsonException e = assertThrows(NewsClaimsJsonException.class, () -> NewsClaimsJson.read(json));
    assertTrue(e.getMessage().contains("nobody"), e.getMessage());
  }

  /** The JSON-LD module reads its bundled context documents and exports from inside its named module too. */
  @Test
  void exportsJsonLdWithTheBundledContexts() {
    if (Pipeline.class.getModule().isNamed()) {
      assertEquals("io.github.newsclaims.jsonld", NewsClaimsJsonLd.class.getModule().getName());
    }
    assertTrue(NewsClaimsJsonLd.contexts().get("http://www.w3.org/ns/anno.jsonld").contains("\"TextPositionSelector\""));
    assertTrue(NewsClaimsJsonLd.contexts().get("https://schema.org").contains("\"ClaimReview\""));
    var imported = Pipeline.webAnnotationsRoundTrip(Samples.annotated());
    assertEquals(java.util.List.of(), imported.lost());
    assertEquals(Samples.annotated().claim("c2").orElseThrow().getEvidence(), imported.evidence("c2"));
  }

  @Test
  void rendersTheWebViewWithItsTemplatesStyleAndScript() {
    String page = Pipeline.page(Samples.annotated());
    assertTrue(page.startsWith("<!DOCTYPE html>"), page.substring(0, 20));
    assertTrue(page.contains("data-claim-id=\"" + Samples.annotated().getClaims().get(0).getId() + "\""), page);
    assertTrue(page.contains("document.documentElement.setAttribute(\"data-ready\""), "the inline script is there");
  }

  @Test
  void jacksonFindsTheNewsclaimsModule() {
    assertEquals(java.util.List.of("newsclaims"), Pipeline.discoveredModules());
  }

  /** The cue table is a resource inside core's module; the authoring API and the draft reader find it from here too. */
  @Test
  void annotatesByQuotationWithTheCueTableAndReadsTheSameDraft() {
    if (Pipeline.class.getModule().isNamed()) {
      assertEquals("io.github.newsclaims.core", Cues.class.getModule().getName());
    }
    assertEquals(Factuality.CERTAINLY_SO, Cues.commitment("said").orElseThrow());
    assertTrue(Cues.all().size() > 20, "the whole cue table is read: " + Cues.all().size() + " rows");
    AnnotatedArticle annotated = Pipeline.annotated();
    assertEquals(Factuality.PROBABLY_SO, annotated.getClaims().get(0).getAttribution().get(0).getCommitment());
    assertEquals(Interval.closed(13_500, 16_500), annotated.getClaims().get(0).getEstimates().get(0).getInterval());
    assertEquals(java.util.List.of(), NewsClaimsJson.check(annotated));
    String draft = "{\"format\": \"newsclaims-draft/1\", \"article\": {\"id\": \"a1\", \"headline\": \"Troops\","
        + " \"language\": \"en\", \"text\": \"South Korean intelligence estimates that about 15,000 soldiers are in"
        + " Russia.\"}, \"actors\": [{\"id\": \"nis\", \"name\": \"South Korean intelligence\", \"kind\":"
        + " \"intelligence_agency\"}], \"claims\": [{\"id\": \"c1\", \"proposition\": \"About 15,000 soldiers are"
        + " in Russia.\", \"evidence\": [\"South Korean intelligence estimates that about 15,000 soldiers are in"
        + " Russia\"], \"kind\": \"quantity\", \"attribution\": [{\"source\": \"nis\", \"cue\": \"estimates\","
        + " \"mode\": \"indirect\"}], \"estimates\": [{\"id\": \"e1\", \"measure\": \"soldiers in Russia\","
        + " \"phrase\": \"about 15,000\"}]}]}";
    assertEquals(annotated, Pipeline.draft(draft));
  }
}
