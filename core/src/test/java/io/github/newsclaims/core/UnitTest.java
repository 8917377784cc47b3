package io.github.newsclaims.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class UnitTest {
  @Test
  void namesCountsAndCurrencies() {
    assertEquals("soldiers", Unit.count("soldiers").toString());
    assertEquals(Optional.of("USD"), Unit.currency("USD").getName());
    assertEquals(UnitKind.FRACTION, Unit.fraction().getKind());
    assertEquals("multiplier", Unit.multiplier().toString());
  }

  @Test
  void rejectsAnUnknownCurrencyCode() {
    assertEquals("unit currency code must be ISO 4217, was \"usd\"",
        assertThrows(IllegalArgumentException.class, () -> Unit.currency("usd")).getMessage());
  }

  @Test
  void rejectsANameOnADimensionlessUnit() {
    assertEquals("unit of kind FRACTION takes no name, was \"soldiers\"",
        assertThrows(IllegalArgumentException.class,
            () -> Unit.of(UnitKind.FRACTION, "soldiers")).getMessage());
  }

  @Test
  void rejectsACurrencyWithoutCode() {
    assertEquals("unit of kind CURRENCY needs an ISO 4217 code as its name",
        assertThrows(IllegalArgumentException.class, () -> Unit.of(UnitKind.CURRENCY)).getMessage());
  }

  @Test
  void namesDurationsAndMeasuresByUcumSymbol() {
    assertEquals("d", Unit.duration("d").toString());
    assertEquals(UnitKind.MEASURE, Unit.measure("[mi_i]").getKind());
    assertEquals(false, Unit.measure("km").isCommensurableWith(Unit.measure("[mi_i]")));
    assertEquals(true, Unit.duration("d").isCommensurableWith(Unit.duration("d")));
    assertEquals("unit of kind DURATION must name one of the UCUM symbols [a, d, h, min, mo, s, wk], was \"days\"",
        assertThrows(IllegalArgumentException.class, () -> Unit.duration("days")).getMessage());
    assertEquals("unit of kind MEASURE needs a UCUM symbol as its name",
        assertThrows(IllegalArgumentException.class, () -> Unit.of(UnitKind.MEASURE)).getMessage());
  }

  /** {@code Unit.of} with a name makes the unit the named factories make. */
  @Test
  void ofAKindAndANameIsTheUnitOfTheNamedFactory() {
    assertEquals(Unit.count("soldiers"), Unit.of(UnitKind.COUNT, "soldiers"));
    assertEquals(Unit.currency("USD"), Unit.of(UnitKind.CURRENCY, "USD"));
    assertEquals(Unit.duration("d"), Unit.of(UnitKind.DURATION, "d"));
    assertEquals("soldiers", Unit.of(UnitKind.COUNT, "soldiers").toString());
  }
}
