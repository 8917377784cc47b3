package io.github.newsclaims.testing;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.newsclaims.core.Interval;
import java.math.BigDecimal;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of intervals with members, for checking interval arithmetic: every
 * shape of interval, numbers from tiny to {@link Double#MAX_VALUE}, and the values where decimals
 * and doubles disagree.
 *
 * @since 0.1.0
 */
public final class IntervalGenerators {
  private IntervalGenerators() {}

  /**
   * An interval together with one of its members, for checking interval arithmetic.
   *
   * @since 0.1.0
   */
  public record IntervalMember(Interval interval, double value) {
    /** {@return the member as the decimal number interval arithmetic reads it as} */
    public BigDecimal decimal() {
      return BigDecimal.valueOf(value);
    }

    @Override
    public String toString() {
      return value + " in " + interval;
    }
  }

  /**
   * Intervals of every shape — points, bounded, half- or fully unbounded, open or closed — with one
   * of their members; bounds and members range from tiny to {@link Double#MAX_VALUE}, with
   * {@code -0.0}, thirds and other numbers that decimals and doubles disagree on.
   *
   * @return an interval of any shape with one of its members
   */
  public static Gen<IntervalMember> intervalMembers() {
    return finiteNumbers().zip(distances(), distances(), booleans().all(), booleans().all(),
        (m, below, above, lowClosed, highClosed) ->
            new IntervalMember(around(m, below, above, lowClosed, highClosed), m));
  }

  /**
   * Members of intervals that do not contain zero, built so (not filtered): divisors.
   *
   * @return a member of an interval that does not contain zero
   */
  public static Gen<IntervalMember> divisorMembers() {
    return finiteNumbers().zip(distances(), distances(), booleans().all(), booleans().all(),
        (m0, below, above, lowClosed, highClosed) -> {
          double m = m0 == 0 ? 1 : Math.abs(m0);
          double high = m + above;
          Interval positive = m - below > 0 ? around(m, below, above, lowClosed, highClosed)
              : Interval.of(0, false, high, Double.isFinite(high) && (highClosed || high == m));
          return m0 < 0 ? new IntervalMember(positive.negated(), -m) : new IntervalMember(positive, m);
        });
  }

  /** {@return bounded intervals, built so (not filtered)} */
  public static Gen<Interval> boundedIntervals() {
    return finiteNumbers().zip(finiteDistances(), finiteDistances(), booleans().all(), booleans().all(),
        IntervalGenerators::around).map(i -> i.isBounded() ? i : Interval.closed(-1, 1));
  }

  private static Gen<Double> finiteDistances() {
    return distances().map(d -> Double.isFinite(d) ? d : 7.0);
  }

  /**
   * Intervals with small integer or infinite bounds, whose sums and products are exact doubles: for
   * checking open and closed bounds without rounding in the way.
   *
   * @return intervals whose bounds are small integers or infinite
   */
  public static Gen<Interval> integerIntervals() {
    Gen<Double> value = integers().between(-50, 50).map(Integer::doubleValue);
    Gen<Double> distance = Generate.oneOf(integers().between(0, 20).map(Integer::doubleValue),
        Generate.constant(Double.POSITIVE_INFINITY));
    return value.zip(distance, distance, booleans().all(), booleans().all(), IntervalGenerators::around);
  }

  /** {@return finite numbers of every scale news uses, plus awkward ones: thirds, zero, huge and tiny values} */
  public static Gen<Double> finiteNumbers() {
    Gen<Double> special = Generate.pick(List.of(0.0, -0.0, 1.0, -1.0, 0.3, 1.0 / 3, 2.0 / 3, 0.1, 12.0, 15000.0,
        1e9, 1e-300, -1e-300, 1e300, -1e300, Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE));
    Gen<Double> small = integers().between(-1000, 1000).map(Integer::doubleValue);
    return Generate.oneOf(doubles().between(-1e6, 1e6), small, special, doubles().between(-1e15, 1e15));
  }

  /** Non-negative distances from a member to a bound; an infinite one leaves that side unbounded. */
  private static Gen<Double> distances() {
    Gen<Double> special = Generate.pick(List.of(0.0, Double.POSITIVE_INFINITY, 0.5, 1.0 / 3, 1e-9, 1e300));
    return Generate.oneOf(doubles().between(0, 1e6), integers().between(0, 100).map(Integer::doubleValue), special);
  }

  /** The interval {@code below} under and {@code above} over {@code m}, closed where it reaches {@code m}. */
  private static Interval around(double m, double below, double above, boolean lowClosed, boolean highClosed) {
    double low = m - below;
    double high = m + above;
    return Interval.of(low, Double.isFinite(low) && (lowClosed || low == m),
        high, Double.isFinite(high) && (highClosed || high == m));
  }
}
