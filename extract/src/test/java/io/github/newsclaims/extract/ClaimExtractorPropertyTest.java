package io.github.newsclaims.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.Article;
import io.github.newsclaims.testing.Samples;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Whatever the text, the draft passes every invariant and document rule, and is deterministic. */
class ClaimExtractorPropertyTest {
  private static final ClaimExtractor EXTRACTOR = ClaimExtractor.english();

  private static final List<String> PIECES = List.of("Kim Jong Un", "said", "told reporters", "that", "“", "”",
      "\"", ",", ".", "\n\n", "\n", " ", "according to", "officials", "reportedly", "is believed to", "about 15,000",
      "soldiers", "READ ALSO: ", "Advertisement", "By Jane Doe", "© 2024 Reuters", "he", "could", "not", "🚀",
      "👍🏽", "Photo: AP", "in April", "the ministry", "Headline", "estimates", "2,000", "x", "", "😀said");

  private static final Gen<String> NEWS_LIKE = lists().of(Generate.pick(PIECES)).ofSizeBetween(0, 80)
      .map(parts -> String.join(" ", parts));

  private static final Gen<String> ARBITRARY = strings().allPossible().ofLengthBetween(0, 300);

  private static final Gen<String> BASIC = strings().basicLatinAlphabet().ofLengthBetween(0, 400);

  private static Article article(String text) {
    return Article.builder().id("p").headline("Headline").language("en").text(text).build();
  }

  private static void check(String text) {
    AnnotatedArticle draft = EXTRACTOR.extract(article(text));
    assertEquals(List.of(), Samples.violations(draft), () -> "text: " + text);
    assertEquals(draft, EXTRACTOR.extract(article(text)), "the same text gives the same draft");
  }

  @Test
  void newsLikeTextsGiveValidDrafts() {
    qt().withExamples(150).forAll(NEWS_LIKE).checkAssert(ClaimExtractorPropertyTest::check);
  }

  @Test
  void arbitraryTextsGiveValidDrafts() {
    qt().withExamples(150).forAll(ARBITRARY).checkAssert(ClaimExtractorPropertyTest::check);
  }

  @Test
  void basicLatinTextsGiveValidDrafts() {
    qt().withExamples(150).forAll(BASIC).checkAssert(ClaimExtractorPropertyTest::check);
  }

  @Test
  void edgeTexts() {
    for (String text : List.of("", " ", "word", "🚀", "no punctuation at all just words said he",
        "\"", "“”", "said", ", said", "according to", "According to ,", "He said.")) {
      check(text);
    }
    qt().withExamples(3).forAll(integers().between(1, 3)).checkAssert(n -> check(
        String.join(" ", java.util.Collections.nCopies(2_000 * n, "Officials said 3,000 troops moved."))));
  }
}
