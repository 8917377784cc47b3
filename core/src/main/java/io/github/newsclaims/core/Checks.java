package io.github.newsclaims.core;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** Invariant checks shared by the value types; every message names the attribute and the bad value. */
final class Checks {
  private Checks() {}

  static void check(boolean condition, String format, Object... args) {
    if (!condition) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, format, args));
    }
  }

  /** Throws the message; for checks whose message is too costly to build before it is needed. */
  static void fail(String format, Object... args) {
    throw new IllegalArgumentException(String.format(Locale.ROOT, format, args));
  }

  static void nonBlank(String owner, String attribute, String value) {
    if (value.isBlank()) {
      fail("%s %s must not be blank, was %s", owner, attribute, quote(value));
    }
  }

  static void allNonBlank(String owner, String attribute, Collection<String> values) {
    for (String value : values) {
      check(!value.isBlank(), "%s %s must not contain a blank entry, was %s", owner, attribute,
          values.stream().map(Checks::quote).toList());
    }
  }

  static void distinct(String owner, String attribute, Collection<String> values) {
    Set<String> seen = new HashSet<>();
    for (String value : values) {
      if (!seen.add(value)) {
        fail("%s %s must not repeat %s", owner, attribute, quote(value));
      }
    }
  }

  /**
   * No two values equal ignoring case as {@link String#equalsIgnoreCase} compares (and so as
   * {@link String#CASE_INSENSITIVE_ORDER} orders): "ſ" and "s", "İstanbul" and "istanbul" are the same.
   */
  static void distinctIgnoringCase(String owner, String attribute, Collection<String> values) {
    Set<String> seen = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    for (String value : values) {
      if (!seen.add(value)) {
        fail("%s %s must not repeat %s", owner, attribute, quote(value));
      }
    }
  }

  static void finite(String owner, String attribute, double value) {
    check(Double.isFinite(value), "%s %s must be finite, was %s", owner, attribute, value);
  }

  static void monthAndDay(String owner, Integer year, Integer month, Integer day) {
    if (month != null) {
      check(month >= 1 && month <= 12, "%s month must be 1..12, was %s", owner, month);
    }
    if (day != null) {
      check(month != null, "%s day (%s) needs a month", owner, day);
      int max = year == null ? java.time.Month.of(month).maxLength()
          : java.time.YearMonth.of(year, month).lengthOfMonth();
      check(day >= 1 && day <= max, "%s day must be 1..%s for month %s, was %s", owner, max, month, day);
    }
  }

  /** Quotes a value for a message, shortening long text. */
  static String quote(String value) {
    String shown = value.length() > 60 ? value.substring(0, 57) + "..." : value;
    return '"' + shown + '"';
  }
}
