package io.github.newsclaims.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PartialDateTest {
  @ParameterizedTest
  @ValueSource(strings = {"2024", "2024-11", "2024-02-29", "0999-01-01"})
  void parsesAndPrintsIso8601(String text) {
    assertEquals(text, PartialDate.parse(text).toString());
  }

  @Test
  void keepsOnlyWhatIsKnown() {
    PartialDate yearAndMonth = PartialDate.parse("2024-11");
    assertEquals(2024, yearAndMonth.getYear());
    assertEquals(OptionalInt.of(11), yearAndMonth.getMonth());
    assertEquals(OptionalInt.empty(), yearAndMonth.getDay());
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "2024-13;      partial date month must be 1..12, was 13",
      "2023-02-29;   partial date day must be 1..28 for month 2, was 29",
      "24-11;        partial date must be yyyy, yyyy-MM or yyyy-MM-dd, was \"24-11\""})
  void rejectsImpossibleDates(String text, String message) {
    assertEquals(message, assertThrows(IllegalArgumentException.class, () -> PartialDate.parse(text)).getMessage());
  }
}
