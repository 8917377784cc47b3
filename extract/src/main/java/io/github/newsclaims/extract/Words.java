package io.github.newsclaims.extract;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of a sentence, in offsets of the article's text: as a list ({@link #words}, by the
 * JDK's word {@code BreakIterator}) or read in place one at a time without tokenising the rest
 * ({@link #nextWord}, {@link #wordEnd}), and the character searches the attribution rules share.
 * Stateless.
 */
final class Words {
  private Words() {}

  /** A word of a sentence, in offsets of the article's text. */
  record Word(int start, int end, String lower) {}

  static List<Word> words(String text, int start, int end) {
    BreakIterator it = BreakIterator.getWordInstance(Locale.ENGLISH);
    it.setText(text.substring(start, end));
    List<Word> words = new ArrayList<>();
    int from = it.first();
    for (int to = it.next(); to != BreakIterator.DONE; from = to, to = it.next()) {
      if (Spans.hasLetter(text, start + from, start + to)) {
        words.add(new Word(start + from, start + to, text.substring(start + from, start + to).toLowerCase(Locale.ROOT)));
      }
    }
    return words;
  }

  /** How many of {@code words} lie inside [from, to). */
  static int wordsBetween(List<Word> words, int from, int to) {
    int n = 0;
    for (Word w : words) {
      if (w.start() >= from && w.end() <= to) {
        n++;
      }
    }
    return n;
  }

  /**
   * The start of the last word in [from, to) when there are at least two words there, read in place;
   * else -1.
   */
  static int lastOfTwoOrMore(String text, int from, int to) {
    int words = 0;
    int last = -1;
    for (int at = nextWord(text, from, to); at >= 0; at = nextWord(text, wordEnd(text, at, to), to)) {
      words++;
      last = at;
    }
    return words >= 2 ? last : -1;
  }

  /** The end of the word of letters (with inner apostrophes and hyphens) that starts at {@code from}. */
  static int wordEnd(String text, int from, int end) {
    int i = from;
    while (i < end && (Character.isLetter(text.charAt(i))
        || i > from && i + 1 < end && "'’-".indexOf(text.charAt(i)) >= 0 && Character.isLetter(text.charAt(i + 1)))) {
      i++;
    }
    return i;
  }

  /** The start of the next word (a letter) at or after {@code from}, or -1 when there is none before {@code end}. */
  static int nextWord(String text, int from, int end) {
    int i = from;
    while (i < end && !Character.isLetter(text.charAt(i))) {
      i++;
    }
    return i < end ? i : -1;
  }

  /** [from, to) in lower case. */
  static String lower(String text, int from, int to) {
    return text.substring(from, to).toLowerCase(Locale.ROOT);
  }

  /** The last non-space character before {@code at}, back to {@code start}; else -1. */
  static int previousNonSpace(String text, int start, int at) {
    for (int i = at - 1; i >= start; i--) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /** The first {@code c} in [from, to), else {@code to}. */
  static int indexOf(String text, char c, int from, int to) {
    int i = text.indexOf(c, from);
    return i < 0 || i >= to ? to : i;
  }

  /** The last {@code c} in [from, to), else -1. */
  static int lastIndexOf(String text, char c, int from, int to) {
    int i = text.lastIndexOf(c, to - 1);
    return i < from ? -1 : i;
  }
}
