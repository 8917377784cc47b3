package io.github.newsclaims.extract;

import io.github.newsclaims.core.TextSpan;
import io.github.newsclaims.core.quantity.QuantityMention;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which quantities the reader finds are figures of the story, to be drafted as estimates: not a
 * hyphenated modifier naming a kind of thing ("a 20-year high"), a score ("a 1-0 loss"), a small
 * count referring back ("the two incidents"), or a conversion in parentheses after a measure
 * ("100 km (62 miles)", the same quantity again). Stateless.
 */
final class Figures {
  private Figures() {}

  /** Whether {@code all[q]} is a figure of the story in {@code text}. */
  static boolean figure(String text, List<QuantityMention> all, int q) {
    QuantityMention mention = all.get(q);
    return !attributive(mention) && !score(text, mention) && !definite(text, mention) && !conversion(text, all, q);
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

  private static final Pattern ATTRIBUTIVE = Pattern.compile("\\d+-(?:year|month|week|day|hour|minute)");

  /** A number in a score or a pairing written with a hyphen: "a 1-0 loss", "won 3-2". */
  private static final Pattern SCORE = Pattern.compile("\\d{1,3}");
  /** A small count after "the", "these", "those" or "both": a reference back, not a figure ("the two incidents"). */
  private static final Pattern DEFINITE = Pattern.compile("(?i)(?:^|\\W)(?:the|these|those|both|its|their) $");
  private static final Pattern SMALL_COUNT = Pattern.compile("(?i)(?:two|three|four|five|six|seven|eight|nine|ten)\\b.*");

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

  /**
   * Whether a spelled-out small count refers back to things named before rather than giving a
   * figure: "the two incidents", "these three cases" (the guide's "the two isolated regimes").
   */
  private static boolean definite(String text, QuantityMention mention) {
    TextSpan span = mention.getSpan();
    return SMALL_COUNT.matcher(span.getText()).matches()
        && DEFINITE.matcher(text).region(Math.max(0, span.getStart() - 7), span.getStart()).find();
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
