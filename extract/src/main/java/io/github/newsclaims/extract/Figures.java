package io.github.newsclaims.extract;

import io.github.newsclaims.core.TextSpan;
import io.github.newsclaims.core.quantity.QuantityMention;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which quantities the reader finds are figures of the story, to be drafted as estimates: not a
 * hyphenated modifier naming a kind of thing ("a 20-year high", "a four-year high"), a score ("a
 * 1-0 loss"), a stretch of time next to now ("the past two weeks"), a multiplier word used as a verb
 * ("to double the lead"), or a conversion in parentheses after a measure ("100 km (62 miles)", the
 * same quantity again). A small count after "the" or "those" is a figure like any other: the
 * development set's labels count "the seven members", "those two defeats" and "Of the six new
 * cases" (and leave out only "the two incidents"). Stateless.
 */
final class Figures {
  private Figures() {}

  /** Whether {@code all[q]} is a figure of the story in {@code text}. */
  static boolean figure(String text, List<QuantityMention> all, int q) {
    QuantityMention mention = all.get(q);
    return !attributive(mention) && !score(text, mention) && !conversion(text, all, q)
        && !period(text, mention) && !verb(text, mention);
  }

  /** Whether the quantity stands in parentheses right after another one: "100 km (62 miles)". */
  private static boolean conversion(String text, List<QuantityMention> all, int q) {
    if (q == 0) {
      return false;
    }
    int at = all.get(q).getSpan().getStart() - 1;
    while (at >= 0 && Character.isWhitespace(text.charAt(at))) {
      at--;
    }
    if (at < 0 || text.charAt(at) != '(') {
      return false;
    }
    at--;
    while (at >= 0 && Character.isWhitespace(text.charAt(at))) {
      at--;
    }
    return at + 1 == all.get(q - 1).getSpan().getEnd();
  }

  private static final Pattern ATTRIBUTIVE = Pattern.compile(
      "(?i)(?:\\d+|[a-z]+(?:-[a-z]+)?)-(?:year|month|week|day|hour|minute)");
  /** A stretch of time counted back or on from now: "the past two weeks", "these last three days". */
  private static final Pattern PERIOD = Pattern.compile("(?i)(?:^|\\W)(?:the|these|those|its|their|his|her|our)"
      + " (?:past|last|next|coming|previous|first|final) $");
  private static final Pattern MULTIPLIER_WORD = Pattern.compile("(?i)double|triple|quadruple");
  /** What follows "double" as a verb: "to double the lead", "could triple its output". */
  private static final Pattern VERB_OBJECT = Pattern.compile("(?i)^ (?:the|its|their|his|her|our|a|an|this|that)\\b");

  /** A number in a score or a pairing written with a hyphen: "a 1-0 loss", "won 3-2". */
  private static final Pattern SCORE = Pattern.compile("\\d{1,3}");

  /** Whether a bare number stands in a score: digits joined to digits by a hyphen ("1-0"). */
  private static boolean score(String text, QuantityMention mention) {
    TextSpan span = mention.getSpan();
    if (!SCORE.matcher(span.getText()).matches()) {
      return false;
    }
    int s = span.getStart();
    int e = span.getEnd();
    boolean after = e + 1 < text.length() && text.charAt(e) == '-' && Character.isDigit(text.charAt(e + 1));
    boolean before = s >= 2 && text.charAt(s - 1) == '-' && Character.isDigit(text.charAt(s - 2));
    return after || before;
  }


  /** Whether a duration names a stretch of time next to now, not a figure: "the past two weeks". */
  private static boolean period(String text, QuantityMention mention) {
    int s = mention.getSpan().getStart();
    return mention.getEstimate().getUnit().getKind() == io.github.newsclaims.core.UnitKind.DURATION
        && PERIOD.matcher(text).region(Math.max(0, s - 20), s).find();
  }

  /** Whether a multiplier word is the verb ("to double the lead"), not a figure ("a double"). */
  private static boolean verb(String text, QuantityMention mention) {
    TextSpan span = mention.getSpan();
    return MULTIPLIER_WORD.matcher(span.getText()).matches()
        && VERB_OBJECT.matcher(text).region(span.getEnd(), Math.min(text.length(), span.getEnd() + 8)).find();
  }

  /**
   * Whether a quantity is a hyphenated modifier naming a kind of thing rather than a figure of the
   * story: "30-year government bond yields", "a 20-year high".
   */
  private static boolean attributive(QuantityMention mention) {
    String phrase = mention.getSpan().getText();
    return ATTRIBUTIVE.matcher(phrase).matches();
  }
}
