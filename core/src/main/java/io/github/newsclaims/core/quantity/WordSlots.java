package io.github.newsclaims.core.quantity;

import io.github.newsclaims.core.quantity.LowerCase.BySlot;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The lexicons' maps and sets read by a token's slot ({@link Tokens#slot(int)}) instead of by its
 * lower-case string: the same answers, each one an array read. Made once from
 * {@link QuantityLexicon} and {@link UnitLexicon}, which stay the words' one source.
 */
final class WordSlots {
  private WordSlots() {}

  static final BySlot<Integer> SMALL_NUMBERS = new BySlot<>(QuantityLexicon.SMALL_NUMBERS);
  static final BySlot<BigDecimal> SCALES = new BySlot<>(QuantityLexicon.SCALES);
  static final BySlot<BigDecimal> SHORT_SCALES = new BySlot<>(QuantityLexicon.SHORT_SCALES);
  static final BySlot<Integer> DENOMINATORS = new BySlot<>(QuantityLexicon.DENOMINATORS);
  static final BySlot<Boolean> ORDINAL_NOUNS = LowerCase.set(QuantityLexicon.ORDINAL_NOUNS);
  static final BySlot<Boolean> HALF_PARTS = LowerCase.set(QuantityLexicon.HALF_PARTS);
  static final BySlot<Double> RELATIVE_CHANGES = new BySlot<>(QuantityLexicon.RELATIVE_CHANGES);
  static final BySlot<Integer> PLURAL_MAGNITUDES = new BySlot<>(QuantityLexicon.PLURAL_MAGNITUDES);
  static final BySlot<BigDecimal> PLURAL_SCALES = new BySlot<>(QuantityLexicon.PLURAL_SCALES);
  static final BySlot<String> CURRENCY_WORDS = new BySlot<>(QuantityLexicon.CURRENCY_WORDS);
  static final BySlot<Boolean> PERCENT_WORDS = LowerCase.set(QuantityLexicon.PERCENT_WORDS);
  static final BySlot<Boolean> IRREGULAR_PLURALS = LowerCase.set(QuantityLexicon.IRREGULAR_PLURALS);
  static final BySlot<Boolean> STOP_WORDS = LowerCase.set(QuantityLexicon.STOP_WORDS);
  static final BySlot<Boolean> START_WORDS = LowerCase.set(QuantityLexicon.START_WORDS);
  static final BySlot<Boolean> UNIT_FIRST_WORDS = LowerCase.set(UnitLexicon.FIRST_WORDS);
  static final BySlot<List<Map.Entry<List<String>, NumeralModifier>>> MODIFIERS_BY_FIRST_WORD =
      new BySlot<>(QuantityLexicon.MODIFIERS_BY_FIRST_WORD);
}
