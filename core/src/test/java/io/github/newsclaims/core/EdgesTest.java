package io.github.newsclaims.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The edges of the model's ranges and comparisons, each on both sides: the first value refused and
 * the last accepted, touching spans and intervals, the switch between plain and exponent notation.
 * Found by mutation testing (CONTRIBUTING.md, "Mutation testing"): each test here failed for a
 * surviving mutant.
 */
class EdgesTest {
  private static String refusal(Supplier<?> build) {
    return assertThrows(IllegalArgumentException.class, build::get).getMessage();
  }

  @Test
  void infiniteEndsMustPointOutward() {
    double inf = Double.POSITIVE_INFINITY;
    assertEquals("interval low must not be +∞", refusal(() -> Interval.open(inf, inf)));
    assertEquals("interval high must not be -∞", refusal(() -> Interval.open(-inf, -inf)));
    assertEquals(Interval.open(-inf, inf), Interval.parse(Interval.open(-inf, inf).toString()));
  }

  @Test
  void anOpenEndDoesNotEncloseAClosedEndAtTheSamePoint() {
    assertFalse(Interval.open(0, 10).encloses(Interval.closed(0, 5)));
    assertFalse(Interval.open(0, 10).encloses(Interval.closed(5, 10)));
    assertTrue(Interval.closed(0, 10).encloses(Interval.open(0, 10)));
    assertTrue(Interval.open(0, 10).encloses(Interval.open(0, 10)));
  }

  @Test
  void numbersSwitchToExponentsAtATrillionBillionAndBelowOneBillionth() {
    assertEquals("1E+21", Interval.format(1e21));
    assertEquals("999999999999999900000", Interval.format(9.999999999999999e20));
    assertEquals("0.000000001", Interval.format(1e-9));
    assertEquals("9.99E-10", Interval.format(9.99e-10));
  }

  @Test
  void spansMayReachTheEndButNotBeEmptyAndTouchingSpansDoNotOverlap() {
    assertEquals("span [1, 1) is empty; a span covers at least one code unit", refusal(() -> TextSpan.in("abc", 1, 1)));
    assertEquals(TextSpan.of(0, 3, "abc"), TextSpan.in("abc", 0, 3));
    assertEquals("span [2, 4) does not lie inside a text of length 3", refusal(() -> TextSpan.in("abc", 2, 4)));
    TextSpan left = TextSpan.of(0, 3, "abc");
    TextSpan right = TextSpan.of(3, 5, "de");
    assertFalse(left.overlaps(right));
    assertFalse(right.overlaps(left));
    assertTrue(TextSpan.of(2, 4, "cd").overlaps(left));
    assertTrue(left.overlaps(TextSpan.of(2, 4, "cd")));
  }

  @Test
  void ratingsNeedFiniteNumbersAndNormaliseNegativeZero() {
    assertEquals("rating \"false\" best must be finite, was Infinity",
        refusal(() -> Rating.of("false", 1, 0, Double.POSITIVE_INFINITY)));
    Rating zero = Rating.of("false", -0.0, -0.0, 5);
    assertEquals(Double.doubleToRawLongBits(0.0), Double.doubleToRawLongBits(zero.getValue().getAsDouble()));
    assertEquals(Double.doubleToRawLongBits(0.0), Double.doubleToRawLongBits(zero.getWorst().getAsDouble()));
    assertEquals(5.0, zero.getBest().getAsDouble());
    Rating negativeBest = Rating.of("false", -1, -5, -0.0);
    assertEquals(Double.doubleToRawLongBits(0.0), Double.doubleToRawLongBits(negativeBest.getBest().getAsDouble()));
    assertEquals(-1.0, negativeBest.getValue().getAsDouble());
    assertEquals(-5.0, negativeBest.getWorst().getAsDouble());
  }

  @Test
  void yearsRunFromOneTo9999() {
    assertEquals(1, PartialDate.of(1).getYear());
    assertEquals(9999, PartialDate.of(9999).getYear());
    assertEquals("partial date year must be 1..9999, was 0", refusal(() -> PartialDate.of(0)));
    assertEquals("partial date year must be 1..9999, was 10000", refusal(() -> PartialDate.of(10000)));
    assertEquals(1, TimeReference.builder().kind(TimeKind.DATE).year(1).build().getYear().getAsInt());
    assertEquals(9999, TimeReference.builder().kind(TimeKind.DATE).year(9999).build().getYear().getAsInt());
    assertEquals("time reference year must be 1..9999, was 0",
        refusal(() -> TimeReference.builder().kind(TimeKind.DATE).year(0).build()));
    assertEquals("time reference year must be 1..9999, was 10000",
        refusal(() -> TimeReference.builder().kind(TimeKind.DATE).year(10000).build()));
  }

  @Test
  void unitsNameWhatTheyCountAndCompareByKindAndName() {
    assertEquals("unit name must not be blank, was \" \"", refusal(() -> Unit.count(" ")));
    assertEquals("unit of kind FRACTION takes no name, was \"x\"", refusal(() -> Unit.of(UnitKind.FRACTION, "x")));
    assertEquals(Unit.fraction(), Unit.of(UnitKind.FRACTION));
    assertEquals("soldiers", Unit.count("soldiers").toString());
    assertEquals("count", Unit.count().toString());
    assertTrue(Unit.count("soldiers").isCommensurableWith(Unit.count("troops")));
    assertFalse(Unit.currency("USD").isCommensurableWith(Unit.currency("EUR")));
    assertTrue(Unit.currency("USD").isCommensurableWith(Unit.currency("USD")));
    assertFalse(Unit.count("soldiers").isCommensurableWith(Unit.percentage()));
  }

  @Test
  void aWikidataIdComesFromTheFirstWikidataUriWithAHostAndAPath() {
    assertEquals(Optional.of("Q423"), SameAs.wikidataId(List.of(URI.create("urn:isbn:0451450523"),
        URI.create("mailto:someone@example.org"), URI.create("https://www.wikidata.org/wiki/Q423"))));
    assertEquals(Optional.empty(), SameAs.wikidataId(List.of(URI.create("urn:isbn:0451450523"))));
  }
}
