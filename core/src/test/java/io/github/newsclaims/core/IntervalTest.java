package io.github.newsclaims.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class IntervalTest {
  @Test
  void printsStandardNotation() {
    assertEquals("[13500, 16500]", Interval.closed(13_500, 16_500).toString());
    assertEquals("[0.3, 0.3333333333333333)", Interval.closedOpen(0.3, 1.0 / 3).toString());
    assertEquals("(200, +∞)", Interval.greaterThan(200).toString());
    assertEquals("(-∞, 5]", Interval.atMost(5).toString());
    assertEquals("[2000000000, 1000000000000)", Interval.closedOpen(2e9, 1e12).toString());
    assertEquals("[0, 0]", Interval.point(-0.0).toString());
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
    assertFalse(Interval.greaterThan(200).contains(200));
    assertTrue(Interval.atLeast(200).contains(200));
  }

  @Test
  void enclosesAndOverlaps() {
    Interval about = Interval.closed(13_500, 16_500);
    assertTrue(about.encloses(Interval.point(15_000)));
    assertTrue(about.encloses(about));
    assertFalse(Interval.open(13_500, 16_500).encloses(about));
    assertTrue(about.overlaps(Interval.atLeast(16_500)));
    assertFalse(about.overlaps(Interval.greaterThan(16_500)));
    assertFalse(Interval.closedOpen(1, 2).overlaps(Interval.closed(2, 3)));
  }

  @Test
  void reportsShape() {
    assertTrue(Interval.closed(1, 2).isBounded());
    assertFalse(Interval.atLeast(1).isBounded());
    assertTrue(Interval.point(3).isPoint());
    assertEquals(3000.0, Interval.closed(13_500, 16_500).width());
  }
}
