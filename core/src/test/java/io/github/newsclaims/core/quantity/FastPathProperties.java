package io.github.newsclaims.core.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.newsclaims.core.Approximator;
import io.github.newsclaims.core.Estimate;
import io.github.newsclaims.core.Examples;
import io.github.newsclaims.core.Interval;
import io.github.newsclaims.core.UnitKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Where the reader takes a cheaper path than the general one, both give the same answer: a
 * numeral's digits read without a string equal {@code new BigDecimal} of them, scale included; a
 * whole double's quick exact decimal equals {@link BigDecimal#valueOf(double)}; the shared shares
 * equal freshly made ones; a policy's interval for a whole number equals the one computed through
 * {@code Double.toString}, as it was before the quick path; and a phrase reads the same whether
 * its number is written whole ("15,000") or with decimals ("15,000.00").
 */
class FastPathProperties {
  /** Numerals as a number token holds them: digits grouped in threes or not, with or without decimals. */
  private static Gen<String> numerals() {
    // Any count of digits, 1 to 19: a uniformly drawn long has 18 or 19 digits nearly always, and
    // those take the general path, so the quick one would hardly be tried.
    Gen<Long> sized = integers().between(1, 18).zip(longs().between(0, Long.MAX_VALUE), (digits, n) -> n % pow10(digits));
    Gen<Long> numbers = Generate.pick(List.of(0, 1, 2)).zip(sized, longs().between(0, Long.MAX_VALUE),
        (pick, s, any) -> pick < 2 ? s : any);
    Gen<String> whole = numbers.map(n -> Long.toString(n));
    Gen<String> grouped = numbers.map(n -> String.format(Locale.ROOT, "%,d", n));
    Gen<String> fraction = integers().between(0, 6).zip(longs().between(0, 999_999_999_999L),
        (digits, n) -> digits == 0 ? "" : "." + String.format(Locale.ROOT, "%0" + digits + "d", n % pow10(digits)));
    return Generate.pick(List.of(0, 1)).zip(whole, grouped, fraction,
        (pick, w, g, f) -> (pick == 0 ? w : g) + f);
  }

  private static long pow10(int digits) {
    long p = 1;
    for (int i = 0; i < digits; i++) {
      p *= 10;
    }
    return p;
  }

  @Test
  void aNumeralReadWithoutAStringEqualsItsBigDecimalScaleIncluded() {
    qt().withExamples(Examples.of(5000)).forAll(numerals()).checkAssert(numeral -> {
      String text = "about " + numeral + " soldiers";
      BigDecimal fast = Decimals.parse(text, 6, 6 + numeral.length());
      assertEquals(Decimals.general(numeral), fast, numeral);
    });
  }

  @Test
  void theLongestNumeralsTakeTheGeneralPath() {
    for (String numeral : List.of("999,999,999,999,999,999.99", "123456789012345678901234", "0.000000000000000000001",
        "1234567890123456789", "000000000000000000001", "9,223,372,036,854,775,807", "12.5", "0", "0.0")) {
      assertEquals(Decimals.general(numeral), Decimals.parse(numeral, 0, numeral.length()), numeral);
    }
  }

  @Test
  void whatBigDecimalRefusesTheQuickReadingRefusesToo() {
    // Not numerals a number token holds, but the contract is new BigDecimal's: the same refusal.
    for (String notANumeral : List.of("2.3.4", ".", ",", "1,2.3.4", "12a")) {
      assertThrows(NumberFormatException.class, () -> Decimals.parse(notANumeral, 0, notANumeral.length()), notANumeral);
    }
  }

  @Test
  void aWholeDoublesQuickDecimalEqualsBigDecimalValueOf() {
    Gen<Double> wholes = longs().between(-(1L << 54), 1L << 54).map(n -> (double) n);
    Gen<Double> any = doubles().any();
    qt().withExamples(Examples.of(5000)).forAll(Generate.pick(List.of(0, 1)).zip(wholes, any, (pick, w, a) -> pick == 0 ? w : a))
        .checkAssert(v -> {
          if (Double.isFinite(v)) {
            assertEquals(0, Decimals.exact(v).compareTo(BigDecimal.valueOf(v)), () -> Double.toString(v));
          }
        });
    for (double v : new double[] {0.0, -0.0, 0x1p53 - 1, 0x1p53, -(0x1p53 - 1), 1e15, 9_007_199_254_740_991.0, 15000, 0.5}) {
      assertEquals(0, Decimals.exact(v).compareTo(BigDecimal.valueOf(v)), Double.toString(v));
    }
  }

  @Test
  void aFractionsQuickDecimalEqualsBigDecimalValueOf() {
    // Shares such as "a third" take the quick path; other fractions, such as 0.3, must not.
    for (int d = 2; d <= 12; d++) {
      for (int n = 1; n < d; n++) {
        double v = (double) n / d;
        assertEquals(BigDecimal.valueOf(v), Decimals.exact(v), n + "/" + d);
      }
    }
    for (int k = 1; k < 1000; k++) {
      double v = k / 1000.0;
      assertEquals(0, Decimals.exact(v).compareTo(BigDecimal.valueOf(v)), Double.toString(v));
      assertEquals(0, Decimals.exact(-v).compareTo(BigDecimal.valueOf(-v)), Double.toString(-v));
      assertEquals(0, Decimals.exact(1 + v).compareTo(BigDecimal.valueOf(1 + v)), Double.toString(1 + v));
    }
  }

  @Test
  void sharedSharesEqualFreshOnes() {
    for (int d = -1; d <= 12; d++) {
      for (int n = -1; n <= d + 1; n++) {
        if (d != 0) {
          assertEquals(Decimals.generalShare(n, d), Decimals.share(n, d), n + "/" + d);
        }
      }
    }
  }

  /** The interval a hedged value stood for when every stated value went through {@code Double.toString}. */
  private static Interval general(VaguenessPolicy policy, Approximator approximator, double v, UnitKind kind) {
    BigDecimal value = BigDecimal.valueOf(v);
    return switch (approximator) {
      case ABOUT -> {
        BigDecimal spread = value.abs().multiply(BigDecimal.valueOf(policy.getAboutWidth()));
        Interval about = Interval.closed(value.subtract(spread).doubleValue() + 0.0, value.add(spread).doubleValue() + 0.0);
        double whole = kind == UnitKind.PERCENTAGE ? 100 : kind == UnitKind.FRACTION ? 1 : Double.POSITIVE_INFINITY;
        yield v > whole || about.getHigh() <= whole ? about : Interval.closed(about.getLow(), whole);
      }
      case NEARLY -> Interval.closedOpen(
          value.subtract(value.abs().multiply(BigDecimal.valueOf(policy.getNearlyReach()))).doubleValue() + 0.0, v);
      default -> throw new IllegalArgumentException(approximator.toString());
    };
  }

  @Test
  void aWholeNumbersIntervalEqualsTheOneThroughDoubleToString() {
    Gen<VaguenessPolicy> policies = Generate.pick(List.of(VaguenessPolicy.defaults(),
        VaguenessPolicy.builder().aboutWidth(0.05).nearlyReach(0.2).build(),
        VaguenessPolicy.builder().aboutWidth(0.123456789).nearlyReach(1.0 / 3).build()));
    Gen<Double> wholes = longs().between(1, 1L << 53).map(n -> (double) n);
    qt().withExamples(Examples.of(3000)).forAll(policies, wholes, Generate.pick(List.of(Approximator.ABOUT, Approximator.NEARLY)),
        Generate.enumValues(UnitKind.class)).checkAssert((policy, v, approximator, kind) -> {
          if (kind == UnitKind.MULTIPLIER || kind == UnitKind.DURATION || kind == UnitKind.MEASURE) {
            return;
          }
          assertEquals(general(policy, approximator, v, kind), policy.interval(approximator, v, kind),
              () -> approximator + " " + v + " " + kind);
          assertEquals(general(policy, approximator, -v, kind), policy.interval(approximator, -v, kind),
              () -> approximator + " " + -v + " " + kind);
        });
  }

  @Test
  void aMagnitudesIntervalEqualsTheOneThroughDoubleToString() {
    VaguenessPolicy policy = VaguenessPolicy.defaults();
    for (double base : new double[] {10, 12, 20, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e9, 1e12, 1e13, 1e15, 1e18, 1e21, 0.25, 2.5, 0.012}) {
      BigDecimal unit = BigDecimal.valueOf(base);
      int exponent = unit.precision() - unit.scale() - 1;
      BigDecimal high = BigDecimal.ONE.scaleByPowerOfTen(exponent).multiply(BigDecimal.valueOf(policy.getMagnitudeUpperFactor()));
      BigDecimal low = unit.multiply(BigDecimal.valueOf(policy.getMagnitudeLowMultiple()));
      assertEquals(Interval.closedOpen(low.doubleValue(), high.doubleValue()), policy.magnitude(base), () -> "magnitude " + base);
    }
  }

  @Test
  void aPhraseReadsTheSameWithItsNumberWholeOrWithDecimals() {
    Gen<String> hedges = Generate.pick(List.of("", "about", "nearly", "more than", "just over", "up to", "fewer than",
        "an estimated", "between 1 and"));
    Gen<String> units = Generate.pick(List.of("soldiers", "", "percent", "million", "billion dollars", "tonnes"));
    qt().withExamples(Examples.of(3000)).forAll(hedges, longs().between(1, 999_999_999_999L), units).checkAssert((hedge, n, unit) -> {
      String whole = String.format(Locale.ROOT, "%,d", n);
      Optional<Estimate> a = QuantityPhrases.parse((hedge + " " + whole + " " + unit).trim());
      Optional<Estimate> b = QuantityPhrases.parse((hedge + " " + whole + ".00 " + unit).trim());
      assertEquals(a.isPresent(), b.isPresent(), () -> hedge + " " + whole + " " + unit);
      a.ifPresent(estimate -> {
        assertEquals(estimate.getInterval(), b.orElseThrow().getInterval(), () -> hedge + " " + whole + " " + unit);
        assertEquals(estimate.getApproximator(), b.orElseThrow().getApproximator());
        assertEquals(estimate.getUnit(), b.orElseThrow().getUnit());
        assertEquals(estimate.getStatedValue(), b.orElseThrow().getStatedValue());
      });
    });
  }

  @Test
  void aSpelledNumbersUnscaledValueIsItsValueDividedByItsScale() {
    Gen<String> units = Generate.pick(List.of("one", "two", "twenty-five", "ninety-nine", "a", "half a",
        "one and a half", "six hundred", "two hundred and fifty", "a hundred", "three dozen"));
    Gen<String> scales = Generate.pick(List.of("", "thousand", "million", "billion", "trillion",
        "million two hundred thousand", "billion three hundred million"));
    qt().withExamples(Examples.of(2000)).forAll(units, scales).checkAssert((unit, scale) -> {
      String text = (unit + " " + scale).trim() + " people";
      NumberWordReader.Num num = new NumberWordReader(text).numberWords(0);
      if (num != null) {
        assertEquals(0, num.raw().compareTo(num.value().divide(num.scale())), text);
        assertEquals(0, num.raw().multiply(num.scale()).compareTo(num.value()), text);
      }
    });
  }

  @Test
  void sharedUnitsAreTheUnitsTheModelMakes() {
    assertTrue(Units.COUNT.equals(io.github.newsclaims.core.Unit.count()));
    assertEquals(io.github.newsclaims.core.Unit.currency("GBP"), Units.currency("GBP"));
    assertEquals(io.github.newsclaims.core.Unit.duration("d"), Units.duration("d"));
    assertEquals(io.github.newsclaims.core.Unit.measure("km2"), Units.measure("km2"));
    assertFalse(Units.currency("CHF").equals(Units.currency("GBP")));
  }
}
