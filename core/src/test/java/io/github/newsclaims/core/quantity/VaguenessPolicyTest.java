package io.github.newsclaims.core.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.newsclaims.core.Approximator;
import io.github.newsclaims.core.Interval;
import io.github.newsclaims.core.UnitKind;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VaguenessPolicyTest {
  private final VaguenessPolicy defaults = VaguenessPolicy.defaults();

  /** The approximators that read one stated value. */
  private static final List<Approximator> SINGLE_VALUED = List.of(Approximator.EXACT, Approximator.ABOUT,
      Approximator.NEARLY, Approximator.AT_LEAST, Approximator.MORE_THAN, Approximator.AT_MOST, Approximator.UP_TO,
      Approximator.FEWER_THAN, Approximator.RELATIVE_CHANGE);

  /** Stated values as news gives them: whole numbers and one or two decimals, from 0.01 to a billion. */
  private static Gen<Double> statedValues() {
    return integers().between(1, 100_000_000).zip(integers().between(0, 2), (n, decimals) ->
        BigDecimal.valueOf(n).movePointLeft(decimals).doubleValue());
  }

  @Test
  void theDefaultsAreWhatABuilderLeftAloneBuilds() {
    assertEquals(defaults, VaguenessPolicy.builder().build());
    assertEquals(defaults, VaguenessPolicy.builder().from(defaults).build());
    assertNotEquals(defaults, VaguenessPolicy.builder().aboutWidth(0.2).build());
  }

  @Test
  void aLargerStatedValueNeverLowersEitherBound() {
    qt().forAll(statedValues(), statedValues(), arbitrary().pick(SINGLE_VALUED)).checkAssert((a, b, approximator) -> {
      double smaller = Math.min(a, b);
      double larger = Math.max(a, b);
      Interval low = defaults.interval(approximator, smaller, UnitKind.COUNT);
      Interval high = defaults.interval(approximator, larger, UnitKind.COUNT);
      assertTrue(low.getLow() <= high.getLow() && low.getHigh() <= high.getHigh(),
          () -> approximator + " " + smaller + " = " + low + ", " + approximator + " " + larger + " = " + high);
    });
  }

  @Test
  void theStatedValueIsInsideExceptWhereTheWordsExcludeIt() {
    qt().forAll(statedValues(), arbitrary().pick(SINGLE_VALUED)).checkAssert((v, approximator) -> {
      Interval interval = defaults.interval(approximator, v, UnitKind.COUNT);
      boolean excluded = approximator == Approximator.NEARLY || approximator == Approximator.MORE_THAN
          || approximator == Approximator.FEWER_THAN;
      assertEquals(!excluded, interval.contains(v), () -> approximator + " " + v + " = " + interval);
      // An excluded stated value is the open bound itself: nothing between it and the interval.
      if (excluded) {
        assertTrue(interval.getLow() == v || interval.getHigh() == v, () -> approximator + " " + v + " = " + interval);
      }
    });
  }

  @Test
  void theHedgesOrderThemselvesAroundTheStatedValue() {
    qt().forAll(statedValues()).checkAssert(v -> {
      Interval about = defaults.interval(Approximator.ABOUT, v, UnitKind.COUNT);
      Interval nearly = defaults.interval(Approximator.NEARLY, v, UnitKind.COUNT);
      Interval justOver = defaults.justOver(v, UnitKind.COUNT);
      // "nearly v" is just below v, "just over v" just above, and "about v" spans both: it says no direction.
      assertTrue(about.encloses(nearly) && about.encloses(justOver), () -> about + " " + nearly + " " + justOver);
      assertEquals(v - about.getLow(), about.getHigh() - v, v * 1e-12, () -> "about " + v + " is symmetric: " + about);
      assertTrue(nearly.getHigh() <= justOver.getLow() && !nearly.overlaps(justOver));
      // The comparatives hold the hedges that lean their way, and the inclusive forms hold the strict ones.
      Interval fewer = defaults.interval(Approximator.FEWER_THAN, v, UnitKind.COUNT);
      Interval atMost = defaults.interval(Approximator.AT_MOST, v, UnitKind.COUNT);
      Interval more = defaults.interval(Approximator.MORE_THAN, v, UnitKind.COUNT);
      Interval atLeast = defaults.interval(Approximator.AT_LEAST, v, UnitKind.COUNT);
      assertTrue(fewer.encloses(nearly) && atMost.encloses(fewer), () -> fewer + " " + atMost + " " + nearly);
      assertTrue(more.encloses(justOver) && atLeast.encloses(more), () -> more + " " + atLeast + " " + justOver);
      assertEquals(defaults.interval(Approximator.AT_MOST, v, UnitKind.COUNT),
          defaults.interval(Approximator.UP_TO, v, UnitKind.COUNT), "\"up to\" and \"at most\" say the same");
      assertEquals(Interval.point(v), defaults.interval(Approximator.EXACT, v, UnitKind.COUNT));
    });
  }

  @Test
  void aWiderPolicyReadsEveryHedgeWider() {
    VaguenessPolicy wider = VaguenessPolicy.builder().aboutWidth(0.2).nearlyReach(0.2).relativeChangeWidth(0.1).build();
    qt().forAll(statedValues()).checkAssert(v -> {
      for (Approximator approximator : List.of(Approximator.ABOUT, Approximator.NEARLY, Approximator.RELATIVE_CHANGE)) {
        Interval narrow = defaults.interval(approximator, v, UnitKind.COUNT);
        Interval wide = wider.interval(approximator, v, UnitKind.COUNT);
        assertTrue(wide.encloses(narrow) && wide.width() > narrow.width(), () -> approximator + " " + narrow + " " + wide);
      }
      assertTrue(wider.justOver(v, UnitKind.COUNT).encloses(defaults.justOver(v, UnitKind.COUNT)));
    });
  }

  @Test
  void sharesBelowTheirWholeStayWithinIt() {
    qt().forAll(integers().between(1, 99), arbitrary().pick(SINGLE_VALUED)).checkAssert((percent, approximator) -> {
      Interval ofHundred = defaults.interval(approximator, percent, UnitKind.PERCENTAGE);
      Interval ofOne = defaults.interval(approximator, percent / 100.0, UnitKind.FRACTION);
      assertTrue(ofHundred.getHigh() <= 100 && ofOne.getHigh() <= 1, () -> approximator + " " + ofHundred + " " + ofOne);
      // The cap cuts only the part beyond the whole: what lies within is read as for a count.
      Interval count = defaults.interval(approximator, percent, UnitKind.COUNT);
      assertEquals(count.getLow(), ofHundred.getLow(), () -> approximator + " " + count + " " + ofHundred);
    });
  }

  @Test
  void magnitudesOfSuccessiveUnitsFollowEachOtherAndSeveralIsWithinThePlural() {
    for (int exponent = 1; exponent <= 9; exponent++) {
      double unit = Math.pow(10, exponent);
      Interval plural = defaults.magnitude(unit);
      Interval next = defaults.magnitude(unit * 10);
      // "hundreds" ends where the next order's unit begins ("thousands" starts at two thousand, above it).
      assertEquals(unit * 10, plural.getHigh(), 1e-6 * unit, plural::toString);
      assertTrue(plural.getHigh() <= next.getLow(), () -> plural + " " + next);
      assertTrue(plural.encloses(defaults.several(unit)), () -> plural + " " + defaults.several(unit));
      assertTrue(plural.contains(2 * unit) && !plural.contains(unit), () -> "two of the unit, not one: " + plural);
    }
  }

  @ParameterizedTest(name = "{0} {1} {2} = {3}")
  @CsvSource(delimiter = ';', value = {
      "EXACT;           15000; COUNT;      [15000, 15000]",
      "ABOUT;           15000; COUNT;      [13500, 16500]",
      "ABOUT;           2.3;   COUNT;      [2.07, 2.53]",
      "ABOUT;           1;     FRACTION;   [0.9, 1]",
      "NEARLY;          40;    PERCENTAGE; [36, 40)",
      "AT_LEAST;        200;   COUNT;      [200, +∞)",
      "AT_LEAST;        100;   PERCENTAGE; [100, 100]",
      "MORE_THAN;       200;   COUNT;      (200, +∞)",
      "MORE_THAN;       0.5;   FRACTION;   (0.5, 1]",
      "MORE_THAN;       150;   PERCENTAGE; (150, +∞)",
      "AT_MOST;         10;    PERCENTAGE; [0, 10]",
      "UP_TO;           3000;  COUNT;      [0, 3000]",
      "UP_TO;           0;     COUNT;      [0, 0]",
      "FEWER_THAN;      50;    COUNT;      [0, 50)",
      "RELATIVE_CHANGE; 2;     MULTIPLIER; [2, 2]",
  })
  void readsAStatedValueAsTheDocumentedInterval(Approximator approximator, double value, UnitKind kind,
      String interval) {
    assertEquals(Interval.parse(interval), defaults.interval(approximator, value, kind));
  }

  @Test
  void leavesSharesUncappedWhenAskedTo() {
    VaguenessPolicy uncapped = VaguenessPolicy.builder().sharesWithinWhole(false).build();
    assertEquals(Interval.moreThan(0.5), uncapped.interval(Approximator.MORE_THAN, 0.5, UnitKind.FRACTION));
    assertEquals(Interval.closed(85.5, 104.5), uncapped.interval(Approximator.ABOUT, 95, UnitKind.PERCENTAGE));
  }

  @Test
  void anUncappedPolicyLeavesEvenAShareOfNothingOpenUpwards() {
    VaguenessPolicy uncapped = VaguenessPolicy.builder().sharesWithinWhole(false).build();
    assertEquals(Interval.atLeast(0), uncapped.interval(Approximator.AT_LEAST, 0, UnitKind.FRACTION));
    assertEquals(Interval.closed(0, 1), defaults.interval(Approximator.AT_LEAST, 0, UnitKind.FRACTION));
  }

  @Test
  void readsJustOverTheWholeAsAGrowthBeyondIt() {
    // "just over 100 percent" is a share beyond the whole (a rise), so it is not capped.
    assertEquals(Interval.openClosed(100, 110), defaults.justOver(100, UnitKind.PERCENTAGE));
    assertEquals(Interval.openClosed(1, 1.1), defaults.justOver(1, UnitKind.FRACTION));
    assertEquals(Interval.openClosed(0.5, 0.55), defaults.justOver(0.5, UnitKind.FRACTION));
  }

  @Test
  void acceptsEveryAttributeAtTheClosedEndOfItsRange() {
    VaguenessPolicy widest = VaguenessPolicy.builder().aboutWidth(1).nearlyReach(1).magnitudeLowMultiple(1)
        .severalLowMultiple(1).magnitudeUpperFactor(2.5).relativeChangeWidth(0).build();
    assertEquals(Interval.closed(0, 20), widest.interval(Approximator.ABOUT, 10, UnitKind.COUNT));
    assertEquals(Interval.closedOpen(0, 10), widest.interval(Approximator.NEARLY, 10, UnitKind.COUNT));
    assertEquals(Interval.closedOpen(100, 250), widest.magnitude(100));
    assertEquals(Interval.closedOpen(100, 250), widest.several(100));
    assertEquals(Interval.point(2), widest.interval(Approximator.RELATIVE_CHANGE, 2, UnitKind.MULTIPLIER));
  }

  @Test
  void refusesEveryAttributeJustPastItsRangeNamingIt() {
    assertEquals("vagueness policy aboutWidth must be in (0, 1], was 1.01", assertThrows(IllegalArgumentException.class,
        () -> VaguenessPolicy.builder().aboutWidth(1.01).build()).getMessage());
    assertEquals("vagueness policy nearlyReach must be in (0, 1], was 1.01", assertThrows(IllegalArgumentException.class,
        () -> VaguenessPolicy.builder().nearlyReach(1.01).build()).getMessage());
    assertEquals("vagueness policy relativeChangeWidth must be in [0, 1), was 1.0",
        assertThrows(IllegalArgumentException.class, () -> VaguenessPolicy.builder().relativeChangeWidth(1).build())
            .getMessage());
    assertEquals("vagueness policy severalLowMultiple must be at least 1, was 0.99",
        assertThrows(IllegalArgumentException.class, () -> VaguenessPolicy.builder().severalLowMultiple(0.99).build())
            .getMessage());
    assertEquals("vagueness policy magnitudeLowMultiple must be at least 1, was Infinity",
        assertThrows(IllegalArgumentException.class,
            () -> VaguenessPolicy.builder().magnitudeLowMultiple(Double.POSITIVE_INFINITY).build()).getMessage());
    assertEquals("vagueness policy magnitudeUpperFactor must exceed twice the larger low multiple (8.0), was Infinity",
        assertThrows(IllegalArgumentException.class, () -> VaguenessPolicy.builder().severalLowMultiple(4)
            .magnitudeUpperFactor(Double.POSITIVE_INFINITY).build()).getMessage());
  }

  @Test
  void refusesAMagnitudeWithoutAPositiveUnitOrWithNothingInIt() {
    for (double bad : new double[] {0, -100, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertEquals("a magnitude needs a positive finite unit, was " + bad,
          assertThrows(IllegalArgumentException.class, () -> defaults.magnitude(bad)).getMessage());
    }
    VaguenessPolicy fourfold = VaguenessPolicy.builder().magnitudeLowMultiple(4).build();
    assertEquals(Interval.closedOpen(800, 1000), fourfold.magnitude(200));
    // Four times 250 is 1000, where the next order of magnitude begins: nothing is left.
    assertEquals("magnitude of 250 is empty: 4 times it is not below 1000",
        assertThrows(IllegalArgumentException.class, () -> fourfold.magnitude(250)).getMessage());
  }

  @Test
  void refusesJustOverZeroAndNumbersThatAreNotFinite() {
    assertEquals("\"just over 0\" has no width: it needs a non-zero value",
        assertThrows(IllegalArgumentException.class, () -> defaults.justOver(0, UnitKind.COUNT)).getMessage());
    assertEquals("vagueness policy stated value must be finite, was Infinity",
        assertThrows(IllegalArgumentException.class,
            () -> defaults.justOver(Double.POSITIVE_INFINITY, UnitKind.COUNT)).getMessage());
  }

  @Test
  void givesRelativeChangesAWidthWhenAskedTo() {
    VaguenessPolicy roughly = VaguenessPolicy.builder().relativeChangeWidth(0.1).build();
    assertEquals(Interval.closed(1.8, 2.2), roughly.interval(Approximator.RELATIVE_CHANGE, 2, UnitKind.MULTIPLIER));
  }

  @ParameterizedTest(name = "magnitude of {0} = {1}")
  @CsvSource(delimiter = ';', value = {
      "12;          [24, 100)",
      "20;          [40, 100)",
      "100;         [200, 1000)",
      "1000;        [2000, 10000)",
      "10000;       [20000, 100000)",
      "100000;      [200000, 1000000)",
      "1000000000;  [2000000000, 10000000000)",
  })
  void readsAPluralMagnitudeFromTwiceItsUnitToTheNextOrderOfMagnitude(double base, String interval) {
    assertEquals(Interval.parse(interval), defaults.magnitude(base));
  }

  @Test
  void readsSeveralFromThreeTimesItsUnit() {
    assertEquals(Interval.closedOpen(300, 1000), defaults.several(100));
    assertEquals(Interval.closedOpen(36, 100), defaults.several(12));
  }

  @Test
  void readsJustOverAsTheMirrorOfNearly() {
    assertEquals(Interval.openClosed(100, 110), defaults.justOver(100, UnitKind.COUNT));
    assertEquals(Interval.openClosed(0.95, 1), defaults.justOver(0.95, UnitKind.FRACTION));
  }

  @Test
  void readsComparativesAsBoundsIncludedWhenNotStrict() {
    VaguenessPolicy loose = VaguenessPolicy.builder().strictComparatives(false).build();
    assertEquals(Approximator.AT_LEAST, loose.reading(Approximator.MORE_THAN));
    assertEquals(Approximator.AT_MOST, loose.reading(Approximator.FEWER_THAN));
    assertEquals(Approximator.ABOUT, loose.reading(Approximator.ABOUT));
    assertEquals(Approximator.MORE_THAN, defaults.reading(Approximator.MORE_THAN));
  }

  @Test
  void rejectsAboutZeroWhichHasNoWidth() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> defaults.interval(Approximator.ABOUT, 0, UnitKind.COUNT));
    assertEquals("\"about 0\" has no width: the approximator ABOUT needs a non-zero value", e.getMessage());
  }

  @Test
  void rejectsApproximatorsWithoutASingleStatedValue() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> defaults.interval(Approximator.BETWEEN, 5, UnitKind.COUNT));
    assertEquals("the approximator BETWEEN has no single stated value to read an interval from", e.getMessage());
  }

  @Test
  void rejectsAStatedValueThatIsNotFinite() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> defaults.interval(Approximator.EXACT, Double.NaN, UnitKind.COUNT));
    assertEquals("vagueness policy stated value must be finite, was NaN", e.getMessage());
  }

  @Test
  void rejectsAnAboutWidthOutsideZeroToOne() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> VaguenessPolicy.builder().aboutWidth(0).build());
    assertEquals("vagueness policy aboutWidth must be in (0, 1], was 0.0", e.getMessage());
  }

  @Test
  void rejectsANearlyReachOfZeroWhichWouldBeEmpty() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> VaguenessPolicy.builder().nearlyReach(0).build());
    assertEquals("vagueness policy nearlyReach must be in (0, 1], was 0.0", e.getMessage());
  }

  @Test
  void rejectsAnUpperFactorThatWouldLeaveScoresEmpty() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> VaguenessPolicy.builder().magnitudeUpperFactor(6).build());
    assertEquals("vagueness policy magnitudeUpperFactor must exceed twice the larger low multiple (6.0), was 6.0",
        e.getMessage());
  }

  @Test
  void rejectsALowMultipleBelowOne() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> VaguenessPolicy.builder().magnitudeLowMultiple(0.5).build());
    assertEquals("vagueness policy magnitudeLowMultiple must be at least 1, was 0.5", e.getMessage());
  }

  @Test
  void rejectsANegativeRelativeChangeWidth() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> VaguenessPolicy.builder().relativeChangeWidth(-0.1).build());
    assertEquals("vagueness policy relativeChangeWidth must be in [0, 1), was -0.1", e.getMessage());
  }

  @Test
  void saysWhichReadingFailsAtTheEdgesOfDoublePrecision() {
    VaguenessPolicy policy = VaguenessPolicy.defaults();
    assertEquals("\"nearly 4.9E-324\" is too small to have a width in double precision",
        assertThrows(IllegalArgumentException.class,
            () -> policy.interval(Approximator.NEARLY, Double.MIN_VALUE, UnitKind.COUNT)).getMessage());
    assertEquals("\"about 1.7E+308\" reaches beyond the range of a double",
        assertThrows(IllegalArgumentException.class,
            () -> policy.interval(Approximator.ABOUT, 1.7e308, UnitKind.COUNT)).getMessage());
    assertEquals("\"just over 4.9E-324\" is too small to have a width in double precision",
        assertThrows(IllegalArgumentException.class,
            () -> policy.justOver(Double.MIN_VALUE, UnitKind.COUNT)).getMessage());
  }
}
