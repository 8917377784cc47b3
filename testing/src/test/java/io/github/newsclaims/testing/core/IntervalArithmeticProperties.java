package io.github.newsclaims.testing.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.newsclaims.core.Interval;
import io.github.newsclaims.testing.IntervalGenerators.IntervalMember;
import io.github.newsclaims.testing.Generators;
import io.github.newsclaims.testing.IntervalGenerators;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.function.Supplier;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Soundness of interval arithmetic: the result of an operation holds the exact result of the
 * operation on any members of the operands, bounds read as the decimals they print as.
 */
class IntervalArithmeticProperties {

  @Test
  void sumHoldsTheSumOfAnyMembers() {
    qt().forAll(IntervalGenerators.intervalMembers(), IntervalGenerators.intervalMembers()).checkAssert((a, b) ->
        assertTrue(holds(a.interval().plus(b.interval()), a.decimal().add(b.decimal())),
            () -> a + " + " + b + " gave " + a.interval().plus(b.interval())));
  }

  @Test
  void differenceHoldsTheDifferenceOfAnyMembers() {
    qt().forAll(IntervalGenerators.intervalMembers(), IntervalGenerators.intervalMembers()).checkAssert((a, b) ->
        assertTrue(holds(a.interval().minus(b.interval()), a.decimal().subtract(b.decimal())),
            () -> a + " - " + b + " gave " + a.interval().minus(b.interval())));
  }

  @Test
  void productHoldsTheProductOfAnyMembers() {
    qt().forAll(IntervalGenerators.intervalMembers(), IntervalGenerators.intervalMembers()).checkAssert((a, b) ->
        assertTrue(holds(a.interval().times(b.interval()), a.decimal().multiply(b.decimal())),
            () -> a + " × " + b + " gave " + a.interval().times(b.interval())));
  }

  @Test
  void productHoldsTheProductsOfTheOperandsFiniteBounds() {
    qt().forAll(intervals(), intervals()).checkAssert((a, b) -> {
      Interval product = a.times(b);
      for (double x : new double[] {a.getLow(), a.getHigh()}) {
        for (double y : new double[] {b.getLow(), b.getHigh()}) {
          if (a.contains(x) && b.contains(y)) {
            BigDecimal exact = BigDecimal.valueOf(x).multiply(BigDecimal.valueOf(y));
            assertTrue(holds(product, exact), () -> a + " × " + b + " = " + product + " misses " + exact);
          }
        }
      }
    });
  }

  @Test
  void productOfBoundedIntervalsIsTheTightestHullOfTheCornerProducts() {
    qt().forAll(IntervalGenerators.boundedIntervals(), IntervalGenerators.boundedIntervals())
        .assuming((a, b) -> a.times(b).isBounded())
        .checkAssert((a, b) -> {
          Interval product = a.times(b);
          BigDecimal min = null;
          BigDecimal max = null;
          for (double x : new double[] {a.getLow(), a.getHigh()}) {
            for (double y : new double[] {b.getLow(), b.getHigh()}) {
              BigDecimal p = BigDecimal.valueOf(x).multiply(BigDecimal.valueOf(y));
              min = min == null || p.compareTo(min) < 0 ? p : min;
              max = max == null || p.compareTo(max) > 0 ? p : max;
            }
          }
          assertTightBelow(product.getLow(), min, () -> a + " × " + b + " = " + product);
          assertTightAbove(product.getHigh(), max, () -> a + " × " + b + " = " + product);
        });
  }

  @Test
  void closedBoundsOfAProductAreReachedByMembers() {
    qt().forAll(IntervalGenerators.integerIntervals(), IntervalGenerators.integerIntervals()).checkAssert((a, b) -> {
      Interval product = a.times(b);
      boolean lowReached = false;
      boolean highReached = false;
      for (double x : reachable(a)) {
        for (double y : reachable(b)) {
          Interval p = Interval.point(x).times(Interval.point(y));
          lowReached |= p.isBounded() && p.getLow() == product.getLow();
          highReached |= p.isBounded() && p.getHigh() == product.getHigh();
        }
      }
      assertEquals(product.isLowClosed(), lowReached, () -> a + " × " + b + " = " + product + ": low");
      assertEquals(product.isHighClosed(), highReached, () -> a + " × " + b + " = " + product + ": high");
    });
  }

  /** The members where a product can reach its extremes: the closed bounds and zero, plus any member. */
  private static double[] reachable(Interval i) {
    double inside = i.isBounded() ? i.getLow() / 2 + i.getHigh() / 2
        : Double.isFinite(i.getLow()) ? i.getLow() + 1 : Double.isFinite(i.getHigh()) ? i.getHigh() - 1 : 0;
    return DoubleStream.of(i.getLow(), i.getHigh(), 0, inside).filter(i::contains).toArray();
  }

  private static void assertTightBelow(double bound, BigDecimal exact, Supplier<String> what) {
    assertTrue(BigDecimal.valueOf(bound).compareTo(exact) <= 0
        && BigDecimal.valueOf(Math.nextUp(bound)).compareTo(exact) > 0, what);
  }

  private static void assertTightAbove(double bound, BigDecimal exact, Supplier<String> what) {
    assertTrue(BigDecimal.valueOf(bound).compareTo(exact) >= 0
        && BigDecimal.valueOf(Math.nextDown(bound)).compareTo(exact) < 0, what);
  }

  @Test
  void quotientHoldsTheQuotientOfAnyMembers() {
    qt().forAll(IntervalGenerators.intervalMembers(), IntervalGenerators.divisorMembers())
        .checkAssert((a, b) -> {
          Interval quotient = a.interval().dividedBy(b.interval());
          BigDecimal down = a.decimal().divide(b.decimal(), new MathContext(80, RoundingMode.FLOOR));
          BigDecimal up = a.decimal().divide(b.decimal(), new MathContext(80, RoundingMode.CEILING));
          assertTrue(holdsLow(quotient, down) && holdsHigh(quotient, up),
              () -> a + " / " + b + " gave " + quotient);
        });
  }

  @Test
  void scalingHoldsTheScaledMembers() {
    qt().forAll(IntervalGenerators.intervalMembers(), IntervalGenerators.finiteNumbers()).checkAssert((a, k) ->
        assertTrue(holds(a.interval().scaledBy(k), a.decimal().multiply(BigDecimal.valueOf(k))),
            () -> a + " × " + k + " gave " + a.interval().scaledBy(k)));
  }

  @Test
  void negationMirrorsTheInterval() {
    qt().forAll(intervals()).checkAssert(a -> assertEquals(a, a.negated().negated()));
  }

  @Test
  void printedNotationParsesBackToTheSameInterval() {
    qt().forAll(intervals()).checkAssert(a -> assertEquals(a, Interval.parse(a.toString())));
  }

  private static Gen<Interval> intervals() {
    return IntervalGenerators.intervalMembers().map(IntervalMember::interval);
  }

  /** Whether {@code value}, an exact decimal, lies in {@code interval} read as decimals. */
  static boolean holds(Interval interval, BigDecimal value) {
    return holdsLow(interval, value) && holdsHigh(interval, value);
  }

  private static boolean holdsLow(Interval interval, BigDecimal value) {
    if (interval.getLow() == Double.NEGATIVE_INFINITY) {
      return true;
    }
    int c = value.compareTo(BigDecimal.valueOf(interval.getLow()));
    return interval.isLowClosed() ? c >= 0 : c > 0;
  }

  private static boolean holdsHigh(Interval interval, BigDecimal value) {
    if (interval.getHigh() == Double.POSITIVE_INFINITY) {
      return true;
    }
    int c = value.compareTo(BigDecimal.valueOf(interval.getHigh()));
    return interval.isHighClosed() ? c <= 0 : c < 0;
  }
}
