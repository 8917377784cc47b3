package io.github.newsclaims.core.quantity;

import static io.github.newsclaims.core.quantity.QuantityLexicon.*;

import io.github.newsclaims.core.Approximator;
import io.github.newsclaims.core.Interval;
import io.github.newsclaims.core.TextSpan;
import io.github.newsclaims.core.Unit;
import io.github.newsclaims.core.UnitKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The phrase grammar behind {@link QuantityPhrases}: a numeral modifier and an amount ("about
 * 15,000"), a range ("between 5 and 10", "5-10"), a vague magnitude ("thousands of"), a relative
 * change ("more than doubled"), each with the noun it counts. One reader reads one text, longest
 * phrase first at each word.
 */
final class QuantityReader extends ChangeReader {
  QuantityReader(String text, VaguenessPolicy policy) {
    super(text, policy);
  }

  /** The whole phrase: the quantity and what it counts, "about 15,000 North Korean soldiers". */
  TextSpan span(Found found) {
    return span(found.start(), found.end());
  }

  /** The quantity words alone, "about 15,000"; money keeps its currency words, "billions of dollars". */
  TextSpan quantitySpan(Found found) {
    return span(found.start(), found.quantityEnd());
  }

  /** The quantity phrases from token {@code from} on, longest first at each word, skipping weak ones. */
  List<Found> findFrom(int from) {
    return findFrom(from, false);
  }

  /**
   * Whether a quantity phrase follows from token {@code from} on: {@code !findFrom(from).isEmpty()},
   * stopping at the first phrase instead of collecting them all.
   */
  boolean anyFrom(int from) {
    for (int i = from; i < size(); i++) {
      Found f = canStart(i) ? mentionAt(i) : null;
      if (f != null && !f.weak() && f.estimate("q", "q", null) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * The quantity phrases from token {@code from} on. Unless {@code everyToken}, tokens that cannot
   * start a quantity ({@link #canStart(int)}) are skipped without trying the grammar; the result is
   * the same, which a test checks.
   */
  List<Found> findFrom(int from, boolean everyToken) {
    List<Found> found = new ArrayList<>();
    scan(from, everyToken, f -> f.estimate("q", "q", null) != null && found.add(f));
    return found;
  }

  /**
   * Offers {@code take} each phrase that is not weak from token {@code from} on, longest first at
   * each word; a phrase taken (true) is stepped over, one refused (its estimate would break an
   * invariant) is not, and reading goes on at the next token. The finder builds each estimate once,
   * in {@code take}.
   */
  void scan(int from, boolean everyToken, Predicate<Found> take) {
    int i = from;
    while (i < size()) {
      Found f = everyToken || canStart(i) ? mentionAt(i) : null;
      if (f != null && !f.weak() && take.test(f)) {
        i = f.end();
      } else {
        i++;
      }
    }
  }

  /** Whether a quantity phrase can start at token {@code i}: a number, a sign, or a word the grammar starts with. */
  boolean canStart(int i) {
    return switch (kind(i)) {
      case NUMBER, DASH -> true;
      case OTHER -> length(i) == 1 && currencyOfSign(first(i)) != null;
      case WORD -> startWord(i) || hyphenated(i) || endsWithFold(i)
          || length(i) == 3 && capitalised(i) && anyOf(i, CURRENCY_CODE_LIST, false);
    };
  }

  private static final List<String> CURRENCY_CODE_LIST = List.copyOf(CURRENCY_CODES);

  /** Whether word {@code i} is one of {@link QuantityLexicon#START_WORDS}, compared without making a string. */
  private boolean startWord(int i) {
    if (ascii(i)) {
      return in(WordSlots.START_WORDS, i); // an ASCII token: equal ignoring case is equal in lower case
    }
    char c = Character.toLowerCase(first(i));
    List<String> candidates = START_WORDS_BY_FIRST_CHAR.get(c);
    return candidates != null && anyOf(i, candidates, true);
  }

  private boolean anyOf(int i, List<String> words, boolean ignoreCase) {
    int length = length(i);
    for (int n = 0; n < words.size(); n++) {
      String w = words.get(n);
      if (w.length() == length && text.regionMatches(ignoreCase, start(i), w, 0, length)) {
        return true;
      }
    }
    return false;
  }

  private boolean hyphenated(int i) {
    for (int p = start(i) + 1; p < end(i); p++) {
      if (text.charAt(p) == '-') {
        return true;
      }
    }
    return false;
  }

  private boolean endsWithFold(int i) {
    return length(i) > 4 && text.regionMatches(true, end(i) - 4, "fold", 0, 4);
  }

  /** The longest quantity phrase starting at token {@code i}, or null. */
  Found mentionAt(int i) {
    Found best = between(i);
    best = longer(best, range(i));
    best = longer(best, magnitude(i));
    return longer(best, modified(i));
  }

  /** {@code f} if it reaches further than {@code best}; on a tie the earlier reading stays. */
  private static Found longer(Found best, Found f) {
    return f != null && (best == null || f.end() > best.end()) ? f : best;
  }

  // --- phrases

  private Found modified(int i) {
    NumeralModifier modifier = null;
    int k = i;
    boolean down = false;
    if (isWord(i, "estimated") && isKind(i - 1, Kind.WORD) && !STOP_WORDS.contains(lower(i - 1))) {
      return null; // "the commander estimated 5,000": a verb, not a hedge
    }
    List<Map.Entry<List<String>, NumeralModifier>> modifiers = get(WordSlots.MODIFIERS_BY_FIRST_WORD, i);
    for (int m = 0; modifiers != null && m < modifiers.size(); m++) {
      Map.Entry<List<String>, NumeralModifier> entry = modifiers.get(m);
      int end = phrase(i, entry.getKey());
      if (end > 0) {
        modifier = entry.getValue();
        k = end;
        break;
      }
    }
    if (isWord(i, "past") && isWord(i - 1, DETERMINERS)) {
      return null; // "the past 30 years": a span, not a hedge
    }
    if (modifier == null && isWord(i, "down") && spaced(i + 1)) {
      down = true; // "down 3.5 percent": a fall
      k = i + 1;
    }
    if ((modifier != null || down) && !spaced(k)) {
      return null;
    }
    if (modifier == NumeralModifier.UP_TO && isWord(i, "up") && changeVerb(i - 1)) {
      modifier = null; // "the toll rose to 61,000", "edged up to 61,000": the value reached
    }
    Found change = relativeChange(i, k, modifier);
    if (change != null) {
      return change;
    }
    Amount amount = amount(k, false, modifier != null);
    if (amount == null || down && amount.kind() != UnitKind.PERCENTAGE) {
      return null;
    }
    int end = amount.end();
    if (modifier != null && (isWord(end, "to") && spaced(end) || isKind(end, Kind.DASH) && next(end))
        && amount(end + 1, true) != null) {
      return null; // "as much as 10-15 inches": the range is read from its first number
    }
    NumeralModifier after = null;
    if (modifier == null && !down && spaced(end) && isWord(end, "or") && spaced(end + 1)) {
      after = isWord(end + 1, "more") ? NumeralModifier.AT_LEAST : isWord(end + 1, "so") ? NumeralModifier.ABOUT
          : isWord(end + 1, "fewer", "less") ? NumeralModifier.AT_MOST : null;
      if (after != null) {
        end += 2; // "ten or more", "15 or so"
      }
    }
    Noun noun = amount.kind() == UnitKind.COUNT ? noun(end) : null;
    Noun single = amount.kind() == UnitKind.COUNT && noun == null && isOne(amount) ? singularNoun(end) : null;
    if (noun == null) {
      noun = single;
    }
    Unit unit = noun != null ? Unit.count(noun.unit()) : unit(amount);
    double v = down ? -amount.value().doubleValue() : amount.value().doubleValue();
    NumeralModifier hedge = modifier != null ? modifier : after;
    try {
      Approximator approximator = hedge == null ? Approximator.EXACT : policy.reading(hedge.approximator);
      Interval interval = hedge == NumeralModifier.JUST_OVER ? policy.justOver(v, amount.kind())
          : policy.interval(approximator, v, amount.kind());
      // News writes counts of a thousand or more with a separator ("2,000"), so "2023" is a year
      // even after a word that could be a modifier or before a noun ("over 2023 prices fell").
      boolean count = amount.kind() == UnitKind.COUNT;
      boolean bare = count && noun == null && hedge == null;
      // Only a comparative no year follows makes it a count: "more than 1800 injured", "at least 1900";
      // "over 2023", "under 1990", "past 2000" stay years.
      boolean comparative = (modifier == NumeralModifier.MORE_THAN || modifier == NumeralModifier.FEWER_THAN
          || modifier == NumeralModifier.AT_LEAST || modifier == NumeralModifier.AT_MOST)
          && !isWord(i, "over", "under", "above", "below", "beyond", "past");
      boolean weak = count && amount.num().dateLike() && !comparative
          || bare && amount.num().spelled() && !amount.num().scaled() && !countedAfterOf(end) && !reached(i)
          || count && hedge == null && !amount.num().spelled() && !amount.num().scaled() && nameNumber(k, end, noun == null)
          || amount.kind() == UnitKind.DURATION && isWord(amount.end(), "ago", "earlier", "later") && spaced(amount.end());
      return new Found(i, noun != null ? noun.end() : end, end, approximator, interval, v, unit,
          noun != null ? noun.text() : null, weak);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }


  /** A spelled-out number reached by a change or held at a level: "the toll rose to six", "remains at four". */
  private boolean reached(int i) {
    return isWord(i - 1, "to") && spaced(i) && changeVerb(i - 2)
        || isWord(i - 1, "at") && spaced(i) && isWord(i - 2, "remains", "remained", "stands", "stood", "stays", "stayed");
  }

  private static boolean isOne(Amount amount) {
    return amount.num().spelled() && amount.value().compareTo(java.math.BigDecimal.ONE) == 0
        && !amount.num().scaled();
  }


  private Found between(int i) {
    if (!isWord(i, "between") || !spaced(i + 1)) {
      return null;
    }
    Amount low = amount(i + 1);
    if (low == null || !isWord(low.end(), "and") || !spaced(low.end()) || !spaced(low.end() + 1)) {
      return null;
    }
    return range(i, low, amount(low.end() + 1));
  }

  private Found range(int i) {
    boolean ranging = isWord(i - 1, "from") && isWord(i - 2, RANGE_VERBS);
    if ((isWord(i - 1, "from") && !ranging) || isWord(i - 1, "between") || changeVerb(i - 1)) {
      // "from X to Y" and "dropped X to Y" are changes, not ranges; "ranging from X to Y" is a range
      return null;
    }
    Amount low = amount(i);
    if (low == null) {
      return null;
    }
    int k = low.end();
    boolean to = isWord(k, "to") && spaced(k) && spaced(k + 1);
    boolean dash = isKind(k, Kind.DASH) && next(k) && next(k + 1);
    if (!to && !dash) {
      return null;
    }
    return range(i, low, amount(k + 1, true));
  }

  /** The range from {@code low} to {@code high}; a unit or scale written only on the high end applies to both. */
  private Found range(int i, Amount low, Amount high) {
    if (high == null) {
      return null;
    }
    UnitKind kind = high.kind();
    String currency = high.unitName();
    if (low.kind() != kind && low.kind() != UnitKind.COUNT || !Objects.equals(low.unitName(), currency)
        && low.unitName() != null) {
      return null;
    }
    BigDecimal lowValue = low.value();
    Num lowNum = low.num();
    if (lowNum.dateLike() != high.num().dateLike() && kind != UnitKind.DURATION) {
      return null; // "from $2,100 in 2005 to $7,400": a year is no end of a range of amounts
    }
    if (!lowNum.scaled() && high.num().scaled() && lowNum.raw().compareTo(high.num().raw()) <= 0) {
      lowValue = lowNum.raw().multiply(high.num().scale());
    }
    int end = high.end();
    Noun noun = kind == UnitKind.COUNT ? noun(end) : null;
    Unit unit = noun != null ? Unit.count(noun.unit()) : unit(high);
    boolean bare = kind == UnitKind.COUNT && noun == null;
    boolean weak = bare && (lowNum.spelled() && high.num().spelled() || lowNum.dateLike() && high.num().dateLike());
    try {
      Interval interval = Interval.closed(lowValue.doubleValue(), high.value().doubleValue());
      return new Found(i, noun != null ? noun.end() : end, end, Approximator.BETWEEN, interval, null, unit,
          noun != null ? noun.text() : null, weak);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private Found magnitude(int i) {
    int k = i;
    boolean several = isWord(k, "several");
    BigDecimal base;
    if (several) {
      if (!spaced(k + 1)) {
        return null;
      }
      k++;
      BigDecimal first = lower(k).equals("dozen") ? DOZEN
          : lower(k).equals("hundred") ? HUNDRED : get(WordSlots.SCALES, k);
      UnitLexicon.UnitWord span = first == null ? unitWord(k) : null;
      if (span != null && span.factor() == 1 && !UnitLexicon.singular(lower(k))) {
        // "several days", "several miles"
        Unit unit = Units.of(span);
        int end = k + span.words().size();
        try {
          return new Found(i, end, end, Approximator.ORDER_OF_MAGNITUDE, policy.several(1), null, unit, null, false);
        } catch (IllegalArgumentException e) {
          return null;
        }
      }
      if (first == null || !isKind(k, Kind.WORD)) {
        return null;
      }
      base = first;
      k++;
      while (spaced(k) && in(WordSlots.SCALES, k) && get(WordSlots.SCALES, k).compareTo(base) > 0) {
        base = base.multiply(get(WordSlots.SCALES, k));
        k++;
      }
    } else {
      if (!isKind(k, Kind.WORD)) {
        return null;
      }
      Integer small = get(WordSlots.PLURAL_MAGNITUDES, k);
      base = small != null ? BigDecimal.valueOf(small) : get(WordSlots.PLURAL_SCALES, k);
      if (base == null) {
        return null;
      }
      k++;
      BigDecimal last = base;
      while (isWord(k, "of") && spaced(k) && spaced(k + 1) && in(WordSlots.PLURAL_SCALES, k + 1)
          && get(WordSlots.PLURAL_SCALES, k + 1).compareTo(last) > 0) {
        last = get(WordSlots.PLURAL_SCALES, k + 1);
        base = base.multiply(last);
        k += 2;
      }
    }
    Unit unit = Units.COUNT;
    String measure = null;
    int end = k;
    int quantityEnd = k;
    int tail = several ? k : isWord(k, "of") && spaced(k) ? k + 1 : -1;
    if (tail > 0 && spaced(tail)) {
      String currency = currencyWord(tail);
      UnitLexicon.UnitWord unitWord = currency == null ? unitWord(tail) : null;
      if (unitWord != null && unitWord.factor() == 1) {
        unit = Units.of(unitWord);
        end = tail + unitWord.words().size();
        quantityEnd = end;
      } else if (currency != null) {
        unit = Units.currency(currency);
        end = currencyWordEnd(tail);
        quantityEnd = end;
      } else {
        Noun noun = noun(tail);
        if (noun != null) {
          unit = Unit.count(noun.unit());
          measure = noun.text();
          end = noun.end();
        }
      }
    }
    if (!several && (lower(i).equals("scores") || lower(i).equals("tens")) && end == i + 1) {
      // Alone, "scores" and "tens" are rarely magnitudes ("test scores"); "scores of people" is.
      return null;
    }
    try {
      double b = base.doubleValue();
      Interval interval = several ? policy.several(b) : policy.magnitude(b);
      return new Found(i, end, quantityEnd, Approximator.ORDER_OF_MAGNITUDE, interval, null, unit, measure, false);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static final BigDecimal DOZEN = BigDecimal.valueOf(12);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  // Word lists the grammar compares tokens with, held once so that no comparison allocates.
  private static final String[] DETERMINERS = {"the", "its", "their", "his", "her", "our", "this", "these", "those"};
  private static final String[] RANGE_VERBS = {"range", "ranges", "ranged", "ranging", "vary", "varies", "varied", "varying"};
}
