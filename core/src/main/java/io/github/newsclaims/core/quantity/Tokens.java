package io.github.newsclaims.core.quantity;

import io.github.newsclaims.core.TextSpan;
import java.util.Arrays;
import java.util.List;

/**
 * One text split into tokens (numbers, words, dashes, other marks) with their UTF-16 offsets, and
 * the tests the quantity grammar asks of them: is token {@code i} this word, does it follow the
 * previous one directly ("$5") or after ordinary white space ("5 million").
 *
 * <p>The split is one pass over the text, each character looked at a bounded number of times, so
 * tokenising is linear in the text's length whatever it holds. A number token is digits grouped in
 * threes ("15,000") or not at all ("15000"), with an optional decimal part, and at most
 * {@link #MAX_NUMBER_LENGTH} characters: a longer run of digits is a code or noise, an
 * {@link Kind#OTHER OTHER} token, as is a run grouped otherwise ("15,0000", "1.2.3"). Tokens live in
 * parallel arrays and a word's lower-case form is made once, when first asked for.
 */
class Tokens {
  enum Kind { NUMBER, WORD, DASH, OTHER }

  /** The longest numeral read as a number, separators and decimal point included: "999,999,999,999,999.99". */
  static final int MAX_NUMBER_LENGTH = 24;

  private static final Kind[] KINDS = Kind.values();

  final String text;
  private int size;
  private byte[] kinds;
  private int[] starts;
  private int[] ends;
  private String[] lowers;
  private int[] codes;

  Tokens(String text) {
    this.text = text;
    int capacity = Math.max(8, text.length() / 4);
    kinds = new byte[capacity];
    starts = new int[capacity];
    ends = new int[capacity];
    int n = text.length();
    int p = 0;
    while (p < n) {
      char c = text.charAt(p);
      if (c >= '0' && c <= '9') {
        p = number(p);
      } else if (asciiLetter(c)) {
        p = word(p);
      } else if (c == ' ') {
        p++;
      } else if (c >= 0x80 && Character.isLetter(text.codePointAt(p))) {
        p = word(p);
      } else if (isDash(c)) {
        add(Kind.DASH, p, p + 1);
        p++;
      } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        p++;
      } else {
        int end = p + Character.charCount(text.codePointAt(p));
        add(Kind.OTHER, p, end);
        p = end;
      }
    }
    lowers = new String[size];
    codes = new int[size];
  }

  static boolean isDash(char c) {
    return c == '-' || c >= '\u2010' && c <= '\u2014';
  }

  /** Digits with separators or a decimal point between digit groups, from {@code p}: one token. */
  private int number(int p) {
    int n = text.length();
    int end = p;
    int groups = 0;
    int firstGroup = -1;
    boolean groupedInThrees = true;
    int commas = 0;
    int dots = 0;
    boolean dotLast = false;
    while (true) {
      int q = end;
      while (q < n && isDigit(text.charAt(q))) {
        q++;
      }
      int length = q - end;
      if (groups == 0) {
        firstGroup = length;
      } else if (!dotLast && length != 3) {
        groupedInThrees = false;
      }
      groups++;
      end = q;
      if (end + 1 < n && (text.charAt(end) == ',' || text.charAt(end) == '.') && isDigit(text.charAt(end + 1))) {
        boolean dot = text.charAt(end) == '.';
        if (dot) {
          dots++;
        } else {
          commas++;
          if (dots > 0) {
            groupedInThrees = false;
          }
        }
        dotLast = dot;
        end++;
        continue;
      }
      break;
    }
    boolean valid = dots <= 1 && (commas == 0 || firstGroup <= 3 && groupedInThrees)
        && end - p <= MAX_NUMBER_LENGTH;
    add(valid ? Kind.NUMBER : Kind.OTHER, p, end);
    return end;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Whether {@code c} is an ASCII letter: for these {@link Character#isLetter(int)} is true, and for no other ASCII character. */
  private static boolean asciiLetter(char c) {
    return (char) ((c | 0x20) - 'a') < 26;
  }

  /** A word: a letter, then letters and marks, with inner apostrophes and hyphens ("two-thirds", "Kim's"). */
  private int word(int p) {
    int n = text.length();
    int q = p + Character.charCount(text.codePointAt(p));
    while (true) {
      // ASCII letters first, without decoding code points; any other character the general way.
      while (q < n) {
        char c = text.charAt(q);
        if (asciiLetter(c)) {
          q++;
        } else if (c >= 0x80 && letterOrMark(text.codePointAt(q))) {
          q += Character.charCount(text.codePointAt(q));
        } else {
          break;
        }
      }
      if (q + 1 < n && (text.charAt(q) == '\'' || text.charAt(q) == '’' || text.charAt(q) == '-')
          && Character.isLetter(text.codePointAt(q + 1))) {
        q++;
        continue;
      }
      break;
    }
    add(Kind.WORD, p, q);
    return q;
  }

  private static boolean letterOrMark(int cp) {
    if (Character.isLetter(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  private void add(Kind kind, int start, int end) {
    if (size == kinds.length) {
      int capacity = size * 2;
      kinds = Arrays.copyOf(kinds, capacity);
      starts = Arrays.copyOf(starts, capacity);
      ends = Arrays.copyOf(ends, capacity);
    }
    kinds[size] = (byte) kind.ordinal();
    starts[size] = start;
    ends[size] = end;
    size++;
  }

  int size() {
    return size;
  }

  Kind kind(int i) {
    return KINDS[kinds[i]];
  }

  int start(int i) {
    return starts[i];
  }

  int end(int i) {
    return ends[i];
  }

  int length(int i) {
    return ends[i] - starts[i];
  }

  /** The token's text as written. */
  String text(int i) {
    return has(i) ? text.substring(starts[i], ends[i]) : "";
  }

  /** The first character of token {@code i}, or 0. */
  char first(int i) {
    return has(i) ? text.charAt(starts[i]) : 0;
  }

  boolean capitalised(int i) {
    return has(i) && Character.isUpperCase(text.codePointAt(starts[i]));
  }

  TextSpan span(int fromToken, int toToken) {
    int start = starts[fromToken];
    int end = ends[toToken - 1];
    return TextSpan.of(start, end, text.substring(start, end));
  }

  boolean has(int i) {
    return i >= 0 && i < size;
  }

  /** The token in lower case, curly apostrophes made straight; made once per token. */
  String lower(int i) {
    if (!has(i)) {
      return "";
    }
    String lower = lowers[i];
    if (lower == null) {
      int code = codes[i];
      lower = code != 0 && (code >> 1) - 2 >= 0 ? LowerCase.word((code >> 1) - 2) : LowerCase.of(text, starts[i], ends[i]);
      lowers[i] = lower;
    }
    return lower;
  }

  /**
   * The slot of token {@code i}'s lower-case form among the lexicons' words ({@link LowerCase}),
   * or -1 when it is none of them (or there is no token {@code i}); found once per token, without
   * making the string when the token is ASCII.
   */
  int slot(int i) {
    if (!has(i)) {
      return -1;
    }
    int code = codes[i];
    if (code == 0) {
      int slot = LowerCase.asciiSlot(text, starts[i], ends[i]);
      // code: (slot + 2) * 2, plus 1 when the token is not ASCII; 0 is "not yet found".
      code = slot == LowerCase.NOT_ASCII ? (LowerCase.slotOf(lower(i)) + 2) << 1 | 1 : (slot + 2) << 1;
      codes[i] = code;
    }
    return (code >> 1) - 2;
  }

  /** Whether token {@code i} is all ASCII: then comparing its lower-case form is comparing its text ignoring case. */
  boolean ascii(int i) {
    slot(i);
    return has(i) && (codes[i] & 1) == 0;
  }

  /** The value {@code map} holds for token {@code i}'s lower-case form, or null. */
  <V> V get(LowerCase.BySlot<V> map, int i) {
    return map.get(slot(i));
  }

  /** Whether {@code map} holds a value for token {@code i}'s lower-case form. */
  boolean in(LowerCase.BySlot<?> map, int i) {
    return map.has(slot(i));
  }

  /**
   * Whether token {@code i} is a word equal, ignoring case, to one of {@code words} (all lower case).
   * The grammar asks this of nearly every token: callers with more than three words pass a constant
   * array, so that no call allocates.
   */
  boolean isWord(int i, String... words) {
    if (!has(i) || kinds[i] != Kind.WORD.ordinal()) {
      return false;
    }
    for (int w = 0; w < words.length; w++) {
      if (is(i, words[w])) {
        return true;
      }
    }
    return false;
  }

  /** Whether token {@code i} is the word {@code word} (lower case), ignoring case. */
  boolean isWord(int i, String word) {
    return has(i) && kinds[i] == Kind.WORD.ordinal() && is(i, word);
  }

  /** Whether token {@code i} is the word {@code a} or {@code b} (lower case), ignoring case. */
  boolean isWord(int i, String a, String b) {
    return has(i) && kinds[i] == Kind.WORD.ordinal() && (is(i, a) || is(i, b));
  }

  /** Whether token {@code i} is the word {@code a}, {@code b} or {@code c} (lower case), ignoring case. */
  boolean isWord(int i, String a, String b, String c) {
    return has(i) && kinds[i] == Kind.WORD.ordinal() && (is(i, a) || is(i, b) || is(i, c));
  }

  private boolean is(int i, String w) {
    int length = ends[i] - starts[i];
    if (w.length() != length) {
      return false;
    }
    // text.regionMatches(true, …), compared here char by char where both are ASCII: two ASCII
    // characters match ignoring case when equal or the same letter; any other pair the general way.
    int start = starts[i];
    for (int p = 0; p < length; p++) {
      char c = text.charAt(start + p);
      char d = w.charAt(p);
      if (c == d) {
        continue;
      }
      if (c >= 0x80 || d >= 0x80) {
        return text.regionMatches(true, start, w, 0, length);
      }
      int lc = c | 0x20;
      if (lc != (d | 0x20) || lc < 'a' || lc > 'z') {
        return false;
      }
    }
    return true;
  }

  boolean isKind(int i, Kind kind) {
    return has(i) && kinds[i] == kind.ordinal();
  }

  boolean isText(int i, String s) {
    return has(i) && ends[i] - starts[i] == s.length() && text.startsWith(s, starts[i]);
  }

  /** Token {@code i} follows token {@code i - 1} directly, with nothing in between. */
  boolean glued(int i) {
    return has(i) && i > 0 && ends[i - 1] == starts[i];
  }

  /** Token {@code i} follows token {@code i - 1} after white space that is not a paragraph break. */
  boolean spaced(int i) {
    if (!has(i) || i == 0) {
      return false;
    }
    int from = ends[i - 1];
    int to = starts[i];
    if (from == to) {
      return false;
    }
    int newlines = 0;
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (!Character.isWhitespace(c) && c != '\u00A0' && c != '\u202F') {
        return false;
      }
      newlines += c == '\n' ? 1 : 0;
    }
    return newlines <= 1;
  }

  boolean next(int i) {
    return spaced(i) || glued(i);
  }

  /** The end of the word sequence {@code words} starting at token {@code i}, or -1. */
  int phrase(int i, List<String> words) {
    int k = i;
    for (int n = 0; n < words.size(); n++) {
      if (!isWord(k, words.get(n)) || k > i && !spaced(k)) {
        return -1;
      }
      k++;
    }
    return k;
  }

  /** The text without white space at its ends and with each run of white space inside made one space. */
  static String normalSpace(String text) {
    String stripped = text.strip();
    StringBuilder out = null;
    for (int p = 0; p < stripped.length(); p++) {
      char c = stripped.charAt(p);
      boolean space = Character.isWhitespace(c);
      if (out == null && space && (c != ' ' || p + 1 < stripped.length() && Character.isWhitespace(stripped.charAt(p + 1)))) {
        out = new StringBuilder(stripped.length()).append(stripped, 0, p);
      }
      if (out != null) {
        if (!space) {
          out.append(c);
        } else if (out.charAt(out.length() - 1) != ' ') {
          out.append(' ');
        }
      }
    }
    return out == null ? stripped : out.toString();
  }
}
