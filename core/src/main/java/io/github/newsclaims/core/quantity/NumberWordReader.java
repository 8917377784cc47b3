package io.github.newsclaims.core.quantity;

import static io.github.newsclaims.core.quantity.QuantityLexicon.*;

import java.math.BigDecimal;

/**
 * The numbers under every amount, read from {@link Tokens}: spelled-out numbers ("two hundred and
 * fifty", "a dozen", "half a million"), fractions ("a third", "two-thirds", "one in five"), a
 * numeral token's exact value, and whether a numeral is glued to a code, a date or an age ("F-16",
 * "10:30", "15-year-old"). {@link NumberReader} adds scales, currencies, percentages and units.
 */
class NumberWordReader extends Tokens {
  /**
   * A number as read: its value, how it was written, and the end of its tokens. {@code dateLike}
   * marks a bare year ("2024") or day of a month ("12 March", "March 12").
   */
  record Num(BigDecimal value, BigDecimal raw, BigDecimal scale, int end, boolean spelled, boolean dateLike) {
    boolean scaled() {
      return scale.compareTo(BigDecimal.ONE) != 0;
    }

    /** This number times {@code factor}, ending at token {@code newEnd}: "8 cents" is 0.08 dollars. */
    Num times(BigDecimal factor, int newEnd) {
      return new Num(value.multiply(factor), raw.multiply(factor), scale, newEnd, spelled, false);
    }

    Num negated() {
      return new Num(value.negate(), raw.negate(), scale, end, spelled, false);
    }
  }

  private static final BigDecimal HALF = new BigDecimal("0.5");
  private static final BigDecimal TWELVE = BigDecimal.valueOf(12);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  NumberWordReader(String text) {
    super(text);
  }

  // The grammar asks for the spelled-out number at a token several times in a row (as a range's
  // start, then as a modified amount): a function of the token, so the last answer is kept.
  private int numberWordsKey = Integer.MIN_VALUE;
  private Num numberWordsValue;

  /** A spelled-out number: "two hundred and fifty", "a dozen", "half a million", "three million". */
  Num numberWords(int j) {
    if (j != numberWordsKey) {
      numberWordsValue = readNumberWords(j);
      numberWordsKey = j;
    }
    return numberWordsValue;
  }

  // What the last word of a spelled-out number was, for readNumberWords.
  private static final int NONE = 0;
  private static final int PREFIX = 1;
  private static final int UNIT = 2;
  private static final int TENS = 3;
  private static final int HUNDRED_WORD = 4;
  private static final int DOZEN = 5;
  private static final int SCALE = 6;
  private static final int AND = 7;
  private static final int HALF_WORD = 8;

  private Num readNumberWords(int j) {
    int k = j;
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal current = BigDecimal.ZERO;
    int last = NONE;
    BigDecimal lastScale = null;
    boolean prefix = false;
    if (isWord(k, "a", "an") && spaced(k + 1) && isWord(k + 1, SCALE_WORDS)) {
      current = BigDecimal.ONE;
      prefix = true;
      last = PREFIX;
      k++;
    } else if (isWord(k, "half") && spaced(k + 1) && isWord(k + 1, "a", "an") && spaced(k + 2)
        && isWord(k + 2, SCALE_WORDS)) {
      current = HALF;
      prefix = true;
      last = PREFIX;
      k += 2;
    }
    boolean any = false;
    while (has(k) && (k == j || spaced(k)) && isKind(k, Kind.WORD)) {
      String w = lower(k);
      Integer small = smallNumber(k);
      if (small != null) {
        boolean unitAfterTens = last == TENS && small < 10 && small > 0;
        if (!(last == NONE || last == HUNDRED_WORD || last == SCALE || last == AND
            || unitAfterTens)) {
          break;
        }
        current = current.add(BigDecimal.valueOf(small));
        last = small >= 20 && small % 10 == 0 ? TENS : UNIT;
      } else if (w.equals("hundred")) {
        if (current.signum() == 0 || last == HUNDRED_WORD || current.compareTo(HUNDRED) >= 0) {
          break;
        }
        current = current.multiply(HUNDRED);
        last = HUNDRED_WORD;
      } else if (w.equals("dozen")) {
        if (current.signum() == 0 || last == HUNDRED_WORD || last == DOZEN) {
          break;
        }
        current = current.multiply(TWELVE);
        last = DOZEN;
      } else if (in(WordSlots.SCALES, k)) {
        BigDecimal scale = get(WordSlots.SCALES, k);
        if (current.signum() == 0 || lastScale != null && scale.compareTo(lastScale) >= 0) {
          break;
        }
        total = total.add(current.multiply(scale));
        current = BigDecimal.ZERO;
        lastScale = scale;
        last = SCALE;
      } else if (w.equals("and") && (last == UNIT || last == TENS) && spaced(k + 1) && isWord(k + 1, "a")
          && spaced(k + 2) && isWord(k + 2, "half")) {
        // "six and a half", "one and a half million"
        current = current.add(HALF);
        last = HALF_WORD;
        k += 2;
      } else if (w.equals("and") && last == HUNDRED_WORD && spaced(k + 1) && smallNumber(k + 1) != null) {
        last = AND;
      } else {
        break;
      }
      any = true;
      k++;
    }
    if (!any || prefix && last == PREFIX) {
      return null;
    }
    BigDecimal value = total.add(current);
    BigDecimal scale = lastScale != null ? lastScale : BigDecimal.ONE;
    // Every scale word is a power of ten (SCALES): dividing by it moves the point, equal to
    // value.divide(scale) without the long division.
    BigDecimal raw = lastScale != null ? value.movePointLeft(scale.precision() - 1) : value;
    return new Num(value, raw, scale, k, true, false);
  }

  /**
   * Whether the numeral at {@code j} is part of a code, a date, a time, an age, a version or a
   * negative number ("F-16", "24/7", "10:30", "15-year-old", "-5"). After "10-" it is the end of a
   * range, read only as such.
   */
  boolean gluedToWord(int j, boolean rangeEnd) {
    if (glued(j)) {
      Kind before = kind(j - 1);
      boolean afterNumberDash = j >= 2 && glued(j - 1) && isKind(j - 2, Kind.NUMBER);
      if (before == Kind.WORD || before == Kind.NUMBER
          || before == Kind.OTHER && length(j - 1) == 1 && "/:.,#".indexOf(first(j - 1)) >= 0
          || before == Kind.DASH && !(rangeEnd && (afterNumberDash || !glued(j - 1)))) {
        return true;
      }
    }
    if (glued(j + 1)) {
      Kind after = kind(j + 1);
      // "24/7", "10:30"; a colon that ends a headline's clause is no time ("toll soars to 920: report").
      if (after == Kind.OTHER && length(j + 1) == 1 && (first(j + 1) == '/'
          || first(j + 1) == ':' && glued(j + 2) && isKind(j + 2, Kind.NUMBER))
          || after == Kind.DASH && isKind(j + 2, Kind.WORD) && glued(j + 2)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code QuantityLexicon.smallNumber(lower(k))}, read by the token's slot: only a word with a
   * hyphen after its first character ("twenty-five") needs its string.
   */
  Integer smallNumber(int k) {
    Integer n = get(WordSlots.SMALL_NUMBERS, k);
    if (n != null || !has(k)) {
      return n;
    }
    for (int p = start(k) + 1; p < end(k); p++) {
      if (text.charAt(p) == '-') {
        return QuantityLexicon.smallNumber(lower(k));
      }
    }
    return null;
  }

  /** {@code QuantityLexicon.plural(lower(k))}; an ASCII token is read from its text, without the string. */
  boolean plural(int k) {
    if (in(WordSlots.IRREGULAR_PLURALS, k)) {
      return true;
    }
    if (!ascii(k)) {
      return QuantityLexicon.plural(lower(k));
    }
    int end = end(k);
    if (length(k) < 3 || (text.charAt(end - 1) | 0x20) != 's') {
      return false;
    }
    char before = text.charAt(end - 2);
    return !((before | 0x20) == 's' || (before | 0x20) == 'u' || (before | 0x20) == 'i' || before == '\'');
  }

  /** {@code lower(k).endsWith("'s")}; an ASCII token is read from its text. */
  boolean possessive(int k) {
    if (!ascii(k)) {
      return lower(k).endsWith("'s");
    }
    return length(k) >= 2 && (text.charAt(end(k) - 1) | 0x20) == 's' && text.charAt(end(k) - 2) == '\'';
  }

  /** "half", "a third", "two-thirds", "three quarters", "one in five", as a share of 1. */
  Num fraction(int j) {
    if (!isKind(j, Kind.WORD)) {
      // A number is no word of a fraction: only "one in five" can start with it.
      return isKind(j, Kind.NUMBER) ? oneIn(j) : null;
    }
    String w = lower(j);
    if (w.equals("half")) {
      if (spaced(j) && in(WordSlots.HALF_PARTS, j - 1)) {
        return null;
      }
      return share(1, 2, j + 1);
    }
    int dash = w.indexOf('-');
    if (dash > 0 && isKind(j, Kind.WORD)) {
      Integer n = numerator(w.substring(0, dash));
      Integer d = DENOMINATORS.get(w.substring(dash + 1));
      return n != null && d != null && n < d && !ordinal(n, w.substring(dash + 1), j + 1) ? share(n, d, j + 1) : null;
    }
    Integer n = w.equals("a") || w.equals("an") ? Integer.valueOf(1) : get(WordSlots.SMALL_NUMBERS, j);
    if (n != null && isKind(j, Kind.WORD) && spaced(j + 1) && in(WordSlots.DENOMINATORS, j + 1)) {
      int d = get(WordSlots.DENOMINATORS, j + 1);
      return n < d && !ordinal(n, lower(j + 1), j + 2) ? share(n, d, j + 2) : null;
    }
    return oneIn(j);
  }

  /** "one in five", "3 out of 10": a count of a whole. */
  private Num oneIn(int j) {
    Integer count = wholeNumber(j);
    int k = isWord(j + 1, "in") && spaced(j + 1) ? j + 2
        : isWord(j + 1, "out") && spaced(j + 1) && isWord(j + 2, "of") && spaced(j + 2) ? j + 3 : -1;
    if (count != null && k > 0 && spaced(k)) {
      Integer of = wholeNumber(k);
      if (of != null && count > 0 && count <= of) {
        return share(count, of, k + 1);
      }
    }
    return null;
  }

  /**
   * Whether "a third" before token {@code after} is an ordinal ("a third time", "a fourth term"). Only
   * a singular denominator can be: "one thirds quarter" is no ordinal, so it reads as a fraction
   * whatever follows, as it does alone.
   */
  boolean ordinal(int numerator, String denominator, int after) {
    return numerator == 1 && !denominator.endsWith("s") && spaced(after) && in(WordSlots.ORDINAL_NOUNS, after);
  }

  Integer numerator(String word) {
    return word.equals("a") || word.equals("an") ? Integer.valueOf(1) : SMALL_NUMBERS.get(word);
  }

  /** A small whole number, spelled out or as digits without separators, for "one in five". */
  Integer wholeNumber(int j) {
    if (isKind(j, Kind.NUMBER) && length(j) <= 6 && plainDigits(j) && !gluedToWord(j, false)) {
      return Integer.valueOf(text(j));
    }
    return isKind(j, Kind.WORD) ? smallNumber(j) : null;
  }

  Num share(int numerator, int denominator, int end) {
    BigDecimal value = Decimals.share(numerator, denominator);
    return new Num(value, value, BigDecimal.ONE, end, true, false);
  }

  /** Whether number token {@code j} is digits alone, without separators or decimals. */
  boolean plainDigits(int j) {
    for (int p = start(j); p < end(j); p++) {
      char c = text.charAt(p);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** The value of number token {@code j}, read from the text without making a string. */
  BigDecimal decimal(int j) {
    return Decimals.parse(text, start(j), end(j));
  }
}
