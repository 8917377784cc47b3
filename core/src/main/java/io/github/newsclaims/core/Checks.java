package io.github.newsclaims.core;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

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

  /** As {@link #nonBlank(String, String, String)} for the owner {@code kind + " " + id}, whose text is made only on failure. */
  static void nonBlank(String kind, String id, String attribute, String value) {
    if (value.isBlank()) {
      nonBlank(kind + " " + id, attribute, value);
    }
  }

  static void allNonBlank(String owner, String attribute, Collection<String> values) {
    for (String value : values) {
      if (value.isBlank()) {
        // The message lists every entry: made only here, on failure.
        fail("%s %s must not contain a blank entry, was %s", owner, attribute,
            values.stream().map(Checks::quote).toList());
      }
    }
  }

  /** As {@link #allNonBlank(String, String, Collection)} for the owner {@code kind + " " + id}, made only on failure. */
  static void allNonBlank(String kind, String id, String attribute, List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i).isBlank()) {
        allNonBlank(kind + " " + id, attribute, values);
      }
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

  /** Lists this short are compared pairwise, which allocates nothing; longer ones go through a hash set. */
  private static final int PAIRWISE = 8;

  /**
   * No two elements of {@code values} have the same {@code key}; the owner {@code kind + " " + id}
   * and the message are made only on failure, which reports the first element whose key repeats an
   * earlier one, as {@link #distinct(String, String, Collection)} does.
   */
  static <T> void distinct(String kind, String id, String attribute, List<T> values, Function<T, String> key) {
    int n = values.size();
    if (n < 2) {
      return;
    }
    if (n <= PAIRWISE) {
      for (int j = 1; j < n; j++) {
        String value = key.apply(values.get(j));
        for (int i = 0; i < j; i++) {
          if (value.equals(key.apply(values.get(i)))) {
            fail("%s %s must not repeat %s", kind + " " + id, attribute, quote(value));
          }
        }
      }
      return;
    }
    Set<String> seen = new HashSet<>(n * 2);
    for (int j = 0; j < n; j++) {
      String value = key.apply(values.get(j));
      if (!seen.add(value)) {
        fail("%s %s must not repeat %s", kind + " " + id, attribute, quote(value));
      }
    }
  }

  /**
   * The index of the first element of {@code values} equal to an earlier one, or -1: pairwise,
   * without allocating, for short lists; through a hash set for longer ones, so that it stays linear.
   */
  static int firstRepeat(List<?> values) {
    int n = values.size();
    if (n < 2) {
      return -1;
    }
    if (n <= PAIRWISE) {
      for (int j = 1; j < n; j++) {
        for (int i = 0; i < j; i++) {
          if (values.get(i).equals(values.get(j))) {
            return j;
          }
        }
      }
      return -1;
    }
    Set<Object> seen = new HashSet<>(n * 2);
    for (int j = 0; j < n; j++) {
      if (!seen.add(values.get(j))) {
        return j;
      }
    }
    return -1;
  }

  /** As {@link #distinct(String, String, String, List, Function)} for strings themselves. */
  static void distinct(String kind, String id, String attribute, List<String> values) {
    distinct(kind, id, attribute, values, Function.identity());
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

  static void monthAndDay(String owner, OptionalInt year, OptionalInt month, OptionalInt day) {
    if (month.isPresent()) {
      check(month.getAsInt() >= 1 && month.getAsInt() <= 12, "%s month must be 1..12, was %s", owner, month.getAsInt());
    }
    if (day.isPresent()) {
      check(month.isPresent(), "%s day (%s) needs a month", owner, day.getAsInt());
      int max = year.isPresent() ? java.time.YearMonth.of(year.getAsInt(), month.getAsInt()).lengthOfMonth()
          : java.time.Month.of(month.getAsInt()).maxLength();
      check(day.getAsInt() >= 1 && day.getAsInt() <= max, "%s day must be 1..%s for month %s, was %s", owner, max,
          month.getAsInt(), day.getAsInt());
    }
  }

  /** Quotes a value for a message, shortening long text (never between the halves of a surrogate pair). */
  static String quote(String value) {
    int cut = Character.isHighSurrogate(value.length() > 57 ? value.charAt(56) : 'x') ? 56 : 57;
    String shown = value.length() > 60 ? value.substring(0, cut) + "..." : value;
    return '"' + shown + '"';
  }
}
