package io.github.newsclaims.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class RatingTest {
  @Test
  void mayBeALabelAloneOrOnAScale() {
    assertEquals(OptionalDouble.empty(), Rating.of("False").getValue());
    Rating scaled = Rating.of("Mostly false", 2, 1, 5);
    assertEquals(OptionalDouble.of(2.0), scaled.getValue());
    assertEquals(OptionalDouble.of(1.0), scaled.getWorst());
    assertEquals(OptionalDouble.of(5.0), scaled.getBest());
    assertEquals(OptionalDouble.of(1.0), Rating.of("False", 1, 1, 5).getValue());
    assertEquals(OptionalDouble.of(5.0), Rating.of("True", 5, 1, 5).getValue());
  }

  @Test
  void rejectsAValueOutsideItsScale() {
    assertEquals("rating \"Pants on fire\" value (0.0) must lie from worst (1.0) to best (5.0)",
        assertThrows(IllegalArgumentException.class, () -> Rating.of("Pants on fire", 0, 1, 5)).getMessage());
    assertEquals("rating \"True\" value (6.0) must lie from worst (1.0) to best (5.0)",
        assertThrows(IllegalArgumentException.class, () -> Rating.of("True", 6, 1, 5)).getMessage());
  }

  @Test
  void rejectsAScaleWhoseWorstIsNotBelowItsBest() {
    assertEquals("rating \"x\" worst (5.0) must be below best (1.0)",
        assertThrows(IllegalArgumentException.class, () -> Rating.of("x", 3, 5, 1)).getMessage());
    assertEquals("rating \"x\" worst (3.0) must be below best (3.0)",
        assertThrows(IllegalArgumentException.class, () -> Rating.of("x", 3, 3, 3)).getMessage());
  }

  @Test
  void rejectsPartOfAScale() {
    assertEquals("rating \"x\": value, best and worst go together, all three or none (value 2.0, best none, worst none)",
        assertThrows(IllegalArgumentException.class, () -> Rating.builder().label("x").value(2).build()).getMessage());
    assertEquals("rating \"x\": value, best and worst go together, all three or none (value none, best 5.0, worst 1.0)",
        assertThrows(IllegalArgumentException.class, () -> Rating.builder().label("x").best(5).worst(1).build())
            .getMessage());
  }

  @Test
  void rejectsNonFiniteNumbersAndABlankLabel() {
    assertEquals("rating \"x\" value must be finite, was NaN",
        assertThrows(IllegalArgumentException.class, () -> Rating.of("x", Double.NaN, 1, 5)).getMessage());
    assertEquals("rating \"x\" best must be finite, was Infinity",
        assertThrows(IllegalArgumentException.class, () -> Rating.of("x", 2, 1, Double.POSITIVE_INFINITY)).getMessage());
    assertEquals("rating \"x\" worst must be finite, was -Infinity",
        assertThrows(IllegalArgumentException.class, () -> Rating.of("x", 2, Double.NEGATIVE_INFINITY, 5)).getMessage());
    assertEquals("rating label must not be blank, was \"\"",
        assertThrows(IllegalArgumentException.class, () -> Rating.of("")).getMessage());
  }
}
