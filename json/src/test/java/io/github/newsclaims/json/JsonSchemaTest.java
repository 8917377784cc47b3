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
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The shipped JSON Schema agrees with the reader and the writer: everything the writer writes is
 * valid, every document the reader rejects for its shape the schema rejects too, and every document
 * the schema rejects the reader rejects.
 */
class JsonSchemaTest {
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  static final Schema SCHEMA = load();
  /** Reads numbers exactly, so that 1e400 is a number beyond a long rather than infinity. */
  private static final JsonMapper EXACT = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, DeserializationFeature.USE_BIG_INTEGER_FOR_INTS).build();

  private static Schema load() {
    try (InputStream in = NewsClaimsJson.class.getClassLoader().getResourceAsStream(NewsClaimsJson.SCHEMA_RESOURCE)) {
      return REGISTRY.getSchema(in);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * The schema's errors for {@code json}; a non-empty list means the schema rejects it.
   *
   * <p>json-schema-validator 3.0.9 checks "minimum"/"maximum" with {@code JsonNode.asLong()}, which
   * Jackson 3 refuses for a number beyond the range of a long (e.g. {@code 1.7976931348623157e308}):
   * the validator throws instead of answering. Such a number is validated in a stand-in that gets the
   * same verdict from every keyword our schema uses: a number within the range of a double becomes
   * {@code ±Long.MAX_VALUE} (both are integers, as every number that large has no fraction, and both
   * lie beyond every bound of an integer property, within the bounds of a number property); a number
   * beyond the range of a double, which no property accepts, becomes {@code null}, which no property
   * accepts either. {@link #theStandInsForLargeNumbersKeepTheSchemasVerdict()} holds these premises.
   * A validator exception for any other document fails the test.
   */
  static List<String> errors(String json) {
    return SCHEMA.validate(withinLongRange(json), InputFormat.JSON).stream().map(Error::toString).toList();
  }

  private static String withinLongRange(String json) {
    JsonNode tree;
    try {
      tree = EXACT.readTree(json);
    } catch (JacksonException e) {
      return json; // not a tree: the validator sees it as it is
    }
    return clamp(tree) ? EXACT.writeValueAsString(tree) : json;
  }

  /** Replaces every number beyond the range of a long by ±Long.MAX_VALUE; whether any was. */
  private static boolean clamp(JsonNode node) {
    boolean changed = false;
    if (node instanceof ObjectNode object) {
      for (String name : List.copyOf(object.propertyNames())) {
        JsonNode value = object.get(name);
        if (beyondLong(value)) {
          object.set(name, standIn(value));
          changed = true;
        } else {
          changed |= clamp(value);
        }
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        JsonNode value = array.get(i);
        if (beyondLong(value)) {
          array.set(i, standIn(value));
          changed = true;
        } else {
          changed |= clamp(value);
        }
      }
    }
    return changed;
  }

  private static JsonNode standIn(JsonNode value) {
    BigDecimal number = value.decimalValue();
    if (number.abs().compareTo(BigDecimal.valueOf(Double.MAX_VALUE)) > 0) {
      return JsonNodeFactory.instance.nullNode();
    }
    return JsonNodeFactory.instance.numberNode(number.signum() < 0 ? -Long.MAX_VALUE : Long.MAX_VALUE);
  }

  private static boolean beyondLong(JsonNode value) {
    return value.isNumber() && value.decimalValue().abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0;
  }

  @Test
  void theStandInsForLargeNumbersKeepTheSchemasVerdict() {
    JsonNode schema = EXACT.readTree(NewsClaimsJson.schema());
    List<JsonNode> bounds = new java.util.ArrayList<>();
    for (String keyword : List.of("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum")) {
      bounds.addAll(schema.findValues(keyword));
    }
    assertFalse(bounds.isEmpty(), "the schema states no numeric bounds");
    BigDecimal doubleRange = BigDecimal.valueOf(Double.MAX_VALUE);
    for (JsonNode bound : bounds) {
      // Every bound is an integer property's (within a long) or a number property's (the range of a double).
      assertTrue(bound.isNumber() && (!beyondLong(bound) || bound.decimalValue().abs().compareTo(doubleRange) == 0),
          () -> "a bound a stand-in would cross: " + bound);
    }
    // No property accepts null, so null stands in for a number no property accepts.
    for (JsonNode type : schema.findValues("type")) {
      assertFalse(type.toString().contains("null"), () -> "a type admits null: " + type);
    }
    assertFalse(schema.toString().contains("{}"), "an unconstrained value (an empty schema) would accept null");
  }

  @Test
  void judgesNumbersBeyondTheRangeOfALongWithoutFailing() {
    String sample = NewsClaimsJson.write(Samples.annotated());
    String start = "\"start\":";
    int at = sample.indexOf(start) + start.length();
    int end = at;
    while (Character.isDigit(sample.charAt(end))) {
      end++;
    }
    for (String number : List.of("1.7976931348623157e308", "-1e400", "1e400", "99999999999999999999")) {
      String json = sample.substring(0, at) + number + sample.substring(end);
      assertFalse(errors(json).isEmpty(), json);
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
    qt().withExamples(Examples.of(500)).forAll(Generators.annotatedArticles()).checkAssert(article -> {
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

  /**
   * Rules of one object that the reader enforces beyond types and names — FactBank's eight values,
   * sources of named modes, canonical language tags, blank strings, kinds that take or refuse other
   * properties — are the schema's too, so a consumer validating with the schema alone (ajv, say)
   * refuses the same documents.
   */
  @Test
  void rejectsWhatTheReaderRefusesWithinOneObject() {
    String sample = NewsClaimsJson.write(Samples.annotated());
    String c2Factuality = "\"factuality\":{\"polarity\":\"unknown\",\"certainty\":\"underspecified\"}";
    assertTrue(sample.contains(c2Factuality), sample);
    List<String> refused = List.of(
        sample.replace(c2Factuality, "\"factuality\":{\"polarity\":\"negative\",\"certainty\":\"underspecified\"}"),
        sample.replace(c2Factuality, "\"factuality\":{\"polarity\":\"unknown\",\"certainty\":\"probable\"}"),
        sample.replaceFirst("\"source\":\"kcna\",", ""),
        sample.replace("\"mode\":\"according_to\"", "\"mode\":\"authorial\""),
        sample.replace("\"mode\":\"according_to\"", "\"mode\":\"according_to\",\"carriedOver\":\"yes\""),
        sample.replace("\"language\":\"en\"", "\"language\":\"EN_us\""),
        sample.replace("\"language\":\"en\"", "\"language\":\"en-gb\""),
        sample.replace("\"language\":\"en\"", "\"language\":\"und\""),
        sample.replace("\"id\":\"c1\"", "\"id\":\" \""),
        sample.replace("\"name\":\"North Korea\"", "\"name\":\"\\t\\u3000\""),
        sample.replace("\"kind\":\"count\",\"name\":\"soldiers\"", "\"kind\":\"fraction\",\"name\":\"soldiers\""),
        sample.replace("\"kind\":\"count\",\"name\":\"soldiers\"", "\"kind\":\"currency\""),
        sample.replace("\"approximator\":\"about\"", "\"approximator\":\"derived\""),
        sample.replace("\"approximator\":\"about\"", "\"approximator\":\"about\",\"derivedFrom\":[\"e-x\"]"),
        sample.replace(",\"statedValue\":15000", ""),
        sample.replace("\"low\":13500,\"lowClosed\":true", "\"lowClosed\":true"),
        sample.replace("\"kind\":\"present\"", "\"kind\":\"present\",\"year\":2024"),
        sample.replace("\"kind\":\"present\"", "\"kind\":\"date\""),
        sample.replace("\"kind\":\"present\"", "\"kind\":\"date\",\"month\":4,\"day\":31"),
        sample.replace("\"kind\":\"present\"", "\"kind\":\"date\",\"year\":2024,\"day\":3"),
        sample.replace("\"kind\":\"present\"", "\"kind\":\"recurring\""),
        sample.replace("\"kind\":\"present\"", "\"kind\":\"recurring\",\"period\":\"P0Y0M\""),
        sample.replace("\"kind\":\"present\"", "\"kind\":\"relative\",\"period\":\"P1Y\""),
        sample.replace("\"aliases\":[\"Pyongyang\"]", "\"sameAs\":[\"Q423\"]"),
        sample.replace("\"aliases\":[\"Pyongyang\"]",
            "\"sameAs\":[\"http://www.wikidata.org/entity/Q423\",\"http://www.wikidata.org/entity/Q423\"]"),
        withClaimPart(sample, "\"key\":\"\""),
        withClaimPart(sample, "\"place\":{\"name\":\" \"}"),
        withClaimPart(sample, "\"provenance\":{\"annotator\":\"x\",\"method\":\"automatic\",\"confidence\":1.5}"),
        withClaimPart(sample, "\"provenance\":{\"annotator\":\"x\",\"method\":\"machine\"}"),
        withClaimPart(sample, "\"reviews\":[{\"reviewer\":\"kcna\",\"rating\":{\"label\":\"False\"},\"url\":\"/review\"}]"),
        withClaimPart(sample, "\"reviews\":[{\"reviewer\":\"kcna\",\"rating\":{\"label\":\"False\",\"value\":1},"
            + "\"url\":\"https://factcheck.example/1\"}]"),
        withClaimPart(sample, "\"reviews\":[{\"reviewer\":\"kcna\",\"rating\":{\"label\":\"False\"},"
            + "\"url\":\"https://factcheck.example/1\",\"date\":\"28 Nov 2024\"}]"));
    for (String json : refused) {
      assertThrows(NewsClaimsJsonException.class, () -> NewsClaimsJson.read(json), json);
      assertFalse(errors(json).isEmpty(), json);
    }
    // The same additions, well formed, are accepted by both.
    List<String> accepted = List.of(
        sample.replace("\"language\":\"en\"", "\"language\":\"zh-Hant-TW\""),
        sample.replace("\"aliases\":[\"Pyongyang\"]", "\"sameAs\":[\"http://www.wikidata.org/entity/Q423\"]"),
        sample.replace("\"mode\":\"according_to\"", "\"mode\":\"according_to\",\"carriedOver\":false"),
        withClaimPart(sample, "\"key\":\"nk-troops\",\"place\":{\"name\":\"there\",\"sameAs\":[\"https://geo.example/1\"]},"
            + "\"provenance\":{\"annotator\":\"x\",\"method\":\"automatic\",\"confidence\":1},"
            + "\"reviews\":[{\"reviewer\":\"kcna\",\"rating\":{\"label\":\"False\",\"value\":1,\"best\":5,\"worst\":1},"
            + "\"url\":\"https://factcheck.example/1\",\"date\":\"2024-11-28\",\"summary\":\"No.\"}]"));
    for (String json : accepted) {
      assertEquals(List.of(), errors(json), json);
      NewsClaimsJson.read(json);
    }
  }

  /** The sample with {@code members} added to its first claim. */
  private static String withClaimPart(String sample, String members) {
    String first = "{\"id\":\"c1\",";
    assertTrue(sample.contains(first), sample);
    return sample.replace(first, first + members + ",");
  }

  @Test
  void agreesWithTheReaderOnEveryMutant() {
    int[] shape = {0};
    int[] rejectedBeyondShape = {0};
    qt().withExamples(Examples.of(5000)).forAll(Generators.annotatedArticles(4), longs().all()).checkAssert((article, seed) -> {
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
    assertTrue(shape[0] > Examples.of(500), "too few shape mutants: " + shape[0]);
    assertTrue(rejectedBeyondShape[0] > Examples.of(100), "too few mutants of the right shape but invalid: " + rejectedBeyondShape[0]);
  }
}
