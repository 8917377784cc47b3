package io.github.newsclaims.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.html.browser.Browser;
import io.github.newsclaims.html.browser.PageChecks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.Select;

/** The page of a hand-built article whose spans nest and cross, with emoji and curly quotes, in Chromium. */
class NestedPageTest {
  private static final AnnotatedArticle ARTICLE = TestArticles.nested();
  private static Browser browser;
  private static Path page;

  @BeforeAll
  static void open(@TempDir Path directory) throws IOException {
    page = directory.resolve("nested.html");
    HtmlView.write(ARTICLE, page);
    browser = Browser.start();
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.close();
    }
  }

  @BeforeEach
  void load() {
    browser.open(page);
  }

  @Test
  void everySpanShowsExactlyTheModelsText() {
    PageChecks.assertEverySpanShown(browser, ARTICLE);
    Map<String, PageChecks.Shown> shown = PageChecks.shown(browser);
    String text = ARTICLE.getArticle().getText();
    int c2Start = text.indexOf("make about 15,000 shells” 🚀 in April");
    PageChecks.Shown crossing = shown.get("evidence " + c2Start + " " + (c2Start + "make about 15,000 shells” 🚀 in April".length()));
    assertTrue(crossing.fragments() >= 2, "c2's evidence crosses the end of c1's and is split: " + crossing);
    int said = text.indexOf("said");
    assertEquals("c1 c3", shown.get("cue " + said + " " + (said + 4)).claimIds(), "one cue, two claims");
    assertEquals(List.of(), browser.consoleErrors());
  }

  @Test
  void everyMarkIsATabStopAndTabShowsItsCard() {
    List<String> stops = PageChecks.tabStops(browser);
    assertEquals(PageChecks.shown(browser).size(), stops.size(), "one Tab stop per mark");
    List<String> reached = new ArrayList<>();
    Actions keys = new Actions(browser.driver());
    for (int i = 0; i < stops.size() + 3; i++) {
      keys.sendKeys(Keys.TAB).perform();
      WebElement active = browser.driver().switchTo().activeElement();
      String mark = active.getAttribute("data-mark");
      if (mark != null) {
        reached.add(mark);
        List<String> cards = PageChecks.visibleCards(browser);
        assertTrue(!cards.isEmpty(), "Tab to " + mark + " shows a card");
        String expectedCards = active.getAttribute("data-card");
        assertEquals(List.of(expectedCards.split(" ")), cards.stream().map(card -> card.lines().findFirst().orElseThrow()).toList(),
            "the cards of " + mark);
      }
    }
    assertEquals(stops, reached, "Tab reaches every mark, in text order");
  }

  @Test
  void focusShowsTheClaimCardWithChainAndInterval() {
    PageChecks.focusClaim(browser, "0");
    List<String> cards = PageChecks.visibleCards(browser);
    assertEquals(1, cards.size(), cards.toString());
    String c1 = cards.get(0);
    assertTrue(c1.startsWith("card-0\n"), c1);
    assertTrue(c1.contains("Kim’s factories could make about 15,000 shells."), c1);
    assertTrue(c1.contains("Korean Central News Agency as “State media” — indirect speech, cue “said”, certain (CT+)"), c1);
    assertTrue(c1.contains("between 13,500 and 16,500 shells — “about 15,000” (artillery shells a month)"), c1);
    assertTrue(c1.contains("uncommitted (Uu)"), c1);
    assertTrue(c1.contains("“could”, “reportedly”"), c1);
    assertTrue(c1.contains("certain (CT+), hedged by “reportedly”"), c1);

    PageChecks.focusClaim(browser, "1");
    String c2 = PageChecks.visibleCards(browser).get(0);
    int analysts = c2.indexOf("Analysts as “analysts” — indirect speech, cue “say”, probable (PR+)");
    int kcna = c2.indexOf("Korean Central News Agency — according to, possible (PS+)");
    assertTrue(kcna > 0 && analysts > kcna, "the chain reads outermost to innermost: " + c2);
    assertTrue(c2.contains("“in April” — April, year not given"), c2);
    assertTrue(c2.contains("elaborates c1"), c2);
    assertTrue(c2.contains("“🇰🇵 Pyongyang” — Pyongyang"), c2);

    browser.js("document.querySelector('#card-1 a[href]').click()");
    assertEquals("c1", browser.driver().switchTo().activeElement().getAttribute("data-claim-id"),
        "the relation link takes focus to the related claim");
    assertEquals(List.of(), browser.consoleErrors());
  }

  @Test
  void hoverShowsTheCardOfTheInnermostSpan() {
    WebElement hedge = browser.driver().findElement(org.openqa.selenium.By.cssSelector("#text mark[data-role=hedge][data-claim-id='c1 c3']"));
    new Actions(browser.driver()).moveToElement(hedge).perform();
    List<String> cards = PageChecks.visibleCards(browser);
    assertEquals(List.of("card-0", "card-2"), cards.stream().map(card -> card.lines().findFirst().orElseThrow()).toList());
  }

  @Test
  void filtersNarrowTheClaimList() {
    new Select(browser.driver().findElement(org.openqa.selenium.By.id("filter-source"))).selectByValue("analysts");
    assertEquals("1 of 3 claims", browser.js("return document.getElementById('filter-count').value"));
    assertEquals(List.of("c2"), browser.js("return Array.from(document.querySelectorAll('.group li:not([hidden])'))"
        + ".map(function (li) { return li.getAttribute('data-claim-id'); })"));
    assertEquals(Boolean.TRUE, browser.js("return document.querySelector('#text mark[data-claim-id=c1]').classList.contains('filtered')"));
    new Select(browser.driver().findElement(org.openqa.selenium.By.id("filter-source"))).selectByValue("");
    new Select(browser.driver().findElement(org.openqa.selenium.By.id("filter-certainty"))).selectByValue("CT+");
    assertEquals("2 of 3 claims", browser.js("return document.getElementById('filter-count').value"));
  }

  @Test
  void printsReadably() {
    ChromeDriver chrome = (ChromeDriver) browser.driver();
    PageChecks.focusClaim(browser, "0");
    chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    try {
      assertEquals("none", browser.js("return getComputedStyle(document.getElementById('filters')).display"),
          "no filter controls on paper");
      assertEquals(List.of(), PageChecks.visibleCards(browser), "no floating card on paper");
      assertEquals("static", browser.js("return getComputedStyle(document.querySelector('.panel')).position"),
          "the claim list follows the text instead of floating beside it");
      assertEquals(List.of("c1", "c3", "c2"), browser.js("return Array.from(document.querySelectorAll('.group li'))"
          + ".filter(function (li) { return li.offsetHeight > 0; }).map(function (li) { return li.getAttribute('data-claim-id'); })"),
          "every claim is printed, by source");
      assertTrue(!"none".equals(browser.js("return getComputedStyle(document.querySelector('mark.hedge')).textDecorationLine")),
          "hedges stay marked on paper");
      assertEquals("exact", browser.js("return getComputedStyle(document.querySelector('mark.evidence')).printColorAdjust"),
          "marks keep their colours on paper");
    } finally {
      chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }
    Pdf pdf = chrome.print(new PrintOptions());
    byte[] bytes = Base64.getDecoder().decode(pdf.getContent());
    assertEquals("%PDF", new String(bytes, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
    assertTrue(bytes.length > 10_000, "a printed page, not an empty one: " + bytes.length + " bytes");
  }

  @Test
  void loadsNothingFromTheNetworkAndTheScreenshotIsNotBlank() throws IOException {
    assertEquals(0L, browser.js("return performance.getEntriesByType('resource').length"));
    assertEquals(0L, browser.js("return document.querySelectorAll('link, img, iframe, object, embed, script[src]').length"));
    byte[] png = browser.screenshot();
    Files.write(Browser.screenshotDirectory().resolve("nested.png"), png);
    double ink = Browser.inkShare(png);
    assertTrue(ink > 0.02, "the screenshot shows the page, not a blank window: " + ink);
    assertEquals(new HashSet<>(List.of()), new HashSet<>(browser.consoleErrors()));
  }
}
