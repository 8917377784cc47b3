package io.github.newsclaims.html.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.Attribution;
import io.github.newsclaims.core.Claim;
import io.github.newsclaims.core.Estimate;
import io.github.newsclaims.core.NonContentSpan;
import io.github.newsclaims.core.TextSpan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a rendered page back from the browser and compares it with the model: the checks the
 * browser tests share (here and in newsclaims-examples, through the test jar).
 */
public final class PageChecks {
  private PageChecks() {}

  /** A span of the model in a role, with the claims it belongs to. */
  public record Expected(String role, int start, int end, String text, Set<String> claimIds) {}

  /** A marked span as the browser shows it: its fragments' text joined, as textContent and as innerText. */
  public record Shown(String mark, String role, int start, int end, String claimIds, String textContent,
      String innerText, int fragments) {}

  /** Every span of the model, one per role and range, with the claims that share it. */
  public static List<Expected> expected(AnnotatedArticle annotated) {
    Map<String, Expected> spans = new LinkedHashMap<>();
    for (NonContentSpan furniture : annotated.getArticle().getNonContent()) {
      put(spans, "furniture", furniture.getSpan(), null);
    }
    for (Claim claim : annotated.getClaims()) {
      claim.getEvidence().forEach(span -> put(spans, "evidence", span, claim.getId()));
      for (Attribution hop : claim.getAttribution()) {
        hop.getSourceMention().ifPresent(span -> put(spans, "source", span, claim.getId()));
        hop.getCue().ifPresent(span -> put(spans, "cue", span, claim.getId()));
        hop.getTime().flatMap(time -> time.getExpression()).ifPresent(span -> put(spans, "time", span, claim.getId()));
        hop.getHedges().forEach(span -> put(spans, "hedge", span, claim.getId()));
      }
      claim.getHedges().forEach(span -> put(spans, "hedge", span, claim.getId()));
      for (Estimate estimate : claim.getEstimates()) {
        estimate.getPhrase().ifPresent(span -> put(spans, "estimate", span, claim.getId()));
      }
      claim.getTime().flatMap(time -> time.getExpression()).ifPresent(span -> put(spans, "time", span, claim.getId()));
      claim.getPlace().flatMap(place -> place.getMention()).ifPresent(span -> put(spans, "place", span, claim.getId()));
    }
    return new ArrayList<>(spans.values());
  }

  private static void put(Map<String, Expected> spans, String role, TextSpan span, String claimId) {
    Expected expected = spans.computeIfAbsent(role + " " + span.getStart() + " " + span.getEnd(),
        key -> new Expected(role, span.getStart(), span.getEnd(), span.getText(), new TreeSet<>()));
    if (claimId != null) {
      expected.claimIds().add(claimId);
    }
  }

  /** The marked spans the browser shows, keyed by "role start end". */
  @SuppressWarnings("unchecked")
  public static Map<String, Shown> shown(Browser browser) {
    List<Map<String, Object>> rows = (List<Map<String, Object>>) browser.js("""
        var byMark = new Map();
        document.querySelectorAll('#text mark[data-mark]').forEach(function (el) {
          var id = el.getAttribute('data-mark');
          var row = byMark.get(id);
          if (!row) {
            row = { mark: id, role: el.getAttribute('data-role'), start: el.getAttribute('data-start'),
              end: el.getAttribute('data-end'), claimIds: el.getAttribute('data-claim-id') || '',
              textContent: '', innerText: '', fragments: 0 };
            byMark.set(id, row);
          }
          // A fragment's own text: its text minus that of fragments of the same mark nested in it (none are).
          row.textContent += el.textContent;
          row.innerText += el.innerText;
          row.fragments++;
        });
        return Array.from(byMark.values());
        """);
    Map<String, Shown> shown = new LinkedHashMap<>();
    for (Map<String, Object> row : rows) {
      Shown mark = new Shown((String) row.get("mark"), (String) row.get("role"),
          Integer.parseInt((String) row.get("start")), Integer.parseInt((String) row.get("end")),
          (String) row.get("claimIds"), (String) row.get("textContent"), (String) row.get("innerText"),
          ((Number) row.get("fragments")).intValue());
      Shown previous = shown.put(mark.role() + " " + mark.start() + " " + mark.end(), mark);
      assertTrue(previous == null, "two marks for the same span in the same role: " + previous + " and " + mark);
    }
    return shown;
  }

  /**
   * Asserts that the browser shows every span of the model, and nothing else: for each, the text
   * of its fragments (as textContent and as innerText) equals the model's span text, the offsets
   * pick that text out of the article element's text, and data-claim-id names its claims.
   */
  public static void assertEverySpanShown(Browser browser, AnnotatedArticle annotated) {
    String text = annotated.getArticle().getText();
    assertEquals(text, browser.js("return document.getElementById('text').textContent"),
        "the article element's text is the article text");
    String shownText = (String) browser.js("return document.getElementById('text').innerText");
    assertEquals(text.replace("\r\n", "\n"), shownText, "the browser shows the article text as it is");
    List<Expected> expected = expected(annotated);
    Map<String, Shown> shown = shown(browser);
    for (Expected span : expected) {
      Shown mark = shown.get(span.role() + " " + span.start() + " " + span.end());
      assertTrue(mark != null, "no mark in the page for " + span);
      assertEquals(span.text(), mark.textContent(), "textContent of " + mark);
      assertEquals(span.text(), mark.innerText(), "innerText (the text the browser shows) of " + mark);
      assertEquals(span.text(), text.substring(mark.start(), mark.end()), "offsets of " + mark);
      assertEquals(String.join(" ", span.claimIds()), String.join(" ", new TreeSet<>(
          mark.claimIds().isEmpty() ? List.of() : List.of(mark.claimIds().split(" ")))), "claims of " + mark);
    }
    assertEquals(expected.size(), shown.size(), "the page marks exactly the model's spans");
  }

  /** The ids of the first fragments of the marks, in document order: the Tab stops in the text. */
  @SuppressWarnings("unchecked")
  public static List<String> tabStops(Browser browser) {
    return (List<String>) browser.js(
        "return Array.from(document.querySelectorAll('#text mark[tabindex]')).map(function (el) {"
            + " return el.getAttribute('data-mark'); })");
  }

  /** The text of the cards on show, in order; empty when none is. */
  @SuppressWarnings("unchecked")
  public static List<String> visibleCards(Browser browser) {
    return (List<String>) browser.js(
        "return Array.from(document.querySelectorAll('.card')).filter(function (card) {"
            + " return !card.hidden && card.offsetWidth > 0 && card.offsetHeight > 0; })"
            + ".map(function (card) { return card.id + '\\n' + card.innerText; })");
  }

  /** Focuses the first fragment of the first evidence mark of the claim with the given index. */
  public static void focusClaim(Browser browser, String claimIndex) {
    Object found = browser.js("var el = document.querySelector("
        + "'#text mark[data-role=evidence][data-claim-index~=\"' + arguments[0] + '\"]:not([data-part])');"
        + " if (!el) { return false; } el.focus(); return document.activeElement === el;", claimIndex);
    assertEquals(Boolean.TRUE, found, "the first evidence of claim #" + claimIndex + " takes focus");
  }
}
