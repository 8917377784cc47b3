package io.github.newsclaims.core.quantity;

import io.github.newsclaims.core.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One text split into tokens (numbers, words, dashes, other marks) with their UTF-16 offsets, and
 * the tests the quantity grammar asks of them: is token {@code i} this word, does it follow the
 * previous one directly ("$5") or after ordinary white space ("5 million").
 */
class Tokens {
  enum Kind { NUMBER, WORD, DASH, OTHER }

  record Token(Kind kind, int start, int end, String text, String lower) {}

  static final Pattern TOKEN = Pattern.compile(
      "(?<number>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?(?![,.]?\\d)|\\d+(?:\\.\\d+)?(?![,.]?\\d))"
          // Digits grouped other than in threes ("15,0000", "1,00") are no number this reader trusts.
          + "|(?<malformed>\\d+(?:[,.]\\d+)+)"
          + "|(?<word>\\p{L}[\\p{L}\\p{M}]*(?:['’-]\\p{L}[\\p{L}\\p{M}]*)*)"
          + "|(?<dash>[-‐‑‒–—])"
          + "|(?<other>\\S)");

  final String text;
  final List<Token> tokens = new ArrayList<>();

  Tokens(String text) {
    this.text = text;
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      Kind kind = m.group("number") != null ? Kind.NUMBER
          : m.group("word") != null ? Kind.WORD
          : m.group("dash") != null ? Kind.DASH : Kind.OTHER;
      String t = m.group();
      tokens.add(new Token(kind, m.start(), m.end(), t, t.toLowerCase(Locale.ROOT).replace('’', '\'')));
    }
  }

  int size() {
    return tokens.size();
  }

  TextSpan span(int fromToken, int toToken) {
    int start = tokens.get(fromToken).start();
    int end = tokens.get(toToken - 1).end();
    return TextSpan.of(start, end, text.substring(start, end));
  }

  boolean has(int i) {
    return i >= 0 && i < tokens.size();
  }

  String lower(int i) {
    return has(i) ? tokens.get(i).lower() : "";
  }

  boolean isWord(int i, String... words) {
    if (!has(i) || tokens.get(i).kind() != Kind.WORD) {
      return false;
    }
    for (String w : words) {
      if (w.equals(tokens.get(i).lower())) {
        return true;
      }
    }
    return false;
  }

  boolean isKind(int i, Kind kind) {
    return has(i) && tokens.get(i).kind() == kind;
  }

  boolean isText(int i, String text) {
    return has(i) && tokens.get(i).text().equals(text);
  }

  /** Token {@code i} follows token {@code i - 1} directly, with nothing in between. */
  boolean glued(int i) {
    return has(i) && i > 0 && tokens.get(i - 1).end() == tokens.get(i).start();
  }

  /** Token {@code i} follows token {@code i - 1} after white space that is not a paragraph break. */
  boolean spaced(int i) {
    if (!has(i) || i == 0) {
      return false;
    }
    int from = tokens.get(i - 1).end();
    int to = tokens.get(i).start();
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
    for (String w : words) {
      if (!isWord(k, w) || k > i && !spaced(k)) {
        return -1;
      }
      k++;
    }
    return k;
  }

  static String normalSpace(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }
}
