package io.github.newsclaims.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsclaims.core.Actor;
import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.Attribution;
import io.github.newsclaims.core.Claim;
import io.github.newsclaims.html.HtmlView;
import io.github.newsclaims.html.browser.Browser;
import io.github.newsclaims.html.browser.PageChecks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fixture's web view in headless Chromium: every span, every card, no console errors, a real screenshot. */
class FixturePageTest {
  private static final AnnotatedArticle FIXTURE = ArticleFixtures.kimJongUnArtillerySurge();
  private static Browser browser;

  @BeforeAll
  static void open(@TempDir Path directory) throws IOException {
    Path page = directory.resolve("kim.html");
    HtmlView.write(FIXTURE, page);
    browser = Browser.start();
    browser.open(page);
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void everySpanShowsExactlyTheFixturesText() {
    PageChecks.assertEverySpanShown(browser, FIXTURE);
    assertEquals(List.of(), browser.consoleErrors());
  }

  @Test
  void focusOnEachClaimShowsItsCardWithTheChainOutermostFirst() {
    List<Claim> claims = FIXTURE.getClaims();
    for (int index = 0; index < claims.size(); index++) {
      int i = index;
      Claim claim = claims.get(i);
      PageChecks.focusClaim(browser, String.valueOf(i));
      String card = PageChecks.visibleCards(browser).stream().filter(shown -> shown.startsWith("card-" + i + "\n"))
          .findFirst().orElseThrow(() -> new AssertionError("no card for " + claim.getId()));
      assertTrue(card.contains(claim.getProposition()), card);
      int at = card.indexOf("the article");
      for (Attribution hop : claim.getAttribution()) {
        String source = hop.getSource().flatMap(FIXTURE::actor).map(Actor::getName).orElse("unnamed source");
        int found = card.indexOf(source, at + 1);
        assertTrue(found > at, hop + " after " + at + " in " + card);
        at = found;
      }
    }
    assertEquals(List.of(), browser.consoleErrors());
  }

  @Test
  void theSoldiersEstimateReadsAsAnInterval() {
    int c14 = FIXTURE.getClaims().indexOf(FIXTURE.claim("c14").orElseThrow());
    PageChecks.focusClaim(browser, String.valueOf(c14));
    String card = PageChecks.visibleCards(browser).stream().filter(shown -> shown.startsWith("card-" + c14 + "\n"))
        .findFirst().orElseThrow();
    assertTrue(card.contains("between 13,500 and 16,500 soldiers — “about 15,000” (North Korean soldiers in Russia)"), card);
    assertTrue(card.contains("South Korean intelligence as “South Korean intelligence” — indirect speech, cue “estimates”")
        || card.contains("South Korean intelligence"), card);
  }

  @Test
  void theScreenshotIsNotBlank() throws IOException {
    byte[] png = browser.screenshot();
    Files.write(Browser.screenshotDirectory().resolve("fixture.png"), png);
    double ink = Browser.inkShare(png);
    assertTrue(ink > 0.05, "the screenshot shows the page: " + ink);
  }
}
