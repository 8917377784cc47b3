package io.github.newsclaims.jsonld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.jsonld.checks.OfflineJsonLd;
import io.github.newsclaims.testing.Samples;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class WebAnnotationExportTest {
  private static final AnnotatedArticle ARTICLE = EmojiArticles.annotated(true);

  @Test
  void theEmojiArticleObeysTheDocumentRules() {
    assertEquals(List.of(), Samples.violations(ARTICLE));
  }

  @Test
  void positionsCountCodePointsNotUtf16CodeUnits() {
    JsonNode items = Json.MAPPER.readTree(NewsClaimsJsonLd.webAnnotations(ARTICLE)).get("first").get("items");
    // c5's evidence "Rockets 🚀🚀 over 🇰🇵" starts the text: 18 code points, 22 UTF-16 code units.
    JsonNode rockets = annotation(items, "https://news.example/2024/rockets#claim-c5/annotation");
    JsonNode position = rockets.get("target").get(0).get("selector").get(1);
    assertEquals("TextPositionSelector", position.get("type").asString());
    assertEquals(0, position.get("start").asInt());
    assertEquals(18, position.get("end").asInt());
    assertEquals(22, ARTICLE.claim("c5").orElseThrow().getEvidence().get(0).getEnd());
    // c1's evidence comes after three emoji and a flag: 2 + 2 + 4 = 8 code units more than code points.
    JsonNode critical = annotation(items, "https://news.example/2024/rockets#claim-c1/annotation");
    JsonNode selectors = critical.get("target").get(0).get("selector");
    int utf16Start = ARTICLE.claim("c1").orElseThrow().getEvidence().get(0).getStart();
    int utf16End = ARTICLE.claim("c1").orElseThrow().getEvidence().get(0).getEnd();
    assertEquals(utf16Start - 4, selectors.get(1).get("start").asInt());
    // ... and its own trailing 🚀 counts one more.
    assertEquals(utf16End - 4 - 1, selectors.get(1).get("end").asInt());
    assertEquals("Kim called production “critical” 🚀", selectors.get(0).get("exact").asString());
    assertEquals("According to state media, ", selectors.get(0).get("prefix").asString().substring(6));
    assertEquals(".\nAnalysts say about 15,000 sold", selectors.get(0).get("suffix").asString());
  }

  @Test
  void oneAnnotationPerClaimHedgeAndEstimatePhraseInClaimOrder() {
    JsonNode collection = Json.MAPPER.readTree(NewsClaimsJsonLd.webAnnotations(ARTICLE));
    List<String> ids = new ArrayList<>();
    collection.get("first").get("items").forEach(item -> ids.add(item.get("id").asString()
        .replace("https://news.example/2024/rockets#", "")));
    // c2 and c4 have keys of their own, so their ids come from the keys.
    assertEquals(List.of("claim-c1/annotation", "key-nk-troops-in-russia/annotation", "key-nk-troops-in-russia/hedge-0",
        "estimate-e-soldiers/annotation", "claim-c3/annotation", "estimate-e-share/annotation",
        "key-https%3A%2F%2Fclaims.example%2Fkim-will-win/annotation", "claim-c5/annotation"), ids);
    assertEquals(8, collection.get("total").asInt());
  }

  @Test
  void theBodiesCarryPropositionKindFactualityAndTheAttributionChain() {
    JsonNode items = Json.MAPPER.readTree(NewsClaimsJsonLd.webAnnotations(ARTICLE)).get("first").get("items");
    JsonNode bodies = annotation(items, "https://news.example/2024/rockets#claim-c1/annotation").get("body");
    assertEquals("Kim called artillery production critical 🚀.", bodies.get(0).get("value").asString());
    assertEquals("STATEMENT", bodies.get(1).get("nc:kind").asString());
    assertEquals("CT+", bodies.get(1).get("nc:factuality").asString());
    JsonNode chain = bodies.get(1).get("nc:attribution").get("@list");
    assertEquals(2, chain.size());
    assertEquals("ACCORDING_TO", chain.get(0).get("nc:mode").asString());
    assertEquals("https://news.example/2024/rockets#actor-kcna", chain.get(0).get("nc:source").get("id").asString());
    assertEquals("PARTIAL_QUOTE", chain.get(1).get("nc:mode").asString());
    assertEquals("called", chain.get(1).get("nc:cue").asString());
  }

  @Test
  void theCreatorIsWhoAnnotatedTheClaim() {
    JsonNode items = Json.MAPPER.readTree(NewsClaimsJsonLd.webAnnotations(ARTICLE)).get("first").get("items");
    JsonNode manual = annotation(items, "https://news.example/2024/rockets#claim-c1/annotation");
    assertEquals("{\"id\":\"https://news.example/2024/rockets#annotator-Jane%20Doe\",\"type\":\"Person\",\"name\":\"Jane Doe\"}",
        manual.get("creator").toString());
    assertEquals("MANUAL", manual.get("nc:method").asString());
    JsonNode automatic = annotation(items, "https://news.example/2024/rockets#estimate-e-share/annotation");
    assertEquals("Software", automatic.get("creator").get("type").asString());
    assertEquals("claim-extractor 2.1.0", automatic.get("creator").get("name").asString());
    assertEquals(0.83, automatic.get("nc:confidence").asDouble());
  }

  @Test
  void jenaReadsItOfflineAndItMeetsTheWebAnnotationMusts() {
    for (boolean withUrl : new boolean[] {true, false}) {
      Model model = OfflineJsonLd.parse(NewsClaimsJsonLd.webAnnotations(EmojiArticles.annotated(withUrl)));
      assertEquals(List.of(), OfflineJsonLd.violations(OfflineJsonLd.shapes("/io/github/newsclaims/jsonld/shapes/web-annotation.ttl"),
          model.getGraph()));
      assertEquals(8, count(model, "SELECT (COUNT(?a) AS ?n) { ?a a oa:Annotation }"));
      assertEquals(6, count(model, "SELECT (COUNT(?a) AS ?n) { ?a a oa:Annotation ; <http://purl.org/dc/terms/creator> ?p . "
          + "?p a <http://xmlns.com/foaf/0.1/Person> ; <http://xmlns.com/foaf/0.1/name> \"Jane Doe\" }"));
    }
  }

  @Test
  void inTheRdfEveryPositionCoversTheQuoteCountingCodePoints() {
    Model model = OfflineJsonLd.parse(NewsClaimsJsonLd.webAnnotations(ARTICLE));
    int[] text = ARTICLE.getArticle().getText().codePoints().toArray();
    String query = "PREFIX oa: <http://www.w3.org/ns/oa#> SELECT ?exact ?start ?end { ?t oa:hasSelector ?q, ?p . "
        + "?q a oa:TextQuoteSelector ; oa:exact ?exact . ?p a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end }";
    int checked = 0;
    try (var execution = QueryExecutionFactory.create(query, model)) {
      ResultSet results = execution.execSelect();
      while (results.hasNext()) {
        QuerySolution row = results.next();
        int start = row.getLiteral("start").getInt();
        int end = row.getLiteral("end").getInt();
        assertEquals(row.getLiteral("exact").getString(), new String(text, start, end - start));
        checked++;
      }
    }
    // 5 claims with one evidence span each, one hedge, two estimate phrases.
    assertEquals(8, checked);
  }

  @Test
  void theSameArticleGivesTheSameBytes() {
    assertEquals(NewsClaimsJsonLd.webAnnotations(ARTICLE), NewsClaimsJsonLd.webAnnotations(EmojiArticles.annotated(true)));
    assertTrue(NewsClaimsJsonLd.webAnnotations(ARTICLE).endsWith("}\n"));
  }

  static JsonNode annotation(JsonNode items, String id) {
    for (JsonNode item : items) {
      if (item.get("id").asString().equals(id)) {
        return item;
      }
    }
    throw new AssertionError("no annotation " + id);
  }

  static long count(Model model, String select) {
    String query = "PREFIX oa: <http://www.w3.org/ns/oa#> PREFIX schema: <http://schema.org/> "
        + "PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX nc: <https://newsclaims.github.io/ns#> "
        + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> " + select;
    try (var execution = QueryExecutionFactory.create(query, model)) {
      return execution.execSelect().next().getLiteral("n").getLong();
    }
  }
}
