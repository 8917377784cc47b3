package io.github.newsclaims.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.html.browser.Browser;
import io.github.newsclaims.html.browser.PageChecks;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * An article whose text, headline, outlet, address, actor names, propositions and units carry
 * script payloads renders them as inert text: no payload runs, none becomes an element.
 */
class PageSecurityTest {
  private static final AnnotatedArticle ARTICLE = TestArticles.hostile();
  private static Browser browser;
  private static String html;

  @BeforeAll
  static void open(@TempDir Path directory) throws IOException {
    Path page = directory.resolve("hostile.html");
    HtmlView.write(ARTICLE, page);
    html = HtmlView.render(ARTICLE);
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
  void noPayloadRunsEvenWhenEverySpanIsFocusedHoveredAndEveryLinkClicked() {
    for (WebElement mark : browser.driver().findElements(By.cssSelector("mark[tabindex]"))) {
      new Actions(browser.driver()).moveToElement(mark).perform();
      browser.js("arguments[0].focus()", mark);
    }
    for (WebElement link : browser.driver().findElements(By.cssSelector("a[href]"))) {
      browser.js("arguments[0].click()", link);
    }
    assertEquals(true, browser.js("return typeof window." + TestArticles.MARKER + " === 'undefined'"),
        "a payload ran: window." + TestArticles.MARKER + " is set");
    assertEquals(List.of(), browser.consoleErrors());
  }

  @Test
  void noPayloadBecomesAnElement() {
    assertEquals(1L, browser.js("return document.scripts.length"), "only the page's own script");
    assertEquals(1L, browser.js("return document.querySelectorAll('style').length"), "only the page's own style");
    assertEquals(0L, browser.js("return document.querySelectorAll('img, svg, textarea, iframe, object, embed').length"));
    assertEquals(0L, browser.js("return Array.from(document.querySelectorAll('*')).filter(function (el) {"
        + " return Array.from(el.attributes).some(function (a) { return /^on/i.test(a.name); }); }).length"),
        "no element has an event-handler attribute");
    assertEquals(List.of(), browser.js("return Array.from(document.querySelectorAll('a[href]'))"
        + ".map(function (a) { return a.getAttribute('href'); })"
        + ".filter(function (href) { return href.charAt(0) !== '#'; })"),
        "every link stays inside the page; the javascript: address is text");
  }

  @Test
  void everyPayloadShowsAsItsOwnText() {
    PageChecks.assertEverySpanShown(browser, ARTICLE);
    String headline = (String) browser.js("return document.querySelector('h1').textContent");
    assertEquals(ARTICLE.getArticle().getHeadline(), headline);
    assertEquals(ARTICLE.getArticle().getHeadline() + " — newsclaims", browser.js("return document.title"));
    assertEquals("javascript:window." + TestArticles.MARKER + "=8",
        browser.js("return document.querySelector('.meta .url').textContent"));
    String card = (String) browser.js("return document.querySelector('#card-0').textContent");
    for (String payload : TestArticles.PAYLOADS) {
      assertTrue(card.contains(payload), "the card shows " + payload + " as text: " + card);
    }
  }

  @Test
  void theHtmlHoldsNoPayloadUnescaped() {
    for (String payload : TestArticles.PAYLOADS) {
      if (payload.contains("<")) {
        assertFalse(html.contains(payload), "unescaped in the HTML: " + payload);
      }
    }
    assertTrue(html.contains("Content-Security-Policy"), "the page carries its script policy");
  }
}
