package io.github.newsclaims.formats.brat;

/**
 * Converts between brat's offsets, counted in Unicode code points, and newsclaims' offsets,
 * counted in UTF-16 code units: an emoji outside the Basic Multilingual Plane is one code point
 * but two code units.
 */
final class Offsets {
  /** Code point index to UTF-16 index, one entry past the end. */
  private final int[] utf16;
  /** UTF-16 index to code point index, one entry past the end. */
  private final int[] codePoints;

  Offsets(String text) {
    int count = text.codePointCount(0, text.length());
    utf16 = new int[count + 1];
    codePoints = new int[text.length() + 1];
    int unit = 0;
    for (int point = 0; point < count; point++) {
      utf16[point] = unit;
      codePoints[unit] = point;
      int next = text.offsetByCodePoints(unit, 1);
      for (int inside = unit + 1; inside < next; inside++) {
        codePoints[inside] = point;
      }
      unit = next;
    }
    utf16[count] = unit;
    codePoints[unit] = count;
  }

  /** The number of code points in the text. */
  int length() {
    return utf16.length - 1;
  }

  /** The UTF-16 index of a code point index in {@code 0..length()}. */
  int toUtf16(int codePoint) {
    return utf16[codePoint];
  }

  /** The code point index of a UTF-16 index that does not split a surrogate pair. */
  int toCodePoint(int unit) {
    return codePoints[unit];
  }
}
