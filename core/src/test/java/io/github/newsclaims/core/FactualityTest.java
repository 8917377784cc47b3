package io.github.newsclaims.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FactualityTest {
  @ParameterizedTest
  @ValueSource(strings = {"CT+", "CT-", "CTu", "PR+", "PR-", "PS+", "PS-", "Uu"})
  void readsAndWritesEveryFactBankCode(String code) {
    assertEquals(code, Factuality.fromFactBankCode(code).factBankCode());
  }

  @Test
  void rejectsAnUnknownCode() {
    assertEquals("not a FactBank factuality code: \"PRu\"",
        assertThrows(IllegalArgumentException.class, () -> Factuality.fromFactBankCode("PRu")).getMessage());
  }

  @Test
  void rejectsCombinationsFactBankDoesNotHave() {
    assertEquals("factuality polarity UNKNOWN goes with certainty CERTAIN or UNDERSPECIFIED, was PROBABLE",
        assertThrows(IllegalArgumentException.class,
            () -> Factuality.of(Polarity.UNKNOWN, Certainty.PROBABLE)).getMessage());
    assertEquals("factuality certainty UNDERSPECIFIED needs polarity UNKNOWN, was POSITIVE",
        assertThrows(IllegalArgumentException.class,
            () -> Factuality.of(Polarity.POSITIVE, Certainty.UNDERSPECIFIED)).getMessage());
  }

  @Test
  void carriesAnIcd203Band() {
    Factuality likely = Factuality.PROBABLY_SO.withBand(Likelihood.LIKELY);
    assertEquals("PR+ (probably so; likely)", likely.toString());
    assertEquals(Interval.closed(0.55, 0.8), likely.getLikelihood().orElseThrow().probability());
    assertEquals(Factuality.of(Polarity.POSITIVE, Certainty.PROBABLE, Likelihood.LIKELY), likely);
  }

  @Test
  void bandsCoverIcd203InOrder() {
    int previousHigh = 1;
    for (Likelihood band : Likelihood.values()) {
      assertEquals(previousHigh, band.lowPercent(), band.name());
      previousHigh = band.highPercent();
    }
    assertEquals(99, previousHigh);
  }

  @Test
  void printsItsCodeAndWhatItMeansDistinctlyForEveryValue() {
    java.util.Map<String, Factuality> printed = new java.util.HashMap<>();
    for (Polarity polarity : Polarity.values()) {
      for (Certainty certainty : Certainty.values()) {
        try {
          Factuality value = Factuality.of(polarity, certainty);
          Factuality earlier = printed.put(value.toString(), value);
          assertEquals(null, earlier, value + " prints like " + earlier);
          assertTrue(value.toString().startsWith(value.factBankCode() + " ("), value.toString());
        } catch (IllegalArgumentException notAFactBankValue) {
          // one of the four combinations FactBank does not have
        }
      }
    }
    assertEquals(8, printed.size());
    assertEquals("CT- (certainly not)", Factuality.CERTAINLY_NOT.toString());
    assertEquals("Uu (uncommitted)", Factuality.UNDERSPECIFIED.toString());
  }
}
