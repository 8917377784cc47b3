package io.github.newsclaims.benchmarks;

import edu.stanford.nlp.ie.QuantifiableEntityNormalizer;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Stanford CoreNLP 4.5.10's {@code QuantifiableEntityNormalizer} on a sentence, with the code jar
 * only and no models, as the comparison in {@code RESULTS.md} runs it:
 *
 * <ol>
 *   <li>tokenise with {@code PTBTokenizer} ({@code invertible=true}, character offsets kept);</li>
 *   <li>tag by rule, in place of a statistical NER model: a token is {@code NUMBER} if it is digits
 *       (with separators and decimals), a number word ("three", "hundred", "million", "dozen",
 *       "half"…), or a scale abbreviation ("bn", "m", "k") right after a number; a four-digit number
 *       from 1800 to 2100 is left untagged (an NER model calls it a {@code DATE}); a number run
 *       becomes {@code MONEY} when a currency sign ($, £, €, ¥, US$) comes right before it or a
 *       currency word (dollars, pounds, euros, yen, yuan, rupees, roubles, pence, cents) right after
 *       it, the sign or word included, and {@code PERCENT} when "%", "percent" or "per cent"
 *       follows, that word included;</li>
 *   <li>call {@code addNormalizedQuantitiesToEntities(tokens, false, false)}, which reads the
 *       modifiers before each entity itself;</li>
 *   <li>read each run of tokens with one normalized value as one reading: a leading {@code ~} is
 *       "about", {@code >} "more than", {@code >=} "at least", {@code <} "fewer than", {@code <=}
 *       "at most or up to", none "exact"; a leading currency sign makes it money in that currency,
 *       a {@code %} a percentage, and {@code a-b} a range.</li>
 * </ol>
 */
final class CoreNlpQuantities {
  private CoreNlpQuantities() {}

  private static final Pattern DIGITS = Pattern.compile("[0-9][0-9,]*(\\.[0-9]+)?");
  private static final Set<String> NUMBER_WORDS = Set.of("zero", "one", "two", "three", "four", "five", "six",
      "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
      "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
      "ninety", "hundred", "thousand", "million", "billion", "trillion", "dozen", "half");
  private static final Set<String> SCALE_ABBREVIATIONS = Set.of("bn", "m", "mn", "k", "tn");
  private static final Set<String> SIGNS = Set.of("$", "£", "€", "¥", "US$");
  private static final Set<String> CURRENCY_WORDS = Set.of("dollars", "pounds", "euros", "yen", "yuan", "rupees",
      "roubles", "rubles", "pence", "cents");
  private static final Map<Character, String> CODES = Map.of('$', "USD", '£', "GBP", '€', "EUR", '¥', "JPY");

  static List<CoreLabel> normalize(String sentence) {
    PTBTokenizer<CoreLabel> tokenizer = new PTBTokenizer<>(new StringReader(sentence), new CoreLabelTokenFactory(),
        "invertible=true");
    List<CoreLabel> tokens = tokenizer.tokenize();
    int n = tokens.size();
    for (int i = 0; i < n; i++) {
      CoreLabel t = tokens.get(i);
      String w = t.word();
      String lower = w.toLowerCase(java.util.Locale.ROOT);
      boolean year = w.matches("\\d{4}") && Integer.parseInt(w) >= 1800 && Integer.parseInt(w) <= 2100;
      boolean number = DIGITS.matcher(w).matches() && !year
          || NUMBER_WORDS.contains(lower) || lower.matches("[a-z]+-[a-z]+") && NUMBER_WORDS.contains(lower.split("-")[0])
          || SCALE_ABBREVIATIONS.contains(lower) && i > 0 && "NUMBER".equals(tokens.get(i - 1).ner());
      t.setNER(number ? "NUMBER" : "O");
    }
    for (int i = 0; i < n; i++) {
      if (!"NUMBER".equals(tokens.get(i).ner()) || i > 0 && "NUMBER".equals(tokens.get(i - 1).ner())) {
        continue;
      }
      int end = i;
      while (end < n && "NUMBER".equals(tokens.get(end).ner())) {
        end++;
      }
      String tag = null;
      int from = i;
      int to = end;
      if (i > 0 && SIGNS.contains(tokens.get(i - 1).word())) {
        tag = "MONEY";
        from = i - 1;
      } else if (end < n && CURRENCY_WORDS.contains(tokens.get(end).word().toLowerCase(java.util.Locale.ROOT))) {
        tag = "MONEY";
        to = end + 1;
      } else if (end < n && (tokens.get(end).word().equals("%") || tokens.get(end).word().equalsIgnoreCase("percent"))) {
        tag = "PERCENT";
        to = end + 1;
      } else if (end + 1 < n && tokens.get(end).word().equalsIgnoreCase("per")
          && tokens.get(end + 1).word().equalsIgnoreCase("cent")) {
        tag = "PERCENT";
        to = end + 2;
      }
      if (tag != null) {
        for (int k = from; k < to; k++) {
          tokens.get(k).setNER(tag);
        }
      }
    }
    QuantifiableEntityNormalizer.addNormalizedQuantitiesToEntities(tokens, false, false);
    return tokens;
  }

  /** The readings, as {@link NewsQuantitySet} scores them. */
  static List<NewsQuantitySet.Reading> read(String sentence) {
    List<CoreLabel> tokens = normalize(sentence);
    List<NewsQuantitySet.Reading> readings = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      String value = tokens.get(i).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
      if (value == null || "O".equals(tokens.get(i).ner())) {
        i++;
        continue;
      }
      int end = i + 1;
      while (end < tokens.size() && value.equals(tokens.get(end).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class))
          && tokens.get(i).ner().equals(tokens.get(end).ner())) {
        end++;
      }
      NewsQuantitySet.Reading r = reading(value, tokens.get(i).beginPosition(), tokens.get(end - 1).endPosition());
      if (r != null) {
        readings.add(r);
      }
      i = end;
    }
    return readings;
  }

  private static NewsQuantitySet.Reading reading(String value, int start, int end) {
    int k = 0;
    while (k < value.length() && "~<>=".indexOf(value.charAt(k)) >= 0) {
      k++;
    }
    String direction = k == 0 ? "=" : value.substring(0, k);
    String rest = value.substring(k);
    String unit = "number";
    if (!rest.isEmpty() && CODES.containsKey(rest.charAt(0))) {
      unit = "money:" + CODES.get(rest.charAt(0));
      rest = rest.substring(1);
    } else if (rest.startsWith("%")) {
      unit = "percent";
      rest = rest.substring(1);
    }
    try {
      int dash = rest.indexOf('-', 1);
      if (dash > 0 && !rest.substring(dash - 1, dash).equalsIgnoreCase("E")) {
        return new NewsQuantitySet.Reading(start, end, "range", Double.parseDouble(rest.substring(0, dash)),
            Double.parseDouble(rest.substring(dash + 1)), unit);
      }
      double v = Double.parseDouble(rest);
      return new NewsQuantitySet.Reading(start, end, direction, v, v, unit);
    } catch (NumberFormatException e) {
      return null; // not a quantity CoreNLP could put a number on
    }
  }
}
