package io.github.newsclaims.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.Approximator;
import io.github.newsclaims.core.Article;
import io.github.newsclaims.core.Estimate;
import io.github.newsclaims.core.Interval;
import io.github.newsclaims.testing.Samples;
import io.github.newsclaims.core.TextSpan;
import io.github.newsclaims.core.Unit;
import io.github.newsclaims.json.NewsClaimsJsonException.Kind;
import io.github.newsclaims.json.NewsClaimsJsonException.Problem;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class NewsClaimsJsonTest {
  private static final String SAMPLE = NewsClaimsJson.writePretty(Samples.annotated());
  private static final String MINIMAL = "{\"format\":\"newsclaims/1\",\"article\":"
      + "{\"id\":\"a\",\"headline\":\"H\",\"language\":\"en\",\"text\":\"Some text.\"}}";

  /** The problems reading {@code json} reports, as "pointer: message" lines. */
  private static List<String> problems(String json) {
    return rejection(json).getProblems().stream().map(Problem::toString).toList();
  }

  private static NewsClaimsJsonException rejection(String json) {
    return assertThrows(NewsClaimsJsonException.class, () -> NewsClaimsJson.read(json));
  }

  private static String sample(UnaryOperator<String> edit) {
    String edited = edit.apply(SAMPLE);
    assertFalse(edited.equals(SAMPLE), "the edit changed nothing");
    return edited;
  }

  @Test
  void writesTheSampleWithItsIntegersWithoutFraction() {
    String compact = NewsClaimsJson.write(Samples.annotated());
    assertTrue(compact.startsWith("{\"format\":\"newsclaims/1\",\"article\":{\"id\":\"sample\",\"headline\":"), compact);
    assertTrue(compact.contains("\"interval\":{\"low\":13500,\"lowClosed\":true,\"high\":16500,\"highClosed\":true},"
        + "\"statedValue\":15000}"), compact);
    assertTrue(compact.contains("\"kind\":\"state_media\""), compact);
    assertTrue(compact.contains("\"mode\":\"according_to\""), compact);
    assertTrue(compact.contains("\"text\":\"Headline 🚀\\n\\nKim called production “critical” — state media"), compact);
  }

  @Test
  void leavesOutAbsentOptionalsAndEmptyLists() {
    AnnotatedArticle bare = NewsClaimsJson.read(MINIMAL);
    assertEquals(MINIMAL, NewsClaimsJson.write(bare));
    assertEquals(List.of(), bare.getActors());
    assertEquals(List.of(), bare.getClaims());
    assertTrue(bare.getArticle().getOutlet().isEmpty());
  }

  @Test
  void readsExplicitEmptyListsAsAbsentOnes() {
    String explicit = MINIMAL.replace("}}", ",\"nonContent\":[]},\"actors\":[],\"claims\":[]}");
    assertEquals(NewsClaimsJson.read(MINIMAL), NewsClaimsJson.read(explicit));
  }

  @Test
  void writesUnboundedIntervalsWithoutTheirInfiniteBound() {
    Estimate atLeast = Estimate.builder().id("e").measure("m").unit(Unit.count())
        .approximator(Approximator.AT_LEAST).interval(Interval.atLeast(200)).statedValue(200.0).build();
    AnnotatedArticle article = AnnotatedArticle.builder().article(Article.builder().id("a").headline("H")
            .language("en").text("at least 200").build())
        .addClaim(io.github.newsclaims.core.Claim.builder().id("c").proposition("p")
            .kind(io.github.newsclaims.core.ClaimKind.QUANTITY).factuality(io.github.newsclaims.core.Factuality.CERTAINLY_SO)
            .addEvidence(TextSpan.of(0, 12, "at least 200")).addEstimate(atLeast).build())
        .build();
    String json = NewsClaimsJson.write(article);
    assertTrue(json.contains("\"interval\":{\"low\":200,\"lowClosed\":true,\"highClosed\":false}"), json);
    assertEquals(article, NewsClaimsJson.read(json));
  }

  @Test
  void readsPropertiesInAnyOrder() {
    String reordered = "{\"article\":{\"text\":\"Some text.\",\"language\":\"en\",\"headline\":\"H\",\"id\":\"a\"},"
        + "\"format\":\"newsclaims/1\"}";
    assertEquals(NewsClaimsJson.read(MINIMAL), NewsClaimsJson.read(reordered));
  }

  @Test
  void acceptsWholeNumbersWrittenWithAFraction() {
    String json = sample(s -> s.replace("\"start\": 91", "\"start\": 91.0").replace("\"end\": 94", "\"end\": 9.4e1"));
    assertEquals(Samples.annotated(), NewsClaimsJson.read(json));
  }

  @Test
  void rejectsAnUnknownPropertyAtItsPointer() {
    assertEquals(List.of("/claims/1/estimates/0/interval/width: unknown property \"width\"; "
            + "known properties are low, lowClosed, high, highClosed"),
        problems(sample(s -> s.replace("\"low\": 13500,", "\"low\": 13500, \"width\": 3000,"))));
  }

  @Test
  void rejectsAMissingPropertyAtItsObject() {
    assertEquals(List.of("/actors/1: missing required property \"kind\""),
        problems(sample(s -> s.replace("\"kind\": \"state_media\",", ""))));
  }

  @Test
  void rejectsWrongTypesWithWhatWasFound() {
    assertEquals(List.of("/claims/0/evidence/0/start: must be an integer, was a string (\"13\")",
            "/claims/1/estimates/0/statedValue: must be a number, was null",
            "/claims/1/estimates/0/interval/lowClosed: must be true or false, was a string (\"yes\")",
            "/claims/0/evidence/0/start: must be an integer, was a number (13.5)"),
        List.of(problems(sample(s -> s.replace("\"start\": 13,", "\"start\": \"13\","))).get(0),
            problems(sample(s -> s.replace("\"statedValue\": 15000", "\"statedValue\": null"))).get(0),
            problems(sample(s -> s.replace("\"lowClosed\": true", "\"lowClosed\": \"yes\""))).get(0),
            problems(sample(s -> s.replace("\"start\": 13,", "\"start\": 13.5,"))).get(0)));
  }

  @Test
  void rejectsEnumNamesInAnotherSpelling() {
    assertEquals(List.of("/actors/1/kind: must be one of \"person\", \"state\", \"state_media\", \"news_outlet\", "
            + "\"intelligence_agency\", \"military\", \"government\", \"law_enforcement\", \"company\", "
            + "\"international_organisation\", \"non_governmental_organisation\", \"political_party\", \"court\", "
            + "\"health_authority\", \"organisation\", \"expert_group\", \"unnamed_source\", "
            + "\"group\", \"other\"; was \"STATE_MEDIA\""),
        problems(sample(s -> s.replace("\"state_media\"", "\"STATE_MEDIA\""))));
  }

  @Test
  void reportsEveryShapeProblemInOnePass() {
    String json = sample(s -> s.replace("\"kind\": \"state\",", "\"kind\": \"nation\",")
        .replace("\"certainty\": \"probable\"", "\"certainty\": 2")
        .replace("\"headline\": \"Headline 🚀\",", ""));
    assertEquals(List.of("/article: missing required property \"headline\"",
        "/actors/0/kind: must be one of \"person\", \"state\", \"state_media\", \"news_outlet\", "
            + "\"intelligence_agency\", \"military\", \"government\", \"law_enforcement\", \"company\", "
            + "\"international_organisation\", \"non_governmental_organisation\", \"political_party\", \"court\", "
            + "\"health_authority\", \"organisation\", \"expert_group\", \"unnamed_source\", "
            + "\"group\", \"other\"; was \"nation\"",
        "/claims/1/attribution/0/commitment/certainty: must be a string, was a number (2)"), problems(json));
  }

  @Test
  void rejectsABrokenInvariantAtTheObjectBeingBuilt() {
    NewsClaimsJsonException e = rejection(sample(s -> s.replace("\"high\": 16500", "\"high\": 12000")));
    assertEquals(List.of(new Problem(Kind.INVARIANT, "/claims/1/estimates/0/interval",
        "interval low (13500) must not exceed high (12000)")), e.getProblems());
    assertEquals("invalid newsclaims document: /claims/1/estimates/0/interval: "
        + "interval low (13500) must not exceed high (12000)", e.getMessage());
  }

  @Test
  void rejectsARepeatedIdAtTheRepetition() {
    assertEquals(List.of("/claims/1/id: claim id \"c1\" is already the id of /claims/0"),
        problems(sample(s -> s.replace("\"id\": \"c2\"", "\"id\": \"c1\"").replace("\"target\": \"c1\"", "\"target\": \"c0\""))));
  }

  @Test
  void rejectsARepeatedEstimateIdAtTheRepetitionNamingTheFirst() {
    String claim = "{\"id\":\"%s\",\"proposition\":\"p\",\"evidence\":[{\"start\":0,\"end\":4,\"text\":\"Some\"}],"
        + "\"kind\":\"quantity\",\"factuality\":{\"polarity\":\"positive\",\"certainty\":\"certain\"},"
        + "\"estimates\":[{\"id\":\"e\",\"measure\":\"m\",\"unit\":{\"kind\":\"count\"},\"approximator\":\"exact\","
        + "\"interval\":{\"low\":1,\"lowClosed\":true,\"high\":1,\"highClosed\":true},\"statedValue\":1}]}";
    String json = MINIMAL.substring(0, MINIMAL.length() - 1) + ",\"claims\":[" + claim.formatted("c1") + ","
        + claim.formatted("c2") + "]}";
    assertEquals(List.of("/claims/1/estimates/0/id: estimate id \"e\" is already the id of /claims/0/estimates/0"),
        problems(json));
  }

  @Test
  void rejectsAnIntervalThatDisagreesWithItsApproximator() {
    NewsClaimsJsonException e = rejection(sample(s -> s.replace("\"approximator\": \"about\"", "\"approximator\": \"exact\"")));
    assertEquals(List.of(new Problem(Kind.RULE, "/claims/1/estimates/0/interval",
        "estimate e-soldiers interval [13500, 16500] does not agree with approximator EXACT: "
            + "it must be the point [v, v] of the stated value")), e.getProblems());
  }

  @Test
  void rejectsDanglingIdsAtTheirPointers() {
    assertEquals(List.of("/actors/1/affiliation: refers to actor \"dprk\", which the article does not have",
            "/claims/0/about/0: refers to actor \"dprk\", which the article does not have",
            "/claims/1/relations/0/target: refers to claim \"c9\", which the article does not have"),
        problems(sample(s -> s.replace("\"affiliation\": \"north-korea\"", "\"affiliation\": \"dprk\"")
            .replace("\"about\": [\n        \"north-korea\"", "\"about\": [\n        \"dprk\"")
            .replace("\"target\": \"c1\"", "\"target\": \"c9\""))));
  }

  @Test
  void readsWithoutDocumentRulesADocumentWhoseIdsDangle() {
    String json = sample(s -> s.replace("\"target\": \"c1\"", "\"target\": \"c9\""));
    assertEquals(List.of("/claims/1/relations/0/target: refers to claim \"c9\", which the article does not have"),
        problems(json));

    AnnotatedArticle read = NewsClaimsJson.readWithoutDocumentRules(json);
    assertEquals("c9", read.getClaims().get(1).getRelations().get(0).getTarget());
    assertEquals(read, NewsClaimsJson.readWithoutDocumentRules(new StringReader(json)));
    assertEquals(read, NewsClaimsJson.readWithoutDocumentRules(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
    // The rules skipped are the ones any validator checks later.
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      assertEquals(1, factory.getValidator().validate(read).size());
    }
  }

  @Test
  void readsWithoutDocumentRulesTheSameArticleAsRead() {
    assertEquals(Samples.annotated(), NewsClaimsJson.readWithoutDocumentRules(SAMPLE));
  }

  @Test
  void readingWithoutDocumentRulesStillRejectsShapeAndInvariants() {
    NewsClaimsJsonException shape = assertThrows(NewsClaimsJsonException.class, () -> NewsClaimsJson
        .readWithoutDocumentRules(sample(s -> s.replace("\"lowClosed\"", "\"lowclosed\""))));
    assertTrue(shape.getProblems().stream().allMatch(p -> p.kind() == Kind.SHAPE), shape.getMessage());
    assertTrue(shape.getProblems().stream().anyMatch(p -> p.pointer().equals("/claims/1/estimates/0/interval/lowclosed")),
        shape.getMessage());

    NewsClaimsJsonException invariant = assertThrows(NewsClaimsJsonException.class, () -> NewsClaimsJson
        .readWithoutDocumentRules(sample(s -> s.replace("\"high\": 16500", "\"high\": 12000"))));
    assertEquals(List.of(new Problem(Kind.INVARIANT, "/claims/1/estimates/0/interval",
        "interval low (13500) must not exceed high (12000)")), invariant.getProblems());

    NewsClaimsJsonException syntax = assertThrows(NewsClaimsJsonException.class,
        () -> NewsClaimsJson.readWithoutDocumentRules(MINIMAL + "{}"));
    assertEquals(Kind.SYNTAX, syntax.getProblems().get(0).kind());
  }

  @Test
  void listsEveryDocumentRuleViolationAtOnceWhenTheTextIsAltered() {
    NewsClaimsJsonException e = rejection(sample(s -> s.replace("about 15,000 soldiers are now there.",
        "about 16,000 soldiers are now there.")));
    assertEquals(List.of("/claims/1/estimates/0/phrase/text", "/claims/1/evidence/0/text"),
        e.getProblems().stream().map(Problem::pointer).toList());
    assertTrue(e.getProblems().stream().allMatch(p -> p.kind() == Kind.RULE));
    assertTrue(e.getMessage().startsWith("invalid newsclaims document: 2 problems\n"
        + "/claims/1/estimates/0/phrase/text: span [65, 77) \"about 15,000\" does not match the article text, "
        + "which has \"about 16,000\" there\n"), e.getMessage());
  }

  @Test
  void pointsIntoTheArticleForFurnitureThatDoesNotMatchTheText() {
    assertEquals(List.of("/article/nonContent/0/span/text: span [103, 120) \"- Advertisement -\" does not match "
            + "the article text, which has \"- Advertisement +\" there"),
        problems(sample(s -> s.replace("\\n\\n- Advertisement -\"", "\\n\\n- Advertisement +\""))));
  }

  @Test
  void rejectsAClaimInPageFurniture() {
    String json = sample(s -> s.replace("\"start\": 91", "\"start\": 103").replace("\"end\": 94", "\"end\": 106")
        .replace("\"text\": \"now\"", "\"text\": \"- A\""));
    assertEquals(List.of("/claims/1/time/expression: span [103, 106) \"- A\" lies in non-content (advertisement) "
        + "[103, 120) \"- Advertisement -\""), problems(json));
  }

  @Test
  void rejectsAnUnknownFormatBeforeAnythingElse() {
    assertEquals(List.of("/format: unsupported format \"newsclaims/2\"; this version reads \"newsclaims/1\""),
        problems(sample(s -> s.replace("newsclaims/1", "newsclaims/2").replace("\"language\": \"en\",", ""))));
    assertEquals(List.of("(document): missing required property \"format\""),
        problems(MINIMAL.replace("\"format\":\"newsclaims/1\",", "")));
  }

  @Test
  void rejectsNotANumberAndInfinity() {
    assertEquals(List.of(Kind.SYNTAX), kinds(sample(s -> s.replace("\"statedValue\": 15000", "\"statedValue\": NaN"))));
    assertEquals(List.of(Kind.SYNTAX), kinds(sample(s -> s.replace("\"high\": 16500", "\"high\": Infinity"))));
    assertEquals(List.of("/claims/1/estimates/0/interval/high: must be a number within the range of a double "
            + "(about ±1.8e308), was 1e400"),
        problems(sample(s -> s.replace("\"high\": 16500", "\"high\": 1e400"))));
  }

  @Test
  void rejectsNumbersWithExponentsBeyondAnyModelValue() {
    assertEquals(List.of("/claims/1/estimates/0/interval/high: must be a number within the range of a double "
            + "(about ±1.8e308), was 1e99999999999"),
        problems(sample(s -> s.replace("\"high\": 16500", "\"high\": 1e99999999999"))));
    // Like 1e-400, a number too small for a double rounds to zero (and here breaks the "about" rule).
    assertEquals(List.of("/claims/1/estimates/0/interval: estimate e-soldiers interval [13500, 16500] does not agree "
            + "with approximator ABOUT: it must be bounded, wider than a point, and contain the stated value",
            "/claims/1/estimates/0/statedValue: estimate e-soldiers stated value 0.0 lies outside its "
            + "interval [13500, 16500]"),
        problems(sample(s -> s.replace("\"statedValue\": 15000", "\"statedValue\": 1e-99999999999"))));
    assertEquals(List.of("/article/nonContent/0/span/start: must be an integer from -2147483648 to 2147483647, "
            + "was 0e-99999999999"),
        problems(sample(s -> s.replaceFirst("\"start\": 1[0-9]*", "\"start\": 0e-99999999999"))));
  }

  private static List<Kind> kinds(String json) {
    return rejection(json).getProblems().stream().map(Problem::kind).toList();
  }

  @Test
  void rejectsDuplicateProperties() {
    NewsClaimsJsonException e = rejection(sample(s -> s.replace("\"id\": \"kcna\",", "\"id\": \"kcna\", \"id\": \"kcna\",")));
    assertEquals(Kind.SYNTAX, e.getProblems().get(0).kind());
    assertEquals("/actors/1/id", e.getProblems().get(0).pointer());
    assertTrue(e.getMessage().contains("duplicate property \"id\""), e.getMessage());
  }

  @Test
  void rejectsTrailingContentAndEmptyInput() {
    assertEquals(List.of("(document): trailing content after the document (line 1, column " + (MINIMAL.length() + 2) + ")"),
        problems(MINIMAL + " {}"));
    assertEquals(List.of("(document): trailing content after the document (line 2, column 1)"),
        problems(MINIMAL + "\n}"));
    assertEquals(List.of("(document): no JSON document: the input is empty"), problems("  \n"));
  }

  @Test
  void rejectsDocumentsThatAreNotObjects() {
    assertEquals(List.of("(document): must be an object, was null"), problems("null"));
    assertEquals(List.of("(document): must be an object, was an array"), problems("[]"));
    assertEquals(List.of("/article: must be an object, was null"),
        problems(MINIMAL.replaceFirst("\\{\"id\".*}}", "null}")));
  }

  @Test
  void rejectsTruncatedDocumentsWithWhereTheyEnd() {
    NewsClaimsJsonException e = rejection(SAMPLE.substring(0, SAMPLE.indexOf("\"approximator\"")));
    assertEquals(Kind.SYNTAX, e.getProblems().get(0).kind());
    assertEquals("/claims/1/estimates/0/phrase", e.getProblems().get(0).pointer());
    assertTrue(e.getMessage().contains("Unexpected end-of-input"), e.getMessage());
  }

  @Test
  void escapesPropertyNamesInPointers() {
    assertEquals(List.of("/a~1b~0c: unknown property \"a/b~c\"; known properties are format, article, actors, claims, provenance"),
        problems(MINIMAL.replace("{\"format\"", "{\"a/b~c\":1,\"format\"")));
  }

  @Test
  void neverLeaksGeneratedClassNames() {
    for (String json : List.of("{}", "[1]", MINIMAL.replace("\"en\"", "\"en_GB\""),
        sample(s -> s.replace("\"c1\"", "\"\"")), sample(s -> s.replace("\"kind\": \"count\"", "\"kind\": \"percentage\"")))) {
      String message = rejection(json).getMessage();
      assertFalse(message.contains("Immutable") || message.contains("$") || message.contains("jackson"), message);
    }
  }

  @Test
  void failingStreamsAreIoProblemsNotDocumentProblems() {
    InputStream broken = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("disk on fire");
      }
    };
    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> NewsClaimsJson.read(broken));
    assertEquals("disk on fire", e.getCause().getMessage());
  }

  @Test
  void writingToAStreamLeavesItOpen() {
    boolean[] closed = {false};
    ByteArrayOutputStream out = new ByteArrayOutputStream() {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    NewsClaimsJson.write(Samples.annotated(), out);
    assertFalse(closed[0]);
    assertEquals(Samples.annotated(), NewsClaimsJson.read(new ByteArrayInputStream(out.toByteArray())));
  }

  @Test
  void readingFromAStreamLeavesItOpen() {
    boolean[] closed = {false};
    InputStream in = new ByteArrayInputStream(MINIMAL.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    NewsClaimsJson.read(in);
    NewsClaimsJson.read(new StringReader(MINIMAL));
    assertFalse(closed[0]);
  }

  @Test
  void schemaIsTheDraft202012SchemaOfTheFormat() {
    String schema = NewsClaimsJson.schema();
    assertTrue(schema.contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\""));
    assertTrue(schema.contains("\"const\": \"newsclaims/1\""));
  }
}
