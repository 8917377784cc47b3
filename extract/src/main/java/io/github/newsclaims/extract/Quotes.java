package io.github.newsclaims.extract;

import io.github.newsclaims.core.AttributionMode;

/**
 * Quotation marks in a sentence: which characters lie inside a quotation (curly or straight
 * marks), whether a comma closes one, and the {@link AttributionMode} quoted words give a
 * content. Stateless.
 */
final class Quotes {
  private Quotes() {}

  /**
   * The mode a quotation gives the content: {@code DIRECT_QUOTE} when quoted words make up most of
   * it (four in five letters), {@code PARTIAL_QUOTE} when some of it is quoted ("said the economy
   * risked falling into a “doom loop”"), else {@code INDIRECT}.
   */
  static AttributionMode quoteMode(String text, int start, int end) {
    // The content is trimmed of its quotation marks: look at them again.
    if (start > 0 && "“\"".indexOf(text.charAt(start - 1)) >= 0) {
      start--;
    }
    for (int k = 0; k < 2 && end < text.length() && ",.!?”\"".indexOf(text.charAt(end)) >= 0; k++) {
      end++;
    }
    boolean[] quoted = quoted(text.substring(start, end));
    int letters = 0;
    int inside = 0;
    for (int i = start; i < end; i++) {
      if (Character.isLetter(text.charAt(i))) {
        letters++;
        inside += quoted[i - start] ? 1 : 0;
      }
    }
    if (inside == 0) {
      return AttributionMode.INDIRECT;
    }
    return inside * 5 >= letters * 4 ? AttributionMode.DIRECT_QUOTE : AttributionMode.PARTIAL_QUOTE;
  }

  /** For each char of the sentence, whether it lies inside a quotation. */
  static boolean[] quoted(String sentence) {
    boolean[] inside = new boolean[sentence.length()];
    boolean open = false;
    for (int i = 0; i < sentence.length(); i++) {
      char c = sentence.charAt(i);
      if (isQuotationMark(c)) {
        open = openAfter(open, c);
      } else {
        inside[i] = open;
      }
    }
    return inside;
  }

  /** Whether {@code c} is a quotation mark: curly opening or closing, or straight. */
  static boolean isQuotationMark(char c) {
    return c == '“' || c == '”' || c == '"';
  }

  /**
   * Whether a quotation is open after {@code c}, given whether one was open before it: a curly
   * opening mark opens, a curly closing mark closes, a straight mark toggles, anything else keeps.
   */
  static boolean openAfter(boolean open, char c) {
    return switch (c) {
      case '“' -> true;
      case '”' -> false;
      case '"' -> !open;
      default -> open;
    };
  }

  /** Whether the comma at {@code at} ends a quotation ("…,” he said"). */
  static boolean closesQuote(String text, int at) {
    return at + 1 < text.length() && "”\"".indexOf(text.charAt(at + 1)) >= 0;
  }
}
