package io.github.newsclaims.core;

import java.util.Set;

/**
 * The UCUM (Unified Code for Units of Measure, c/s case-sensitive form) symbols a
 * {@link UnitKind#DURATION DURATION} or {@link UnitKind#MEASURE MEASURE} unit may name. A closed
 * list: what news writes, each symbol as UCUM defines it.
 */
final class UcumUnits {
  private UcumUnits() {}

  /** Seconds, minutes, hours, days, weeks, months (mean Gregorian), years (mean Julian). */
  static final Set<String> DURATIONS = Set.of("s", "min", "h", "d", "wk", "mo", "a");

  /** Mass, length, area, volume, temperature, energy, power, speed and data. */
  static final Set<String> MEASURES = Set.of(
      // mass
      "g", "kg", "mg", "t", "[lb_av]", "[oz_av]", "[ston_av]",
      // length
      "m", "km", "cm", "mm", "[mi_i]", "[ft_i]", "[in_i]", "[yd_i]", "[nmi_i]",
      // area
      "m2", "km2", "ha", "[acr_us]", "[mi_i]2", "[ft_i]2",
      // volume
      "L", "mL", "m3", "[bbl_us]", "[gal_us]", "[cft_i]",
      // temperature
      "Cel", "[degF]", "K",
      // energy and power
      "J", "kW.h", "MW.h", "GW.h", "TW.h", "W", "kW", "MW", "GW", "cal", "kcal",
      // speed
      "km/h", "[mi_i]/h", "m/s", "[kn_i]",
      // pressure, dose, data
      "mbar", "hPa", "Sv", "mSv", "By", "kBy", "MBy", "GBy", "TBy");

  static boolean known(UnitKind kind, String symbol) {
    return kind == UnitKind.DURATION ? DURATIONS.contains(symbol) : MEASURES.contains(symbol);
  }
}
