package io.github.newsclaims.core.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.newsclaims.core.Approximator;
import io.github.newsclaims.core.Estimate;
import io.github.newsclaims.core.Examples;
import io.github.newsclaims.core.Interval;
import io.github.newsclaims.core.UnitKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The phrase grammar as a whole, not phrase by phrase: a phrase printed from its parts (a hedge, a
 * number, a scale word, a counted noun) parses back to those parts, for every hedge and scale, and
 * the bounds read from a phrase grow with its number.
 */
class QuantityGrammarProperties {
  /** A hedge as reporters write it and the approximator it stands for. */
  private record Hedge(String words, Approximator approximator) {}

  private static final List<Hedge> HEDGES = List.of(new Hedge("", Approximator.EXACT),
      new Hedge("about", Approximator.ABOUT), new Hedge("around", Approximator.ABOUT),
      new Hedge("roughly", Approximator.ABOUT), new Hedge("nearly", Approximator.NEARLY),
      new Hedge("almost", Approximator.NEARLY), new Hedge("at least", Approximator.AT_LEAST),
      new Hedge("more than", Approximator.MORE_THAN), new Hedge("over", Approximator.MORE_THAN),
      new Hedge("at most", Approximator.AT_MOST), new Hedge("up to", Approximator.UP_TO),
      new Hedge("fewer than", Approximator.FEWER_THAN), new Hedge("less than", Approximator.FEWER_THAN));

  /** A scale word and its factor; the empty word is no scale. */
  private record Scale(String word, long factor) {}

  private static final List<Scale> SCALES = List.of(new Scale("", 1), new Scale("thousand", 1_000),
      new Scale("million", 1_000_000), new Scale("billion", 1_000_000_000),
      new Scale("trillion", 1_000_000_000_000L));

  /** A number as printed in news text: digits with thousands separators, or a decimal of a scale. */
  private static String print(int hundredths, boolean decimal) {
    if (decimal) {
      return BigDecimal.valueOf(hundredths, 2).stripTrailingZeros().toPlainString();
    }
    return String.format(Locale.ROOT, "%,d", hundredths);
  }

  private static String phrase(Hedge hedge, String number, Scale scale) {
    return String.join(" ", List.of(hedge.words(), number, scale.word(), "soldiers")).trim().replaceAll(" +", " ");
  }

  private static final Gen<Hedge> HEDGE = Generate.pick(HEDGES);
  private static final Gen<Scale> SCALE = Generate.pick(SCALES);

  @Test
  void aPrintedPhraseParsesBackToItsParts() {
    qt().withExamples(Examples.of(3000)).forAll(HEDGE, integers().between(1, 999_999), SCALE, Generate.booleans())
        .checkAssert((hedge, amount, scale, decimal) -> {
          // A decimal number is written with a scale word ("2.5 million"); a whole one may stand alone.
          boolean asDecimal = decimal && !scale.word().isEmpty();
          String number = print(amount, asDecimal);
          BigDecimal value = (asDecimal ? BigDecimal.valueOf(amount, 2) : BigDecimal.valueOf(amount))
              .multiply(BigDecimal.valueOf(scale.factor()));
          String text = phrase(hedge, number, scale);
          Estimate estimate = QuantityPhrases.parse(text).orElseThrow(() -> new AssertionError("not read: " + text));
          assertEquals(hedge.approximator(), estimate.getApproximator(), text);
          assertEquals(value.doubleValue(), estimate.getStatedValue().orElseThrow(), Math.ulp(value.doubleValue()), text);
          assertEquals(UnitKind.COUNT, estimate.getUnit().getKind(), text);
        });
  }

  @Test
  void boundsGrowWithTheNumber() {
    qt().withExamples(Examples.of(3000)).forAll(HEDGE, integers().between(1, 99_999), integers().between(1, 99_999), SCALE)
        .checkAssert((hedge, a, b, scale) -> {
          int smaller = Math.min(a, b);
          int larger = Math.max(a, b);
          Interval low = read(phrase(hedge, print(smaller, false), scale));
          Interval high = read(phrase(hedge, print(larger, false), scale));
          String both = phrase(hedge, print(smaller, false), scale) + " / " + phrase(hedge, print(larger, false), scale);
          assertTrue(low.getLow() <= high.getLow(), () -> "lower bounds shrink: " + low + " then " + high + " for " + both);
          assertTrue(low.getHigh() <= high.getHigh(), () -> "upper bounds shrink: " + low + " then " + high + " for " + both);
          if (smaller < larger && hedge.approximator() != Approximator.AT_LEAST
              && hedge.approximator() != Approximator.MORE_THAN) {
            assertTrue(low.getHigh() < high.getHigh(), () -> "upper bound does not move: " + both);
          }
        });
  }

  private static Interval read(String text) {
    return QuantityPhrases.parse(text).orElseThrow(() -> new AssertionError("not read: " + text)).getInterval();
  }
}
