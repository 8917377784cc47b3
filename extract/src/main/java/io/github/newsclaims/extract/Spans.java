package io.github.newsclaims.extract;

/** Offsets helpers that never produce a span the model refuses. */
final class Spans {
  private Spans() {}

  /** Whether {@code c} is trimmed from the edges of a mention or content. */
  static boolean edge(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c)
        || ",;:.!?\"'“”‘’()[]—–-".indexOf(c) >= 0;
  }

  /** [start, end) with edge characters removed, as {start, end}; empty when nothing is left. */
  static int[] trim(String text, int start, int end) {
    while (start < end && edge(text.charAt(start))) {
      start++;
    }
    while (end > start && edge(text.charAt(end - 1))) {
      end--;
    }
    return new int[] {start, end};
  }

  /** Whether [start, end) is a span the model accepts: non-empty, inside, no half surrogate pair. */
  static boolean usable(String text, int start, int end) {
    return 0 <= start && start < end && end <= text.length()
        && !Character.isLowSurrogate(text.charAt(start)) && !Character.isHighSurrogate(text.charAt(end - 1));
  }

  /** Whether [start, end) holds a letter. */
  static boolean hasLetter(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (Character.isLetter(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
