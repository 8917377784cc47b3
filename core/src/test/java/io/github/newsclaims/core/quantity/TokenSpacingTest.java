package io.github.newsclaims.core.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * White space between tokens and letters beyond ASCII, as the reader sees them: a tab or a
 * no-break space joins words as a space does, a paragraph break ends a phrase, accented and
 * combining letters stay inside their word, and a measure's runs of white space become one space.
 */
class TokenSpacingTest {
  private static List<String> found(String text) {
    return QuantityPhrases.find(text).stream()
        .map(m -> m.getSpan().getText() + " | " + m.getEstimate().getUnit() + " | " + m.getEstimate().getMeasure())
        .toList();
  }

  @Test
  void tabsAndNoBreakSpacesJoinWordsAndAParagraphBreakEndsThePhrase() {
    assertEquals(List.of("about 15,000\tsoldiers | soldiers | soldiers"), found("about 15,000\tsoldiers"));
    assertEquals(List.of("about\u00A015,000 soldiers | soldiers | soldiers"), found("about\u00A015,000 soldiers"));
    assertEquals(List.of("about\u202F15,000 soldiers | soldiers | soldiers"), found("about\u202F15,000 soldiers"));
    assertEquals(List.of("about 15,000 | count | about 15,000"), found("about 15,000\n\nsoldiers"));
    assertEquals(List.of("about 15,000 | count | about 15,000"), found("about 15,000\n \nsoldiers"));
    assertEquals(List.of("15,000 soldiers | soldiers | soldiers"), found("about\n\n15,000 soldiers"));
  }

  @Test
  void lettersBeyondAsciiAndCombiningMarksStayInTheirWord() {
    assertEquals(List.of("about 15,000 élèves | élèves | élèves"), found("about 15,000 élèves"));
    assertEquals(List.of("about 15,000 naïve réfugiés | naïve réfugiés | naïve réfugiés"),
        found("about 15,000 naïve réfugiés"));
    assertEquals(List.of("about 15,000 e\u0301leves | e\u0301leves | e\u0301leves"), found("about 15,000 e\u0301leves"));
    assertEquals(List.of("about 15,000 | count | about 15,000"), found("about 15,000 \u2603 soldiers"));
    assertEquals(List.of("about 15,000 soldiers | soldiers | soldiers"), found("about 15,000 soldiers\u2603"));
  }

  @Test
  void aMeasuresRunsOfWhiteSpaceBecomeOneSpace() {
    assertEquals(List.of("about  15,000   North  Korean soldiers | soldiers | North Korean soldiers"),
        found("about  15,000   North  Korean soldiers"));
    assertEquals("a b c", Tokens.normalSpace("  a  b\t\nc "));
    assertEquals("a b", Tokens.normalSpace("a b"));
    assertEquals("a b", Tokens.normalSpace("a\tb"));
    assertEquals("a b", Tokens.normalSpace("a \tb"));
    assertEquals("a b", Tokens.normalSpace("a\t b"));
    assertEquals("a b c", Tokens.normalSpace("a b  c"));
    assertEquals("a\u00A0b", Tokens.normalSpace("a\u00A0b"));
    assertEquals("x", Tokens.normalSpace(" x"));
    assertEquals("", Tokens.normalSpace(" \t "));
    assertEquals("a b c", Tokens.normalSpace(" a  b\tc "));
    assertEquals("a b", Tokens.normalSpace("a\tb"));
    assertEquals("a b", Tokens.normalSpace("a  b"));
    assertEquals("a b", Tokens.normalSpace("a \nb"));
    assertEquals("a b", Tokens.normalSpace("a b"));
    assertEquals("ab", Tokens.normalSpace("ab"));
  }
}
