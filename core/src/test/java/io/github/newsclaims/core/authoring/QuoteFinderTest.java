package io.github.newsclaims.core.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsclaims.core.TextSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {
  private static final String TEXT = "He said the talks failed. Then he said more.\n\n"
      + "Analysts call it “critical” — a well-known risk, 15,000 or 215,000.";
  private final QuoteFinder finder = QuoteFinder.in(TEXT);

  private String problem(Quote quote) {
    AuthoringException e = assertThrows(AuthoringException.class, () -> finder.find(quote));
    assertEquals(1, e.getProblems().size());
    return e.getProblems().get(0).message();
  }

  @Test
  void matchesOnlyAtWordBoundaries() {
    // "he" occurs inside "the" and "Then", and as a word once (lower case).
    assertEquals(List.of(TextSpan.of(31, 33, "he")), finder.occurrences("he"));
    assertEquals(TextSpan.of(31, 33, "he"), finder.find(Quote.of("he")));
    assertEquals(List.of(TextSpan.of(95, 101, "15,000")), finder.occurrences("15,000"));
    assertEquals(TextSpan.of(12, 17, "talks"), finder.find(Quote.of("talks")));
  }

  @Test
  void aQuoteThatStartsWithPunctuationMayTouchAWord() {
    assertEquals("“critical”", finder.find(Quote.of("“critical”")).getText());
  }

  @Test
  void anAmbiguousQuoteListsEveryCandidateWithItsOffsetAndContext() {
    String message = problem(Quote.of("said"));
    assertEquals("quote \"said\" occurs 2 times in the text; add an occurrence, or an anchor it comes after or "
        + "lies within: at 3: \"He [said] the talks failed. Then he…\"; at 34: \"…the talks failed. Then "
        + "he [said] more.  Analysts call it…\"", message);
  }

  @Test
  void anAbsentQuoteSaysSo() {
    assertEquals("quote \"agreed\" does not occur in the text", problem(Quote.of("agreed")));
  }

  @Test
  void typographyAloneIsNamed() {
    String quotes = problem(Quote.of("\"critical\""));
    assertTrue(quotes.contains("differs from the text only in typography (at character 0 the quote has U+0022 "
        + "quotation mark where the text has U+201C left double quotation mark)"), quotes);
    assertTrue(quotes.contains("the text has [63, 73) \"“critical”\""), quotes);
    String dash = problem(Quote.of("it “critical” - a"));
    assertTrue(dash.contains("U+002D hyphen-minus where the text has U+2014 em dash"), dash);
    String space = problem(Quote.of("a\u00A0well-known"));
    assertTrue(space.contains("at character 1 the quote has U+00A0 no-break space where the text has U+0020 space"),
        space);
  }

  @Test
  void letterCaseAndWordInsidesAreHinted() {
    assertTrue(problem(Quote.of("analysts call")).contains("with different letter case: the text has [46, 59) "
        + "\"Analysts call\""));
    assertTrue(problem(Quote.of("nown")).contains("occurs only inside longer words"));
  }

  @Test
  void theNthOccurrence() {
    assertEquals(34, finder.find(Quote.of("said").occurrence(2)).getStart());
    assertEquals(3, finder.find(Quote.of("said").occurrence(1)).getStart());
    assertTrue(problem(Quote.of("said").occurrence(3)).startsWith("quote \"said\" #3 occurs only 2 times in the text"));
  }

  @Test
  void theFirstOccurrenceAfterAnAnchor() {
    assertEquals(34, finder.find(Quote.of("said").after("Then")).getStart());
    assertEquals(34, finder.find(Quote.of("said").after(TextSpan.of(26, 30, "Then"))).getStart());
    assertEquals(3, finder.find(Quote.of("said").after("He")).getStart());
  }

  @Test
  void theOnlyOccurrenceWithinAnAnchor() {
    assertEquals(34, finder.find(Quote.of("said").within("Then he said more")).getStart());
    assertEquals(34, finder.find(Quote.of("said").within(TextSpan.of(26, 44, "Then he said more."))).getStart());
    String outside = problem(Quote.of("talks").within("Then he said more"));
    assertTrue(outside.contains("does not occur in within [26, 43) \"Then he said more\"; it occurs elsewhere: "
        + "at 12:"), outside);
  }

  @Test
  void aBrokenAnchorIsReportedAsSuch() {
    assertTrue(problem(Quote.of("said").after("Never")).contains("its anchor quote \"Never\" does not occur"));
  }

  @Test
  void aPreferredScopeIsSearchedFirst() {
    TextSpan secondSentence = TextSpan.of(26, 44, "Then he said more.");
    assertEquals(34, finder.find(Quote.of("said"), List.of(secondSentence)).getStart());
    // Absent from the scope: the whole text, where it must be unique.
    assertEquals(12, finder.find(Quote.of("talks"), List.of(secondSentence)).getStart());
  }
}
