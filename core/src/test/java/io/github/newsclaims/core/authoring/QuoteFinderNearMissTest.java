package io.github.newsclaims.core.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.newsclaims.core.TextSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What {@link QuoteFinder} says about a quote it cannot place, at the edges: a near miss that ends
 * exactly at, or runs past, the end of the range searched; a word inside a longer word at the very
 * start of the text; a word elsewhere before or after an anchor; context cut at the start or end of
 * the text or by a long run without spaces; ten and eleven candidates; and anchors that fail.
 */
class QuoteFinderNearMissTest {
  private static final String TEXT = "He said the talks failed. Then he said more.";
  private final QuoteFinder finder = QuoteFinder.in(TEXT);

  private static String problem(QuoteFinder finder, Quote quote) {
    AuthoringException e = assertThrows(AuthoringException.class, () -> finder.find(quote));
    assertEquals(1, e.getProblems().size());
    return e.getProblems().get(0).message();
  }

  private String problem(Quote quote) {
    return problem(finder, quote);
  }

  @Test
  void aWordRunningPastTheRangeIsElsewhereNotInsideALongerWord() {
    TextSpan cut = TextSpan.in(TEXT, 0, 22);
    assertEquals("quote \"failed\" within [0, 22) \"He said the talks fail\" does not occur in within [0, 22) "
        + "\"He said the talks fail\"; it occurs elsewhere: at 18: \"He said the talks [failed]. Then he said more.\"",
        problem(Quote.of("failed").within(cut)));
  }

  @Test
  void aWordInsideALongerWordMayEndExactlyAtTheRangesEnd() {
    TextSpan sentence = TextSpan.in(TEXT, 0, 24);
    assertEquals("quote \"ailed\" within [0, 24) \"He said the talks failed\" does not occur in within [0, 24) "
        + "\"He said the talks failed\"; it occurs only inside longer words (a quote matches whole words): at 19: "
        + "\"He said the talks f[ailed]. Then he said more.\"", problem(Quote.of("ailed").within(sentence)));
  }

  @Test
  void aWordInsideALongerWordAtTheStartOfTheText() {
    assertEquals("quote \"H\" does not occur in the text; it occurs only inside longer words (a quote matches whole "
        + "words): at 0: \"[H]e said the talks failed. Then…\"", problem(Quote.of("H")));
  }

  @Test
  void aWordBeforeTheAnchorOrOutsideAnEarlyRangeIsElsewhere() {
    assertEquals("quote \"talks\" after \"Then\" does not occur in after [26, 30) \"Then\"; it occurs elsewhere: "
        + "at 12: \"He said the [talks] failed. Then he said more.\"", problem(Quote.of("talks").after("Then")));
    assertEquals("quote \"more\" within \"He said the talks\" does not occur in within [0, 17) \"He said the talks\"; "
        + "it occurs elsewhere: at 39: \"…talks failed. Then he said [more].\"", problem(Quote.of("more").within("He said the talks")));
  }

  @Test
  void aQuoteAfterOneAnchorAndWithinAnotherNamesBoth() {
    assertEquals("quote \"talks\" after \"Then\" within \"Then he said more\" does not occur in within [26, 43) "
        + "\"Then he said more\" and after [26, 30) \"Then\"; it occurs elsewhere: at 12: \"He said the [talks] "
        + "failed. Then he said more.\"", problem(Quote.of("talks").after("Then").within("Then he said more")));
  }

  @Test
  void anAnchorThatFailsIsReported() {
    assertEquals("quote \"said\" within \"Never\": its anchor quote \"Never\" does not occur in the text",
        problem(Quote.of("said").within("Never")));
    assertEquals("quote \"said\" after [0, 2) \"Th\": its anchor [0, 2) \"Th\" does not match the text",
        problem(Quote.of("said").after(TextSpan.of(0, 2, "Th"))));
  }

  @Test
  void aWordMatchesOnlyWholeAtItsEndToo() {
    assertEquals(List.of(), finder.occurrences("talk"));
    assertEquals(List.of(TextSpan.of(0, 2, "He")), QuoteFinder.in("He").occurrences("He"));
    assertEquals(List.of(TextSpan.of(3, 7, "said")), QuoteFinder.in("He said").occurrences("said"));
  }

  @Test
  void contextStopsAtTheTextsEndsAndAtLongRunsWithoutSpaces() {
    String run = "x".repeat(40);
    QuoteFinder joined = QuoteFinder.in(run + "-said-" + run + " and said");
    assertEquals("quote \"said\" occurs 2 times in the text; add an occurrence, or an anchor it comes after or lies "
        + "within: at 41: \"…[said]…\"; at 91: \"…and [said]\"", problem(joined, Quote.of("said")));
  }

  @Test
  void atMostTenCandidatesAreShown() {
    String ten = "a b a b a b a b a b a b a b a b a b a b";
    String tenShown = problem(QuoteFinder.in(ten), Quote.of("a"));
    assertEquals(10, tenShown.split("; at ").length, tenShown);
    assertEquals(false, tenShown.contains("more"), tenShown);
    String eleven = problem(QuoteFinder.in(ten + " a"), Quote.of("a"));
    assertEquals(true, eleven.startsWith("quote \"a\" occurs 11 times in the text"), eleven);
    assertEquals(true, eleven.endsWith("; and 1 more"), eleven);
  }

  @Test
  void theNthOccurrenceInTheEvidenceCountsInTextOrder() {
    List<TextSpan> laterFirst = List.of(TextSpan.in(TEXT, 26, 44), TextSpan.in(TEXT, 0, 25));
    assertEquals(TextSpan.of(34, 38, "said"), finder.find(Quote.of("said").occurrence(2), laterFirst));
    assertEquals(TextSpan.of(3, 7, "said"), finder.find(Quote.of("said").occurrence(1), laterFirst));
  }
}
