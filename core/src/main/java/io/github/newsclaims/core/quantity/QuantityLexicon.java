package io.github.newsclaims.core.quantity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The English words the quantity reader knows: numeral modifiers, number words, scales, fractions,
 * magnitudes, currencies, and the words that end a counted noun phrase. Lower case throughout.
 */
final class QuantityLexicon {
  private QuantityLexicon() {}

  /** Numeral modifiers, longest first so that "just over" wins over "over". */
  static final List<Map.Entry<List<String>, NumeralModifier>> MODIFIERS = modifiers(
      "a little more than", NumeralModifier.JUST_OVER, "slightly more than", NumeralModifier.JUST_OVER, "just more than", NumeralModifier.JUST_OVER,
      "just over", NumeralModifier.JUST_OVER, "just above", NumeralModifier.JUST_OVER, "a little over", NumeralModifier.JUST_OVER,
      "slightly over", NumeralModifier.JUST_OVER,
      "slightly less than", NumeralModifier.NEARLY, "slightly fewer than", NumeralModifier.NEARLY, "just shy of", NumeralModifier.NEARLY,
      "just short of", NumeralModifier.NEARLY, "a little under", NumeralModifier.NEARLY, "just under", NumeralModifier.NEARLY,
      "just below", NumeralModifier.NEARLY, "not quite", NumeralModifier.NEARLY, "nearly", NumeralModifier.NEARLY, "almost", NumeralModifier.NEARLY,
      "an estimated", NumeralModifier.ABOUT, "estimated", NumeralModifier.ABOUT, "approximately", NumeralModifier.ABOUT, "roughly", NumeralModifier.ABOUT,
      "around", NumeralModifier.ABOUT, "about", NumeralModifier.ABOUT, "some", NumeralModifier.ABOUT, "circa", NumeralModifier.ABOUT,
      "close to", NumeralModifier.ABOUT, "an approximate", NumeralModifier.ABOUT,
      "in excess of", NumeralModifier.MORE_THAN, "more than", NumeralModifier.MORE_THAN, "greater than", NumeralModifier.MORE_THAN,
      "upwards of", NumeralModifier.MORE_THAN, "over", NumeralModifier.MORE_THAN, "above", NumeralModifier.MORE_THAN,
      "exceeding", NumeralModifier.MORE_THAN,
      "no fewer than", NumeralModifier.AT_LEAST, "no less than", NumeralModifier.AT_LEAST, "not less than", NumeralModifier.AT_LEAST,
      "not fewer than", NumeralModifier.AT_LEAST, "a minimum of", NumeralModifier.AT_LEAST, "at least", NumeralModifier.AT_LEAST,
      "no more than", NumeralModifier.AT_MOST, "not more than", NumeralModifier.AT_MOST, "a maximum of", NumeralModifier.AT_MOST,
      "at most", NumeralModifier.AT_MOST,
      "as many as", NumeralModifier.UP_TO, "as much as", NumeralModifier.UP_TO, "up to", NumeralModifier.UP_TO,
      "fewer than", NumeralModifier.FEWER_THAN, "less than", NumeralModifier.FEWER_THAN, "under", NumeralModifier.FEWER_THAN,
      "below", NumeralModifier.FEWER_THAN,
      "past", NumeralModifier.MORE_THAN, "beyond", NumeralModifier.MORE_THAN, "a near", NumeralModifier.NEARLY,
      "near", NumeralModifier.NEARLY, "nearing", NumeralModifier.NEARLY, "as high as", NumeralModifier.UP_TO,
      "as long as", NumeralModifier.UP_TO, "as far as", NumeralModifier.UP_TO);

  /** {@link #MODIFIERS} by their first word, each list longest first. */
  static final Map<String, List<Map.Entry<List<String>, NumeralModifier>>> MODIFIERS_BY_FIRST_WORD = byFirstWord();

  private static Map<String, List<Map.Entry<List<String>, NumeralModifier>>> byFirstWord() {
    Map<String, List<Map.Entry<List<String>, NumeralModifier>>> map = new java.util.HashMap<>();
    for (Map.Entry<List<String>, NumeralModifier> entry : MODIFIERS) {
      map.computeIfAbsent(entry.getKey().get(0), w -> new ArrayList<>()).add(entry);
    }
    map.replaceAll((w, list) -> List.copyOf(list));
    return Map.copyOf(map);
  }

  private static List<Map.Entry<List<String>, NumeralModifier>> modifiers(Object... pairs) {
    List<Map.Entry<List<String>, NumeralModifier>> list = new ArrayList<>();
    for (int i = 0; i < pairs.length; i += 2) {
      list.add(Map.entry(List.of(((String) pairs[i]).split(" ")), (NumeralModifier) pairs[i + 1]));
    }
    list.sort((a, b) -> b.getKey().size() - a.getKey().size());
    return List.copyOf(list);
  }

  static final Map<String, Integer> SMALL_NUMBERS = Map.ofEntries(
      Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
      Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
      Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
      Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
      Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30),
      Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
      Map.entry("eighty", 80), Map.entry("ninety", 90));

  static final Map<String, BigDecimal> SCALES = Map.of(
      "thousand", BigDecimal.valueOf(1_000), "million", BigDecimal.valueOf(1_000_000),
      "billion", BigDecimal.valueOf(1_000_000_000), "trillion", BigDecimal.valueOf(1_000_000_000_000L));

  /** Abbreviated scales written after a numeral: "$1.5bn", "2.3 mn". "m" only with a currency. */
  static final Map<String, BigDecimal> SHORT_SCALES = Map.of(
      "bn", SCALES.get("billion"), "mn", SCALES.get("million"), "tn", SCALES.get("trillion"),
      "m", SCALES.get("million"));

  static final Map<String, Integer> DENOMINATORS = Map.ofEntries(
      Map.entry("half", 2), Map.entry("halves", 2), Map.entry("third", 3), Map.entry("thirds", 3),
      Map.entry("quarter", 4), Map.entry("quarters", 4), Map.entry("fourth", 4), Map.entry("fourths", 4),
      Map.entry("fifth", 5), Map.entry("fifths", 5), Map.entry("sixth", 6), Map.entry("sixths", 6),
      Map.entry("seventh", 7), Map.entry("sevenths", 7), Map.entry("eighth", 8), Map.entry("eighths", 8),
      Map.entry("ninth", 9), Map.entry("ninths", 9), Map.entry("tenth", 10), Map.entry("tenths", 10));

  /** Words after "a third" that make it an ordinal, not a share: "a third time", "a fourth term". */
  static final Set<String> ORDINAL_NOUNS = Set.of("time", "times", "term", "round", "place", "party",
      "quarter", "century", "world", "way", "consecutive", "straight", "day", "week", "month", "year", "season",
      "generation", "wave", "person", "stage", "phase", "attempt", "option", "country", "man", "woman", "child",
      "floor", "game", "leg", "set", "largest", "biggest");

  /** Words before a bare "half" that make it a part of something, not a share: "the second half". */
  static final Set<String> HALF_PARTS = Set.of("the", "first", "second", "other", "latter", "former",
      "last", "next", "back", "front", "top", "bottom", "better", "lower", "upper", "this", "that");

  static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
      "sep", "sept", "oct", "nov", "dec");

  static final Map<String, Double> RELATIVE_CHANGES = Map.of(
      "doubled", 2.0, "tripled", 3.0, "trebled", 3.0, "quadrupled", 4.0, "quintupled", 5.0, "halved", 0.5);

  static final Pattern FOLD = Pattern.compile("(\\p{L}+)-?fold");

  static final Map<String, Integer> PLURAL_MAGNITUDES = Map.of(
      "dozens", 12, "scores", 20, "tens", 10, "hundreds", 100);

  static final Map<String, BigDecimal> PLURAL_SCALES = Map.of(
      "thousands", SCALES.get("thousand"), "millions", SCALES.get("million"),
      "billions", SCALES.get("billion"), "trillions", SCALES.get("trillion"));

  static final Map<String, String> CURRENCY_SYMBOLS =
      Map.of("$", "USD", "€", "EUR", "£", "GBP", "¥", "JPY");

  /** The signs of {@link #CURRENCY_SYMBOLS} in one string, and their codes at the same index. */
  private static final String CURRENCY_SIGNS = String.join("", CURRENCY_SYMBOLS.keySet());
  private static final String[] CURRENCY_SIGN_CODES = CURRENCY_SIGNS.chars()
      .mapToObj(c -> CURRENCY_SYMBOLS.get(String.valueOf((char) c))).toArray(String[]::new);

  /** The ISO 4217 code of the currency sign {@code c} ("$" is USD), or null: {@link #CURRENCY_SYMBOLS} without making a string. */
  static String currencyOfSign(char c) {
    int at = CURRENCY_SIGNS.indexOf(c);
    return at >= 0 ? CURRENCY_SIGN_CODES[at] : null;
  }

  static final Set<String> CURRENCY_CODES = Set.of("USD", "EUR", "GBP", "JPY", "CNY", "RUB", "KRW", "INR",
      "CHF", "UAH");

  static final Map<String, String> CURRENCY_WORDS = Map.ofEntries(
      Map.entry("dollars", "USD"), Map.entry("dollar", "USD"), Map.entry("euros", "EUR"), Map.entry("euro", "EUR"),
      Map.entry("yen", "JPY"), Map.entry("yuan", "CNY"), Map.entry("renminbi", "CNY"), Map.entry("rubles", "RUB"),
      Map.entry("ruble", "RUB"), Map.entry("roubles", "RUB"), Map.entry("rouble", "RUB"), Map.entry("won", "KRW"),
      Map.entry("rupees", "INR"), Map.entry("rupee", "INR"), Map.entry("hryvnias", "UAH"),
      Map.entry("pounds", "GBP"), Map.entry("pound", "GBP"), Map.entry("quid", "GBP"));

  static final Set<String> PERCENT_WORDS = Set.of("percent", "pct", "per-cent");

  /** Plurals without a final "s". */
  static final Set<String> IRREGULAR_PLURALS = Set.of("people", "children", "men", "women", "personnel",
      "staff", "police", "cattle", "livestock", "sheep", "deer", "fish", "aircraft", "data", "feet", "teeth",
      "mice", "geese", "militia", "youth", "clergy", "infantry");

  /** Words that end a counted noun phrase: function words, hedges, and everything numeric. */
  static final Set<String> STOP_WORDS = Set.of("a", "an", "the", "of", "in", "on", "at", "to", "from",
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

  /** "seven", "fifteen", "forty", "twenty-five", or null. */
  static Integer smallNumber(String word) {
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

  static boolean plural(String word) {
    if (IRREGULAR_PLURALS.contains(word)) {
      return true;
    }
    return word.length() >= 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")
        && !word.endsWith("is") && !word.endsWith("'s");
  }

  /** Words a quantity phrase can start with, besides numbers, signs, hyphenated words and "-fold" words. */
  static final Set<String> START_WORDS = startWords();

  /** {@link #START_WORDS} by first letter. */
  static final Map<Character, List<String>> START_WORDS_BY_FIRST_CHAR = byFirstChar();

  private static Map<Character, List<String>> byFirstChar() {
    Map<Character, List<String>> map = new java.util.HashMap<>();
    for (String w : START_WORDS) {
      map.computeIfAbsent(w.charAt(0), c -> new ArrayList<>()).add(w);
    }
    map.replaceAll((c, list) -> List.copyOf(list));
    return Map.copyOf(map);
  }

  private static Set<String> startWords() {
    Set<String> words = new java.util.HashSet<>(MODIFIERS_BY_FIRST_WORD.keySet());
    words.addAll(SMALL_NUMBERS.keySet());
    words.addAll(PLURAL_MAGNITUDES.keySet());
    words.addAll(PLURAL_SCALES.keySet());
    words.addAll(RELATIVE_CHANGES.keySet());
    words.addAll(List.of("a", "an", "half", "between", "several", "down", "twice", "estimated", "us", "double",
        "doubling", "doubles", "triple", "tripling", "triples", "quadruple", "dozen"));
    return Set.copyOf(words);
  }

  /** Scale words after "a" or "an": "a hundred", "a million", "a dozen"; an array, so that comparing allocates nothing. */
  static final String[] SCALE_WORDS = {"hundred", "thousand", "million", "billion", "trillion", "dozen"};
}
