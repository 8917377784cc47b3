package io.github.newsclaims.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.html.browser.Browser;
import io.github.newsclaims.html.browser.PageChecks;
import io.github.newsclaims.testing.Generators;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A generated article of 1,000 claims renders and the browser shows all of it (timing is a benchmark's job). */
class LargePageTest {
  @Test
  void aThousandClaimsRenderAndShow(@TempDir Path directory) throws IOException {
    AnnotatedArticle article = Generators.synthetic(1_000, 1_000);
    assertEquals(1_000, article.getClaims().size());
    Path page = directory.resolve("large.html");
    HtmlView.write(article, page);
    try (Browser browser = Browser.start()) {
      browser.open(page);
      PageChecks.assertEverySpanShown(browser, article);
      assertEquals(1_000L, browser.js("return document.querySelectorAll('.card[id^=card-]:not([id^=card-furniture])').length"));
      assertEquals(1_000L, browser.js("return document.querySelectorAll('.group li[data-claim-index]').length"));
      PageChecks.focusClaim(browser, "999");
      List<String> cards = PageChecks.visibleCards(browser);
      assertTrue(cards.stream().anyMatch(card -> card.startsWith("card-999\n")
          && card.contains(article.getClaims().get(999).getProposition().strip())), cards.toString());
      assertEquals(List.of(), browser.consoleErrors());
      byte[] png = browser.screenshot();
      Files.write(Browser.screenshotDirectory().resolve("large.png"), png);
      assertTrue(Browser.inkShare(png) > 0.02, "the screenshot is not blank");
    }
  }
}
