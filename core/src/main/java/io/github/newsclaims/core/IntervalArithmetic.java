package io.github.newsclaims.core;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The arithmetic behind {@link Interval#plus}, {@link Interval#times} and
 * {@link Interval#dividedBy}: bounds are computed exactly in decimal (quotients to 60 significant
 * digits), carry whether they are reached, and are rounded outward to doubles, so a result always
 * holds every exact result of the operation on members of the operands.
 */
final class IntervalArithmetic {
  private IntervalArithmetic() {}

  static Interval sum(Interval a, Interval b) {
    Bound low = a.getLow() == Double.NEGATIVE_INFINITY || b.getLow() == Double.NEGATIVE_INFINITY
        ? Bound.infinite(-1)
        : Bound.finite(decimal(a.getLow()).add(decimal(b.getLow())), a.isLowClosed() && b.isLowClosed());
    Bound high = a.getHigh() == Double.POSITIVE_INFINITY || b.getHigh() == Double.POSITIVE_INFINITY
        ? Bound.infinite(1)
        : Bound.finite(decimal(a.getHigh()).add(decimal(b.getHigh())), a.isHighClosed() && b.isHighClosed());
    return fromBounds(low, high);
  }

  static Interval product(Interval a, Interval b) {
    List<Bound> candidates = new ArrayList<>(4);
    for (Bound x : List.of(lowBound(a), highBound(a))) {
      for (Bound y : List.of(lowBound(b), highBound(b))) {
        candidates.add(product(x, y));
      }
    }
    return fromCandidates(candidates);
  }

  /** The quotients of {@code a} by a {@code divisor} that does not contain 0. */
  static Interval quotient(Interval a, Interval divisor) {
    int divisorSign = divisor.getLow() >= 0 ? 1 : -1;
    List<Bound> candidates = new ArrayList<>(4);
    for (Bound x : List.of(lowBound(a), highBound(a))) {
      for (Bound y : List.of(lowBound(divisor), highBound(divisor))) {
        Bound q = quotient(x, y, divisorSign);
        if (q != null) {
          candidates.add(q);
        }
      }
    }
    return fromCandidates(candidates);
  }

  private static Bound lowBound(Interval i) {
    return i.getLow() == Double.NEGATIVE_INFINITY ? Bound.infinite(-1) : Bound.finite(decimal(i.getLow()), i.isLowClosed());
  }

  private static Bound highBound(Interval i) {
    return i.getHigh() == Double.POSITIVE_INFINITY ? Bound.infinite(1) : Bound.finite(decimal(i.getHigh()), i.isHighClosed());
  }

  /** The decimal number a double stands for: the one {@link Interval#format(double)} prints. */
  static BigDecimal decimal(double value) {
    return BigDecimal.valueOf(value);
  }

  private static Bound product(Bound x, Bound y) {
    if (x.isZero() || y.isZero()) {
      // Zero times any member, however large, is zero: reached when the zero bound is a member.
      return Bound.finite(BigDecimal.ZERO, x.isZero() && x.closed() || y.isZero() && y.closed());
    }
    if (x.infinity() != 0 || y.infinity() != 0) {
      return Bound.infinite(x.signum() * y.signum());
    }
    return Bound.finite(x.below().multiply(y.below()), x.closed() && y.closed());
  }

  /** A candidate quotient, or null for ±∞ / ±∞, whose neighbours already give the extremes. */
  private static Bound quotient(Bound x, Bound y, int divisorSign) {
    if (x.isZero()) {
      return Bound.finite(BigDecimal.ZERO, x.closed());
    }
    if (y.infinity() != 0) {
      return x.infinity() != 0 ? null : Bound.finite(BigDecimal.ZERO, false);
    }
    if (y.isZero()) {
      // The divisor only approaches zero (it excludes it), from the side of its sign.
      return Bound.infinite(x.signum() * divisorSign);
    }
    if (x.infinity() != 0) {
      return Bound.infinite(x.signum() * y.signum());
    }
    return new Bound(0, x.below().divide(y.below(), DOWN), x.below().divide(y.below(), UP), x.closed() && y.closed());
  }

  private static Interval fromCandidates(List<Bound> candidates) {
    Bound low = candidates.get(0);
    Bound high = candidates.get(0);
    for (Bound c : candidates.subList(1, candidates.size())) {
      int toLow = c.compareBelow(low);
      low = toLow < 0 ? c : toLow == 0 ? low.orClosed(c.closed()) : low;
      int toHigh = c.compareAbove(high);
      high = toHigh > 0 ? c : toHigh == 0 ? high.orClosed(c.closed()) : high;
    }
    return fromBounds(low, high);
  }

  /** Rounds the exact bounds outward to doubles and builds the interval. */
  private static Interval fromBounds(Bound low, Bound high) {
    double lo = low.infinity() < 0 ? Double.NEGATIVE_INFINITY
        : low.infinity() > 0 ? Double.MAX_VALUE : roundDown(low.below());
    double hi = high.infinity() > 0 ? Double.POSITIVE_INFINITY
        : high.infinity() < 0 ? -Double.MAX_VALUE : roundUp(high.above());
    boolean loClosed = Double.isFinite(lo) && low.closed();
    boolean hiClosed = Double.isFinite(hi) && high.closed();
    if (lo == hi) {
      // Exact bounds that meet belong to a point of the operands; rounded ones were widened anyway.
      loClosed = true;
      hiClosed = true;
    }
    return Interval.of(lo, loClosed, hi, hiClosed);
  }

  /** The greatest double whose decimal does not exceed {@code x}; -∞ below the range of doubles. */
  private static double roundDown(BigDecimal x) {
    double d = x.doubleValue();
    if (d == Double.POSITIVE_INFINITY) {
      return Double.MAX_VALUE;
    }
    if (Double.isFinite(d) && decimal(d).compareTo(x) > 0) {
      d = Math.nextDown(d);
    }
    return d + 0.0;
  }

  /** The least double whose decimal is not below {@code x}; +∞ above the range of doubles. */
  private static double roundUp(BigDecimal x) {
    double d = x.doubleValue();
    if (d == Double.NEGATIVE_INFINITY) {
      return -Double.MAX_VALUE;
    }
    if (Double.isFinite(d) && decimal(d).compareTo(x) < 0) {
      d = Math.nextUp(d);
    }
    return d + 0.0;
  }

  private static final MathContext DOWN = new MathContext(60, RoundingMode.FLOOR);
  private static final MathContext UP = new MathContext(60, RoundingMode.CEILING);

  /**
   * A bound during computation: infinite ({@code infinity} is -1 or +1) or finite, given as exact
   * decimals from below and above (equal unless a quotient had to be rounded), closed or open.
   */
  private record Bound(int infinity, BigDecimal below, BigDecimal above, boolean closed) {
    static Bound infinite(int sign) {
      return new Bound(sign, null, null, false);
    }

    static Bound finite(BigDecimal value, boolean closed) {
      return new Bound(0, value, value, closed);
    }

    boolean isZero() {
      return infinity == 0 && below.signum() == 0 && above.signum() == 0;
    }

    int signum() {
      return infinity != 0 ? infinity : below.signum();
    }

    Bound orClosed(boolean alsoClosed) {
      return new Bound(infinity, below, above, closed || alsoClosed);
    }

    /** Compares lower approximations, to find the least candidate. */
    int compareBelow(Bound other) {
      if (infinity != 0 || other.infinity != 0) {
        return Integer.compare(infinity, other.infinity);
      }
      return below.compareTo(other.below);
    }

    /** Compares upper approximations, to find the greatest candidate. */
    int compareAbove(Bound other) {
      if (infinity != 0 || other.infinity != 0) {
        return Integer.compare(infinity, other.infinity);
      }
      return above.compareTo(other.above);
    }
  }
}
