package io.github.newsclaims.testing.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.newsclaims.core.Article;
import io.github.newsclaims.core.NonContentKind;
import io.github.newsclaims.core.NonContentSpan;
import io.github.newsclaims.core.TextSpan;
import io.github.newsclaims.testing.Samples;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleTest {
  @Test
  void splitsParagraphsAndSkipsFurniture() {
    Article article = Samples.article();
    assertEquals(List.of("Headline 🚀",
            "Kim called production “critical” — state media said about 15,000 soldiers are now there.",
            "- Advertisement -"),
        article.paragraphs().stream().map(TextSpan::getText).toList());
    assertEquals(2, article.contentParagraphs().size());
    assertFalse(article.isContent(TextSpan.find(Samples.TEXT, "Advertisement")));
    assertTrue(article.isContent(TextSpan.find(Samples.TEXT, "Kim")));
  }

  @Test
  void keepsAParagraphThatOnlyOverlapsFurniture() {
    Article article = Article.builder().from(Samples.article())
        .nonContent(List.of(NonContentSpan.of(NonContentKind.ADVERTISEMENT, TextSpan.find(Samples.TEXT, "Advertisement"))))
        .build();
    assertEquals(List.of("Headline 🚀",
            "Kim called production “critical” — state media said about 15,000 soldiers are now there.",
            "- Advertisement -"),
        article.contentParagraphs().stream().map(TextSpan::getText).toList());
    assertFalse(article.isContent(TextSpan.find(Samples.TEXT, "- Advertisement -")));
  }

  @Test
  void leavesALoneSurrogateAtAParagraphEdgeOutsideTheParagraph() {
    // Found by fuzzing the extractor: paragraphs() threw "cuts a surrogate pair in half".
    String text = "\udc00Kim spoke.\ud800\n\n\ud800\udc00\udc00\n\n\udc00\n\nTroops\udc00 moved\ud800";
    Article article = Article.builder().from(Samples.article()).nonContent(List.of()).text(text).build();
    assertEquals(List.of(TextSpan.in(text, 1, 11), TextSpan.in(text, 14, 17), TextSpan.in(text, 22, 35)),
        article.paragraphs());
    assertEquals(List.of("Kim spoke.", "\ud800\udc00\udc00", "Troops\udc00 moved"),
        article.contentParagraphs().stream().map(TextSpan::getText).toList());
  }

  @Test
  void paragraphsOfAnyTextAreNonBlankOrderedSpansOfIt() {
    List<String> alphabet = List.of("a", " ", "\n", "\ud800", "\udc00", "🚀");
    qt().withExamples(Examples.of(2000)).forAll(lists().of(integers().between(0, alphabet.size() - 1)).ofSizeBetween(1, 24))
        .checkAssert(letters -> {
          String text = letters.stream().map(alphabet::get).reduce("", String::concat);
          if (text.isBlank()) {
            return;
          }
          List<TextSpan> paragraphs = Article.builder().from(Samples.article()).nonContent(List.of()).text(text)
              .build().paragraphs();
          int end = 0;
          for (TextSpan paragraph : paragraphs) {
            assertTrue(paragraph.matches(text) && !paragraph.getText().isBlank() && paragraph.getStart() >= end,
                () -> paragraph + " in " + text.codePoints().boxed().toList());
            end = paragraph.getEnd();
          }
        });
  }

  @Test
  void paragraphsAreUnmodifiable() {
    Article article = Samples.article();
    assertThrows(UnsupportedOperationException.class, () -> article.paragraphs().clear());
    assertThrows(UnsupportedOperationException.class, () -> article.contentParagraphs().clear());
    assertEquals(3, article.paragraphs().size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"en_US", "e", "", "EN", "en-"})
  void rejectsALanguageThatIsNotACanonicalBcp47Tag(String tag) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Article.builder().from(Samples.article()).language(tag).build());
    assertTrue(e.getMessage().startsWith("article sample language must be a well-formed BCP 47 tag"), e.getMessage());
  }

  @Test
  void acceptsRegionalTags() {
    assertEquals("en-GB", Article.builder().from(Samples.article()).language("en-GB").build().getLanguage());
  }

  @Test
  void rejectsOverlappingFurniture() {
    NonContentSpan ad = NonContentSpan.of(NonContentKind.OTHER, TextSpan.find(Samples.TEXT, "Advertisement -"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Article.builder().from(Samples.article()).addNonContent(ad).build());
    assertTrue(e.getMessage().contains("overlaps nonContent[1]"), e.getMessage());
  }
}
