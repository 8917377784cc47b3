package io.github.newsclaims.core.quantity;

import java.math.BigDecimal;

/**
 * Exact decimals made without going through strings, for the reader's hot path: a numeral's
 * digits read straight from the text, the exact decimal of a whole double, and the shares "a
 * third" or "one in five" stand for. Each gives the number the general path gives — a numeral's
 * value with its scale, a double's value as {@link BigDecimal#valueOf(double)} reads it — and falls
 * back to that path where a long cannot hold the digits; a property test checks every fast answer
 * against the general one.
 */
final class Decimals {
  private Decimals() {}

  /** 2^53: every whole number below it is a double, and every double below it with no fraction is a whole number. */
  private static final double EXACT_WHOLE = 0x1p53;

  /** The most digits read into a long without checking for overflow. */
  private static final int LONG_DIGITS = 18;

  /** The largest denominator whose shares are made once: halves to tenths. */
  private static final int SHARED_DENOMINATOR = 10;

  /** {@code SHARES[d][n]} is the share {@code n / d} as {@link #share(int, int)} gives it, for {@code 0 <= n <= d <= 10}. */
  private static final BigDecimal[][] SHARES = shares();

  private static BigDecimal[][] shares() {
    BigDecimal[][] shares = new BigDecimal[SHARED_DENOMINATOR + 1][];
    for (int d = 1; d <= SHARED_DENOMINATOR; d++) {
      shares[d] = new BigDecimal[d + 1];
      for (int n = 0; n <= d; n++) {
        shares[d][n] = generalShare(n, d);
      }
    }
    return shares;
  }

  /**
   * The number written in {@code text} from {@code start} to {@code end} — digits with commas
   * between groups and at most one decimal point, as a {@link Tokens} number token holds them —
   * equal, scale included, to {@code new BigDecimal(digits.replace(",", ""))}.
   */
  static BigDecimal parse(String text, int start, int end) {
    long unscaled = 0;
    int digits = 0;
    int scale = 0;
    boolean point = false;
    for (int p = start; p < end; p++) {
      char c = text.charAt(p);
      if (c >= '0' && c <= '9') {
        if (digits == LONG_DIGITS) {
          return general(text.substring(start, end));
        }
        unscaled = unscaled * 10 + (c - '0');
        digits++;
        if (point) {
          scale++;
        }
      } else if (c == '.' && !point) {
        point = true;
      } else if (c != ',') {
        return general(text.substring(start, end));
      }
    }
    if (digits == 0) {
      return general(text.substring(start, end));
    }
    return BigDecimal.valueOf(unscaled, scale);
  }

  /** The general reading of a numeral's digits, which the fast one must equal. */
  static BigDecimal general(String digits) {
    return new BigDecimal(digits.replace(",", ""));
  }

  /**
   * The exact decimal {@link BigDecimal#valueOf(double)} reads {@code value} as, or one equal to it
   * ({@code compareTo} gives 0; the scale may differ): a whole double below 2^53 is its own digits,
   * with no {@code Double.toString} in between. Arithmetic on it gives the same numbers, and so the
   * same nearest doubles.
   */
  static BigDecimal exact(double value) {
    if (Math.abs(value) < EXACT_WHOLE && value == Math.rint(value)) {
      return BigDecimal.valueOf((long) value);
    }
    if (value > 0 && value < 1) {
      // A share "a third" or "half" stands for: the decimal made once, from the same double.
      for (int d = 2; d <= SHARED_DENOMINATOR; d++) {
        double n = Math.rint(value * d);
        if (n >= 1 && n < d && n / d == value) {
          return SHARES[d][(int) n];
        }
      }
    }
    return BigDecimal.valueOf(value);
  }

  /** The share {@code numerator / denominator} as {@code BigDecimal.valueOf((double) numerator / denominator)}. */
  static BigDecimal share(int numerator, int denominator) {
    if (denominator >= 1 && denominator <= SHARED_DENOMINATOR && numerator >= 0 && numerator <= denominator) {
      return SHARES[denominator][numerator];
    }
    return generalShare(numerator, denominator);
  }

  /** The general reading of a share, which the shared one must equal. */
  static BigDecimal generalShare(int numerator, int denominator) {
    return BigDecimal.valueOf((double) numerator / denominator);
  }
}
