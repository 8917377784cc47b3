package io.github.newsclaims.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.newsclaims.testing.Generators;
import io.github.newsclaims.testing.Samples;
import io.github.newsclaims.json.NewsClaimsJsonException.Kind;
import io.github.newsclaims.json.NewsClaimsJsonException.Problem;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.exc.JsonNodeException;

/**
 * The shipped JSON Schema agrees with the reader and the writer: everything the writer writes is
 * valid, every document the reader rejects for its shape the schema rejects too, and every document
 * the schema rejects the reader rejects.
 */
class JsonSchemaTest {
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  static final Schema SCHEMA = load();

  private static Schema load() {
    try (InputStream in = NewsClaimsJson.class.getClassLoader().getResourceAsStream(NewsClaimsJson.SCHEMA_RESOURCE)) {
      return REGISTRY.getSchema(in);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The schema's errors for {@code json}; a non-empty list means the schema rejects it. */
  static List<String> errors(String json) {
    try {
      return SCHEMA.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    } catch (JsonNodeException e) {
      // json-schema-validator 3.0.9 checks "minimum"/"maximum" of an integer property with
      // JsonNode.asLong(), which Jackson 3 refuses for a floating-point value beyond the range of a
      // long (e.g. 1.7976931348623157e308). Every such value exceeds our integer maxima, so the
      // schema does reject it; anything else the validator throws is a failure.
      if (e.getMessage().contains("not in 64-bit `long` range")) {
        return List.of("maximum (validator failed with: " + e.getOriginalMessage() + ")");
      }
      throw e;
    }
  }

  @Test
  void isAValidDraft202012Schema() {
    Schema meta = REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    assertEquals(List.of(), meta.validate(NewsClaimsJson.schema(), InputFormat.JSON));
    // The meta-schema is not vacuous: it refuses a schema with a mistyped keyword value.
    assertFalse(meta.validate("{\"type\": \"objekt\"}", InputFormat.JSON).isEmpty());
  }

  @Test
  void acceptsEverythingTheWriterWrites() {
    assertEquals(List.of(), errors(NewsClaimsJson.writePretty(Samples.annotated())));
    qt().withExamples(500).forAll(Generators.annotatedArticles()).checkAssert(article -> {
      String json = NewsClaimsJson.write(article);
      assertEquals(List.of(), errors(json), json);
    });
  }

  @Test
  void rejectsWhatTheReaderRejectsForShape() {
    String sample = NewsClaimsJson.write(Samples.annotated());
    List<String> shapes = List.of(
        sample.replace("\"format\":\"newsclaims/1\",", ""),
        sample.replace("newsclaims/1", "newsclaims/2"),
        sample.replace("\"text\":\"now\"}", "\"text\":\"now\",\"extra\":1}"),
        sample.replace("\"kind\":\"state_media\"", "\"kind\":\"STATE_MEDIA\""),
        sample.replace("\"start\":13", "\"start\":\"13\""),
        sample.replace("\"start\":13", "\"start\":13.5"),
        sample.replace("\"start\":13", "\"start\":2147483648"),
        sample.replace("\"lowClosed\":true", "\"lowClosed\":null"),
        sample.replace("\"high\":16500", "\"high\":1e400"),
        sample.replace("\"statedValue\":15000", "\"statedValue\":\"15000\""),
        sample.replace("\"aliases\":[\"Pyongyang\"]", "\"aliases\":\"Pyongyang\""),
        sample.replace("\"id\":\"sample\",", "\"id\":\"sample\",\"publicationDate\":\"26 Nov 2024\","),
        sample.replace("\"kind\":\"present\"", "\"kind\":\"recurring\",\"period\":\"P1W\""),
        sample.replace("\"relations\":[{\"kind\":\"elaborates\",\"target\":\"c1\"}]", "\"relations\":{}"),
        "[]",
        "null");
    for (String json : shapes) {
      NewsClaimsJsonException e = assertThrows(NewsClaimsJsonException.class, () -> NewsClaimsJson.read(json));
      assertTrue(e.getProblems().stream().anyMatch(p -> p.kind() == Kind.SHAPE), e::getMessage);
      assertFalse(errors(json).isEmpty(), json);
    }
  }

  @Test
  void agreesWithTheReaderOnEveryMutant() {
    int[] shape = {0};
    int[] rejectedBeyondShape = {0};
    qt().withExamples(5000).forAll(Generators.annotatedArticles(4), longs().all()).checkAssert((article, seed) -> {
      Mutants.Mutant mutant = Mutants.mutate(NewsClaimsJson.write(article), seed, true);
      List<String> errors = errors(mutant.json());
      Optional<List<Problem>> problems = JsonMutationProperties.outcome(mutant);
      boolean readerShape = problems.isPresent() && problems.get().stream().anyMatch(p -> p.kind() == Kind.SHAPE);
      if (readerShape) {
        shape[0]++;
        assertFalse(errors.isEmpty(), () -> "the reader rejects the shape, the schema accepts: " + problems.get() + "\n" + mutant);
      }
      if (!errors.isEmpty()) {
        assertTrue(problems.isPresent(), () -> "the schema rejects " + errors + ", the reader accepts\n" + mutant);
      }
      if (problems.isPresent() && !readerShape) {
        rejectedBeyondShape[0]++;
      }
    });
    assertTrue(shape[0] > 500, "too few shape mutants: " + shape[0]);
    assertTrue(rejectedBeyondShape[0] > 100, "too few mutants of the right shape but invalid: " + rejectedBeyondShape[0]);
  }
}
