package io.github.newsclaims.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Period;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class TimeReferenceTest {
  @Test
  void keepsAMonthWithoutAYearAsUnresolved() {
    TimeReference april = TimeReference.builder().kind(TimeKind.DATE).month(4).build();
    assertEquals(OptionalInt.of(4), april.getMonth());
    assertEquals(OptionalInt.empty(), april.getYear());
    assertFalse(april.isResolved());
    assertTrue(TimeReference.builder().kind(TimeKind.DATE).year(2024).month(4).build().isResolved());
  }

  @Test
  void acceptsTheTwentyNinthOfFebruaryWhenTheYearIsUnknown() {
    assertEquals(OptionalInt.of(29), TimeReference.builder().kind(TimeKind.DATE).month(2).day(29).build().getDay());
  }

  @Test
  void recurringTimesHaveAPeriod() {
    TimeReference annual = TimeReference.builder().kind(TimeKind.RECURRING).period(Period.ofYears(1)).build();
    assertEquals(Optional.of(Period.ofYears(1)), annual.getPeriod());
    assertEquals("time reference period must be present exactly for kind RECURRING (kind RECURRING, period null)",
        assertThrows(IllegalArgumentException.class,
            () -> TimeReference.builder().kind(TimeKind.RECURRING).build()).getMessage());
    assertEquals("time reference period must be positive, was P-1Y",
        assertThrows(IllegalArgumentException.class,
            () -> TimeReference.builder().kind(TimeKind.RECURRING).period(Period.ofYears(-1)).build()).getMessage());
  }

  @Test
  void rejectsCalendarFieldsOutsideDates() {
    assertEquals("time reference of kind PRESENT takes no year, month or day",
        assertThrows(IllegalArgumentException.class,
            () -> TimeReference.builder().kind(TimeKind.PRESENT).year(2024).build()).getMessage());
    assertEquals("time reference of kind DATE needs a year or a month",
        assertThrows(IllegalArgumentException.class,
            () -> TimeReference.builder().kind(TimeKind.DATE).build()).getMessage());
    assertEquals("time reference day (3) needs a month",
        assertThrows(IllegalArgumentException.class,
            () -> TimeReference.builder().kind(TimeKind.DATE).year(2024).day(3).build()).getMessage());
  }
}
