package io.github.newsclaims.jsonld;

/**
 * Converts offsets between the two ways of counting a text: UTF-16 code units, as Java strings and
 * the newsclaims model count, and Unicode code points, as the W3C Web Annotation
 * {@code TextPositionSelector} must ("MUST be in terms of unicode code points"). An emoji outside
 * the Basic Multilingual Plane is two code units but one code point.
 */
final class CodePoints {
  private CodePoints() {}

  /** The code point offset of the UTF-16 offset {@code utf16} in {@code text}. */
  static int fromUtf16(String text, int utf16) {
    if (utf16 < 0 || utf16 > text.length()) {
      throw new IllegalArgumentException("offset " + utf16 + " lies outside a text of " + text.length() + " code units");
    }
    return text.codePointCount(0, utf16);
  }

  /**
   * The UTF-16 offset of the code point offset {@code codePoints} in {@code text}, or -1 when the
   * text has fewer code points.
   */
  static int toUtf16(String text, long codePoints) {
    if (codePoints < 0 || codePoints > Integer.MAX_VALUE) {
      return -1;
    }
    try {
      return text.offsetByCodePoints(0, (int) codePoints);
    } catch (IndexOutOfBoundsException e) {
      return -1;
    }
  }
}
