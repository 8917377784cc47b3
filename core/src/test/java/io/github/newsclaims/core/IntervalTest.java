package io.github.newsclaims.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntervalTest {
  @Test
  void printsStandardNotation() {
    assertEquals("[13500, 16500]", Interval.closed(13_500, 16_500).toString());
    assertEquals("[0.3, 0.3333333333333333)", Interval.closedOpen(0.3, 1.0 / 3).toString());
    assertEquals("(200, +∞)", Interval.moreThan(200).toString());
    assertEquals("(-∞, 5]", Interval.atMost(5).toString());
    assertEquals("[2000000000, 1000000000000)", Interval.closedOpen(2e9, 1e12).toString());
    assertEquals("[0, 0]", Interval.point(-0.0).toString());
    assertEquals("[1E+300, +∞)", Interval.atLeast(1e300).toString());
    assertEquals("(-1.5E-12, 0]", Interval.openClosed(-1.5e-12, 0).toString());
    assertEquals(Interval.atLeast(1e300), Interval.parse(Interval.atLeast(1e300).toString()));
    assertEquals(Interval.openClosed(-1.5e-12, 0), Interval.parse("(-1.5E-12, 0]"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "[13500, 16500];   [13500, 16500]",
      "[0.3,0.3333);     [0.3, 0.3333)",
      "(200, inf);       (200, +∞)",
      "(-Infinity, 5];   (-∞, 5]",
      "( -∞ , +∞ );      (-∞, +∞)",
      "[1e3, 2E3];       [1000, 2000]",
      "[.5, 1];          [0.5, 1]"})
  void parsesNotation(String notation, String printed) {
    assertEquals(printed, Interval.parse(notation).toString());
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "1, 2;        not interval notation such as [1, 2) or (0, +∞): \"1, 2\"",
      "[2, 1];      interval low (2) must not exceed high (1)",
      "[1, +∞];     interval high +∞ must be open",
      "(3, 3];      interval (3, 3] is empty: a degenerate interval must be closed on both sides",
      "[+∞, +∞);    interval low +∞ must be open"})
  void rejectsBadNotationWithTheReason(String notation, String message) {
    assertEquals(message, assertThrows(IllegalArgumentException.class, () -> Interval.parse(notation)).getMessage());
  }

  @Test
  void rejectsIntervalWhoseLowExceedsHigh() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Interval.closed(5000, 4000));
    assertEquals("interval low (5000) must not exceed high (4000)", e.getMessage());
  }

  @Test
  void rejectsNaN() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Interval.closed(Double.NaN, 1));
    assertEquals("interval low must be a number, was NaN", e.getMessage());
  }

  @Test
  void containsRespectsOpenAndClosedBounds() {
    Interval nearlyAThird = Interval.closedOpen(0.3, 1.0 / 3);
    assertTrue(nearlyAThird.contains(0.3));
    assertTrue(nearlyAThird.contains(0.33));
    assertFalse(nearlyAThird.contains(1.0 / 3));
    assertFalse(Interval.moreThan(200).contains(200));
    assertTrue(Interval.atLeast(200).contains(200));
  }

  @Test
  void enclosesAndOverlaps() {
    Interval about = Interval.closed(13_500, 16_500);
    assertTrue(about.encloses(Interval.point(15_000)));
    assertTrue(about.encloses(about));
    assertFalse(Interval.open(13_500, 16_500).encloses(about));
    assertTrue(about.overlaps(Interval.atLeast(16_500)));
    assertFalse(about.overlaps(Interval.moreThan(16_500)));
    assertFalse(Interval.closedOpen(1, 2).overlaps(Interval.closed(2, 3)));
  }

  @Test
  void reportsShape() {
    assertTrue(Interval.closed(1, 2).isBounded());
    assertFalse(Interval.atLeast(1).isBounded());
    assertTrue(Interval.point(3).isPoint());
    assertEquals(3000.0, Interval.closed(13_500, 16_500).width());
  }

  @Test
  void nearlyAThirdOfAbout15000IsFrom4050UpTo5500Excluded() {
    Interval nearlyAThird = Interval.closedOpen(0.3, 1.0 / 3);
    Interval about15000 = Interval.closed(13500, 16500);
    assertEquals(Interval.parse("[4050, 5500)"), nearlyAThird.times(about15000));
  }

  @ParameterizedTest(name = "{0} × {1} = {2}")
  @CsvSource(delimiter = ';', value = {
      "[1, 2);    [3, 4];     [3, 8)",
      "(1, 2];    [3, 4];     (3, 8]",
      "[-2, 3];   [4, 5];     [-10, 15]",
      "[-2, -1);  (-3, 4];    [-8, 6)",
      "[0, 1];    [1, +∞);    [0, +∞)",
      "(0, 1];    [1, +∞);    (0, +∞)",
      "[0, 0];    (-∞, +∞);   [0, 0]",
      "(0, 1];    (-∞, -1];   (-∞, 0)",
      "[0, 2);    (3, 5);     [0, 10)",
      "[2, 2];    (-∞, 3);    (-∞, 6)",
      "[-2, -2];  (-∞, 3);    (-6, +∞)",
      "[0.1, 0.2]; [0.1, 0.2]; [0.01, 0.04]",
      // The same bound reached by two corners, once through members and once only as a limit:
      // the member wins, whichever corner comes first.
      "(-1, 1];   [-1, 1);    [-1, 1)",
      "(-1, 1];   (-1, 1];    (-1, 1]",
  })
  void multipliesRespectingOpenAndClosedBounds(String a, String b, String product) {
    assertEquals(Interval.parse(product), Interval.parse(a).times(Interval.parse(b)));
    assertEquals(Interval.parse(product), Interval.parse(b).times(Interval.parse(a)));
  }

  @ParameterizedTest(name = "{0} + {1} = {2}")
  @CsvSource(delimiter = ';', value = {
      "[1, 2);    [3, 4];     [4, 6)",
      "(1, 2];    [3, 4];     (4, 6]",
      "[1, +∞);   (-∞, 4];    (-∞, +∞)",
      "[0.1, 0.2]; [0.2, 0.4]; [0.3, 0.6]",
  })
  void addsRespectingOpenAndClosedBounds(String a, String b, String sum) {
    assertEquals(Interval.parse(sum), Interval.parse(a).plus(Interval.parse(b)));
  }

  @ParameterizedTest(name = "{0} - {1} = {2}")
  @CsvSource(delimiter = ';', value = {
      "[10, 20);  (1, 2];     [8, 19)",
      "[10, 20];  [10, 20];   [-10, 10]",
      "[0, +∞);   [1, 2];     [-2, +∞)",
  })
  void subtractsPairingLowWithHigh(String a, String b, String difference) {
    assertEquals(Interval.parse(difference), Interval.parse(a).minus(Interval.parse(b)));
  }

  @ParameterizedTest(name = "{0} / {1} = {2}")
  @CsvSource(delimiter = ';', value = {
      "[6, 8];    [2, 4];     [1.5, 4]",
      "[6, 8);    (2, 4];     [1.5, 4)",
      "[1, 2];    (0, 5];     [0.2, +∞)",
      "[1, 2];    [-5, 0);    (-∞, -0.2]",
      "[0, 2];    [1, +∞);    [0, 2]",
      "(0, 2];    [1, +∞);    (0, 2]",
      "[-1, 1];   [2, 2];     [-0.5, 0.5]",
      "[1, 1];    [3, 3];     [0.3333333333333333, 0.33333333333333337]",
  })
  void dividesRespectingOpenAndClosedBounds(String a, String b, String quotient) {
    assertEquals(Interval.parse(quotient), Interval.parse(a).dividedBy(Interval.parse(b)));
  }

  @Test
  void rejectsADivisorThatContainsZero() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Interval.closed(1, 2).dividedBy(Interval.closed(-1, 1)));
    assertEquals("cannot divide [1, 2] by the interval [-1, 1], which contains 0", e.getMessage());
  }

  @Test
  void scalesByAFactorAndSwapsBoundsForANegativeOne() {
    assertEquals(Interval.parse("[2, 4)"), Interval.closedOpen(1, 2).scaledBy(2));
    assertEquals(Interval.parse("(-4, -2]"), Interval.closedOpen(1, 2).scaledBy(-2));
    assertEquals(Interval.point(0), Interval.atLeast(1).scaledBy(0));
  }

  @Test
  void rejectsAScaleFactorThatIsNotFinite() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Interval.point(1).scaledBy(Double.NaN));
    assertEquals("scale factor must be finite, was NaN", e.getMessage());
  }

  @Test
  void aProductBeyondTheRangeOfDoublesBecomesAnOpenInfiniteBound() {
    Interval product = Interval.closed(1e300, 2e300).times(Interval.closed(1e300, 1e300));
    assertEquals(Interval.of(Double.MAX_VALUE, true, Double.POSITIVE_INFINITY, false), product);
    Interval negative = Interval.closed(-2e300, -1e300).times(Interval.closed(1e300, 1e300));
    assertEquals(Interval.of(Double.NEGATIVE_INFINITY, false, -Double.MAX_VALUE, true), negative);
  }

  @Test
  void roundsAnInexactBoundOutward() {
    Interval third = Interval.point(1).dividedBy(Interval.point(3));
    assertTrue(third.getLow() < third.getHigh(), third::toString);
    assertEquals(Math.nextUp(third.getLow()), third.getHigh());
  }

  @Test
  void negativeZeroIsStoredAsZeroSoTheNotationRoundTrips() {
    Interval interval = Interval.closed(-0.0, 1);
    assertEquals("[0, 1]", interval.toString());
    assertEquals(Interval.parse("[0, 1]"), interval);
  }
}
