package io.github.newsclaims.jsonld;

import static io.github.newsclaims.jsonld.WebAnnotationExportTest.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.jsonld.checks.OfflineJsonLd;
import java.util.ArrayList;
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
    assertEquals("2024-04", node(graph, "https://news.example/2024/rockets#key-https%3A%2F%2Fclaims.example%2Fkim-will-win").get("datePublished").asString());
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
  void eachReviewIsAClaimReviewWithGooglesRequiredProperties() {
    JsonNode graph = graph(ARTICLE);
    String c2 = "https://news.example/2024/rockets#key-nk-troops-in-russia";
    JsonNode review = node(graph, c2 + "/review-0");
    assertEquals("ClaimReview", review.get("@type").asString());
    assertEquals("About 15,000 North Korean soldiers are in Russia.", review.get("claimReviewed").asString());
    assertEquals(c2, review.get("itemReviewed").get("@id").asString());
    assertEquals("{\"@type\":\"Rating\",\"alternateName\":\"Mostly true\",\"ratingValue\":4,\"bestRating\":5,\"worstRating\":1}",
        review.get("reviewRating").toString());
    assertEquals("https://factcheck.example/nk-troops", review.get("url").asString());
    assertEquals("https://news.example/2024/rockets#actor-checker", review.get("author").get("@id").asString());
    assertEquals("2024-12-02", review.get("datePublished").asString());
    assertEquals("Several intelligence services give 11,000 to 15,000.", review.get("reviewBody").asString());
    JsonNode wordsOnly = node(graph, "https://news.example/2024/rockets#claim-c5/review-0").get("reviewRating");
    assertEquals("{\"@type\":\"Rating\",\"alternateName\":\"Unproven\"}", wordsOnly.toString());
  }

  @Test
  void sameAsPlacesAndKeysLinkOut() {
    JsonNode graph = graph(ARTICLE);
    assertEquals("[\"http://www.wikidata.org/entity/Q56226\",\"https://en.wikipedia.org/wiki/Kim_Jong_Un\"]",
        node(graph, "https://news.example/2024/rockets#actor-kim").get("sameAs").toString());
    JsonNode troops = node(graph, "https://news.example/2024/rockets#key-nk-troops-in-russia");
    assertEquals("{\"@type\":\"Place\",\"name\":\"Russia\",\"sameAs\":[\"http://www.wikidata.org/entity/Q159\"]}",
        troops.get("spatialCoverage").toString());
    // A key that is an absolute URI names the claim elsewhere too.
    assertEquals("https://claims.example/kim-will-win",
        node(graph, "https://news.example/2024/rockets#key-https%3A%2F%2Fclaims.example%2Fkim-will-win").get("sameAs").asString());
  }

  @Test
  void aReviewWhoseReviewerIsNotInTheArticleFailsTheExportNamingIt() {
    AnnotatedArticle broken = AnnotatedArticle.builder().from(ARTICLE)
        .actors(ARTICLE.getActors().stream().filter(actor -> !actor.getId().equals("checker")).toList()).build();
    NewsClaimsJsonLdException e = assertThrows(NewsClaimsJsonLdException.class, () -> NewsClaimsJsonLd.schemaOrg(broken));
    assertEquals(List.of(
        "claim c2 review 0: author: the reviewer \"checker\" is not an actor of the article",
        "claim c5 review 0: author: the reviewer \"checker\" is not an actor of the article"),
        e.getProblems().stream().map(NewsClaimsJsonLdException.Problem::toString).toList());
  }

  @Test
  void googlesRequiredPropertiesAreCheckedOnEveryReview() {
    List<NewsClaimsJsonLdException.Problem> problems = new ArrayList<>();
    SchemaOrgExport.requireGoogleFields(Json.object().put("claimReviewed", " "), "claim c1 review 0", problems);
    SchemaOrgExport.requireGoogleFields(Json.object().put("claimReviewed", "x").put("url", "https://x.example/")
        .set("reviewRating", Json.object().put("ratingValue", 1)), "claim c2 review 1", problems);
    assertEquals(List.of(
        "claim c1 review 0: ClaimReview needs claimReviewed (Google requires it), and it is missing",
        "claim c1 review 0: ClaimReview needs url (Google requires it), and it is missing",
        "claim c1 review 0: ClaimReview needs reviewRating (Google requires it), and it is missing",
        "claim c2 review 1: reviewRating needs alternateName, the verdict in words (Google requires it), and it is missing"),
        problems.stream().map(NewsClaimsJsonLdException.Problem::toString).toList());
  }

  @Test
  void jenaReadsItOfflineAndItMeetsTheShapes() {
    for (boolean withUrl : new boolean[] {true, false}) {
      Model model = OfflineJsonLd.parse(NewsClaimsJsonLd.schemaOrg(EmojiArticles.annotated(withUrl)));
      assertEquals(List.of(), OfflineJsonLd.violations(OfflineJsonLd.shapes(SHAPES), model.getGraph()));
      assertEquals(5, count(model, "SELECT (COUNT(?c) AS ?n) { ?c a schema:Claim ; schema:appearance ?a . ?a a schema:NewsArticle }"));
      assertEquals(2, count(model, "SELECT (COUNT(?r) AS ?n) { ?r a schema:ClaimReview ; schema:itemReviewed ?c . ?c a schema:Claim }"));
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
