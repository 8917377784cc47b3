package io.github.newsclaims.core.quantity;

import static io.github.newsclaims.core.quantity.QuantityLexicon.*;

import io.github.newsclaims.core.Approximator;
import io.github.newsclaims.core.Estimate;
import io.github.newsclaims.core.Interval;
import io.github.newsclaims.core.TextSpan;
import io.github.newsclaims.core.Unit;
import io.github.newsclaims.core.UnitKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * The phrase grammar behind {@link QuantityPhrases}: a numeral modifier and an amount ("about
 * 15,000"), a range ("between 5 and 10", "5-10"), a vague magnitude ("thousands of"), a relative
 * change ("more than doubled"), each with the noun it counts. One reader reads one text, longest
 * phrase first at each word.
 */
final class QuantityReader extends NumberReader {
  /** A counted noun phrase: its tokens' end, its text as written and the unit name. */
  private record Noun(int end, String text, String unit) {}

  /**
   * A quantity phrase read from tokens {@code [start, end)}, before it becomes an {@link Estimate}.
   * {@code weak} marks readings the finder skips (bare years, bare spelled-out numbers).
   */
  record Found(int start, int end, int quantityEnd, Approximator approximator, Interval interval,
      Double statedValue, Unit unit, String measure, boolean weak) {

    /** The estimate, or null if it would break an invariant (then the phrase is not read). */
    Estimate estimate(String id, String measure, TextSpan span) {
      try {
        return Estimate.builder().id(id).measure(measure).unit(unit).approximator(approximator)
            .interval(interval).statedValue(Optional.ofNullable(statedValue)).phrase(Optional.ofNullable(span))
            .build();
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
  }

  private final VaguenessPolicy policy;

  QuantityReader(String text, VaguenessPolicy policy) {
    super(text);
    this.policy = policy;
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
    List<Found> found = new ArrayList<>();
    int i = from;
    while (i < tokens.size()) {
      Found f = mentionAt(i);
      if (f != null && !f.weak() && f.estimate("q", "q", null) != null) {
        found.add(f);
        i = f.end();
      } else {
        i++;
      }
    }
    return found;
  }

  /** The longest quantity phrase starting at token {@code i}, or null. */
  Found mentionAt(int i) {
    Found best = null;
    for (Found f : new Found[] {between(i), range(i), magnitude(i), modified(i)}) {
      if (f != null && (best == null || f.end() > best.end())) {
        best = f;
      }
    }
    return best;
  }

  // --- phrases

  private Found modified(int i) {
    NumeralModifier modifier = null;
    int k = i;
    for (Map.Entry<List<String>, NumeralModifier> entry : MODIFIERS) {
      int end = phrase(i, entry.getKey());
      if (end > 0) {
        modifier = entry.getValue();
        k = end;
        break;
      }
    }
    if (modifier != null && !spaced(k)) {
      return null;
    }
    Found change = relativeChange(i, k, modifier);
    if (change != null) {
      return change;
    }
    Amount amount = amount(k);
    if (amount == null) {
      return null;
    }
    int end = amount.end();
    Noun noun = amount.kind() == UnitKind.COUNT ? noun(end) : null;
    Unit unit = noun != null ? Unit.count(noun.unit()) : unit(amount);
    double v = amount.value().doubleValue();
    try {
      Approximator approximator = modifier == null ? Approximator.EXACT : policy.reading(modifier.approximator);
      Interval interval = modifier == NumeralModifier.JUST_OVER ? policy.justOver(v, amount.kind())
          : policy.interval(approximator, v, amount.kind());
      // News writes counts of a thousand or more with a separator ("2,000"), so "2023" is a year
      // even after a word that could be a modifier or before a noun ("over 2023 prices fell").
      boolean count = amount.kind() == UnitKind.COUNT;
      boolean weak = count && amount.num().dateLike()
          || count && noun == null && modifier == null && amount.num().spelled();
      return new Found(i, noun != null ? noun.end() : end, end, approximator, interval, v, unit,
          noun != null ? noun.text() : null, weak);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private Found relativeChange(int i, int k, NumeralModifier modifier) {
    int end = k + 1;
    Double factor = RELATIVE_CHANGES.get(lower(k));
    if (factor == null && isKind(k, Kind.WORD)) {
      Matcher m = FOLD.matcher(lower(k));
      if (m.matches()) {
        Integer n = SMALL_NUMBERS.get(m.group(1));
        factor = n != null && n >= 2 ? Double.valueOf(n)
            : m.group(1).equals("hundred") ? Double.valueOf(100) : m.group(1).equals("thousand") ? 1000.0 : null;
      }
    }
    if (factor == null && isKind(k, Kind.NUMBER) && !glued(k) && isKind(k + 1, Kind.DASH) && glued(k + 1)
        && isWord(k + 2, "fold") && glued(k + 2)) {
      factor = decimal(tokens.get(k).text()).doubleValue();
      end = k + 3;
    }
    if (factor == null || !Double.isFinite(factor)) {
      return null;
    }
    double m = factor;
    try {
      Approximator approximator;
      Interval interval;
      if (modifier == null) {
        approximator = Approximator.RELATIVE_CHANGE;
        interval = policy.interval(approximator, m, UnitKind.MULTIPLIER);
      } else if (m >= 1) {
        approximator = policy.reading(modifier.approximator);
        interval = modifier == NumeralModifier.JUST_OVER ? policy.justOver(m, UnitKind.MULTIPLIER)
            : policy.interval(approximator, m, UnitKind.MULTIPLIER);
      } else {
        // A decrease: "nearly halved" leaves more than half, "more than halved" less than half.
        switch (modifier) {
          case ABOUT -> {
            approximator = Approximator.ABOUT;
            interval = policy.interval(approximator, m, UnitKind.MULTIPLIER);
          }
          case NEARLY -> {
            approximator = Approximator.MORE_THAN;
            interval = policy.justOver(m, UnitKind.MULTIPLIER);
          }
          case MORE_THAN, AT_LEAST -> {
            approximator = modifier == NumeralModifier.AT_LEAST ? Approximator.AT_MOST : policy.reading(Approximator.FEWER_THAN);
            interval = policy.interval(approximator, m, UnitKind.MULTIPLIER);
          }
          default -> {
            return null;
          }
        }
      }
      return new Found(i, end, end, approximator, interval, m, Unit.multiplier(), null, false);
    } catch (IllegalArgumentException e) {
      return null;
    }
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
    if (isWord(i - 1, "from") || isWord(i - 1, "between")) {
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
    String currency = high.currency();
    if (low.kind() != kind && low.kind() != UnitKind.COUNT || !Objects.equals(low.currency(), currency)
        && low.currency() != null) {
      return null;
    }
    BigDecimal lowValue = low.value();
    Num lowNum = low.num();
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
      BigDecimal first = lower(k).equals("dozen") ? BigDecimal.valueOf(12)
          : lower(k).equals("hundred") ? BigDecimal.valueOf(100) : SCALES.get(lower(k));
      if (first == null || !isKind(k, Kind.WORD)) {
        return null;
      }
      base = first;
      k++;
      while (spaced(k) && SCALES.containsKey(lower(k)) && SCALES.get(lower(k)).compareTo(base) > 0) {
        base = base.multiply(SCALES.get(lower(k)));
        k++;
      }
    } else {
      if (!isKind(k, Kind.WORD)) {
        return null;
      }
      Integer small = PLURAL_MAGNITUDES.get(lower(k));
      base = small != null ? BigDecimal.valueOf(small) : PLURAL_SCALES.get(lower(k));
      if (base == null) {
        return null;
      }
      k++;
      BigDecimal last = base;
      while (isWord(k, "of") && spaced(k) && spaced(k + 1) && PLURAL_SCALES.containsKey(lower(k + 1))
          && PLURAL_SCALES.get(lower(k + 1)).compareTo(last) > 0) {
        last = PLURAL_SCALES.get(lower(k + 1));
        base = base.multiply(last);
        k += 2;
      }
    }
    Unit unit = Unit.count();
    String measure = null;
    int end = k;
    int quantityEnd = k;
    int tail = several ? k : isWord(k, "of") && spaced(k) ? k + 1 : -1;
    if (tail > 0 && spaced(tail)) {
      String currency = currencyWord(tail);
      if (currency != null) {
        unit = Unit.currency(currency);
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

  /** The counted noun phrase starting at token {@code k}: up to four words ending in a plural noun. */
  private Noun noun(int k) {
    if (!spaced(k)) {
      return null;
    }
    int last = -1;
    for (int j = k; j < k + 4 && has(j) && (j == k || spaced(j)) && isKind(j, Kind.WORD); j++) {
      String w = lower(j);
      if (STOP_WORDS.contains(w) || smallNumber(w) != null || SCALES.containsKey(w) || PLURAL_SCALES.containsKey(w)
          || w.endsWith("'s")) {
        break;
      }
      if (plural(w)) {
        last = j;
      }
    }
    if (last < 0 || CURRENCY_WORDS.containsKey(lower(last))) {
      return null;
    }
    int head = last;
    int from = head;
    boolean headCapital = Character.isUpperCase(tokens.get(head).text().codePointAt(0));
    while (!headCapital && from > k && !Character.isUpperCase(tokens.get(from - 1).text().codePointAt(0))) {
      from--;
    }
    String unit = headCapital ? lower(head) : text.substring(tokens.get(from).start(), tokens.get(head).end());
    String phrase = text.substring(tokens.get(k).start(), tokens.get(last).end());
    return new Noun(last + 1, normalSpace(phrase), normalSpace(unit));
  }
}
