package io.github.newsclaims.extract;

import io.github.newsclaims.core.TextSpan;
import io.github.newsclaims.core.TimeKind;
import io.github.newsclaims.core.TimeReference;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time expressions as {@link TimeReference}s, by patterns: calendar dates ("in April", "on 22nd
 * January 2023", "May 19", "in 2021") as {@code DATE} with what the text gives and no more (no
 * year guessed); "now", "currently" as {@code PRESENT}; weekdays, "yesterday", "last week",
 * "earlier this year", "recent" as {@code RELATIVE}; "annual", "monthly", "every year" as
 * {@code RECURRING} with their period. Stateless and thread-safe.
 */
final class TimeFinder {
  private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december");
  private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November"
      + "|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
  private static final Pattern DAY_MONTH = Pattern.compile(
      "\\b(\\d{1,2})(?:st|nd|rd|th)? " + MONTH + "(?:,? (\\d{4}))?\\b");
  private static final Pattern MONTH_DAY = Pattern.compile(
      "\\b" + MONTH + " (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?(?![\\p{L}\\p{N}])");
  /** A month alone must follow "in", "since", "by", "until", "from", "early", "late", "mid-", or be followed by a year. */
  private static final Pattern MONTH_ALONE = Pattern.compile(
      "(?i:\\b(?:in|since|by|until|from|early|late|mid-|last|next|this) )" + MONTH + "(?: (\\d{4}))?\\b");
  private static final Pattern YEAR = Pattern.compile("(?i:\\b(?:in|since|by|until|from|during) )((?:19|20)\\d{2})\\b");
  private static final Pattern PRESENT = Pattern.compile("(?i)\\b(now|currently|at present|at the moment)\\b");
  private static final Pattern RELATIVE = Pattern.compile("(?i)\\b((?:on |last |next |this )?(?:Monday|Tuesday"
      + "|Wednesday|Thursday|Friday|Saturday|Sunday)(?: (?:morning|afternoon|evening|night))?|yesterday|today"
      + "|tomorrow|tonight|(?:last|next|this|earlier this|later this) (?:week|month|year|weekend|spring|summer"
      + "|autumn|winter)|recent(?:ly)?|earlier|days? ago|weeks? ago)\\b");
  private static final Pattern RECURRING = Pattern.compile("(?i)\\b(annual(?:ly)?|yearly|every year|monthly"
      + "|every month|weekly|every week|daily|every day)\\b");

  private TimeFinder() {}

  /** The first time expression in [start, end) of the text, by the order of the kinds above; empty if none. */
  static Optional<TimeReference> first(String text, int start, int end) {
    Optional<TimeReference> best = Optional.empty();
    int bestStart = Integer.MAX_VALUE;
    for (Pattern pattern : List.of(DAY_MONTH, MONTH_DAY, MONTH_ALONE, YEAR, PRESENT, RELATIVE, RECURRING)) {
      Matcher m = pattern.matcher(text).region(start, end);
      while (m.find()) {
        if (m.start() >= bestStart) {
          break;
        }
        Optional<TimeReference> time = read(pattern, m, text);
        if (time.isPresent()) {
          best = time;
          bestStart = m.start();
          break;
        }
      }
    }
    return best;
  }

  private static Optional<TimeReference> read(Pattern pattern, Matcher m, String text) {
    TimeReference.Builder time = TimeReference.builder().expression(TextSpan.in(text, m.start(), m.end()));
    try {
      if (pattern == DAY_MONTH) {
        time.kind(TimeKind.DATE).day(Integer.parseInt(m.group(1))).month(month(m.group(2)));
        year(m.group(3)).ifPresent(time::year);
      } else if (pattern == MONTH_DAY) {
        time.kind(TimeKind.DATE).month(month(m.group(1))).day(Integer.parseInt(m.group(2)));
        year(m.group(3)).ifPresent(time::year);
      } else if (pattern == MONTH_ALONE) {
        time.kind(TimeKind.DATE).month(month(m.group(1)));
        year(m.group(2)).ifPresent(time::year);
      } else if (pattern == YEAR) {
        time.kind(TimeKind.DATE).year(Integer.parseInt(m.group(1)));
      } else if (pattern == PRESENT) {
        time.kind(TimeKind.PRESENT);
      } else if (pattern == RELATIVE) {
        time.kind(TimeKind.RELATIVE);
      } else {
        String word = m.group(1).toLowerCase(Locale.ROOT);
        Period period = word.contains("year") || word.startsWith("annual") ? Period.ofYears(1)
            : word.contains("month") ? Period.ofMonths(1) : word.contains("week") ? Period.ofWeeks(1) : Period.ofDays(1);
        time.kind(TimeKind.RECURRING).period(period);
      }
      return Optional.of(time.build());
    } catch (RuntimeException e) {
      // A day the month does not have ("February 30"): not a date.
      return Optional.empty();
    }
  }

  private static int month(String written) {
    String lower = written.toLowerCase(Locale.ROOT).replace(".", "");
    for (int i = 0; i < MONTHS.size(); i++) {
      if (MONTHS.get(i).startsWith(lower.length() >= 3 ? lower.substring(0, 3) : lower)) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException("no month: " + written);
  }

  private static Optional<Integer> year(String written) {
    return written == null ? Optional.empty() : Optional.of(Integer.parseInt(written));
  }
}
