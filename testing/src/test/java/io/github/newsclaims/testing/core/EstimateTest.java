package io.github.newsclaims.testing.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsclaims.core.Approximator;
import io.github.newsclaims.core.Estimate;
import io.github.newsclaims.core.Interval;
import io.github.newsclaims.core.TextSpan;
import io.github.newsclaims.core.Unit;
import io.github.newsclaims.testing.Samples;
import java.util.List;
import org.junit.jupiter.api.Test;

class EstimateTest {
  private static Estimate.Builder derived() {
    return Estimate.builder().id("e-casualties").measure("soldiers killed or injured")
        .unit(Unit.count("soldiers")).approximator(Approximator.DERIVED).interval(Interval.closedOpen(4050, 5500));
  }

  @Test
  void aDerivedEstimateNamesItsInputs() {
    Estimate casualties = derived().addDerivedFrom("e-fraction", "e-soldiers").build();
    assertTrue(casualties.isDerived());
    assertEquals(List.of("e-fraction", "e-soldiers"), casualties.getDerivedFrom());
    assertEquals("[4050, 5500)", casualties.getInterval().toString());
  }

  @Test
  void rejectsDerivedWithoutInputs() {
    assertEquals("estimate e-casualties: derivedFrom [] must be non-empty exactly when the approximator is DERIVED"
            + " (was DERIVED)",
        assertThrows(IllegalArgumentException.class, () -> derived().build()).getMessage());
  }

  @Test
  void rejectsInputsOnAStatedEstimate() {
    assertThrows(IllegalArgumentException.class,
        () -> Estimate.builder().from(Samples.soldiers()).addDerivedFrom("e-other").build());
  }

  @Test
  void rejectsAPhraseOnADerivedEstimate() {
    assertEquals("estimate e-casualties is DERIVED and so has no phrase, was [0, 1) \"a\"",
        assertThrows(IllegalArgumentException.class,
            () -> derived().addDerivedFrom("e-soldiers").phrase(TextSpan.of(0, 1, "a")).build()).getMessage());
  }

  @Test
  void rejectsSelfReference() {
    assertEquals("estimate e-soldiers relativeTo must not name the estimate itself",
        assertThrows(IllegalArgumentException.class,
            () -> Estimate.builder().from(Samples.soldiers()).relativeTo("e-soldiers").build()).getMessage());
    assertEquals("estimate e-casualties derivedFrom must not name the estimate itself, was [e-casualties]",
        assertThrows(IllegalArgumentException.class,
            () -> derived().addDerivedFrom("e-casualties").build()).getMessage());
  }

  @Test
  void rejectsAnInfiniteStatedValue() {
    assertEquals("estimate e-soldiers statedValue must be finite, was Infinity",
        assertThrows(IllegalArgumentException.class, () -> Estimate.builder().from(Samples.soldiers())
            .statedValue(Double.POSITIVE_INFINITY).build()).getMessage());
  }
}
