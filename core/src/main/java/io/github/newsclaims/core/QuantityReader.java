package io.github.newsclaims.core;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lexicon and grammar behind {@link QuantityPhrases}: one reader tokenises one text and reads
 * quantity phrases from its tokens, longest first at each word.
 */
final class QuantityReader {
  // ---------------------------------------------------------------------------------------------
  // Lexicon

  /** The hedges a number can carry, and the approximator each one is. */
  private enum Hedge {
    ABOUT(Approximator.ABOUT),
    NEARLY(Approximator.NEARLY),
    JUST_OVER(Approximator.MORE_THAN),
    MORE_THAN(Approximator.MORE_THAN),
    AT_LEAST(Approximator.AT_LEAST),
    AT_MOST(Approximator.AT_MOST),
    UP_TO(Approximator.UP_TO),
    FEWER_THAN(Approximator.FEWER_THAN);

    final Approximator approximator;

    Hedge(Approximator approximator) {
      this.approximator = approximator;
    }
  }

  /** Hedge phrases, longest first so that "just over" wins over "over". */
  private static final List<Map.Entry<List<String>, Hedge>> HEDGES = hedges(
      "a little more than", Hedge.JUST_OVER, "slightly more than", Hedge.JUST_OVER, "just more than", Hedge.JUST_OVER,
      "just over", Hedge.JUST_OVER, "just above", Hedge.JUST_OVER, "a little over", Hedge.JUST_OVER,
      "slightly over", Hedge.JUST_OVER,
      "slightly less than", Hedge.NEARLY, "slightly fewer than", Hedge.NEARLY, "just shy of", Hedge.NEARLY,
      "just short of", Hedge.NEARLY, "a little under", Hedge.NEARLY, "just under", Hedge.NEARLY,
      "just below", Hedge.NEARLY, "not quite", Hedge.NEARLY, "nearly", Hedge.NEARLY, "almost", Hedge.NEARLY,
      "an estimated", Hedge.ABOUT, "estimated", Hedge.ABOUT, "approximately", Hedge.ABOUT, "roughly", Hedge.ABOUT,
      "around", Hedge.ABOUT, "about", Hedge.ABOUT, "some", Hedge.ABOUT, "circa", Hedge.ABOUT,
      "close to", Hedge.ABOUT, "an approximate", Hedge.ABOUT,
      "in excess of", Hedge.MORE_THAN, "more than", Hedge.MORE_THAN, "greater than", Hedge.MORE_THAN,
      "upwards of", Hedge.MORE_THAN, "over", Hedge.MORE_THAN, "above", Hedge.MORE_THAN,
      "exceeding", Hedge.MORE_THAN,
      "no fewer than", Hedge.AT_LEAST, "no less than", Hedge.AT_LEAST, "not less than", Hedge.AT_LEAST,
      "not fewer than", Hedge.AT_LEAST, "a minimum of", Hedge.AT_LEAST, "at least", Hedge.AT_LEAST,
      "no more than", Hedge.AT_MOST, "not more than", Hedge.AT_MOST, "a maximum of", Hedge.AT_MOST,
      "at most", Hedge.AT_MOST,
      "as many as", Hedge.UP_TO, "as much as", Hedge.UP_TO, "up to", Hedge.UP_TO,
      "fewer than", Hedge.FEWER_THAN, "less than", Hedge.FEWER_THAN, "under", Hedge.FEWER_THAN,
      "below", Hedge.FEWER_THAN);

  private static List<Map.Entry<List<String>, Hedge>> hedges(Object... pairs) {
    List<Map.Entry<List<String>, Hedge>> list = new ArrayList<>();
    for (int i = 0; i < pairs.length; i += 2) {
      list.add(Map.entry(List.of(((String) pairs[i]).split(" ")), (Hedge) pairs[i + 1]));
    }
    list.sort((a, b) -> b.getKey().size() - a.getKey().size());
    return List.copyOf(list);
  }

  private static final Map<String, Integer> SMALL_NUMBERS = Map.ofEntries(
      Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
      Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
      Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
      Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
      Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30),
      Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
      Map.entry("eighty", 80), Map.entry("ninety", 90));

  private static final Map<String, BigDecimal> SCALES = Map.of(
      "thousand", BigDecimal.valueOf(1_000), "million", BigDecimal.valueOf(1_000_000),
      "billion", BigDecimal.valueOf(1_000_000_000), "trillion", BigDecimal.valueOf(1_000_000_000_000L));

  /** Abbreviated scales written after a numeral: "$1.5bn", "2.3 mn". "m" only with a currency. */
  private static final Map<String, BigDecimal> SHORT_SCALES = Map.of(
      "bn", SCALES.get("billion"), "mn", SCALES.get("million"), "tn", SCALES.get("trillion"),
      "m", SCALES.get("million"));

  private static final Map<String, Integer> DENOMINATORS = Map.ofEntries(
      Map.entry("half", 2), Map.entry("halves", 2), Map.entry("third", 3), Map.entry("thirds", 3),
      Map.entry("quarter", 4), Map.entry("quarters", 4), Map.entry("fourth", 4), Map.entry("fourths", 4),
      Map.entry("fifth", 5), Map.entry("fifths", 5), Map.entry("sixth", 6), Map.entry("sixths", 6),
      Map.entry("seventh", 7), Map.entry("sevenths", 7), Map.entry("eighth", 8), Map.entry("eighths", 8),
      Map.entry("ninth", 9), Map.entry("ninths", 9), Map.entry("tenth", 10), Map.entry("tenths", 10));

  /** Words after "a third" that make it an ordinal, not a share: "a third time", "a fourth term". */
  private static final Set<String> ORDINAL_NOUNS = Set.of("time", "times", "term", "round", "place", "party",
      "quarter", "century", "world", "way", "consecutive", "straight", "day", "week", "month", "year", "season",
      "generation", "wave", "person", "stage", "phase", "attempt", "option", "country", "man", "woman", "child",
      "floor", "game", "leg", "set", "largest", "biggest");

  /** Words before a bare "half" that make it a part of something, not a share: "the second half". */
  private static final Set<String> HALF_PARTS = Set.of("the", "first", "second", "other", "latter", "former",
      "last", "next", "back", "front", "top", "bottom", "better", "lower", "upper", "this", "that");

  private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
      "sep", "sept", "oct", "nov", "dec");

  private static final Map<String, Double> RELATIVE_CHANGES = Map.of(
      "doubled", 2.0, "tripled", 3.0, "trebled", 3.0, "quadrupled", 4.0, "quintupled", 5.0, "halved", 0.5);

  private static final Pattern FOLD = Pattern.compile("(\\p{L}+)-?fold");

  private static final Map<String, Integer> PLURAL_MAGNITUDES = Map.of(
      "dozens", 12, "scores", 20, "tens", 10, "hundreds", 100);

  private static final Map<String, BigDecimal> PLURAL_SCALES = Map.of(
      "thousands", SCALES.get("thousand"), "millions", SCALES.get("million"),
      "billions", SCALES.get("billion"), "trillions", SCALES.get("trillion"));

  private static final Map<String, String> CURRENCY_SYMBOLS =
      Map.of("$", "USD", "€", "EUR", "£", "GBP", "¥", "JPY");

  private static final Set<String> CURRENCY_CODES = Set.of("USD", "EUR", "GBP", "JPY", "CNY", "RUB", "KRW", "INR",
      "CHF", "UAH");

  private static final Map<String, String> CURRENCY_WORDS = Map.ofEntries(
      Map.entry("dollars", "USD"), Map.entry("dollar", "USD"), Map.entry("euros", "EUR"), Map.entry("euro", "EUR"),
      Map.entry("yen", "JPY"), Map.entry("yuan", "CNY"), Map.entry("renminbi", "CNY"), Map.entry("rubles", "RUB"),
      Map.entry("ruble", "RUB"), Map.entry("roubles", "RUB"), Map.entry("rouble", "RUB"), Map.entry("won", "KRW"),
      Map.entry("rupees", "INR"), Map.entry("rupee", "INR"), Map.entry("hryvnias", "UAH"));

  private static final Set<String> PERCENT_WORDS = Set.of("percent", "pct", "per-cent");

  /** Plurals without a final "s". */
  private static final Set<String> IRREGULAR_PLURALS = Set.of("people", "children", "men", "women", "personnel",
      "staff", "police", "cattle", "livestock", "sheep", "deer", "fish", "aircraft", "data", "feet", "teeth",
      "mice", "geese", "militia", "youth", "clergy", "infantry");

  /** Words that end a counted noun phrase: function words, hedges, and everything numeric. */
  private static final Set<String> STOP_WORDS = Set.of("a", "an", "the", "of", "in", "on", "at", "to", "from",
      "for", "with", "by", "and", "or", "but", "nor", "as", "than", "that", "which", "who", "whom", "whose",
      "this", "these", "those", "there", "here", "it", "its", "they", "them", "their", "he", "him", "his", "she",
      "her", "we", "us", "our", "you", "your", "i", "me", "my", "be", "is", "are", "was", "were", "been", "being",
      "am", "have", "has", "had", "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may",
      "might", "must", "not", "no", "now", "also", "still", "just", "only", "even", "so", "then", "when", "where",
      "while", "since", "after", "before", "during", "into", "onto", "over", "under", "about", "above", "below",
      "between", "among", "across", "through", "per", "each", "every", "more", "most", "less", "least", "fewer",
      "other", "such", "some", "any", "all", "both", "either", "neither", "several", "many", "much", "own", "same",
      "very", "too", "again", "already", "yet", "ago", "according", "including", "reportedly", "allegedly",
      "said", "says", "say", "nearly", "almost", "roughly", "approximately", "around", "estimated", "up",
      "percent", "pct", "half", "dozen", "dozens", "hundred", "hundreds", "thousands", "millions", "billions",
      "trillions", "bn", "mn", "tn", "whereas", "perhaps", "always", "towards", "afterwards", "sometimes",
      "besides", "thus", "plus", "yes", "minus", "unless", "amid", "amidst", "against", "within", "without",
      "via", "versus", "vs", "times", "apiece", "respectively", "alone", "altogether", "overall");

  // ---------------------------------------------------------------------------------------------
  // Reading

  private enum Kind { NUMBER, WORD, DASH, OTHER }

  private record Token(Kind kind, int start, int end, String text, String lower) {}

  private static final Pattern TOKEN = Pattern.compile(
      "(?<number>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?(?![,.]?\\d)|\\d+(?:\\.\\d+)?(?![,.]?\\d))"
          // Digits grouped other than in threes ("15,0000", "1,00") are no number this reader trusts.
          + "|(?<malformed>\\d+(?:[,.]\\d+)+)"
          + "|(?<word>\\p{L}[\\p{L}\\p{M}]*(?:['’-]\\p{L}[\\p{L}\\p{M}]*)*)"
          + "|(?<dash>[-‐‑‒–—])"
          + "|(?<other>\\S)");

  /**
   * A number as read: its value, how it was written, and the end of its tokens. {@code dateLike}
   * marks a bare year ("2024") or day of a month ("12 March", "March 12").
   */
  private record Num(BigDecimal value, BigDecimal raw, BigDecimal scale, int end, boolean spelled, boolean dateLike) {
    boolean scaled() {
      return scale.compareTo(BigDecimal.ONE) != 0;
    }
  }

  /** A number with its unit kind, as read. */
  private record Amount(Num num, UnitKind kind, String currency, int end) {
    BigDecimal value() {
      return num.value();
    }
  }

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

  private final String text;
  private final VaguenessPolicy policy;
  private final List<Token> tokens = new ArrayList<>();

  QuantityReader(String text, VaguenessPolicy policy) {
    this.text = text;
    this.policy = policy;
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      Kind kind = m.group("number") != null ? Kind.NUMBER
          : m.group("word") != null ? Kind.WORD
          : m.group("dash") != null ? Kind.DASH : Kind.OTHER;
      String t = m.group();
      tokens.add(new Token(kind, m.start(), m.end(), t, t.toLowerCase(Locale.ROOT).replace('’', '\'')));
    }
  }

  int size() {
    return tokens.size();
  }

  /** The whole phrase: the quantity and what it counts, "about 15,000 North Korean soldiers". */
  TextSpan span(Found found) {
    return span(found.start(), found.end());
  }

  /** The quantity words alone, "about 15,000"; money keeps its currency words, "billions of dollars". */
  TextSpan quantitySpan(Found found) {
    return span(found.start(), found.quantityEnd());
  }

  private TextSpan span(int fromToken, int toToken) {
    int start = tokens.get(fromToken).start();
    int end = tokens.get(toToken - 1).end();
    return TextSpan.of(start, end, text.substring(start, end));
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
    for (Found f : new Found[] {between(i), range(i), magnitude(i), hedged(i)}) {
      if (f != null && (best == null || f.end() > best.end())) {
        best = f;
      }
    }
    return best;
  }

  // --- token tests

  private boolean has(int i) {
    return i >= 0 && i < tokens.size();
  }

  private String lower(int i) {
    return has(i) ? tokens.get(i).lower() : "";
  }

  private boolean isWord(int i, String... words) {
    if (!has(i) || tokens.get(i).kind() != Kind.WORD) {
      return false;
    }
    for (String w : words) {
      if (w.equals(tokens.get(i).lower())) {
        return true;
      }
    }
    return false;
  }

  private boolean isKind(int i, Kind kind) {
    return has(i) && tokens.get(i).kind() == kind;
  }

  private boolean isText(int i, String text) {
    return has(i) && tokens.get(i).text().equals(text);
  }

  /** Token {@code i} follows token {@code i - 1} directly, with nothing in between. */
  private boolean glued(int i) {
    return has(i) && i > 0 && tokens.get(i - 1).end() == tokens.get(i).start();
  }

  /** Token {@code i} follows token {@code i - 1} after white space that is not a paragraph break. */
  private boolean spaced(int i) {
    if (!has(i) || i == 0) {
      return false;
    }
    int from = tokens.get(i - 1).end();
    int to = tokens.get(i).start();
    if (from == to) {
      return false;
    }
    int newlines = 0;
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (!Character.isWhitespace(c) && c != '\u00A0' && c != '\u202F') {
        return false;
      }
      newlines += c == '\n' ? 1 : 0;
    }
    return newlines <= 1;
  }

  private boolean next(int i) {
    return spaced(i) || glued(i);
  }

  /** The end of the word sequence {@code words} starting at token {@code i}, or -1. */
  private int phrase(int i, List<String> words) {
    int k = i;
    for (String w : words) {
      if (!isWord(k, w) || k > i && !spaced(k)) {
        return -1;
      }
      k++;
    }
    return k;
  }

  // --- phrases

  private Found hedged(int i) {
    Hedge hedge = null;
    int k = i;
    for (Map.Entry<List<String>, Hedge> entry : HEDGES) {
      int end = phrase(i, entry.getKey());
      if (end > 0) {
        hedge = entry.getValue();
        k = end;
        break;
      }
    }
    if (hedge != null && !spaced(k)) {
      return null;
    }
    Found change = relativeChange(i, k, hedge);
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
      Approximator approximator = hedge == null ? Approximator.EXACT : policy.reading(hedge.approximator);
      Interval interval = hedge == Hedge.JUST_OVER ? policy.justOver(v, amount.kind())
          : policy.interval(approximator, v, amount.kind());
      // News writes counts of a thousand or more with a separator ("2,000"), so "2023" is a year
      // even after a word that could be a hedge or before a noun ("over 2023 prices fell").
      boolean count = amount.kind() == UnitKind.COUNT;
      boolean weak = count && amount.num().dateLike()
          || count && noun == null && hedge == null && amount.num().spelled();
      return new Found(i, noun != null ? noun.end() : end, end, approximator, interval, v, unit,
          noun != null ? noun.text() : null, weak);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private Found relativeChange(int i, int k, Hedge hedge) {
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
      if (hedge == null) {
        approximator = Approximator.RELATIVE_CHANGE;
        interval = policy.interval(approximator, m, UnitKind.MULTIPLIER);
      } else if (m >= 1) {
        approximator = policy.reading(hedge.approximator);
        interval = hedge == Hedge.JUST_OVER ? policy.justOver(m, UnitKind.MULTIPLIER)
            : policy.interval(approximator, m, UnitKind.MULTIPLIER);
      } else {
        // A decrease: "nearly halved" leaves more than half, "more than halved" less than half.
        switch (hedge) {
          case ABOUT -> {
            approximator = Approximator.ABOUT;
            interval = policy.interval(approximator, m, UnitKind.MULTIPLIER);
          }
          case NEARLY -> {
            approximator = Approximator.MORE_THAN;
            interval = policy.justOver(m, UnitKind.MULTIPLIER);
          }
          case MORE_THAN, AT_LEAST -> {
            approximator = hedge == Hedge.AT_LEAST ? Approximator.AT_MOST : policy.reading(Approximator.FEWER_THAN);
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

  // --- amounts

  /** A number with its currency or percent sign, or a fraction, starting at token {@code k}. */
  private Amount amount(int k) {
    return amount(k, false);
  }

  private Amount amount(int k, boolean rangeEnd) {
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

  private String currencyWord(int k) {
    if (isText(k, "US") && spaced(k + 1) && isWord(k + 1, "dollars", "dollar")) {
      return "USD";
    }
    if (isWord(k, "pounds") && spaced(k + 1) && isWord(k + 1, "sterling")) {
      return "GBP";
    }
    return isKind(k, Kind.WORD) ? CURRENCY_WORDS.get(lower(k)) : null;
  }

  private int currencyWordEnd(int k) {
    return isText(k, "US") || isWord(k, "pounds") ? k + 2 : k + 1;
  }

  private Unit unit(Amount amount) {
    return switch (amount.kind()) {
      case CURRENCY -> Unit.currency(amount.currency());
      case PERCENTAGE -> Unit.percentage();
      case FRACTION -> Unit.fraction();
      case MULTIPLIER -> Unit.multiplier();
      case COUNT -> Unit.count();
    };
  }

  /** A numeral such as "15,000", "2.3 million" or "1.5bn", unless it is glued to letters ("F-16", "1990s"). */
  private Num numeral(int j, boolean currency, boolean rangeEnd) {
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
  private boolean gluedToWord(int j, boolean rangeEnd) {
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
  private Num numberWords(int j) {
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
  private boolean month(int i) {
    return isKind(i, Kind.WORD) && MONTHS.contains(lower(i))
        && Character.isUpperCase(tokens.get(i).text().codePointAt(0));
  }

  /** "seven", "fifteen", "forty", "twenty-five", or null. */
  private Integer smallNumber(String word) {
    Integer n = SMALL_NUMBERS.get(word);
    if (n != null) {
      return n;
    }
    int dash = word.indexOf('-');
    if (dash > 0) {
      Integer tens = SMALL_NUMBERS.get(word.substring(0, dash));
      Integer unit = SMALL_NUMBERS.get(word.substring(dash + 1));
      if (tens != null && unit != null && tens >= 20 && tens % 10 == 0 && unit >= 1 && unit <= 9) {
        return tens + unit;
      }
    }
    return null;
  }

  /** "half", "a third", "two-thirds", "three quarters", "one in five", as a share of 1. */
  private Num fraction(int j) {
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

  private boolean ordinal(int numerator, int after) {
    return numerator == 1 && spaced(after) && ORDINAL_NOUNS.contains(lower(after));
  }

  private Integer numerator(String word) {
    return word.equals("a") || word.equals("an") ? Integer.valueOf(1) : SMALL_NUMBERS.get(word);
  }

  /** A small whole number, spelled out or as digits without separators, for "one in five". */
  private Integer wholeNumber(int j) {
    if (isKind(j, Kind.NUMBER) && tokens.get(j).text().matches("\\d{1,6}") && !gluedToWord(j, false)) {
      return Integer.valueOf(tokens.get(j).text());
    }
    return isKind(j, Kind.WORD) ? smallNumber(lower(j)) : null;
  }

  private Num share(int numerator, int denominator, int end) {
    BigDecimal value = Interval.decimal((double) numerator / denominator);
    return new Num(value, value, BigDecimal.ONE, end, true, false);
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

  private static boolean plural(String word) {
    if (IRREGULAR_PLURALS.contains(word)) {
      return true;
    }
    return word.length() >= 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")
        && !word.endsWith("is") && !word.endsWith("'s");
  }

  static String normalSpace(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  private static BigDecimal decimal(String digits) {
    return new BigDecimal(digits.replace(",", ""));
  }
}
