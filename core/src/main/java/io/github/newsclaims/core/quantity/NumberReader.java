package io.github.newsclaims.core.quantity;

import static io.github.newsclaims.core.quantity.QuantityLexicon.*;

import io.github.newsclaims.core.Unit;
import io.github.newsclaims.core.UnitKind;
import java.math.BigDecimal;

/**
 * Numbers as news writes them, read from {@link Tokens}: numerals with separators, decimals and
 * scales ("15,000", "2.3 million", "$1.5bn"), spelled-out numbers and fractions (read by
 * {@link NumberWordReader}), and amounts with their currency, percent sign or unit. Numbers that
 * belong to codes, dates, times or ages ("F-16", "12 March", "10:30", "15-year-old") are not read.
 */
class NumberReader extends NumberWordReader {
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
    long key = k * 4L + (rangeEnd ? 2 : 0) + (hedged ? 1 : 0);
    if (key != amountKey) {
      amountValue = readAmount(k, rangeEnd, hedged);
      amountKey = key;
    }
    return amountValue;
  }

  // The grammar asks for the same amount and numeral at a token several times in a row (as a range's start, then as a modified amount): each is a function of the token and
  // the flags, so the last answer of each is kept (MIN_VALUE: none yet).
  private long amountKey = Long.MIN_VALUE;
  private Amount amountValue;
  private long numeralKey = Long.MIN_VALUE;
  private Num numeralValue;

  private Amount readAmount(int k, boolean rangeEnd, boolean hedged) {
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
    if (length(k) == 1 && currencyOfSign(first(k)) != null && next(k + 1)) {
      currency = currencyOfSign(first(k));
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
    if (spaced(end) && isKind(end, Kind.WORD) && in(WordSlots.PERCENT_WORDS, end)) {
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
  private static final BigDecimal DAY_MAX = BigDecimal.valueOf(31);
  private static final BigDecimal YEAR_MIN = BigDecimal.valueOf(1800);
  private static final BigDecimal YEAR_MAX = BigDecimal.valueOf(2100);

  /** Whether token {@code k} follows its predecessor and is a word that can name what is counted: "19 euro states". */
  private boolean noun(int k) {
    return spaced(k) && isKind(k, Kind.WORD) && !in(WordSlots.STOP_WORDS, k) && plural(k);
  }

  /** "a fifth of a million", "three quarters of a billion": a share of a scale, as a count. */
  private Num ofScale(Num fraction) {
    int k = fraction.end();
    if (spaced(k) && isWord(k, "of") && spaced(k + 1) && isWord(k + 1, "a") && spaced(k + 2)
        && isKind(k + 2, Kind.WORD) && in(WordSlots.SCALES, k + 2)) {
      BigDecimal scale = get(WordSlots.SCALES, k + 2);
      return new Num(fraction.value().multiply(scale), fraction.value(), scale, k + 3, true, false);
    }
    return null;
  }

  /** The unit word sequence (a duration or a measure) starting at token {@code k}, or null. */
  UnitLexicon.UnitWord unitWord(int k) {
    if (!isKind(k, Kind.WORD) || !in(WordSlots.UNIT_FIRST_WORDS, k)) {
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
      BigDecimal value = decimal(j);
      num = new Num(value, value, BigDecimal.ONE, j + 3, false, false);
      unitWord = lower(j + 2);
      end = j + 3;
    } else if (isKind(j, Kind.WORD) && lower(j).indexOf('-') > 0) {
      String w = lower(j);
      int dash = w.lastIndexOf('-');
      Integer n = QuantityLexicon.smallNumber(w.substring(0, dash));
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
    return isKind(k, Kind.WORD) ? get(WordSlots.CURRENCY_WORDS, k) : null;
  }

  int currencyWordEnd(int k) {
    return isText(k, "US") || isWord(k, "pounds") && spaced(k + 1) && isWord(k + 1, "sterling") ? k + 2 : k + 1;
  }

  Unit unit(Amount amount) {
    return switch (amount.kind()) {
      case CURRENCY -> Units.currency(amount.unitName());
      case PERCENTAGE -> Units.PERCENTAGE;
      case FRACTION -> Units.FRACTION;
      case MULTIPLIER -> Units.MULTIPLIER;
      case COUNT -> Units.COUNT;
      case DURATION -> Units.duration(amount.unitName());
      case MEASURE -> Units.measure(amount.unitName());
    };
  }

  /** A numeral such as "15,000", "2.3 million" or "1.5bn", unless it is glued to letters ("F-16", "1990s"). */
  Num numeral(int j, boolean currency, boolean rangeEnd) {
    long key = j * 4L + (currency ? 2 : 0) + (rangeEnd ? 1 : 0);
    if (key != numeralKey) {
      numeralValue = readNumeral(j, currency, rangeEnd);
      numeralKey = key;
    }
    return numeralValue;
  }

  private Num readNumeral(int j, boolean currency, boolean rangeEnd) {
    if (!isKind(j, Kind.NUMBER) || gluedToWord(j, rangeEnd)) {
      return null;
    }
    BigDecimal raw = decimal(j);
    BigDecimal scale = BigDecimal.ONE;
    int end = j + 1;
    if (isKind(end, Kind.WORD) && next(end)) {
      BigDecimal s = get(WordSlots.SCALES, end);
      if (s == null && in(WordSlots.SHORT_SCALES, end) && (!lower(end).equals("m") || currency && glued(end))) {
        s = get(WordSlots.SHORT_SCALES, end);
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
    boolean year = length(j) == 4 && plainDigits(j) && raw.compareTo(YEAR_MIN) >= 0
        && raw.compareTo(YEAR_MAX) <= 0;
    boolean day = length(j) <= 2 && plainDigits(j) && raw.signum() > 0 && raw.compareTo(DAY_MAX) <= 0
        && (spaced(j) && month(j - 1) || end == j + 1 && spaced(end) && month(end)
            || spaced(j) && isText(j - 1, ".") && glued(j - 1) && month(j - 2)); // "Sept. 3"
    return new Num(raw.multiply(scale), raw, scale, end, false, scale.equals(BigDecimal.ONE) && (year || day));
  }


  /** Whether token {@code i} is a capitalised month name ("March", "Sept"), as in a date. */
  boolean month(int i) {
    return isKind(i, Kind.WORD) && MONTHS.contains(lower(i))
        && capitalised(i);
  }
}
