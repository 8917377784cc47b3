package io.github.newsclaims.core.quantity;

import io.github.newsclaims.core.UnitKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words news writes for lengths of time and physical measures, each with its UCUM symbol:
 * "days" is {@code d}, "square kilometres" {@code km2}, "miles per hour" {@code [mi_i]/h}. Some
 * words scale the number: "decades" are tens of years ({@code a} × 10). Lower case; the longest
 * word sequence is tried first.
 */
final class UnitLexicon {
  private UnitLexicon() {}

  /** A unit word: its kind, UCUM symbol and the factor from the word's unit to the symbol's. */
  record UnitWord(List<String> words, UnitKind kind, String symbol, double factor) {}

  /** Durations: singular and plural. */
  private static final Map<String, String> DURATIONS = Map.ofEntries(
      Map.entry("second", "s"), Map.entry("seconds", "s"), Map.entry("minute", "min"), Map.entry("minutes", "min"),
      Map.entry("mins", "min"), Map.entry("hour", "h"), Map.entry("hours", "h"), Map.entry("hrs", "h"),
      Map.entry("day", "d"), Map.entry("days", "d"), Map.entry("week", "wk"), Map.entry("weeks", "wk"),
      Map.entry("month", "mo"), Map.entry("months", "mo"), Map.entry("year", "a"), Map.entry("years", "a"));

  /** Measures: singular and plural, abbreviations that news writes after a number. */
  private static final Map<String, String> MEASURES = Map.ofEntries(
      Map.entry("tonne", "t"), Map.entry("tonnes", "t"), Map.entry("ton", "t"), Map.entry("tons", "t"),
      Map.entry("metric tons", "t"), Map.entry("kilogram", "kg"), Map.entry("kilograms", "kg"), Map.entry("kg", "kg"),
      Map.entry("kilo", "kg"), Map.entry("kilos", "kg"), Map.entry("gram", "g"), Map.entry("grams", "g"),
      Map.entry("lbs", "[lb_av]"), Map.entry("lb", "[lb_av]"), Map.entry("pounds of", "[lb_av]"),
      Map.entry("ounces", "[oz_av]"), Map.entry("ounce", "[oz_av]"),
      Map.entry("kilometre", "km"), Map.entry("kilometres", "km"), Map.entry("kilometer", "km"),
      Map.entry("kilometers", "km"), Map.entry("km", "km"), Map.entry("metre", "m"), Map.entry("metres", "m"),
      Map.entry("meter", "m"), Map.entry("meters", "m"), Map.entry("centimetres", "cm"), Map.entry("centimeters", "cm"),
      Map.entry("cm", "cm"), Map.entry("millimetres", "mm"), Map.entry("millimeters", "mm"), Map.entry("mm", "mm"),
      Map.entry("mile", "[mi_i]"), Map.entry("miles", "[mi_i]"), Map.entry("nautical miles", "[nmi_i]"),
      Map.entry("foot", "[ft_i]"), Map.entry("feet", "[ft_i]"), Map.entry("ft", "[ft_i]"),
      Map.entry("inch", "[in_i]"), Map.entry("inches", "[in_i]"), Map.entry("yard", "[yd_i]"),
      Map.entry("yards", "[yd_i]"),
      Map.entry("square kilometres", "km2"), Map.entry("square kilometers", "km2"), Map.entry("sq km", "km2"),
      Map.entry("km2", "km2"), Map.entry("square miles", "[mi_i]2"), Map.entry("square mile", "[mi_i]2"),
      Map.entry("square metres", "m2"), Map.entry("square meters", "m2"), Map.entry("square feet", "[ft_i]2"),
      Map.entry("hectare", "ha"), Map.entry("hectares", "ha"), Map.entry("acre", "[acr_us]"),
      Map.entry("acres", "[acr_us]"),
      Map.entry("litre", "L"), Map.entry("litres", "L"), Map.entry("liter", "L"), Map.entry("liters", "L"),
      Map.entry("gallon", "[gal_us]"), Map.entry("gallons", "[gal_us]"), Map.entry("barrel", "[bbl_us]"),
      Map.entry("barrels", "[bbl_us]"), Map.entry("cubic metres", "m3"), Map.entry("cubic meters", "m3"),
      Map.entry("degrees celsius", "Cel"), Map.entry("degree celsius", "Cel"), Map.entry("degrees centigrade", "Cel"),
      Map.entry("degrees fahrenheit", "[degF]"), Map.entry("degree fahrenheit", "[degF]"),
      Map.entry("miles per hour", "[mi_i]/h"), Map.entry("mph", "[mi_i]/h"), Map.entry("miles an hour", "[mi_i]/h"),
      Map.entry("kilometres per hour", "km/h"), Map.entry("kilometers per hour", "km/h"), Map.entry("kph", "km/h"),
      Map.entry("km/h", "km/h"), Map.entry("knots", "[kn_i]"),
      Map.entry("megawatts", "MW"), Map.entry("megawatt", "MW"), Map.entry("gigawatts", "GW"), Map.entry("gigawatt", "GW"),
      Map.entry("kilowatts", "kW"), Map.entry("kilowatt", "kW"), Map.entry("megawatt hours", "MW.h"),
      Map.entry("kilowatt hours", "kW.h"), Map.entry("terawatt hours", "TW.h"), Map.entry("gigawatt hours", "GW.h"));

  /** Words for many years: "decades", "a century". */
  private static final Map<String, Double> YEARS = Map.of("decade", 10.0, "decades", 10.0, "century", 100.0,
      "centuries", 100.0, "millennium", 1000.0, "millennia", 1000.0, "fortnight", 14.0, "fortnights", 14.0);

  /** Every unit word, longest sequence first. */
  static final List<UnitWord> WORDS = words();

  /** The single words that can start a unit, for a quick check before the word sequences are tried. */
  static final Set<String> FIRST_WORDS = firstWords();

  /** Singular unit words that make a hyphenated adjective: "a 38-day campaign", "a 25-foot surge". */
  static boolean singular(String word) {
    return !word.endsWith("s") || word.equals("hrs") || word.equals("mins");
  }

  private static List<UnitWord> words() {
    List<UnitWord> words = new ArrayList<>();
    DURATIONS.forEach((w, s) -> words.add(new UnitWord(List.of(w.split(" ")), UnitKind.DURATION, s, 1)));
    MEASURES.forEach((w, s) -> words.add(new UnitWord(List.of(w.split(" ")), UnitKind.MEASURE, s, 1)));
    YEARS.forEach((w, f) -> words.add(new UnitWord(List.of(w), UnitKind.DURATION, w.startsWith("fortnight") ? "d" : "a", f)));
    words.sort((a, b) -> b.words().size() - a.words().size());
    return List.copyOf(words);
  }

  private static Set<String> firstWords() {
    Set<String> first = new java.util.HashSet<>();
    for (UnitWord w : WORDS) {
      first.add(w.words().get(0));
    }
    return Set.copyOf(first);
  }
}
