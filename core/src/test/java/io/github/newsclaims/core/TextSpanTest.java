package io.github.newsclaims.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextSpanTest {
  private static final String TEXT = "🚀 Kim called it “critical” — 🇰🇵 twice.";

  @Test
  void countsOffsetsInUtf16CodeUnits() {
    // The rocket is one code point but two UTF-16 code units, so "Kim" starts at 3, not 2.
    TextSpan kim = TextSpan.find(TEXT, "Kim");
    assertEquals(3, kim.getStart());
    assertEquals(6, kim.getEnd());
    assertEquals(2, TEXT.codePointCount(0, kim.getStart()));
  }

  @Test
  void coversCurlyQuotesAsOneUnitEach() {
    TextSpan quote = TextSpan.find(TEXT, "“critical”");
    assertEquals(10, quote.length());
    assertEquals("“critical”", TEXT.substring(quote.getStart(), quote.getEnd()));
    assertTrue(quote.matches(TEXT));
  }

  @Test
  void coversAFlagEmojiOfTwoSurrogatePairs() {
    TextSpan flag = TextSpan.find(TEXT, "🇰🇵");
    assertEquals(4, flag.length());
    assertEquals(TextSpan.in(TEXT, flag.getStart(), flag.getEnd()), flag);
  }

  @Test
  void rejectsASpanThatCutsASurrogatePair() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TextSpan.in(TEXT, 1, 6));
    assertEquals("span [1, 6) cuts a surrogate pair in half", e.getMessage());
  }

  @Test
  void rejectsStartAfterEnd() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TextSpan.of(5, 4, ""));
    assertEquals("span start (5) must not exceed end (4)", e.getMessage());
  }

  @Test
  void rejectsAnEmptySpan() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TextSpan.of(5, 5, ""));
    assertEquals("span [5, 5) is empty; a span covers at least one code unit", e.getMessage());
  }

  @Test
  void rejectsNegativeStart() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TextSpan.of(-1, 2, "abc"));
    assertEquals("span start must not be negative, was -1", e.getMessage());
  }

  @Test
  void rejectsTextOfTheWrongLength() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TextSpan.of(0, 3, "ab"));
    assertEquals("span text \"ab\" has length 2 but [0, 3) covers 3 code units", e.getMessage());
  }

  @Test
  void rejectsARangeOutsideTheSource() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TextSpan.in("abc", 1, 9));
    assertEquals("span [1, 9) does not lie inside a text of length 3", e.getMessage());
  }

  @Test
  void findReportsAMissingQuote() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TextSpan.find(TEXT, "Putin"));
    assertEquals("quote \"Putin\" does not occur in the text at or after offset 0", e.getMessage());
  }

  @Test
  void findFromAnOffsetSkipsEarlierOccurrences() {
    String text = "twice and twice";
    assertEquals(10, TextSpan.find(text, "twice", 1).getStart());
  }

  @Test
  void matchesOnlyWhereTheTextIsTheSame() {
    TextSpan span = TextSpan.of(3, 6, "Kim");
    assertTrue(span.matches(TEXT));
    assertFalse(TextSpan.of(2, 5, "Kim").matches(TEXT));
    assertFalse(TextSpan.of(100, 103, "Kim").matches(TEXT));
  }

  @Test
  void containsAndOverlapsAreHalfOpen() {
    TextSpan ab = TextSpan.of(0, 2, "ab");
    TextSpan bc = TextSpan.of(1, 3, "bc");
    TextSpan cd = TextSpan.of(2, 4, "cd");
    assertTrue(ab.overlaps(bc));
    assertFalse(ab.overlaps(cd));
    assertTrue(TextSpan.of(0, 4, "abcd").contains(bc));
    assertFalse(ab.contains(bc));
  }

  @Test
  void ordersByStartThenEnd() {
    assertTrue(TextSpan.of(0, 2, "ab").compareTo(TextSpan.of(1, 2, "b")) < 0);
    assertTrue(TextSpan.of(0, 2, "ab").compareTo(TextSpan.of(0, 1, "a")) > 0);
  }

  @Test
  void printsRangeAndQuote() {
    assertEquals("[3, 6) \"Kim\"", TextSpan.of(3, 6, "Kim").toString());
  }

  @Test
  void ordersByStartThenEndThenTextConsistentlyWithEquals() {
    TextSpan kim = TextSpan.of(0, 3, "Kim");
    TextSpan him = TextSpan.of(0, 3, "him");
    TextSpan longer = TextSpan.of(0, 4, "Kim ");
    TextSpan later = TextSpan.of(1, 2, "i");
    assertEquals(java.util.List.of(kim, him, longer, later), // texts compare by UTF-16 code unit: "K" < "h"
        new java.util.TreeSet<>(java.util.List.of(later, longer, kim, him)).stream().toList());
    for (TextSpan a : java.util.List.of(kim, him, longer, later)) {
      for (TextSpan b : java.util.List.of(kim, him, longer, later, TextSpan.of(0, 3, "Kim"))) {
        assertEquals(a.equals(b), a.compareTo(b) == 0, a + " vs " + b);
        assertEquals(Integer.signum(a.compareTo(b)), -Integer.signum(b.compareTo(a)), a + " vs " + b);
      }
    }
  }
}
