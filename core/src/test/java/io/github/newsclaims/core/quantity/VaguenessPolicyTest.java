package io.github.newsclaims.core.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.newsclaims.core.Approximator;
import io.github.newsclaims.core.Interval;
import io.github.newsclaims.core.UnitKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VaguenessPolicyTest {
  private final VaguenessPolicy defaults = VaguenessPolicy.defaults();

  @Test
  void documentsItsDefaults() {
    assertEquals(0.10, defaults.getAboutWidth());
    assertEquals(0.10, defaults.getNearlyReach());
    assertEquals(true, defaults.isStrictComparatives());
    assertEquals(2.0, defaults.getMagnitudeLowMultiple());
    assertEquals(3.0, defaults.getSeveralLowMultiple());
    assertEquals(10.0, defaults.getMagnitudeUpperFactor());
    assertEquals(true, defaults.isSharesWithinWhole());
    assertEquals(0.0, defaults.getRelativeChangeWidth());
    assertEquals(defaults, VaguenessPolicy.builder().build());
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
