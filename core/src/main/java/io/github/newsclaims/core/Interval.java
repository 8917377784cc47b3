package io.github.newsclaims.core;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
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
 * <p>Interval arithmetic ({@link #plus(Interval)}, {@link #minus(Interval)},
 * {@link #times(Interval)}, {@link #dividedBy(Interval)}, {@link #scaledBy(double)}) carries open
 * and closed bounds through, so derived figures keep honest uncertainty; see {@link Estimates}.
 *
 * <p>Invariants: no bound is NaN; {@code low <= high}; an infinite bound is open; a degenerate
 * interval {@code low == high} is closed on both sides (so it is never empty).
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Interval {
  private static final String NUMBER = "\\s*([+-]?(?:∞|inf|infinity|\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?|\\.\\d+))\\s*";
  private static final Pattern NOTATION =
      Pattern.compile("\\s*([\\[(])" + NUMBER + "," + NUMBER + "([\\])])\\s*", Pattern.CASE_INSENSITIVE);

  Interval() {}

  /** {@return the lower bound, {@link Double#NEGATIVE_INFINITY} when unbounded below} */
  public abstract double getLow();

  /** {@return whether the lower bound belongs to the interval} */
  public abstract boolean isLowClosed();

  /** {@return the upper bound, {@link Double#POSITIVE_INFINITY} when unbounded above} */
  public abstract double getHigh();

  /** {@return whether the upper bound belongs to the interval} */
  public abstract boolean isHighClosed();

  /**
   * An interval from its bounds and their closedness; the general factory.
   *
   * @param low the lower bound; not NaN, not above {@code high}
   * @param lowClosed whether the lower bound belongs to the interval; false for an infinite bound
   * @param high the upper bound; not NaN
   * @param highClosed whether the upper bound belongs to the interval; false for an infinite bound
   * @return the interval
   */
  public static Interval of(double low, boolean lowClosed, double high, boolean highClosed) {
    return ImmutableInterval.builder().low(low).lowClosed(lowClosed).high(high).highClosed(highClosed).build();
  }

  /**
   * {@code [low, high]}.
   *
   * @param low the lower bound; finite
   * @param high the upper bound; finite, not below {@code low}
   * @return the closed interval
   */
  public static Interval closed(double low, double high) {
    return of(low, true, high, true);
  }

  /**
   * {@code (low, high)}.
   *
   * @param low the lower bound
   * @param high the upper bound; above {@code low}
   * @return the open interval
   */
  public static Interval open(double low, double high) {
    return of(low, false, high, false);
  }

  /**
   * {@code [low, high)}.
   *
   * @param low the lower bound, included; finite
   * @param high the upper bound, excluded; above {@code low}
   * @return the interval
   */
  public static Interval closedOpen(double low, double high) {
    return of(low, true, high, false);
  }

  /**
   * {@code (low, high]}.
   *
   * @param low the lower bound, excluded; below {@code high}
   * @param high the upper bound, included; finite
   * @return the interval
   */
  public static Interval openClosed(double low, double high) {
    return of(low, false, high, true);
  }

  /**
   * {@code [value, value]}.
   *
   * @param value the only member; finite
   * @return the point interval
   */
  public static Interval point(double value) {
    return closed(value, value);
  }

  /**
   * {@code [low, +∞)}.
   *
   * @param low the lower bound, included; finite
   * @return the interval unbounded above
   */
  public static Interval atLeast(double low) {
    return of(low, true, Double.POSITIVE_INFINITY, false);
  }

  /**
   * {@code (low, +∞)}.
   *
   * @param low the lower bound, excluded
   * @return the interval unbounded above
   */
  public static Interval moreThan(double low) {
    return of(low, false, Double.POSITIVE_INFINITY, false);
  }

  /**
   * {@code (-∞, high]}.
   *
   * @param high the upper bound, included; finite
   * @return the interval unbounded below
   */
  public static Interval atMost(double high) {
    return of(Double.NEGATIVE_INFINITY, false, high, true);
  }

  /**
   * {@code (-∞, high)}.
   *
   * @param high the upper bound, excluded
   * @return the interval unbounded below
   */
  public static Interval fewerThan(double high) {
    return of(Double.NEGATIVE_INFINITY, false, high, false);
  }

  /**
   * Reads standard interval notation as {@link #toString()} prints it: {@code [13500, 16500]},
   * {@code [0.3, 0.3333)}, {@code (200, +∞)}. Infinity may be written {@code ∞}, {@code inf} or
   * {@code infinity}, with an optional sign.
   *
   * @param notation the interval notation
   * @return the interval it denotes
   * @throws IllegalArgumentException if the text is not interval notation or breaks an invariant
   */
  public static Interval parse(String notation) {
    Objects.requireNonNull(notation, "notation");
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

  /**
   * Whether {@code value} lies in the interval.
   *
   * @param value a number
   * @return true if the interval contains it
   */
  public final boolean contains(double value) {
    boolean aboveLow = isLowClosed() ? value >= getLow() : value > getLow();
    boolean belowHigh = isHighClosed() ? value <= getHigh() : value < getHigh();
    return aboveLow && belowHigh;
  }

  /**
   * Whether every member of {@code other} lies in this interval.
   *
   * @param other another interval
   * @return true if this interval encloses {@code other}
   */
  public final boolean encloses(Interval other) {
    Objects.requireNonNull(other, "other");
    boolean lowOk = getLow() < other.getLow()
        || getLow() == other.getLow() && (isLowClosed() || !other.isLowClosed());
    boolean highOk = other.getHigh() < getHigh()
        || getHigh() == other.getHigh() && (isHighClosed() || !other.isHighClosed());
    return lowOk && highOk;
  }

  /**
   * Whether the two intervals share at least one member.
   *
   * @param other another interval
   * @return true if they overlap
   */
  public final boolean overlaps(Interval other) {
    Objects.requireNonNull(other, "other");
    return !below(this, other) && !below(other, this);
  }

  private static boolean below(Interval a, Interval b) {
    return a.getHigh() < b.getLow() || a.getHigh() == b.getLow() && !(a.isHighClosed() && b.isLowClosed());
  }

  /** {@return whether both bounds are finite} */
  public final boolean isBounded() {
    return Double.isFinite(getLow()) && Double.isFinite(getHigh());
  }

  /** {@return whether the interval holds exactly one number} */
  public final boolean isPoint() {
    return getLow() == getHigh();
  }

  /** {@return {@code high - low}; infinite when unbounded} */
  public final double width() {
    return getHigh() - getLow();
  }

  /**
   * The set of all sums {@code x + y} with {@code x} in this interval and {@code y} in {@code other}.
   * A bound of the result is closed only when both bounds it comes from are closed; an infinite
   * bound stays infinite. See {@link #times(Interval)} for how bounds are rounded.
   *
   * @param other the interval added
   * @return the interval of sums
   */
  public final Interval plus(Interval other) {
    Objects.requireNonNull(other, "other");
    return IntervalArithmetic.sum(this, other);
  }

  /**
   * The set of all differences {@code x - y} with {@code x} in this interval and {@code y} in
   * {@code other}: {@code [a, b] - [c, d] = [a - d, b - c]}, each bound closed only when both bounds
   * it comes from are closed.
   *
   * <p>Like all interval arithmetic this treats the operands as independent: {@code i.minus(i)} is
   * not {@code [0, 0]} but {@code [low - high, high - low]}.
   *
   * @param other the interval subtracted
   * @return the interval of differences
   */
  public final Interval minus(Interval other) {
    Objects.requireNonNull(other, "other");
    return plus(other.negated());
  }

  /** {@return the set of all {@code -x} with {@code x} in this interval: {@code -[a, b) = (-b, -a]}} */
  public final Interval negated() {
    return of(-getHigh(), isHighClosed(), -getLow(), isLowClosed());
  }

  /**
   * The set of all products {@code x * y} with {@code x} in this interval and {@code y} in
   * {@code other}, e.g. {@code [0.3, 0.3333333333333333) × [13500, 16500] = [4050, 5500)}.
   *
   * <p>Each bound of the result is the least or greatest of the four products of the operands'
   * bounds. It is closed when some product that reaches it is formed by two closed bounds, or by a
   * closed bound {@code 0} (zero times any member is zero); otherwise it is open. A zero bound times
   * an infinite bound counts as {@code 0}, so {@code [0, 1] × [1, +∞) = [0, +∞)}.
   *
   * <p>Bounds are read as the decimal numbers {@link #toString()} prints for them, so that
   * {@code 0.3} means three tenths. Results are computed exactly (quotients to 60 significant digits)
   * and rounded outward to a {@code double}: the result always holds every exact product, and a
   * bound that is exact in decimal stays exact. A finite result beyond the range of {@code double}
   * becomes an open infinite bound.
   *
   * @param other the other factor
   * @return the interval of products
   */
  public final Interval times(Interval other) {
    Objects.requireNonNull(other, "other");
    return IntervalArithmetic.product(this, other);
  }

  /**
   * The set of all quotients {@code x / y} with {@code x} in this interval and {@code y} in
   * {@code divisor}; bounds are closed and rounded as for {@link #times(Interval)}. A divisor that
   * only approaches zero, such as {@code (0, 5]}, makes the result unbounded: {@code [1, 2] / (0, 5]
   * = [0.2, +∞)}.
   *
   * @param divisor the interval divided by; must not contain zero
   * @return the interval of quotients
   * @throws IllegalArgumentException if the divisor contains zero: the quotients would then form two
   *     disjoint rays (or everything), which no single interval describes
   */
  public final Interval dividedBy(Interval divisor) {
    Objects.requireNonNull(divisor, "divisor");
    Checks.check(!divisor.contains(0), "cannot divide %s by the interval %s, which contains 0", this, divisor);
    return IntervalArithmetic.quotient(this, divisor);
  }

  /**
   * This interval multiplied by the finite {@code factor}: {@code [a, b) × 2 = [2a, 2b)}; a negative
   * factor swaps the bounds, and a factor of {@code 0} gives the point {@code [0, 0]}.
   *
   * @param factor the factor; finite
   * @return the scaled interval
   * @throws IllegalArgumentException if the factor is NaN or infinite
   */
  public final Interval scaledBy(double factor) {
    Checks.check(Double.isFinite(factor), "scale factor must be finite, was %s", factor);
    return times(point(factor));
  }

  /** Standard interval notation, e.g. {@code [13500, 16500]}, {@code [0.3, 0.5)}, {@code (200, +∞)}. */
  @Override
  public String toString() {
    return (isLowClosed() ? "[" : "(") + format(getLow()) + ", " + format(getHigh()) + (isHighClosed() ? "]" : ")");
  }

  /**
   * A bound as interval notation prints it: decimal text without trailing zeros — plain digits from 1e-9 to 1e21, otherwise with
   * an exponent ({@code 1E+300}) — and infinities as {@code ±∞}.
   *
   * @param value a bound
   * @return its text in interval notation
   */
  public static String format(double value) {
    if (value == Double.POSITIVE_INFINITY) {
      return "+∞";
    }
    if (value == Double.NEGATIVE_INFINITY) {
      return "-∞";
    }
    if (value == 0) {
      return "0";
    }
    BigDecimal decimal = BigDecimal.valueOf(value).stripTrailingZeros();
    // Plain digits for the numbers news has; an exponent where plain digits would run to dozens.
    double magnitude = Math.abs(value);
    return magnitude >= 1e21 || magnitude < 1e-9 ? decimal.toString() : decimal.toPlainString();
  }

  /**
   * Checks the invariants and normalises {@code -0.0} to {@code 0.0}, so that an interval equals the
   * one its printed notation parses back to.
   */
  @Value.Check
  final Interval check() {
    Checks.check(!Double.isNaN(getLow()), "interval low must be a number, was NaN");
    Checks.check(!Double.isNaN(getHigh()), "interval high must be a number, was NaN");
    // The messages format their numbers only on failure: every interval read or built runs these.
    if (!(getLow() <= getHigh())) {
      Checks.fail("interval low (%s) must not exceed high (%s)", format(getLow()), format(getHigh()));
    }
    if (!Double.isFinite(getLow()) && isLowClosed()) {
      Checks.fail("interval low %s must be open", format(getLow()));
    }
    if (!Double.isFinite(getHigh()) && isHighClosed()) {
      Checks.fail("interval high %s must be open", format(getHigh()));
    }
    Checks.check(getLow() != Double.POSITIVE_INFINITY, "interval low must not be +∞");
    Checks.check(getHigh() != Double.NEGATIVE_INFINITY, "interval high must not be -∞");
    Checks.check(getLow() != getHigh() || isLowClosed() && isHighClosed(),
        "interval %s is empty: a degenerate interval must be closed on both sides", this);
    if (isNegativeZero(getLow()) || isNegativeZero(getHigh())) {
      return of(getLow() + 0.0, isLowClosed(), getHigh() + 0.0, isHighClosed());
    }
    return this;
  }

  private static boolean isNegativeZero(double value) {
    return Double.doubleToRawLongBits(value) == Double.doubleToRawLongBits(-0.0);
  }
}
