package io.github.newsclaims.extract;

import io.github.newsclaims.core.Estimate;
import io.github.newsclaims.core.TextSpan;
import io.github.newsclaims.core.quantity.QuantityMention;
import io.github.newsclaims.core.quantity.QuantityPhrases;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The quantity phrases of an article as the extractor drafts them: what {@link QuantityPhrases#find}
 * reads, bounded the way the development set's labelling rules (devset README) bound a figure of
 * the story.
 *
 * <ul>
 *   <li>A range written with a suspended hyphen is one figure: "a 17- to 22-year prison sentence"
 *       is 17 to 22 years, not the count 17 and the modifier "22-year".</li>
 *   <li>A range whose upper end carries its own approximator is one figure: "between 600 and as
 *       many as 1,500" is 600 to 1,500.</li>
 *   <li>"X out of Y" gives two counts, the part and the whole ("Twelve out of 15 analysts"), as
 *       news reports them, not the share X/Y.</li>
 *   <li>A spelled-out count that stands alone as the subject of a clause or before "of them" is a
 *       figure ("two were wounded", "while three predicted", "Eleven of them", "seven of 298
 *       seats"), though the reader, reading any text, leaves bare number words out.</li>
 * </ul>
 *
 * <p>The result is in text order and its spans do not overlap. Stateless.
 */
final class StoryQuantities {
  private StoryQuantities() {}

  private static final Pattern SUSPENDED = Pattern.compile("-\\s+to\\s+$");
  private static final Pattern HYPHENED_UNIT = Pattern.compile("(\\d[\\d,.]*)-(year|month|week|day|hour|minute)");
  private static final Pattern BETWEEN = Pattern.compile("(?i)(?:^|\\W)between\\s+$");
  private static final Pattern AND_ = Pattern.compile("^\\s+and\\s+$");
  private static final Pattern UPPER = Pattern.compile("(?i)(?:as many as|up to)\\s+(\\S.*)");
  private static final Pattern OUT_OF = Pattern.compile("(?i)(\\S+)\\s+out\\s+of\\s+(\\S+)");
  private static final Pattern NUMBER_WORD = Pattern.compile("(?i)\\b(?:one|two|three|four|five|six|seven|eight|nine|"
      + "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
      + "sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?\\b");
  /** The one or two words after a number word: "were", "of them", "of 298". */
  private static final Pattern NEXT_WORDS = Pattern.compile("^ ([a-z]+)(?: ([a-z]+|\\d))?");
  /** What may follow a bare number word that is the subject of a clause. */
  private static final Set<String> CLAUSE_VERBS = Set.of("were", "was", "are", "is", "have", "has", "had", "remain",
      "remained", "remains", "died", "predicted", "expected", "expect", "said", "say", "says", "will", "would");
  /** Words before a number word that make it no count: "no one", "every one", "which one". */
  private static final Set<String> NOT_COUNTING = Set.of("no", "any", "every", "each", "which", "this", "that",
      "someone", "anyone");

  /** The quantity phrases of {@code text}, revised as the class comment says. */
  static List<QuantityMention> find(String text) {
    List<QuantityMention> read = QuantityPhrases.find(text);
    List<QuantityMention> out = new ArrayList<>();
    for (int q = 0; q < read.size(); q++) {
      QuantityMention m = read.get(q);
      QuantityMention next = q + 1 < read.size() ? read.get(q + 1) : null;
      Optional<QuantityMention> joined = next == null ? Optional.empty() : joined(text, m, next);
      if (joined.isPresent()) {
        out.add(joined.get());
        q++;
        continue;
      }
      List<QuantityMention> split = outOf(text, m);
      out.addAll(split.isEmpty() ? List.of(m) : split);
    }
    addBareCounts(text, out);
    out.sort(Comparator.comparingInt((QuantityMention m) -> m.getSpan().getStart()));
    return out;
  }

  /** The two mentions read as one range, or empty when they are not one. */
  private static Optional<QuantityMention> joined(String text, QuantityMention low, QuantityMention high) {
    String gap = text.substring(low.getSpan().getEnd(), high.getSpan().getStart());
    String lowText = low.getEstimate().getPhrase().map(TextSpan::getText).orElse("");
    if (SUSPENDED.matcher(gap).find() && lowText.matches("\\d[\\d,.]*")) {
      Matcher h = HYPHENED_UNIT.matcher(high.getSpan().getText());
      if (h.matches()) {
        return mention(text, low.getSpan().getStart(), high.getSpan().getEnd(),
            "between " + lowText + " and " + h.group(1) + " " + h.group(2) + "s");
      }
    }
    int lowStart = low.getSpan().getStart();
    if (AND_.matcher(gap).matches() && BETWEEN.matcher(text.substring(Math.max(0, lowStart - 9), lowStart)).find()) {
      String highPhrase = high.getEstimate().getPhrase().map(TextSpan::getText).orElse("");
      Matcher u = UPPER.matcher(highPhrase);
      if (u.matches()) {
        int start = lowStart - "between ".length();
        if (start >= 0 && text.regionMatches(true, start, "between", 0, 7)) {
          int end = high.getEstimate().getPhrase().get().getEnd();
          return mention(text, start, end, "between " + lowText + " and " + u.group(1));
        }
      }
    }
    return Optional.empty();
  }

  /** "Twelve out of 15": the part and the whole as two counts; empty for any other mention. */
  private static List<QuantityMention> outOf(String text, QuantityMention m) {
    Optional<TextSpan> phrase = m.getEstimate().getPhrase();
    if (phrase.isEmpty()) {
      return List.of();
    }
    Matcher o = OUT_OF.matcher(phrase.get().getText());
    if (!o.matches()) {
      return List.of();
    }
    int at = phrase.get().getStart();
    List<QuantityMention> parts = new ArrayList<>();
    mention(text, at + o.start(1), at + o.end(1), o.group(1)).ifPresent(parts::add);
    mention(text, at + o.start(2), at + o.end(2), o.group(2)).ifPresent(parts::add);
    return parts.size() == 2 ? parts : List.of();
  }

  /** Adds the bare number words that are counts: "two were wounded", "Eleven of them", "seven of 298". */
  private static void addBareCounts(String text, List<QuantityMention> found) {
    Matcher w = NUMBER_WORD.matcher(text);
    while (w.find()) {
      int s = w.start();
      int e = w.end();
      if (overlapsAny(found, s, e) || (s > 0 && text.charAt(s - 1) == '-') || (e < text.length() && text.charAt(e) == '-')) {
        continue;
      }
      String before = wordBefore(text, s);
      if (NOT_COUNTING.contains(before)) {
        continue;
      }
      String after = text.substring(e, Math.min(text.length(), e + 30));
      Matcher next = NEXT_WORDS.matcher(after);
      if (!next.find()) {
        continue;
      }
      String first = next.group(1);
      String second = next.group(2);
      boolean ofThem = first.equals("of") && second != null
          && (Set.of("them", "those", "these", "whom", "us").contains(second) || Character.isDigit(second.charAt(0)));
      boolean subject = CLAUSE_VERBS.contains(first) && !w.group().equalsIgnoreCase("one");
      boolean oneWas = w.group().equalsIgnoreCase("one") && Set.of("was", "is", "has", "had").contains(first);
      if (ofThem || subject || oneWas) {
        mention(text, s, e, w.group()).ifPresent(found::add);
      }
    }
  }

  private static boolean overlapsAny(List<QuantityMention> found, int s, int e) {
    for (QuantityMention m : found) {
      if (m.getSpan().getStart() < e && s < m.getSpan().getEnd()) {
        return true;
      }
    }
    return false;
  }

  private static String wordBefore(String text, int at) {
    int e = at;
    while (e > 0 && text.charAt(e - 1) == ' ') {
      e--;
    }
    int s = e;
    while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
      s--;
    }
    return text.substring(s, e).toLowerCase(Locale.ROOT);
  }

  /** A mention of [start, end) read as {@code phrase}; empty if the reader cannot read the phrase. */
  private static Optional<QuantityMention> mention(String text, int start, int end, String phrase) {
    TextSpan span = TextSpan.in(text, start, end);
    return QuantityPhrases.parse(phrase)
        .map(e -> QuantityMention.of(span, Estimate.builder().from(e).phrase(span).build()));
  }
}
