package io.github.newsclaims.core.quantity;

import static io.github.newsclaims.core.quantity.QuantityLexicon.*;

/**
 * What a number counts, read from the words after it: the counted noun phrase ("15,000 North
 * Korean <em>soldiers</em>", "thousands of <em>civilian workers</em>"), a singular count noun after
 * "one" ("only one <em>hospital</em>"), a group named after "of" ("two of <em>her grandsons</em>"),
 * and the capitalised words that make a number part of a name rather than a count ("S&amp;P 500",
 * "Boeing 737").
 */
class NounReader extends NumberReader {
  /** A counted noun phrase: its tokens' end, its text as written and the unit name. */
  record Noun(int end, String text, String unit) {}

  NounReader(String text) {
    super(text);
  }

  /** "two of her grandsons", "five of the critically ill": a count of a group named after "of". */
  boolean countedAfterOf(int end) {
    return spaced(end) && isWord(end, "of") && spaced(end + 1)
        && isWord(end + 1, GROUP_DETERMINERS);
  }

  /**
   * A bare number that is part of a name: "S&amp;P 500", "Boeing 737", "its 737 Max", "Category 4":
   * it follows a capitalised word inside the sentence or comes before a capitalised word that is
   * not what it counts.
   */
  boolean nameNumber(int k, int end, boolean bare) {
    boolean afterName = spaced(k) && isKind(k - 1, Kind.WORD) && capitalised(k - 1) && !month(k - 1)
        && !WEEKDAYS.contains(lower(k - 1)) && !sentenceStart(k - 1) && (bare || plainDigits(k));
    boolean beforeName = bare && spaced(end) && isKind(end, Kind.WORD) && capitalised(end) && plainDigits(k);
    return afterName || beforeName;
  }

  private static final java.util.Set<String> WEEKDAYS = java.util.Set.of("monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday");

  private boolean sentenceStart(int k) {
    return k == 0 || isKind(k - 1, Kind.OTHER) && ".!?\"“:".indexOf(first(k - 1)) >= 0;
  }

  /**
   * "one hospital": a singular noun after "one", not a unit, a pronoun or a function word, nor an
   * ordinal ("one third man" counts no thirds: "third" is an ordinal there, as "a third man" is).
   */
  Noun singularNoun(int k) {
    if (!spaced(k) || !isKind(k, Kind.WORD) || capitalised(k)) {
      return null;
    }
    String w = lower(k);
    if (in(WordSlots.STOP_WORDS, k) || w.endsWith("ly") || w.endsWith("ed") || w.endsWith("ing")
        || SINGULAR_EXCLUSIONS.contains(w) || smallNumber(k) != null || in(WordSlots.DENOMINATORS, k)) {
      return null;
    }
    return new Noun(k + 1, text(k), w);
  }

  private static final java.util.Set<String> SINGULAR_EXCLUSIONS = java.util.Set.of("another", "way", "thing",
      "time", "day", "point", "side", "hand", "another's", "one", "last", "first", "final", "more", "less", "else");

  /** The counted noun phrase starting at token {@code k}: up to four words ending in a plural noun. */
  Noun noun(int k) {
    if (!spaced(k)) {
      return null;
    }
    int last = -1;
    for (int j = k; j < k + 4 && has(j) && (j == k || spaced(j)) && isKind(j, Kind.WORD); j++) {
      if (j == k && isWord(j, "other")) {
        continue; // "seven other suspected cases": "other" opens the counted noun phrase
      }
      if (in(WordSlots.STOP_WORDS, j) || smallNumber(j) != null || in(WordSlots.SCALES, j)
          || in(WordSlots.PLURAL_SCALES, j) || possessive(j)) {
        break;
      }
      if (plural(j)) {
        last = j;
      }
    }
    if (last < 0 || in(WordSlots.CURRENCY_WORDS, last)) {
      return null;
    }
    int head = last;
    int from = head;
    boolean headCapital = capitalised(head);
    while (!headCapital && from > k && !capitalised(from - 1)) {
      from--;
    }
    String unit = headCapital ? lower(head) : text.substring(start(from), end(head));
    String phrase = text.substring(start(k), end(last));
    return new Noun(last + 1, normalSpace(phrase), normalSpace(unit));
  }

  /** Words that start the group a number counts part of: "two of <em>her</em> grandsons". */
  private static final String[] GROUP_DETERMINERS = {"the", "her", "his", "their", "its", "our", "my", "your", "these", "those"};
}
