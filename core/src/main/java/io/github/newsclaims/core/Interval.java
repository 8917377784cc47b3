package io.github.newsclaims.core;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A non-empty interval of real numbers with open or closed bounds, possibly unbounded on either
 * side: the honest range of a quantity such as "about 15,000" ({@code [13500, 16500]}) or
 * "nearly a third" ({@code [0.3, 0.3333333333333333)}).
 *
 * <p>An unbounded side has the bound {@link Double#NEGATIVE_INFINITY} or
 * {@link Double#POSITIVE_INFINITY} and is always open. {@link #toString()} prints standard interval
 * notation and {@link #parse(String)} reads it back.
 *
 * <p>Invariants: no bound is NaN; {@code low <= high}; an infinite bound is open; a degenerate
 * interval {@code low == high} is closed on both sides (so it is never empty).
 */
@Value.Immutable
public abstract class Interval {
  private static final String NUMBER = "\\s*([+-]?(?:∞|inf|infinity|\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?|\\.\\d+))\\s*";
  private static final Pattern NOTATION =
      Pattern.compile("\\s*([\\[(])" + NUMBER + "," + NUMBER + "([\\])])\\s*", Pattern.CASE_INSENSITIVE);

  Interval() {}

  /** The lower bound, {@link Double#NEGATIVE_INFINITY} when unbounded below. */
  public abstract double getLow();

  /** Whether the lower bound belongs to the interval. */
  public abstract boolean isLowClosed();

  /** The upper bound, {@link Double#POSITIVE_INFINITY} when unbounded above. */
  public abstract double getHigh();

  /** Whether the upper bound belongs to the interval. */
  public abstract boolean isHighClosed();

  /** An interval from its bounds and their closedness; the general factory. */
  public static Interval of(double low, boolean lowClosed, double high, boolean highClosed) {
    return ImmutableInterval.builder().low(low).lowClosed(lowClosed).high(high).highClosed(highClosed).build();
  }

  /** {@code [low, high]}. */
  public static Interval closed(double low, double high) {
    return of(low, true, high, true);
  }

  /** {@code (low, high)}. */
  public static Interval open(double low, double high) {
    return of(low, false, high, false);
  }

  /** {@code [low, high)}. */
  public static Interval closedOpen(double low, double high) {
    return of(low, true, high, false);
  }

  /** {@code (low, high]}. */
  public static Interval openClosed(double low, double high) {
    return of(low, false, high, true);
  }

  /** {@code [value, value]}. */
  public static Interval point(double value) {
    return closed(value, value);
  }

  /** {@code [low, +∞)}. */
  public static Interval atLeast(double low) {
    return of(low, true, Double.POSITIVE_INFINITY, false);
  }

  /** {@code (low, +∞)}. */
  public static Interval greaterThan(double low) {
    return of(low, false, Double.POSITIVE_INFINITY, false);
  }

  /** {@code (-∞, high]}. */
  public static Interval atMost(double high) {
    return of(Double.NEGATIVE_INFINITY, false, high, true);
  }

  /** {@code (-∞, high)}. */
  public static Interval lessThan(double high) {
    return of(Double.NEGATIVE_INFINITY, false, high, false);
  }

  /**
   * Reads standard interval notation as {@link #toString()} prints it: {@code [13500, 16500]},
   * {@code [0.3, 0.3333)}, {@code (200, +∞)}. Infinity may be written {@code ∞}, {@code inf} or
   * {@code infinity}, with an optional sign.
   *
   * @throws IllegalArgumentException if the text is not interval notation or breaks an invariant
   */
  public static Interval parse(String notation) {
    Matcher m = NOTATION.matcher(notation);
    Checks.check(m.matches(), "not interval notation such as [1, 2) or (0, +∞): %s", Checks.quote(notation));
    return of(number(m.group(2)), m.group(1).equals("["), number(m.group(3)), m.group(4).equals("]"));
  }

  private static double number(String text) {
    String t = text.toLowerCase(Locale.ROOT);
    boolean negative = t.startsWith("-");
    String unsigned = t.replaceFirst("^[+-]", "");
    if (unsigned.equals("∞") || unsigned.equals("inf") || unsigned.equals("infinity")) {
      return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    return Double.parseDouble(t);
  }

  /** Whether {@code value} lies in the interval. */
  public final boolean contains(double value) {
    boolean aboveLow = isLowClosed() ? value >= getLow() : value > getLow();
    boolean belowHigh = isHighClosed() ? value <= getHigh() : value < getHigh();
    return aboveLow && belowHigh;
  }

  /** Whether every member of {@code other} lies in this interval. */
  public final boolean encloses(Interval other) {
    boolean lowOk = getLow() < other.getLow()
        || getLow() == other.getLow() && (isLowClosed() || !other.isLowClosed());
    boolean highOk = other.getHigh() < getHigh()
        || getHigh() == other.getHigh() && (isHighClosed() || !other.isHighClosed());
    return lowOk && highOk;
  }

  /** Whether the two intervals share at least one member. */
  public final boolean overlaps(Interval other) {
    return !below(this, other) && !below(other, this);
  }

  private static boolean below(Interval a, Interval b) {
    return a.getHigh() < b.getLow() || a.getHigh() == b.getLow() && !(a.isHighClosed() && b.isLowClosed());
  }

  /** Whether both bounds are finite. */
  public final boolean isBounded() {
    return Double.isFinite(getLow()) && Double.isFinite(getHigh());
  }

  /** Whether the interval holds exactly one number. */
  public final boolean isPoint() {
    return getLow() == getHigh();
  }

  /** {@code high - low}; infinite when unbounded. */
  public final double width() {
    return getHigh() - getLow();
  }

  /** Standard interval notation, e.g. {@code [13500, 16500]}, {@code [0.3, 0.5)}, {@code (200, +∞)}. */
  @Override
  public String toString() {
    return (isLowClosed() ? "[" : "(") + format(getLow()) + ", " + format(getHigh()) + (isHighClosed() ? "]" : ")");
  }

  /** A bound as plain decimal text without exponent or trailing zeros; infinities as {@code ±∞}. */
  static String format(double value) {
    if (value == Double.POSITIVE_INFINITY) {
      return "+∞";
    }
    if (value == Double.NEGATIVE_INFINITY) {
      return "-∞";
    }
    if (value == 0) {
      return "0";
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  @Value.Check
  final void check() {
    Checks.check(!Double.isNaN(getLow()), "interval low must be a number, was NaN");
    Checks.check(!Double.isNaN(getHigh()), "interval high must be a number, was NaN");
    Checks.check(getLow() <= getHigh(), "interval low (%s) must not exceed high (%s)",
        format(getLow()), format(getHigh()));
    Checks.check(Double.isFinite(getLow()) || !isLowClosed(), "interval low %s must be open", format(getLow()));
    Checks.check(Double.isFinite(getHigh()) || !isHighClosed(), "interval high %s must be open", format(getHigh()));
    Checks.check(getLow() != Double.POSITIVE_INFINITY, "interval low must not be +∞");
    Checks.check(getHigh() != Double.NEGATIVE_INFINITY, "interval high must not be -∞");
    Checks.check(getLow() != getHigh() || isLowClosed() && isHighClosed(),
        "interval %s is empty: a degenerate interval must be closed on both sides", this);
  }
}
