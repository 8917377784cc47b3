package io.github.newsclaims.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsclaims.core.Actor;
import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.html.browser.Browser;
import io.github.newsclaims.html.browser.PageChecks;
import io.github.newsclaims.core.Attribution;
import io.github.newsclaims.core.AttributionMode;
import io.github.newsclaims.core.Claim;
import io.github.newsclaims.testing.Generators;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** Pages of generated articles — emoji outside the BMP, curly quotes, CJK, nesting spans — in Chromium. */
class GeneratedPageTest {
  private static Browser browser;
  @TempDir
  static Path directory;

  @BeforeAll
  static void start() {
    browser = Browser.start();
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.close();
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 42})
  void everySpanShowsItsTextAndEveryCardItsChain(long seed) throws IOException {
    AnnotatedArticle article = Generators.synthetic(seed, 24);
    String text = article.getArticle().getText();
    assertTrue(text.codePoints().anyMatch(Character::isSupplementaryCodePoint),
        "the generated text holds characters outside the BMP, such as emoji");
    Path page = directory.resolve("generated-" + seed + ".html");
    HtmlView.write(article, page);
    browser.open(page);

    PageChecks.assertEverySpanShown(browser, article);

    List<Claim> claims = article.getClaims();
    for (int index = 0; index < claims.size(); index++) {
      int i = index;
      Claim claim = claims.get(i);
      PageChecks.focusClaim(browser, String.valueOf(i));
      List<String> cards = PageChecks.visibleCards(browser);
      String card = cards.stream().filter(shown -> shown.startsWith("card-" + i + "\n")).findFirst()
          .orElseThrow(() -> new AssertionError("focus on claim " + claim.getId() + " shows " + cards));
      assertTrue(card.contains(claim.getProposition().strip()), card);
      int at = card.indexOf("the article");
      for (Attribution hop : claim.getAttribution()) {
        String source = hop.getMode() == AttributionMode.AUTHORIAL ? "the article itself"
            : hop.getSource().flatMap(article::actor).map(Actor::getName).orElse("unnamed source");
        int found = card.indexOf(source, at + 1);
        assertTrue(found > at, "hop " + hop + " of " + claim.getId() + " after position " + at + " in " + card);
        at = found;
        hop.getCue().ifPresent(cue -> assertTrue(card.contains("cue “" + cue.getText() + "”"), card));
      }
      claim.getEstimates().forEach(estimate -> estimate.getPhrase()
          .ifPresent(phrase -> assertTrue(card.contains("“" + phrase.getText() + "”"), card)));
    }
    assertEquals(List.of(), browser.consoleErrors());
    byte[] png = browser.screenshot();
    Files.write(Browser.screenshotDirectory().resolve("generated-" + seed + ".png"), png);
    assertTrue(Browser.inkShare(png) > 0.02, "the screenshot is not blank");
  }
}
