package io.github.newsclaims.jsonld;

import static io.github.newsclaims.jsonld.WebAnnotationExportTest.count;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.newsclaims.core.AnnotatedArticle;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SchemaOrgExportTest {
  private static final AnnotatedArticle ARTICLE = EmojiArticles.annotated(true);
  private static final String SHAPES = "/io/github/newsclaims/jsonld/shapes/schema-org.ttl";

  @Test
  void theArticleIsANewsArticleWithItsPublisher() {
    JsonNode news = graph(ARTICLE).get(0);
    assertEquals("NewsArticle", news.get("@type").asString());
    assertEquals("https://news.example/2024/rockets", news.get("@id").asString());
    assertEquals("https://news.example/2024/rockets#top", news.get("url").asString());
    assertEquals("Rockets 🚀 over 🇰🇵", news.get("headline").asString());
    assertEquals("2024-11-26", news.get("datePublished").asString());
    assertEquals("The Example Times", news.get("publisher").get("name").asString());
  }

  @Test
  void eachClaimIsAClaimByItsInnermostSourceAppearingInTheArticle() {
    JsonNode graph = graph(ARTICLE);
    JsonNode critical = node(graph, "https://news.example/2024/rockets#claim-c1");
    assertEquals("Claim", critical.get("@type").asString());
    assertEquals("Kim called artillery production critical 🚀.", critical.get("text").asString());
    // [state media, Kim]: Kim is the innermost source.
    assertEquals("https://news.example/2024/rockets#actor-kim", critical.get("author").get("@id").asString());
    assertEquals("https://news.example/2024/rockets", critical.get("appearance").get("@id").asString());
    assertEquals("2024-04", node(graph, "https://news.example/2024/rockets#claim-c4").get("datePublished").asString());
    // In the article's own voice: by the publisher, first appearing in this article.
    JsonNode rockets = node(graph, "https://news.example/2024/rockets#claim-c5");
    assertEquals("https://news.example/2024/rockets#publisher", rockets.get("author").get("@id").asString());
    assertEquals("https://news.example/2024/rockets", rockets.get("firstAppearance").get("@id").asString());
    JsonNode kim = node(graph, "https://news.example/2024/rockets#actor-kim");
    assertEquals("Person", kim.get("@type").asString());
    assertEquals("https://news.example/2024/rockets#actor-north-korea", kim.get("affiliation").get("@id").asString());
    assertEquals("[\"Organization\",\"NewsMediaOrganization\"]",
        node(graph, "https://news.example/2024/rockets#actor-kcna").get("@type").toString());
  }

  @Test
  void jenaReadsItOfflineAndItMeetsTheShapes() {
    for (boolean withUrl : new boolean[] {true, false}) {
      Model model = OfflineJsonLd.parse(NewsClaimsJsonLd.schemaOrg(EmojiArticles.annotated(withUrl)));
      assertEquals(List.of(), OfflineJsonLd.violations(OfflineJsonLd.shapes(SHAPES), model.getGraph()));
      assertEquals(5, count(model, "SELECT (COUNT(?c) AS ?n) { ?c a schema:Claim ; schema:appearance ?a . ?a a schema:NewsArticle }"));
    }
  }

  @Test
  void withoutAUrlTheIdsAreUrns() {
    JsonNode graph = graph(EmojiArticles.annotated(false));
    assertEquals("urn:newsclaims:article:emoji%201%2F%CE%B1", graph.get(0).get("@id").asString());
    assertEquals("urn:newsclaims:article:emoji%201%2F%CE%B1#claim-c1",
        node(graph, "urn:newsclaims:article:emoji%201%2F%CE%B1#claim-c1").get("@id").asString());
  }

  @Test
  void theShapesCatchAClaimReviewWithoutItsRequiredProperties() {
    String broken = """
        {"@context": "https://schema.org", "@type": "ClaimReview", "@id": "urn:example:r1",
         "reviewRating": {"@type": "Rating", "ratingValue": 1}}""";
    List<String> violations = OfflineJsonLd.violations(OfflineJsonLd.shapes(SHAPES), OfflineJsonLd.parse(broken).getGraph());
    assertEquals(4, violations.size(), String.join("\n", violations));
    for (String property : List.of("claimReviewed", "url", "itemReviewed", "alternateName")) {
      assertEquals(1, violations.stream().filter(v -> v.contains("schema.org/" + property + ">")).count(), property);
    }
  }

  static JsonNode graph(AnnotatedArticle article) {
    return Json.MAPPER.readTree(NewsClaimsJsonLd.schemaOrg(article)).get("@graph");
  }

  static JsonNode node(JsonNode graph, String id) {
    for (JsonNode node : graph) {
      if (node.path("@id").asString("").equals(id) || node.path("id").asString("").equals(id)) {
        return node;
      }
    }
    throw new AssertionError("no node " + id);
  }
}
