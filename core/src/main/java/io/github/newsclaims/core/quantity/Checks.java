package io.github.newsclaims.core.quantity;

import java.util.Locale;

/** Invariant checks of the quantity package; every message names what is wrong and the bad value. */
final class Checks {
  private Checks() {}

  static void check(boolean condition, String format, Object... args) {
    if (!condition) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, format, args));
    }
  }

  static void finite(String owner, String attribute, double value) {
    check(Double.isFinite(value), "%s %s must be finite, was %s", owner, attribute, value);
  }
}
