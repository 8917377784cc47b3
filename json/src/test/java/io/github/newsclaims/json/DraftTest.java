package io.github.newsclaims.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.Attribution;
import io.github.newsclaims.core.Claim;
import io.github.newsclaims.core.Factuality;
import io.github.newsclaims.core.Interval;
import io.github.newsclaims.core.TextSpan;
import io.github.newsclaims.core.TimeKind;
import io.github.newsclaims.json.NewsClaimsJsonException.Kind;
import io.github.newsclaims.json.NewsClaimsJsonException.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reading drafts: quotations resolved, defaults applied, every problem with its pointer into the draft. */
class DraftTest {
  private static final String TEXT = "Troops\\n\\nSouth Korean intelligence estimates that about 15,000 soldiers are "
      + "in Russia. He said it. Then he said “more”. Experts believe it could rise.";

  private static String draft(String claims) {
    return "{\"format\": \"newsclaims-draft/1\","
        + "\"article\": {\"id\": \"a\", \"headline\": \"Troops\", \"language\": \"en\", \"text\": \"" + TEXT + "\"},"
        + "\"actors\": [{\"id\": \"nis\", \"name\": \"South Korean intelligence\", \"kind\": \"intelligence_agency\"},"
        + "{\"id\": \"experts\", \"name\": \"Experts\", \"kind\": \"expert_group\"}],"
        + "\"claims\": [" + claims + "]}";
  }

  private static final String SOLDIERS = "{\"id\": \"c1\", \"proposition\": \"About 15,000 soldiers are in Russia.\","
      + "\"evidence\": [\"South Korean intelligence estimates that about 15,000 soldiers are in Russia\"],"
      + "\"kind\": \"quantity\", \"attribution\": [{\"source\": \"nis\", \"cue\": \"estimates\"}],"
      + "\"estimates\": [{\"id\": \"e1\", \"measure\": \"soldiers in Russia\", \"phrase\": \"about 15,000\"}]}";

  private static List<Problem> problems(String draft) {
    return assertThrows(NewsClaimsJsonException.class, () -> NewsClaimsJson.readDraft(draft)).getProblems();
  }

  @Test
  void aDraftResolvesWithTheDefaults() {
    AnnotatedArticle article = NewsClaimsJson.readDraft(draft(SOLDIERS));
    Claim claim = article.claim("c1").orElseThrow();
    Attribution hop = claim.getAttribution().get(0);
    assertEquals(Factuality.PROBABLY_SO, hop.getCommitment());
    assertEquals("South Korean intelligence", hop.getSourceMention().orElseThrow().getText());
    assertEquals(Factuality.UNDERSPECIFIED, claim.getFactuality());
    assertEquals(Interval.closed(13500, 16500), claim.getEstimates().get(0).getInterval());
    assertEquals(TextSpan.of(49, 61, "about 15,000"), claim.getEstimates().get(0).getPhrase().orElseThrow());
    // What the draft stands for is an ordinary document.
    assertEquals(article, NewsClaimsJson.read(NewsClaimsJson.write(article)));
  }

  @Test
  void quoteObjectsCodesAndANullMention() {
    AnnotatedArticle article = NewsClaimsJson.readDraft(draft("{\"id\": \"c1\", \"proposition\": \"It rises.\","
        + "\"evidence\": [{\"quote\": \"said\", \"occurrence\": 2}, {\"quote\": \"it\", \"after\": \"He said\"}],"
        + "\"kind\": \"prediction\", \"factuality\": \"PS+\","
        + "\"attribution\": [{\"source\": \"experts\", \"sourceMention\": null, \"cue\": {\"quote\": \"believe\","
        + "\"within\": \"Experts believe it could rise\"}, \"commitment\": {\"polarity\": \"positive\", \"certainty\": "
        + "\"certain\"}}]}"));
    Claim claim = article.getClaims().get(0);
    assertEquals(List.of(TextSpan.of(106, 110, "said"), TextSpan.of(94, 96, "it")), claim.getEvidence());
    assertEquals(Factuality.POSSIBLY_SO, claim.getFactuality());
    assertEquals(Factuality.CERTAINLY_SO, claim.getAttribution().get(0).getCommitment(), "explicit, so not lowered");
    assertTrue(claim.getAttribution().get(0).getSourceMention().isEmpty());
  }

  @Test
  void claimHedgesTimesAndRelationsAreCarriedIntoTheDocument() {
    AnnotatedArticle article = NewsClaimsJson.readDraft(draft(SOLDIERS + ",{\"id\": \"c2\", \"proposition\": \"It could rise.\","
        + "\"evidence\": [\"Experts believe it could rise\"], \"kind\": \"prediction\","
        + "\"attribution\": [{\"source\": \"experts\", \"cue\": \"believe\"}], \"hedges\": [\"could\"],"
        + "\"time\": {\"kind\": \"relative\", \"expression\": \"Then\"},"
        + "\"relations\": [{\"kind\": \"elaborates\", \"target\": \"c1\"}]}"));
    Claim claim = article.claim("c2").orElseThrow();
    assertEquals(List.of("could"), claim.getHedges().stream().map(TextSpan::getText).toList());
    assertEquals(TimeKind.RELATIVE, claim.getTime().orElseThrow().getKind());
    assertEquals("Then", claim.getTime().orElseThrow().getExpression().orElseThrow().getText());
    assertEquals(List.of("ELABORATES c1"),
        claim.getRelations().stream().map(r -> r.getKind() + " " + r.getTarget()).toList());
  }

  @Test
  void theDraftDeclaresItsOwnVersionOfEachObjectThatDiffers() {
    // The schema tests below walk these; an empty list would let them pass on nothing.
    assertEquals(List.of("document", "article", "claim", "estimate", "quote"),
        DraftMapping.objectTypes().stream().map(ObjectType::name)
            .filter(name -> List.of("document", "article", "claim", "estimate", "quote").contains(name)).toList());
    assertEquals(9, DraftMapping.objectTypes().size());
  }

  @Test
  void hopHedgesCarriedOverPlacesKeysAndProvenance() {
    String json = draft("{\"id\": \"c1\", \"key\": \"k1\", \"proposition\": \"It rises.\", \"evidence\": "
        + "[\"Experts believe it could rise\"], \"kind\": \"prediction\", \"attribution\": [{\"source\": "
        + "\"experts\", \"cue\": \"believe\", \"hedges\": [\"could\"], \"carriedOver\": true}], \"place\": "
        + "{\"name\": \"Russia\", \"mention\": \"Russia\"}, \"provenance\": {\"annotator\": \"me\", "
        + "\"method\": \"manual\"}}").replace("\"claims\":", "\"provenance\": {\"annotator\": \"guide\", "
        + "\"method\": \"manual\"}, \"claims\":");
    AnnotatedArticle article = NewsClaimsJson.readDraft(json);
    Claim claim = article.getClaims().get(0);
    Attribution hop = claim.getAttribution().get(0);
    assertEquals(Factuality.POSSIBLY_SO, hop.getCommitment());
    assertEquals(List.of("could"), hop.getHedges().stream().map(TextSpan::getText).toList());
    assertTrue(hop.isCarriedOver());
    assertEquals("k1", claim.getKey().orElseThrow());
    assertEquals("Russia", claim.getPlace().orElseThrow().getMention().orElseThrow().getText());
    assertEquals("me", claim.getProvenance().orElseThrow().getAnnotator());
    assertEquals("guide", article.getProvenance().orElseThrow().getAnnotator());
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(NewsClaimsJson.draftSchema());
    assertEquals(List.of(), schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList());
  }

  @Test
  void anAmbiguousQuoteListsItsCandidatesAtItsPointer() {
    List<Problem> problems = problems(draft("{\"id\": \"c1\", \"proposition\": \"He said so.\","
        + "\"evidence\": [\"said\"], \"kind\": \"statement\"}"));
    assertEquals(1, problems.size());
    assertEquals(Kind.DRAFT, problems.get(0).kind());
    assertEquals("/claims/0/evidence/0", problems.get(0).pointer());
    assertEquals("quote \"said\" occurs 2 times in the text; add an occurrence, or an anchor it comes after or lies "
        + "within: at 89: \"…soldiers are in Russia. He [said] it. Then he said “more”.…\"; at 106: \"…Russia. He "
        + "said it. Then he [said] “more”. Experts believe it…\"", problems.get(0).message());
  }

  @Test
  void everyProblemOfTheDraftAtOnceWithPointers() {
    List<Problem> problems = problems(draft("{\"id\": \"c1\", \"proposition\": \"More.\", \"kind\": \"statement\","
        + "\"evidence\": [\"\\\"more\\\"\", \"absent words\"],"
        + "\"attribution\": [{\"source\": \"experts\", \"cue\": \"whispered\"}]}"));
    assertEquals(List.of("/claims/0/evidence/0", "/claims/0/evidence/1", "/claims/0/attribution/0/cue"),
        problems.stream().map(Problem::pointer).toList());
    assertTrue(problems.get(0).message().contains("differs from the text only in typography"), problems.get(0).message());
  }

  @Test
  void shapeProblemsComeFirstAndAllTogether() {
    List<Problem> problems = problems(draft("{\"id\": \"c1\", \"proposition\": \"X.\", \"kind\": \"statement\","
        + "\"evidence\": [{\"quote\": \"said\", \"occurrence\": 0, \"nth\": 2}, 7], \"factuality\": \"CT\","
        + "\"estimates\": [{\"id\": \"e1\", \"measure\": \"m\"}]}"));
    assertEquals(List.of(
        "/claims/0/evidence/0/occurrence: must be at least 1 (occurrences count from 1), was 0",
        "/claims/0/evidence/0/nth: unknown property \"nth\"; known properties are quote, occurrence, after, within",
        "/claims/0/evidence/1: must be a quote: a string, or an object with \"quote\", was a number (7)",
        "/claims/0/factuality: must be a FactBank code (CT+, PR+, PS+, CT-, PR-, PS-, CTu, Uu) or a factuality "
            + "object, was \"CT\"",
        "/claims/0/estimates/0: an estimate without a phrase is given in full: missing unit, approximator, interval"),
        problems.stream().map(Problem::toString).toList());
    assertTrue(problems.stream().allMatch(p -> p.kind() == Kind.SHAPE));
  }

  @Test
  void anEstimateWithoutAPhraseIsTakenAsGivenAndADerivedOneMayHaveNoPhrase() {
    String full = SOLDIERS.replace("\"estimates\": [", "\"estimates\": [{\"id\": \"e0\", \"measure\": \"troops\","
        + " \"unit\": {\"kind\": \"count\", \"name\": \"troops\"}, \"approximator\": \"exact\","
        + " \"interval\": {\"low\": 5, \"lowClosed\": true, \"high\": 5, \"highClosed\": true}, \"statedValue\": 5},");
    Claim claim = NewsClaimsJson.readDraft(draft(full)).claim("c1").orElseThrow();
    assertEquals(List.of("e0", "e1"), claim.getEstimates().stream().map(e -> e.getId()).toList());
    assertEquals(Interval.point(5), claim.getEstimates().get(0).getInterval());
    assertTrue(claim.getEstimates().get(0).getPhrase().isEmpty());
    String derived = SOLDIERS.replace("\"phrase\": \"about 15,000\"", "\"phrase\": \"about 15,000\", \"derivedFrom\": [\"e9\"]");
    assertEquals(List.of("/claims/0/estimates/0/derivedFrom: a derived estimate has no phrase; give it in full without "
        + "\"phrase\""), problems(draft(derived)).stream().map(p -> p.pointer() + ": " + p.message()).toList());
  }

  @Test
  void theDocumentRulesOfTheResultAreChecked() {
    List<Problem> problems = problems(draft("{\"id\": \"c1\", \"proposition\": \"About 15,000.\", \"kind\": "
        + "\"quantity\", \"evidence\": [\"about 15,000 soldiers\"], \"estimates\": [{\"id\": \"e1\", \"measure\": "
        + "\"soldiers\", \"phrase\": \"about 15,000\", \"interval\": {\"low\": 15000, \"lowClosed\": true, \"high\": "
        + "15000, \"highClosed\": true}}], \"about\": [\"nobody\"]}"));
    assertEquals(Kind.DRAFT, problems.get(0).kind(), problems.toString());
    assertEquals("/claims/0/about/0: no actor has the id nobody; known ids are experts, nis",
        problems.get(0).toString());
    List<Problem> rules = problems(draft("{\"id\": \"c1\", \"proposition\": \"About 15,000.\", \"kind\": "
        + "\"quantity\", \"evidence\": [\"about 15,000 soldiers\"], \"estimates\": [{\"id\": \"e1\", \"measure\": "
        + "\"soldiers\", \"phrase\": \"about 15,000\", \"interval\": {\"low\": 15000, \"lowClosed\": true, \"high\": "
        + "15000, \"highClosed\": true}}]}"));
    assertEquals(1, rules.size(), rules.toString());
    assertEquals(Kind.RULE, rules.get(0).kind());
    assertEquals("/claims/0/estimates/0/interval", rules.get(0).pointer());
  }

  @Test
  void aDocumentIsNotADraft() {
    List<Problem> problems = problems(draft(SOLDIERS).replace("newsclaims-draft/1", "newsclaims/1"));
    assertEquals("/format: unsupported format \"newsclaims/1\"; a draft has the format \"newsclaims-draft/1\" "
        + "(read a newsclaims/1 document with NewsClaimsJson.read)", problems.get(0).toString());
  }

  @Test
  void syntaxIsReportedAsForADocument() {
    NewsClaimsJsonException e = assertThrows(NewsClaimsJsonException.class, () -> NewsClaimsJson.readDraft("{"));
    assertEquals(Kind.SYNTAX, e.getProblems().get(0).kind());
  }

  @Test
  void everySourceReadsTheSame(@TempDir Path dir) throws IOException {
    String json = draft(SOLDIERS);
    AnnotatedArticle expected = NewsClaimsJson.readDraft(json);
    assertEquals(expected, NewsClaimsJson.readDraft(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
    assertEquals(expected, NewsClaimsJson.readDraft(new StringReader(json)));
    Path file = Files.writeString(dir.resolve("draft.json"), json, StandardCharsets.UTF_8);
    assertEquals(expected, NewsClaimsJson.readDraft(file));
    UncheckedIOException missing = assertThrows(UncheckedIOException.class,
        () -> NewsClaimsJson.readDraft(dir.resolve("missing.json")));
    assertTrue(missing.getCause() instanceof NoSuchFileException);
  }

  @Test
  void checkReportsTheDocumentRulesOfAnArticleInMemory() {
    AnnotatedArticle article = NewsClaimsJson.readDraft(draft(SOLDIERS));
    assertEquals(List.of(), NewsClaimsJson.check(article));
    Claim claim = article.getClaims().get(0);
    AnnotatedArticle broken = AnnotatedArticle.builder().from(article).claims(List.of(Claim.builder().from(claim)
        .evidence(List.of(TextSpan.of(8, 20, "South Korea!"))).addAbout("ghost").build())).build();
    List<Problem> problems = NewsClaimsJson.check(broken);
    assertEquals(List.of("/claims/0/about/0", "/claims/0/evidence/0/text"),
        problems.stream().map(Problem::pointer).toList());
    assertTrue(problems.stream().allMatch(p -> p.kind() == Kind.RULE));
  }

  @Test
  void checkKeepsTheValidatorsBannerQuiet() {
    NewsClaimsJson.check(NewsClaimsJson.readDraft(draft(SOLDIERS)));
    // The surefire logging configuration quiets "org.hibernate.validator" as a whole; the check
    // quiets the banner's own logger, which a user's configuration does not.
    Logger banner = Logger.getLogger("org.hibernate.validator.internal.util.Version");
    assertEquals(Level.WARNING, banner.getLevel());
  }

  @Test
  void theDraftSchemaIsValidAndAcceptsADraft() {
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(NewsClaimsJson.draftSchema());
    assertEquals(List.of(), schema.validate(draft(SOLDIERS), InputFormat.JSON).stream().map(Error::toString).toList());
    assertTrue(!schema.validate(draft(SOLDIERS).replace("\"about 15,000\"", "{\"start\": 1}"), InputFormat.JSON)
        .isEmpty());
  }

  @Test
  void theDraftSchemaSharesTheDocumentSchemasDefinitions() {
    JsonMapper mapper = JsonMapper.builder().build();
    JsonNode document = mapper.readTree(NewsClaimsJson.schema()).get("$defs");
    JsonNode draft = mapper.readTree(NewsClaimsJson.draftSchema()).get("$defs");
    for (String shared : List.of("id", "reference", "number", "actor", "factuality", "unit", "interval",
        "claimRelation")) {
      assertEquals(document.get(shared), draft.get(shared), "$defs/" + shared + " differs between the schemas");
    }
    for (String name : document.propertyNames()) {
      if (!name.equals("span") && !name.equals("offset")) {
        assertTrue(draft.has(name), "the draft schema lacks $defs/" + name);
      }
    }
  }

  @Test
  void theDraftSchemaDeclaresTheDraftReadersPropertiesInOrderWithTheSameRequiredOnes() {
    JsonNode schema = JsonMapper.builder().build().readTree(NewsClaimsJson.draftSchema());
    Map<String, List<String>> declared = new TreeMap<>();
    Map<String, List<String>> inSchema = new TreeMap<>();
    for (ObjectType<?> type : DraftMapping.objectTypes()) {
      JsonNode def = type.name().equals("document") ? schema
          : type.name().equals("quote") ? schema.get("$defs").get("quote").get("oneOf").get(1)
          : schema.get("$defs").get(type.name());
      declared.put(type.name() + " properties", type.properties().stream().map(Property::name).toList());
      declared.put(type.name() + " required",
          type.properties().stream().filter(Property::isRequired).map(Property::name).toList());
      inSchema.put(type.name() + " properties", List.copyOf(def.get("properties").propertyNames()));
      inSchema.put(type.name() + " required", def.get("required").values().stream().map(JsonNode::asString).toList());
    }
    assertEquals(inSchema, declared);
  }

  @Test
  void eachDraftObjectHasTheDocumentObjectsPropertiesInTheirOrder() {
    Map<String, List<String>> document = new TreeMap<>();
    NewsClaimsModule.objectTypes().forEach(type ->
        document.put(type.name(), type.properties().stream().map(Property::name).toList()));
    for (ObjectType<?> type : DraftMapping.objectTypes()) {
      if (!type.name().equals("quote")) {
        assertEquals(document.get(type.name()), type.properties().stream().map(Property::name).toList(), type.name());
      }
    }
  }

  @Test
  void aDraftIsUtf8OnlyWithOneLeadingByteOrderMarkIgnored() {
    String json = draft(SOLDIERS);
    AnnotatedArticle expected = NewsClaimsJson.readDraft(json);
    assertEquals(expected, NewsClaimsJson.readDraft("\uFEFF" + json));
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] utf8 = json.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[bom.length + utf8.length];
    System.arraycopy(bom, 0, withBom, 0, bom.length);
    System.arraycopy(utf8, 0, withBom, bom.length, utf8.length);
    assertEquals(expected, NewsClaimsJson.readDraft(new ByteArrayInputStream(withBom)));
    NewsClaimsJsonException e = assertThrows(NewsClaimsJsonException.class, () -> NewsClaimsJson.readDraft(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_16LE))));
    assertEquals(Kind.SYNTAX, e.getProblems().get(0).kind());
    assertTrue(e.getMessage().contains("not UTF-8"), e.getMessage());
  }

  @Test
  void atMostTheCapOfProblemsIsListedAndTheRestCounted() {
    StringBuilder evidence = new StringBuilder();
    for (int i = 0; i < 150; i++) {
      evidence.append(i == 0 ? "" : ", ").append("\"absent words ").append(i).append('"');
    }
    NewsClaimsJsonException e = assertThrows(NewsClaimsJsonException.class, () -> NewsClaimsJson.readDraft(draft(
        "{\"id\": \"c1\", \"proposition\": \"X.\", \"kind\": \"statement\", \"evidence\": [" + evidence + "]}")));
    assertEquals(NewsClaimsJson.MAX_REPORTED_PROBLEMS, e.getProblems().size());
    assertEquals(150, e.getProblemCount());
    assertEquals("/claims/0/evidence/99", e.getProblems().get(99).pointer());
    assertTrue(e.getProblems().stream().allMatch(p -> p.kind() == Kind.DRAFT));
  }

  @Test
  void theInstanceReaderReadsDraftsWithItsOwnDocumentRules() {
    String broken = draft("{\"id\": \"c1\", \"proposition\": \"About 15,000.\", \"kind\": \"quantity\", \"evidence\":"
        + " [\"about 15,000 soldiers\"], \"estimates\": [{\"id\": \"e1\", \"measure\": \"soldiers\", \"phrase\":"
        + " \"about 15,000\", \"interval\": {\"low\": 15000, \"lowClosed\": true, \"high\": 15000, \"highClosed\":"
        + " true}}]}");
    assertEquals(Kind.RULE, assertThrows(NewsClaimsJsonException.class,
        () -> NewsClaimsJson.reader().readDraft(broken)).getProblems().get(0).kind());
    AnnotatedArticle trusted = NewsClaimsJson.reader().withoutDocumentRules().readDraft(broken);
    assertEquals(List.of("/claims/0/estimates/0/interval"),
        NewsClaimsJson.reader().withoutDocumentRules().check(trusted).stream().map(Problem::pointer).toList());
    assertEquals(NewsClaimsJson.check(trusted), NewsClaimsJson.reader().check(trusted));
  }
}
