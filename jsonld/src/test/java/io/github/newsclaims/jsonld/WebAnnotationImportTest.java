package io.github.newsclaims.jsonld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.Article;
import io.github.newsclaims.core.Claim;
import io.github.newsclaims.core.TextSpan;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WebAnnotationImportTest {
  private static final AnnotatedArticle ARTICLE = EmojiArticles.annotated(true);
  private static final String EXPORTED = NewsClaimsJsonLd.webAnnotations(ARTICLE);

  @Test
  void onTheSameTextEverySpanComesBackByPosition() {
    ImportedAnnotations imported = NewsClaimsJsonLd.readWebAnnotations(EXPORTED, ARTICLE.getArticle());
    assertEquals(List.of(), imported.lost());
    assertEquals(8, imported.anchored().size());
    assertTrue(imported.anchored().stream().allMatch(a -> a.anchoring() == Anchoring.POSITION));
    for (Claim claim : ARTICLE.getClaims()) {
      assertEquals(claim.getEvidence(), imported.evidence(claim.getId()), claim.getId());
      assertEquals(claim.getHedges(), imported.hedges(claim.getId()), claim.getId());
    }
    assertEquals(ARTICLE.estimate("e-soldiers").orElseThrow().getPhrase(), imported.estimatePhrase("e-soldiers"));
  }

  @Test
  void anEditedArticleKeepsTheAnnotationsWhoseWordsSurviveAndReportsTheRest() {
    String edited = EmojiArticles.TEXT
        .replace("Rockets 🚀🚀 over 🇰🇵\n\n", "Rockets 🚀🚀 over 🇰🇵 — updated 🕒\n\nEditor’s note 🚀: figures revised.\n\n")
        .replace("nearly a third of them were killed or injured", "a quarter of them were wounded");
    Article article = EmojiArticles.article(edited, true);
    ImportedAnnotations imported = NewsClaimsJsonLd.readWebAnnotations(EXPORTED, article);

    // The headline claim stays where it was; the rest moved and are found by their quotes.
    assertEquals(List.of(TextSpan.find(edited, "Rockets 🚀🚀 over 🇰🇵")), imported.evidence("c5"));
    assertEquals(List.of(TextSpan.find(edited, "Kim called production “critical” 🚀")), imported.evidence("c1"));
    assertEquals(List.of(TextSpan.find(edited, "reportedly")), imported.hedges("c2"));
    assertEquals(Optional.of(TextSpan.find(edited, "about 15,000")), imported.estimatePhrase("e-soldiers"));
    assertEquals(List.of(TextSpan.find(edited, "“We will win,”")), imported.evidence("c4"));
    assertEquals(Anchoring.POSITION, anchoring(imported, "c5"));
    assertEquals(Anchoring.QUOTE, anchoring(imported, "c1"));

    // c3 and its "nearly a third" are gone from the text: reported, not dropped.
    assertEquals(List.of(), imported.evidence("c3"));
    assertEquals(2, imported.lost().size());
    LostSpan lost = imported.lost().get(0);
    assertEquals(Optional.of("c3"), lost.claimId());
    assertEquals(AnnotationRole.CLAIM, lost.role());
    assertEquals(Optional.of("nearly a third of them were killed or injured"), lost.exact());
    assertTrue(lost.reason().startsWith("the quoted text no longer occurs in the article"), lost.reason());
    assertEquals(AnnotationRole.ESTIMATE, imported.lost().get(1).role());
    assertEquals(6, imported.anchored().size());
  }

  @Test
  void aRepeatedQuoteIsAnchoredWhereItsPrefixAndSuffixMatch() {
    String text = "Kim said yes. Later, Kim said yes. Finally, Kim said no.";
    String json = annotationJson("Later, ", "Kim said yes", ". Finally", 999, 1011);
    ImportedAnnotations imported = NewsClaimsJsonLd.readWebAnnotations(json, article(text));
    assertEquals(List.of(TextSpan.of(21, 33, "Kim said yes")), imported.anchored().stream().map(AnchoredSpan::span).toList());
    assertEquals(Anchoring.QUOTE, imported.anchored().get(0).anchoring());
  }

  @Test
  void withoutContextTheOccurrenceNearestTheOldPositionWins() {
    String text = "Kim said yes. Later, Kim said yes. Finally, Kim said no.";
    String json = annotationJson("", "Kim said", "", 40, 48);
    ImportedAnnotations imported = NewsClaimsJsonLd.readWebAnnotations(json, article(text));
    assertEquals(44, imported.anchored().get(0).span().getStart());
  }

  @Test
  void aPositionThatNoLongerCoversTheQuoteIsNotTrusted() {
    String text = "An 🚀 and Kim said yes.";
    // Code points [10, 22) once held "Kim said yes"; now the quote is at code points [9, 21).
    String json = annotationJson("", "Kim said yes", "", 10, 22);
    ImportedAnnotations imported = NewsClaimsJsonLd.readWebAnnotations(json, article(text));
    assertEquals(TextSpan.find(text, "Kim said yes"), imported.anchored().get(0).span());
    assertEquals(Anchoring.QUOTE, imported.anchored().get(0).anchoring());
  }

  @Test
  void badAnnotationsAreRefusedWithEveryProblemAndItsPointer() {
    String json = """
        {"type": "AnnotationPage", "items": [
          {"type": "Annotation", "target": {"type": "SpecificResource", "source": "urn:x",
              "selector": [{"type": "TextQuoteSelector"}, {"type": "TextPositionSelector", "start": -1, "end": 3}]}},
          {"id": "urn:a2", "type": "Annotation"},
          {"id": "urn:a3", "type": "Annotation", "nc:role": "gossip", "target": {"type": "SpecificResource", "source": "urn:x",
              "selector": {"type": "TextPositionSelector", "start": 5, "end": 2}}}
        ]}""";
    NewsClaimsJsonLdException e = assertThrows(NewsClaimsJsonLdException.class,
        () -> NewsClaimsJsonLd.readWebAnnotations(json, article("Some text here.")));
    assertEquals(List.of(
        "/items/0/id: an annotation must have an id (a string IRI)",
        "/items/0/target/selector/0/exact: a TextQuoteSelector must have exact, a non-empty string",
        "/items/1/target: an annotation must have a target",
        "/items/2/nc:role: unknown role \"gossip\"; expected claim, hedge or estimate",
        "/items/2/target/selector: start (5) must not exceed end (2)"),
        e.getProblems().stream().map(NewsClaimsJsonLdException.Problem::toString).toList());
    assertTrue(e.getMessage().startsWith("Web Annotations cannot be read (5 problems):\n/items/0/id"), e.getMessage());
  }

  @Test
  void malformedJsonIsRefusedWithItsLine() {
    NewsClaimsJsonLdException e = assertThrows(NewsClaimsJsonLdException.class,
        () -> NewsClaimsJsonLd.readWebAnnotations("{\"type\": \"Annotation\",\n  \"id\": }", article("Some text.")));
    assertEquals(1, e.getProblems().size());
    assertTrue(e.getProblems().get(0).where().startsWith("line 2, column "), e.getProblems().get(0).toString());
    assertTrue(e.getProblems().get(0).message().startsWith("not well-formed JSON"), e.getProblems().get(0).toString());
  }

  @Test
  void aTargetWithoutTextSelectorsIsLostNotDropped() {
    String json = """
        [{"id": "urn:a1", "type": "Annotation", "target": "https://news.example/a"},
         {"id": "urn:a2", "type": "Annotation", "target": {"type": "SpecificResource", "source": "urn:x"}}]""";
    ImportedAnnotations imported = NewsClaimsJsonLd.readWebAnnotations(json, article("Some text."));
    assertEquals(List.of("urn:a1", "urn:a2"), imported.lost().stream().map(LostSpan::annotationId).toList());
    assertEquals(AnnotationRole.OTHER, imported.lost().get(0).role());
    assertEquals("the target has neither a TextQuoteSelector nor a TextPositionSelector", imported.lost().get(1).reason());
  }

  private static Anchoring anchoring(ImportedAnnotations imported, String claimId) {
    return imported.anchored().stream()
        .filter(a -> a.role() == AnnotationRole.CLAIM && a.claimId().equals(Optional.of(claimId)))
        .findFirst().orElseThrow().anchoring();
  }

  private static Article article(String text) {
    return Article.builder().id("a").headline("H").language("en").text(text).build();
  }

  private static String annotationJson(String prefix, String exact, String suffix, int start, int end) {
    return """
        {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "urn:a1", "type": "Annotation",
         "target": {"type": "SpecificResource", "source": "urn:x", "selector": [
           {"type": "TextQuoteSelector", "exact": "%s", "prefix": "%s", "suffix": "%s"},
           {"type": "TextPositionSelector", "start": %d, "end": %d}]}}""".formatted(exact, prefix, suffix, start, end);
  }
}
