package io.github.newsclaims.core;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** QuickTheories generators for intervals and their members, shared by the quantity tests. */
public final class QuantityGenerators {
  private QuantityGenerators() {}

  /** An interval together with one of its members. */
  public record Member(Interval interval, double value) {
    /** The member as the decimal number the interval arithmetic reads it as. */
    public BigDecimal decimal() {
      return BigDecimal.valueOf(value);
    }

    @Override
    public String toString() {
      return value + " in " + interval;
    }
  }

  /** Finite numbers of every scale news uses, plus awkward ones: thirds, zero, huge and tiny values. */
  public static Gen<Double> finiteNumbers() {
    Gen<Double> special = Generate.pick(List.of(0.0, -0.0, 1.0, -1.0, 0.3, 1.0 / 3, 2.0 / 3, 0.1, 12.0, 15000.0,
        1e9, 1e-300, -1e-300, 1e300, -1e300, Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE));
    Gen<Double> small = integers().between(-1000, 1000).map(Integer::doubleValue);
    return Generate.oneOf(doubles().between(-1e6, 1e6), small, special, doubles().between(-1e15, 1e15));
  }

  /** Non-negative distances from a member to a bound; infinite ones make the side unbounded. */
  static Gen<Double> distances() {
    Gen<Double> special = Generate.pick(List.of(0.0, Double.POSITIVE_INFINITY, 0.5, 1.0 / 3, 1e-9, 1e300));
    return Generate.oneOf(doubles().between(0, 1e6), integers().between(0, 100).map(Integer::doubleValue), special);
  }

  /** An interval of any shape (bounded or not, open or closed, points) with one member. */
  public static Gen<Member> members() {
    return finiteNumbers().zip(distances(), distances(), booleans().all(), booleans().all(),
        (m, below, above, lowClosed, highClosed) -> {
          double low = m - below;
          double high = m + above;
          boolean lc = Double.isFinite(low) && (lowClosed || low == m);
          boolean hc = Double.isFinite(high) && (highClosed || high == m);
          return new Member(Interval.of(low, lc, high, hc), m);
        });
  }

  /**
   * Intervals with small integer or unbounded bounds, whose sums and products are exact doubles:
   * for checking open and closed bounds without rounding in the way.
   */
  public static Gen<Interval> integerIntervals() {
    Gen<Double> value = integers().between(-50, 50).map(Integer::doubleValue);
    Gen<Double> distance = Generate.oneOf(integers().between(0, 20).map(Integer::doubleValue),
        Generate.constant(Double.POSITIVE_INFINITY));
    return value.zip(distance, distance, booleans().all(), booleans().all(),
        (m, below, above, lowClosed, highClosed) -> {
          double low = m - below;
          double high = m + above;
          boolean lc = Double.isFinite(low) && (lowClosed || low == m);
          boolean hc = Double.isFinite(high) && (highClosed || high == m);
          return Interval.of(low, lc, high, hc);
        });
  }

  /** Intervals of any shape. */
  public static Gen<Interval> intervals() {
    return members().map(Member::interval);
  }

  /** Whether {@code value}, an exact decimal, lies in {@code interval} read as decimals. */
  public static boolean holds(Interval interval, BigDecimal value) {
    return holdsLow(interval, value) && holdsHigh(interval, value);
  }

  static boolean holdsLow(Interval interval, BigDecimal value) {
    if (interval.getLow() == Double.NEGATIVE_INFINITY) {
      return true;
    }
    int c = value.compareTo(BigDecimal.valueOf(interval.getLow()));
    return interval.isLowClosed() ? c >= 0 : c > 0;
  }

  static boolean holdsHigh(Interval interval, BigDecimal value) {
    if (interval.getHigh() == Double.POSITIVE_INFINITY) {
      return true;
    }
    int c = value.compareTo(BigDecimal.valueOf(interval.getHigh()));
    return interval.isHighClosed() ? c <= 0 : c < 0;
  }
}
