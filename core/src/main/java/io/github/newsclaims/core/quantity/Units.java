package io.github.newsclaims.core.quantity;

import io.github.newsclaims.core.Unit;
import io.github.newsclaims.core.UnitKind;
import java.util.HashMap;
import java.util.Map;

/**
 * The units the reader gives, each made and checked once: a {@link Unit} is an immutable value, so
 * every estimate can hold the same instance. Counted nouns ("soldiers") are the one kind made per
 * phrase, since their names come from the text.
 */
final class Units {
  private Units() {}

  static final Unit COUNT = Unit.count();
  static final Unit PERCENTAGE = Unit.percentage();
  static final Unit FRACTION = Unit.fraction();
  static final Unit MULTIPLIER = Unit.multiplier();

  /** Every currency the lexicon names, by ISO 4217 code. */
  private static final Map<String, Unit> CURRENCIES = currencies();

  /** Every duration and measure the unit lexicon names, by UCUM symbol. */
  private static final Map<String, Unit> DURATIONS = symbols(UnitKind.DURATION);
  private static final Map<String, Unit> MEASURES = symbols(UnitKind.MEASURE);

  private static Map<String, Unit> currencies() {
    Map<String, Unit> units = new HashMap<>();
    for (String code : QuantityLexicon.CURRENCY_CODES) {
      units.put(code, Unit.currency(code));
    }
    for (String code : QuantityLexicon.CURRENCY_SYMBOLS.values()) {
      units.put(code, Unit.currency(code));
    }
    for (String code : QuantityLexicon.CURRENCY_WORDS.values()) {
      units.put(code, Unit.currency(code));
    }
    return Map.copyOf(units);
  }

  private static Map<String, Unit> symbols(UnitKind kind) {
    Map<String, Unit> units = new HashMap<>();
    for (UnitLexicon.UnitWord word : UnitLexicon.WORDS) {
      if (word.kind() == kind) {
        units.put(word.symbol(), Unit.of(kind, word.symbol()));
      }
    }
    return Map.copyOf(units);
  }

  /** The currency with ISO 4217 code {@code code}, as {@link Unit#currency(String)} makes it. */
  static Unit currency(String code) {
    Unit unit = CURRENCIES.get(code);
    return unit != null ? unit : Unit.currency(code);
  }

  /** The duration with UCUM symbol {@code symbol}, as {@link Unit#duration(String)} makes it. */
  static Unit duration(String symbol) {
    Unit unit = DURATIONS.get(symbol);
    return unit != null ? unit : Unit.duration(symbol);
  }

  /** The measure with UCUM symbol {@code symbol}, as {@link Unit#measure(String)} makes it. */
  static Unit measure(String symbol) {
    Unit unit = MEASURES.get(symbol);
    return unit != null ? unit : Unit.measure(symbol);
  }

  /** The duration or measure named by a unit word: "days" is {@code d}, "tonnes" {@code t}. */
  static Unit of(UnitLexicon.UnitWord word) {
    return word.kind() == UnitKind.DURATION ? duration(word.symbol()) : measure(word.symbol());
  }
}
