package io.github.newsclaims.core;

import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A calendar date known to the year, the month or the day — "2024", "2024-11" or "2024-11-26" —
 * as a publication date often is. ISO 8601 calendar years; the month and day are 1-based.
 *
 * <p>Invariants: a day needs a month; month 1..12; the day exists in that month of that year.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class PartialDate {
  private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  PartialDate() {}

  /** {@return the year, e.g. 2024} */
  public abstract int getYear();

  /** {@return the month, 1..12, when known} */
  public abstract OptionalInt getMonth();

  /** {@return the day of the month, when known; only with a month} */
  public abstract OptionalInt getDay();

  /**
   * A date known to the year only.
   *
   * @param year the year
   * @return the date known to the year
   */
  public static PartialDate of(int year) {
    return ImmutablePartialDate.builder().year(year).build();
  }

  /**
   * A date known to the month.
   *
   * @param year the year
   * @param month the month, 1 to 12
   * @return the date known to the month
   */
  public static PartialDate of(int year, int month) {
    return ImmutablePartialDate.builder().year(year).month(month).build();
  }

  /**
   * A full date.
   *
   * @param year the year
   * @param month the month, 1 to 12
   * @param day the day of the month; a real date
   * @return the full date
   */
  public static PartialDate of(int year, int month, int day) {
    return ImmutablePartialDate.builder().year(year).month(month).day(day).build();
  }

  /**
   * Parses {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}.
   *
   * @param text the date in one of the three forms
   * @return the partial date
   * @throws IllegalArgumentException if the text is not one of those forms or not a real date
   */
  public static PartialDate parse(String text) {
    Objects.requireNonNull(text, "text");
    Matcher m = ISO.matcher(text);
    Checks.check(m.matches(), "partial date must be yyyy, yyyy-MM or yyyy-MM-dd, was %s", Checks.quote(text));
    int year = Integer.parseInt(m.group(1));
    if (m.group(2) == null) {
      return of(year);
    }
    int month = Integer.parseInt(m.group(2));
    return m.group(3) == null ? of(year, month) : of(year, month, Integer.parseInt(m.group(3)));
  }

  /** The ISO 8601 form: {@code 2024}, {@code 2024-11} or {@code 2024-11-26}. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%04d", getYear()));
    getMonth().ifPresent(month -> out.append(String.format(Locale.ROOT, "-%02d", month)));
    getDay().ifPresent(day -> out.append(String.format(Locale.ROOT, "-%02d", day)));
    return out.toString();
  }

  @Value.Check
  final void check() {
    Checks.check(getYear() >= 1 && getYear() <= 9999, "partial date year must be 1..9999, was %s", getYear());
    Checks.monthAndDay("partial date", OptionalInt.of(getYear()), getMonth(), getDay());
  }
}
