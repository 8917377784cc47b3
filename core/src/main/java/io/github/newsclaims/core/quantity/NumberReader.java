package io.github.newsclaims.core.quantity;

import static io.github.newsclaims.core.quantity.QuantityLexicon.*;

import io.github.newsclaims.core.Unit;
import io.github.newsclaims.core.UnitKind;
import java.math.BigDecimal;

/**
 * Numbers as news writes them, read from {@link Tokens}: numerals with separators, decimals and
 * scales ("15,000", "2.3 million", "$1.5bn"), spelled-out numbers ("two hundred and fifty", "half a
 * million"), fractions ("a third", "two-thirds", "one in five"), and amounts with their currency or
 * percent sign. Numbers that belong to codes, dates, times or ages ("F-16", "12 March", "10:30",
 * "15-year-old") are not read.
 */
class NumberReader extends Tokens {
  /**
   * A number as read: its value, how it was written, and the end of its tokens. {@code dateLike}
   * marks a bare year ("2024") or day of a month ("12 March", "March 12").
   */
  record Num(BigDecimal value, BigDecimal raw, BigDecimal scale, int end, boolean spelled, boolean dateLike) {
    boolean scaled() {
      return scale.compareTo(BigDecimal.ONE) != 0;
    }
  }

  /** A number with its unit kind, as read. */
  record Amount(Num num, UnitKind kind, String currency, int end) {
    BigDecimal value() {
      return num.value();
    }
  }

  NumberReader(String text) {
    super(text);
  }

  /** A number with its currency or percent sign, or a fraction, starting at token {@code k}. */
  Amount amount(int k) {
    return amount(k, false);
  }

  Amount amount(int k, boolean rangeEnd) {
    if (!has(k)) {
      return null;
    }
    String currency = null;
    int j = k;
    if (CURRENCY_SYMBOLS.containsKey(tokens.get(k).text()) && next(k + 1)) {
      currency = CURRENCY_SYMBOLS.get(tokens.get(k).text());
      j = k + 1;
    } else if (isText(k, "US") && isText(k + 1, "$") && glued(k + 1) && next(k + 2)) {
      currency = "USD";
      j = k + 2;
    } else if (isKind(k, Kind.WORD) && CURRENCY_CODES.contains(tokens.get(k).text()) && spaced(k + 1)) {
      currency = tokens.get(k).text();
      j = k + 1;
    }
    Num num = numeral(j, currency != null, rangeEnd);
    if (num == null) {
      num = numberWords(j);
    }
    Num fraction = currency == null ? fraction(j) : null;
    if (fraction != null && (num == null || fraction.end() >= num.end())) {
      return new Amount(fraction, UnitKind.FRACTION, null, fraction.end());
    }
    if (num == null) {
      return null;
    }
    int end = num.end();
    if (currency != null) {
      return new Amount(num, UnitKind.CURRENCY, currency, end);
    }
    if (isText(end, "%") && next(end)) {
      return new Amount(num, UnitKind.PERCENTAGE, null, end + 1);
    }
    if (spaced(end) && isKind(end, Kind.WORD) && PERCENT_WORDS.contains(lower(end))) {
      return new Amount(num, UnitKind.PERCENTAGE, null, end + 1);
    }
    if (spaced(end) && isWord(end, "per") && spaced(end + 1) && isWord(end + 1, "cent")) {
      return new Amount(num, UnitKind.PERCENTAGE, null, end + 2);
    }
    String word = spaced(end) ? currencyWord(end) : null;
    if (word != null) {
      return new Amount(num, UnitKind.CURRENCY, word, currencyWordEnd(end));
    }
    return new Amount(num, UnitKind.COUNT, null, end);
  }

  String currencyWord(int k) {
    if (isText(k, "US") && spaced(k + 1) && isWord(k + 1, "dollars", "dollar")) {
      return "USD";
    }
    if (isWord(k, "pounds") && spaced(k + 1) && isWord(k + 1, "sterling")) {
      return "GBP";
    }
    return isKind(k, Kind.WORD) ? CURRENCY_WORDS.get(lower(k)) : null;
  }

  int currencyWordEnd(int k) {
    return isText(k, "US") || isWord(k, "pounds") ? k + 2 : k + 1;
  }

  Unit unit(Amount amount) {
    return switch (amount.kind()) {
      case CURRENCY -> Unit.currency(amount.currency());
      case PERCENTAGE -> Unit.percentage();
      case FRACTION -> Unit.fraction();
      case MULTIPLIER -> Unit.multiplier();
      case COUNT -> Unit.count();
    };
  }

  /** A numeral such as "15,000", "2.3 million" or "1.5bn", unless it is glued to letters ("F-16", "1990s"). */
  Num numeral(int j, boolean currency, boolean rangeEnd) {
    if (!isKind(j, Kind.NUMBER) || gluedToWord(j, rangeEnd)) {
      return null;
    }
    String digits = tokens.get(j).text();
    BigDecimal raw = decimal(digits);
    BigDecimal scale = BigDecimal.ONE;
    int end = j + 1;
    if (isKind(end, Kind.WORD) && next(end)) {
      String w = lower(end);
      BigDecimal s = SCALES.get(w);
      if (s == null && SHORT_SCALES.containsKey(w) && (!w.equals("m") || currency && glued(end))) {
        s = SHORT_SCALES.get(w);
      }
      if (s != null) {
        scale = s;
        end++;
      } else if (glued(end)) {
        return null;
      }
    }
    boolean year = digits.matches("\\d{4}") && raw.compareTo(BigDecimal.valueOf(1800)) >= 0
        && raw.compareTo(BigDecimal.valueOf(2100)) <= 0;
    boolean day = digits.matches("\\d{1,2}") && raw.signum() > 0 && raw.compareTo(BigDecimal.valueOf(31)) <= 0
        && (spaced(j) && month(j - 1) || end == j + 1 && spaced(end) && month(end));
    return new Num(raw.multiply(scale), raw, scale, end, false, scale.equals(BigDecimal.ONE) && (year || day));
  }

  /**
   * Whether the numeral at {@code j} is part of a code, a date, a time, an age, a version or a
   * negative number ("F-16", "24/7", "10:30", "15-year-old", "-5"). After "10-" it is the end of a
   * range, read only as such.
   */
  boolean gluedToWord(int j, boolean rangeEnd) {
    if (glued(j)) {
      Token before = tokens.get(j - 1);
      boolean afterNumberDash = j >= 2 && glued(j - 1) && isKind(j - 2, Kind.NUMBER);
      if (before.kind() == Kind.WORD || before.kind() == Kind.NUMBER
          || before.kind() == Kind.OTHER && "/:.,#".contains(before.text())
          || before.kind() == Kind.DASH && !(rangeEnd && afterNumberDash)) {
        return true;
      }
    }
    if (glued(j + 1)) {
      Token after = tokens.get(j + 1);
      if (after.kind() == Kind.OTHER && "/:".contains(after.text())
          || after.kind() == Kind.DASH && isKind(j + 2, Kind.WORD) && glued(j + 2)) {
        return true;
      }
    }
    return false;
  }

  /** A spelled-out number: "two hundred and fifty", "a dozen", "half a million", "three million". */
  Num numberWords(int j) {
    int k = j;
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal current = BigDecimal.ZERO;
    String last = "";
    BigDecimal lastScale = null;
    boolean prefix = false;
    if (isWord(k, "a", "an") && spaced(k + 1) && isWord(k + 1, "hundred", "thousand", "million", "billion",
        "trillion", "dozen")) {
      current = BigDecimal.ONE;
      prefix = true;
      last = "prefix";
      k++;
    } else if (isWord(k, "half") && spaced(k + 1) && isWord(k + 1, "a", "an") && spaced(k + 2)
        && isWord(k + 2, "hundred", "thousand", "million", "billion", "trillion", "dozen")) {
      current = new BigDecimal("0.5");
      prefix = true;
      last = "prefix";
      k += 2;
    }
    boolean any = false;
    while (has(k) && (k == j || spaced(k)) && isKind(k, Kind.WORD)) {
      String w = lower(k);
      Integer small = smallNumber(w);
      if (small != null) {
        boolean unitAfterTens = last.equals("tens") && small < 10 && small > 0;
        if (!(last.isEmpty() || last.equals("hundred") || last.equals("scale") || last.equals("and")
            || unitAfterTens)) {
          break;
        }
        current = current.add(BigDecimal.valueOf(small));
        last = small >= 20 && small % 10 == 0 ? "tens" : "unit";
      } else if (w.equals("hundred")) {
        if (current.signum() == 0 || last.equals("hundred") || current.compareTo(BigDecimal.valueOf(100)) >= 0) {
          break;
        }
        current = current.multiply(BigDecimal.valueOf(100));
        last = "hundred";
      } else if (w.equals("dozen")) {
        if (current.signum() == 0 || last.equals("hundred") || last.equals("dozen")) {
          break;
        }
        current = current.multiply(BigDecimal.valueOf(12));
        last = "dozen";
      } else if (SCALES.containsKey(w)) {
        BigDecimal scale = SCALES.get(w);
        if (current.signum() == 0 || lastScale != null && scale.compareTo(lastScale) >= 0) {
          break;
        }
        total = total.add(current.multiply(scale));
        current = BigDecimal.ZERO;
        lastScale = scale;
        last = "scale";
      } else if (w.equals("and") && last.equals("hundred") && spaced(k + 1) && smallNumber(lower(k + 1)) != null) {
        last = "and";
      } else {
        break;
      }
      any = true;
      k++;
    }
    if (!any || prefix && last.equals("prefix")) {
      return null;
    }
    BigDecimal value = total.add(current);
    BigDecimal scale = lastScale != null ? lastScale : BigDecimal.ONE;
    BigDecimal raw = lastScale != null ? value.divide(scale) : value;
    return new Num(value, raw, scale, k, true, false);
  }

  /** Whether token {@code i} is a capitalised month name ("March", "Sept"), as in a date. */
  boolean month(int i) {
    return isKind(i, Kind.WORD) && MONTHS.contains(lower(i))
        && Character.isUpperCase(tokens.get(i).text().codePointAt(0));
  }


  /** "half", "a third", "two-thirds", "three quarters", "one in five", as a share of 1. */
  Num fraction(int j) {
    if (!isKind(j, Kind.WORD) && !isKind(j, Kind.NUMBER)) {
      return null;
    }
    String w = lower(j);
    if (w.equals("half")) {
      if (spaced(j) && HALF_PARTS.contains(lower(j - 1))) {
        return null;
      }
      return share(1, 2, j + 1);
    }
    int dash = w.indexOf('-');
    if (dash > 0 && isKind(j, Kind.WORD)) {
      Integer n = numerator(w.substring(0, dash));
      Integer d = DENOMINATORS.get(w.substring(dash + 1));
      return n != null && d != null && n < d && !ordinal(n, j + 1) ? share(n, d, j + 1) : null;
    }
    Integer n = numerator(w);
    if (n != null && isKind(j, Kind.WORD) && spaced(j + 1) && DENOMINATORS.containsKey(lower(j + 1))) {
      int d = DENOMINATORS.get(lower(j + 1));
      return n < d && !ordinal(n, j + 2) ? share(n, d, j + 2) : null;
    }
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

  boolean ordinal(int numerator, int after) {
    return numerator == 1 && spaced(after) && ORDINAL_NOUNS.contains(lower(after));
  }

  Integer numerator(String word) {
    return word.equals("a") || word.equals("an") ? Integer.valueOf(1) : SMALL_NUMBERS.get(word);
  }

  /** A small whole number, spelled out or as digits without separators, for "one in five". */
  Integer wholeNumber(int j) {
    if (isKind(j, Kind.NUMBER) && tokens.get(j).text().matches("\\d{1,6}") && !gluedToWord(j, false)) {
      return Integer.valueOf(tokens.get(j).text());
    }
    return isKind(j, Kind.WORD) ? smallNumber(lower(j)) : null;
  }

  Num share(int numerator, int denominator, int end) {
    BigDecimal value = BigDecimal.valueOf((double) numerator / denominator);
    return new Num(value, value, BigDecimal.ONE, end, true, false);
  }

  static BigDecimal decimal(String digits) {
    return new BigDecimal(digits.replace(",", ""));
  }
}
