package io.github.newsclaims.testing.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.github.newsclaims.core.EstimateComparison;
import io.github.newsclaims.testing.Generators;
import io.github.newsclaims.testing.IntervalGenerators;
import org.junit.jupiter.api.Test;

/** Comparison of intervals agrees with containment and shared members, either way round. */
class EstimateComparisonProperties {

  @Test
  void comparisonIsTheSameEitherWayRound() {
    qt().forAll(IntervalGenerators.integerIntervals(), IntervalGenerators.integerIntervals()).checkAssert((a, b) ->
        assertEquals(EstimateComparison.ofIntervals(a, b), EstimateComparison.ofIntervals(b, a)));
  }

  @Test
  void conflictingExactlyWhenNoNumberLiesInBoth() {
    qt().forAll(IntervalGenerators.integerIntervals(), IntervalGenerators.integerIntervals()).checkAssert((a, b) -> {
      boolean shared = false;
      // Bounds are integers, so a shared member, if any, is a bound or a half-integer between bounds.
      for (double x = -200; x <= 200; x += 0.5) {
        shared |= a.contains(x) && b.contains(x);
      }
      shared |= a.contains(Double.MAX_VALUE) && b.contains(Double.MAX_VALUE)
          || a.contains(-Double.MAX_VALUE) && b.contains(-Double.MAX_VALUE);
      assertEquals(!shared, EstimateComparison.ofIntervals(a, b) == EstimateComparison.CONFLICTING, a + " and " + b);
    });
  }

  @Test
  void anIntervalIsConsistentWithAWiderOneAroundIt() {
    qt().forAll(IntervalGenerators.integerIntervals(), IntervalGenerators.integerIntervals()).checkAssert((a, b) ->
        assertEquals(EstimateComparison.CONSISTENT, EstimateComparison.ofIntervals(a, a.plus(b).plus(b.negated()))));
  }
}
