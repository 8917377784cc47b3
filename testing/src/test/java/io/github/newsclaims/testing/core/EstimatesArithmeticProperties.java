package io.github.newsclaims.testing.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import io.github.newsclaims.core.Approximator;
import io.github.newsclaims.core.Estimate;
import io.github.newsclaims.core.Estimates;
import io.github.newsclaims.core.Interval;
import io.github.newsclaims.core.Unit;
import io.github.newsclaims.core.UnitKind;
import io.github.newsclaims.testing.Generators;
import io.github.newsclaims.testing.Samples;
import java.util.List;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.function.BinaryOperator;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Arithmetic on whole estimates: every result is a valid derived estimate that names its operands,
 * holds the result of the operation on members of the operands, and refuses what the operation
 * cannot mean (adding money to people, a share that is not a fraction, dividing by a range that
 * holds zero).
 */
class EstimatesArithmeticProperties {
  private static final Unit PEOPLE = Unit.count("people");

  /** Generated estimates renamed {@code a} and {@code b}, in the unit given. */
  private static Gen<Estimate> estimates(String id, Unit unit) {
    return Generators.estimates().map(e -> Estimate.builder().from(e).id(id).unit(unit).build());
  }

  /** A member of the interval, preferring the stated value. */
  static double member(Estimate estimate) {
    Interval interval = estimate.getInterval();
    if (estimate.getStatedValue().isPresent() && interval.contains(estimate.getStatedValue().getAsDouble())) {
      return estimate.getStatedValue().getAsDouble();
    }
    double low = interval.getLow();
    double high = interval.getHigh();
    double[] candidates = {low, high, low / 2 + high / 2, low + Math.max(1, Math.abs(low)),
        high - Math.max(1, Math.abs(high)), 0};
    for (double candidate : candidates) {
      if (Double.isFinite(candidate) && interval.contains(candidate)) {
        return candidate;
      }
    }
    throw new AssertionError("no member found in " + interval);
  }

  /**
   * Checks the result of {@code op} on members of {@code a} and {@code b}, computed exactly on the
   * decimals the members print as (the model's arithmetic is sound in that reading).
   */
  private static void holdsTheResultOfMembers(Estimate result, Estimate a, Estimate b, BinaryOperator<BigDecimal> op) {
    assertEquals(List.of(), Samples.violations(result), result::toString);
    assertEquals(Approximator.DERIVED, result.getApproximator());
    assertEquals(List.of(a.getId(), b.getId()), result.getDerivedFrom());
    BigDecimal x = BigDecimal.valueOf(member(a));
    BigDecimal y = BigDecimal.valueOf(member(b));
    BigDecimal exact = op.apply(x, y);
    assertTrue(IntervalArithmeticProperties.holds(result.getInterval(), exact),
        () -> result.getInterval() + " misses " + x + " ∘ " + y + " = " + exact + " (" + a + ", " + b + ")");
  }

  @Test
  void sumsHoldTheSumOfMembersAndCommute() {
    qt().forAll(estimates("a", PEOPLE), estimates("b", Unit.count("soldiers"))).checkAssert((a, b) -> {
      Estimate sum = Estimates.sum("s", "sent", PEOPLE, a, b);
      holdsTheResultOfMembers(sum, a, b, BigDecimal::add);
      assertEquals(sum.getInterval(), Estimates.sum("s", "sent", PEOPLE, b, a).getInterval());
      assertEquals("s", sum.getId());
      assertEquals("sent", sum.getMeasure());
      assertEquals(PEOPLE, sum.getUnit());
    });
  }

  @Test
  void differencesHoldTheDifferenceOfMembers() {
    qt().forAll(estimates("a", PEOPLE), estimates("b", PEOPLE)).checkAssert((a, b) ->
        holdsTheResultOfMembers(Estimates.difference("d", "left", PEOPLE, a, b), a, b, BigDecimal::subtract));
  }

  @Test
  void productsAndRatiosHoldTheirMembersResults() {
    qt().forAll(estimates("a", PEOPLE), estimates("b", Unit.multiplier())).checkAssert((a, b) -> {
      holdsTheResultOfMembers(Estimates.product("p", "grown", PEOPLE, a, b), a, b, BigDecimal::multiply);
      if (b.getInterval().contains(0)) {
        assertThrows(IllegalArgumentException.class, () -> Estimates.ratio("r", "per", PEOPLE, a, b));
      } else {
        holdsTheResultOfMembers(Estimates.ratio("r", "per", PEOPLE, a, b), a, b, (x, y) -> x.divide(y, MathContext.DECIMAL128));
      }
    });
  }

  @Test
  void aShareCountsPercentagesAsHundredthsAndFractionsAsTheyStand() {
    qt().forAll(estimates("a", Unit.percentage()), estimates("b", PEOPLE)).checkAssert((share, whole) ->
        holdsTheResultOfMembers(Estimates.share("k", "killed", PEOPLE, share, whole), share, whole,
            (x, y) -> x.movePointLeft(2).multiply(y)));
    qt().forAll(estimates("a", Unit.fraction()), estimates("b", PEOPLE)).checkAssert((share, whole) ->
        holdsTheResultOfMembers(Estimates.share("k", "killed", PEOPLE, share, whole), share, whole,
            BigDecimal::multiply));
  }

  @Test
  void aShareMustBeAFractionOrAPercentage() {
    qt().forAll(estimates("a", PEOPLE), estimates("b", PEOPLE)).checkAssert((share, whole) -> {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> Estimates.share("k", "killed", PEOPLE, share, whole));
      assertTrue(e.getMessage().contains("estimate a") && e.getMessage().contains("COUNT"), e.getMessage());
    });
  }

  @Test
  void scalingHoldsTheScaledMembers() {
    qt().forAll(estimates("a", PEOPLE), doubles().between(-1e6, 1e6)).checkAssert((a, factor) -> {
      Estimate scaled = Estimates.scaled("x", "converted", PEOPLE, a, factor);
      assertEquals(List.of(), Samples.violations(scaled));
      assertEquals(List.of("a"), scaled.getDerivedFrom());
      BigDecimal exact = BigDecimal.valueOf(member(a)).multiply(BigDecimal.valueOf(factor));
      assertTrue(IntervalArithmeticProperties.holds(scaled.getInterval(), exact),
          () -> scaled.getInterval() + " misses " + exact);
    });
  }

  @Test
  void nothingAddsUnitsOfDifferentKindsOrCurrencies() {
    qt().forAll(estimates("a", PEOPLE), estimates("b", Unit.currency("USD"))).checkAssert((a, b) -> {
      assertThrows(IllegalArgumentException.class, () -> Estimates.sum("s", "m", PEOPLE, a, b));
      assertThrows(IllegalArgumentException.class, () -> Estimates.difference("d", "m", PEOPLE, a, b));
      assertThrows(IllegalArgumentException.class, () -> Estimates.compare(a, b));
    });
    qt().forAll(estimates("a", Unit.currency("EUR")), estimates("b", Unit.currency("USD"))).checkAssert((a, b) ->
        assertThrows(IllegalArgumentException.class, () -> Estimates.sum("s", "m", Unit.currency("USD"), a, b)));
  }

  @Test
  void comparisonIsSymmetricAndConflictMeansNoSharedMember() {
    qt().forAll(estimates("a", PEOPLE), estimates("b", Unit.count("troops"))).checkAssert((a, b) -> {
      assertEquals(Estimates.compare(a, b), Estimates.compare(b, a));
      boolean conflicting = Estimates.compare(a, b) == io.github.newsclaims.core.EstimateComparison.CONFLICTING;
      assertEquals(!a.getInterval().overlaps(b.getInterval()), conflicting, () -> a + " vs " + b);
      if (conflicting) {
        assertTrue(!b.getInterval().contains(member(a)) && !a.getInterval().contains(member(b)));
      }
    });
  }

  @Test
  void theUnitKindsOfTheGeneratorsAreThoseAsked() {
    qt().forAll(estimates("a", Unit.fraction())).checkAssert(e -> assertEquals(UnitKind.FRACTION, e.getUnit().getKind()));
  }
}
