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

    /** This number times {@code factor}, ending at token {@code newEnd}: "8 cents" is 0.08 dollars. */
    Num times(BigDecimal factor, int newEnd) {
      return new Num(value.multiply(factor), raw.multiply(factor), scale, newEnd, spelled, false);
    }

    Num negated() {
      return new Num(value.negate(), raw.negate(), scale, end, spelled, false);
    }
  }

  /** A number with its unit kind, as read. */
  record Amount(Num num, UnitKind kind, String unitName, int end) {
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
    return amount(k, rangeEnd, false);
  }

  /**
   * The amount at token {@code k}. {@code hedged}: a numeral modifier comes before, so "a minute"
   * and "an hour" are read as one ("about a minute", "under an hour"), never alone ("80 a month").
   */
  Amount amount(int k, boolean rangeEnd, boolean hedged) {
    if (!has(k)) {
      return null;
    }
    if (isKind(k, Kind.DASH) && first(k) != '—' && first(k) != '–' && isKind(k + 1, Kind.NUMBER) && glued(k + 1)
        && !glued(k) && !rangeEnd) {
      // A signed change: "-3%", "-0.4 percent".
      Num n = numeral(k + 1, false, true);
      if (n == null || n.scaled()) {
        return null;
      }
      int end = n.end();
      if (isText(end, "%") && next(end)) {
        return new Amount(n.negated(), UnitKind.PERCENTAGE, null, end + 1);
      }
      if (spaced(end) && isWord(end, "percent", "pct")) {
        return new Amount(n.negated(), UnitKind.PERCENTAGE, null, end + 1);
      }
      return null;
    }
    String currency = null;
    int j = k;
    if (length(k) == 1 && CURRENCY_SYMBOLS.containsKey(text(k)) && next(k + 1)) {
      currency = CURRENCY_SYMBOLS.get(text(k));
      j = k + 1;
    } else if (isText(k, "US") && isText(k + 1, "$") && glued(k + 1) && next(k + 2)) {
      currency = "USD";
      j = k + 2;
    } else if (isKind(k, Kind.WORD) && length(k) == 3 && capitalised(k) && CURRENCY_CODES.contains(text(k)) && spaced(k + 1)) {
      currency = text(k);
      j = k + 1;
    }
    if (currency == null) {
      Amount adjective = hyphenated(j);
      if (adjective != null) {
        return adjective;
      }
    }
    Num num = numeral(j, currency != null, rangeEnd);
    if (num != null && currency == null && glued(num.end()) && isWord(num.end(), "p") && !num.scaled()
        && !(glued(num.end() + 1) && !isKind(num.end() + 1, Kind.OTHER))) {
      // Pence written after the number: "318.4p".
      return new Amount(num.times(HUNDREDTH, num.end() + 1), UnitKind.CURRENCY, "GBP", num.end() + 1);
    }
    if (num == null) {
      num = numberWords(j);
    }
    if (num == null && hedged && currency == null && isWord(j, "a", "an") && spaced(j + 1)) {
      UnitLexicon.UnitWord unit = unitWord(j + 1);
      if (unit != null && UnitLexicon.singular(lower(j + 1))) {
        Num one = new Num(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, j + 1, true, false);
        return unitAmount(one, unit, j + 1);
      }
    }
    Num fraction = currency == null ? fraction(j) : null;
    if (fraction != null && (num == null || fraction.end() >= num.end())) {
      Num ofScale = ofScale(fraction);
      if (ofScale != null) {
        num = ofScale;
      } else {
        if (spaced(fraction.end()) && isWord(fraction.end(), "a", "an") && spaced(fraction.end() + 1)) {
          UnitLexicon.UnitWord unit = unitWord(fraction.end() + 1);
          if (unit != null) {
            return unitAmount(fraction, unit, fraction.end() + 1);
          }
        }
        return new Amount(fraction, UnitKind.FRACTION, null, fraction.end());
      }
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
    if (spaced(end) && isWord(end, "percentage") && spaced(end + 1) && isWord(end + 1, "points", "point")) {
      return new Amount(num, UnitKind.PERCENTAGE, null, end + 2);
    }
    if (spaced(end) && isWord(end, "pence", "cents") && !(spaced(end + 1) && isWord(end + 1, "of"))) {
      return new Amount(num.times(HUNDREDTH, end + 1), UnitKind.CURRENCY, isWord(end, "pence") ? "GBP" : "USD", end + 1);
    }
    String word = spaced(end) ? currencyWord(end) : null;
    if (word != null && !(isWord(end, "pounds", "pound") && spaced(end + 1) && isWord(end + 1, "of"))
        && !(isKind(end, Kind.WORD) && !lower(end).endsWith("s") && noun(end + 1))) {
      return new Amount(num, UnitKind.CURRENCY, word, currencyWordEnd(end));
    }
    if (spaced(end)) {
      UnitLexicon.UnitWord unit = unitWord(end);
      if (unit != null) {
        return unitAmount(num, unit, end);
      }
    }
    return new Amount(num, UnitKind.COUNT, null, end);
  }

  private static final BigDecimal HUNDREDTH = new BigDecimal("0.01");

  /** Whether token {@code k} follows its predecessor and is a word that can name what is counted: "19 euro states". */
  private boolean noun(int k) {
    return spaced(k) && isKind(k, Kind.WORD) && !STOP_WORDS.contains(lower(k)) && plural(lower(k));
  }

  /** "a fifth of a million", "three quarters of a billion": a share of a scale, as a count. */
  private Num ofScale(Num fraction) {
    int k = fraction.end();
    if (spaced(k) && isWord(k, "of") && spaced(k + 1) && isWord(k + 1, "a") && spaced(k + 2)
        && isKind(k + 2, Kind.WORD) && SCALES.containsKey(lower(k + 2))) {
      BigDecimal scale = SCALES.get(lower(k + 2));
      return new Num(fraction.value().multiply(scale), fraction.value(), scale, k + 3, true, false);
    }
    return null;
  }

  /** The unit word sequence (a duration or a measure) starting at token {@code k}, or null. */
  UnitLexicon.UnitWord unitWord(int k) {
    if (!isKind(k, Kind.WORD) || !UnitLexicon.FIRST_WORDS.contains(lower(k))) {
      return null;
    }
    for (UnitLexicon.UnitWord w : UnitLexicon.WORDS) {
      if (phrase(k, w.words()) > 0) {
        return w;
      }
    }
    return null;
  }

  private Amount unitAmount(Num num, UnitLexicon.UnitWord unit, int at) {
    int end = at + unit.words().size();
    Num scaled = unit.factor() == 1 ? new Num(num.value(), num.raw(), num.scale(), end, num.spelled(), false)
        : num.times(BigDecimal.valueOf(unit.factor()), end);
    return new Amount(scaled, unit.kind(), unit.symbol(), end);
  }

  /**
   * A number joined by hyphens to a singular unit word, as an adjective: "a 38-day campaign", "a
   * four-day finale", "a 25-foot surge", "a 40-million-pound contract"; not an age ("15-year-old").
   */
  private Amount hyphenated(int j) {
    String unitWord;
    Num num;
    int end;
    if (isKind(j, Kind.NUMBER) && isKind(j + 1, Kind.DASH) && glued(j + 1) && first(j + 1) == '-'
        && isKind(j + 2, Kind.WORD) && glued(j + 2) && !(glued(j) && !isKind(j - 1, Kind.OTHER))) {
      BigDecimal value = decimal(text(j));
      num = new Num(value, value, BigDecimal.ONE, j + 3, false, false);
      unitWord = lower(j + 2);
      end = j + 3;
    } else if (isKind(j, Kind.WORD) && lower(j).indexOf('-') > 0) {
      String w = lower(j);
      int dash = w.lastIndexOf('-');
      Integer n = smallNumber(w.substring(0, dash));
      if (n == null) {
        return null;
      }
      num = new Num(BigDecimal.valueOf(n), BigDecimal.valueOf(n), BigDecimal.ONE, j + 1, true, false);
      unitWord = w.substring(dash + 1);
      end = j + 1;
    } else {
      return null;
    }
    if (isKind(end, Kind.DASH) && glued(end) && isWord(end + 1, "old")) {
      return null;
    }
    int dash = unitWord.indexOf('-');
    if (dash > 0) {
      // "40-million-pound", "5-billion-dollar"
      BigDecimal scale = SCALES.get(unitWord.substring(0, dash));
      String money = switch (unitWord.substring(dash + 1)) {
        case "pound" -> "GBP";
        case "dollar" -> "USD";
        case "euro" -> "EUR";
        default -> null;
      };
      if (scale == null || money == null || num.spelled()) {
        return null;
      }
      Num scaled = new Num(num.value().multiply(scale), num.value(), scale, end, false, false);
      return new Amount(scaled, UnitKind.CURRENCY, money, end);
    }
    for (UnitLexicon.UnitWord w : UnitLexicon.WORDS) {
      if (w.words().size() == 1 && w.words().get(0).equals(unitWord) && UnitLexicon.singular(unitWord)) {
        Num scaled = w.factor() == 1 ? num : num.times(BigDecimal.valueOf(w.factor()), end);
        return new Amount(scaled, w.kind(), w.symbol(), end);
      }
    }
    return null;
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
    return isText(k, "US") || isWord(k, "pounds") && spaced(k + 1) && isWord(k + 1, "sterling") ? k + 2 : k + 1;
  }

  Unit unit(Amount amount) {
    return switch (amount.kind()) {
      case CURRENCY -> Unit.currency(amount.unitName());
      case PERCENTAGE -> Unit.percentage();
      case FRACTION -> Unit.fraction();
      case MULTIPLIER -> Unit.multiplier();
      case COUNT -> Unit.count();
      case DURATION -> Unit.duration(amount.unitName());
      case MEASURE -> Unit.measure(amount.unitName());
    };
  }

  /** A numeral such as "15,000", "2.3 million" or "1.5bn", unless it is glued to letters ("F-16", "1990s"). */
  Num numeral(int j, boolean currency, boolean rangeEnd) {
    if (!isKind(j, Kind.NUMBER) || gluedToWord(j, rangeEnd)) {
      return null;
    }
    String digits = text(j);
    BigDecimal raw = decimal(digits);
    BigDecimal scale = BigDecimal.ONE;
    int end = j + 1;
    if (isKind(end, Kind.WORD) && next(end)) {
      String w = lower(end);
      BigDecimal s = SCALES.get(w);
      if (s == null && SHORT_SCALES.containsKey(w) && (!w.equals("m") || currency && glued(end))) {
        s = SHORT_SCALES.get(w);
      }
      if (s == null && glued(end) && !glued(end + 1) && (isText(end, "K") || isText(end, "k"))) {
        s = SCALES.get("thousand"); // "620K tonnes"
      } else if (s == null && glued(end) && !glued(end + 1) && isText(end, "M")) {
        s = SCALES.get("million"); // "2.4M barrels"
      }
      if (s != null) {
        scale = s;
        end++;
      } else if (glued(end) && !(isText(end, "p") && !(glued(end + 1) && !isKind(end + 1, Kind.OTHER)))) {
        return null;
      }
    }
    boolean year = digits.length() == 4 && plainDigits(j) && raw.compareTo(BigDecimal.valueOf(1800)) >= 0
        && raw.compareTo(BigDecimal.valueOf(2100)) <= 0;
    boolean day = digits.length() <= 2 && plainDigits(j) && raw.signum() > 0 && raw.compareTo(BigDecimal.valueOf(31)) <= 0
        && (spaced(j) && month(j - 1) || end == j + 1 && spaced(end) && month(end)
            || spaced(j) && isText(j - 1, ".") && glued(j - 1) && month(j - 2)); // "Sept. 3"
    return new Num(raw.multiply(scale), raw, scale, end, false, scale.equals(BigDecimal.ONE) && (year || day));
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
      if (after == Kind.OTHER && length(j + 1) == 1 && "/:".indexOf(first(j + 1)) >= 0
          || after == Kind.DASH && isKind(j + 2, Kind.WORD) && glued(j + 2)) {
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
    if (isWord(k, "a", "an") && spaced(k + 1) && isWord(k + 1, SCALE_WORDS)) {
      current = BigDecimal.ONE;
      prefix = true;
      last = "prefix";
      k++;
    } else if (isWord(k, "half") && spaced(k + 1) && isWord(k + 1, "a", "an") && spaced(k + 2)
        && isWord(k + 2, SCALE_WORDS)) {
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
      } else if (w.equals("and") && (last.equals("unit") || last.equals("tens")) && spaced(k + 1) && isWord(k + 1, "a")
          && spaced(k + 2) && isWord(k + 2, "half")) {
        // "six and a half", "one and a half million"
        current = current.add(new BigDecimal("0.5"));
        last = "half";
        k += 2;
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
        && capitalised(i);
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
      return n != null && d != null && n < d && !ordinal(n, w.substring(dash + 1), j + 1) ? share(n, d, j + 1) : null;
    }
    Integer n = numerator(w);
    if (n != null && isKind(j, Kind.WORD) && spaced(j + 1) && DENOMINATORS.containsKey(lower(j + 1))) {
      int d = DENOMINATORS.get(lower(j + 1));
      return n < d && !ordinal(n, lower(j + 1), j + 2) ? share(n, d, j + 2) : null;
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

  /**
   * Whether "a third" before token {@code after} is an ordinal ("a third time", "a fourth term"). Only
   * a singular denominator can be: "one thirds quarter" is no ordinal, so it reads as a fraction
   * whatever follows, as it does alone.
   */
  boolean ordinal(int numerator, String denominator, int after) {
    return numerator == 1 && !denominator.endsWith("s") && spaced(after) && ORDINAL_NOUNS.contains(lower(after));
  }

  Integer numerator(String word) {
    return word.equals("a") || word.equals("an") ? Integer.valueOf(1) : SMALL_NUMBERS.get(word);
  }

  /** A small whole number, spelled out or as digits without separators, for "one in five". */
  Integer wholeNumber(int j) {
    if (isKind(j, Kind.NUMBER) && length(j) <= 6 && plainDigits(j) && !gluedToWord(j, false)) {
      return Integer.valueOf(text(j));
    }
    return isKind(j, Kind.WORD) ? smallNumber(lower(j)) : null;
  }

  Num share(int numerator, int denominator, int end) {
    BigDecimal value = BigDecimal.valueOf((double) numerator / denominator);
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

  static BigDecimal decimal(String digits) {
    return new BigDecimal(digits.replace(",", ""));
  }
}
