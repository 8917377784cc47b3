package io.github.newsclaims.core.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.newsclaims.core.Interval;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The reader's quick paths over tokens give what the general ones give: a token's lower-case form
 * made without {@code toLowerCase} equals the general one; its slot among the lexicon words finds
 * in each lexicon map what the map holds for that form; comparing a word char by char equals
 * {@code regionMatches} ignoring case; plural and possessive endings, small numbers, whole
 * magnitudes and the decimals of shares equal their general readings. Texts mix lexicon words in
 * every case with ASCII noise and the characters whose case mapping is not ASCII's (İ, ı, ß, K, ’).
 */
class TokenFastPathProperties {
  private static final List<String> WORDS = new ArrayList<>(LowerCase.words());

  private static final String PIECES = "aAsSiIuU'’-’sxZz09 ,.İıßéKſ$€";

  /** A text of lexicon words in mixed case, made from a seed, with noise between and inside words. */
  private static String text(long seed) {
    Random random = new Random(seed);
    StringBuilder b = new StringBuilder();
    int words = 1 + random.nextInt(6);
    for (int w = 0; w < words; w++) {
      String word = random.nextInt(4) == 0 ? "" : WORDS.get(random.nextInt(WORDS.size()));
      switch (random.nextInt(5)) {
        case 0 -> word = word.toUpperCase(Locale.ROOT);
        case 1 -> word = word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
        default -> { }
      }
      StringBuilder noisy = new StringBuilder(word);
      int noise = random.nextInt(3);
      for (int n = 0; n < noise; n++) {
        noisy.insert(random.nextInt(noisy.length() + 1), PIECES.charAt(random.nextInt(PIECES.length())));
      }
      b.append(noisy).append(random.nextInt(6) == 0 ? "s" : "").append(' ');
    }
    return b.toString();
  }

  private static Gen<String> texts() {
    return longs().all().map(TokenFastPathProperties::text);
  }

  @Test
  void aTokensQuickLowerCaseEqualsTheGeneralOne() {
    qt().withExamples(5000).forAll(texts()).checkAssert(text -> {
      NumberWordReader tokens = new NumberWordReader(text);
      for (int i = 0; i < tokens.size(); i++) {
        String general = LowerCase.general(text, tokens.start(i), tokens.end(i));
        assertEquals(general, tokens.lower(i), text);
        assertEquals(general, LowerCase.of(text, tokens.start(i), tokens.end(i)), text);
      }
    });
  }

  @Test
  void everyLexiconWordIsHeldOnceAndFoundInAnyCase() {
    for (String word : WORDS) {
      if (!word.chars().allMatch(c -> c < 0x80 && !Character.isUpperCase(c))) {
        continue;
      }
      String upper = word.toUpperCase(Locale.ROOT);
      assertSame(LowerCase.of(word, 0, word.length()), LowerCase.of(upper, 0, upper.length()), word);
      assertTrue(LowerCase.known(word), word);
      assertEquals(word, LowerCase.word(LowerCase.asciiSlot(upper, 0, upper.length())), word);
    }
  }

  /** Each map read by slot, with the lexicon map it stands for. */
  private static final List<Map.Entry<LowerCase.BySlot<?>, Function<String, Object>>> MAPS = List.of(
      Map.entry(WordSlots.SMALL_NUMBERS, QuantityLexicon.SMALL_NUMBERS::get),
      Map.entry(WordSlots.SCALES, QuantityLexicon.SCALES::get),
      Map.entry(WordSlots.SHORT_SCALES, QuantityLexicon.SHORT_SCALES::get),
      Map.entry(WordSlots.DENOMINATORS, QuantityLexicon.DENOMINATORS::get),
      Map.entry(WordSlots.RELATIVE_CHANGES, QuantityLexicon.RELATIVE_CHANGES::get),
      Map.entry(WordSlots.PLURAL_MAGNITUDES, QuantityLexicon.PLURAL_MAGNITUDES::get),
      Map.entry(WordSlots.PLURAL_SCALES, QuantityLexicon.PLURAL_SCALES::get),
      Map.entry(WordSlots.CURRENCY_WORDS, QuantityLexicon.CURRENCY_WORDS::get),
      Map.entry(WordSlots.MODIFIERS_BY_FIRST_WORD, QuantityLexicon.MODIFIERS_BY_FIRST_WORD::get),
      Map.entry(WordSlots.ORDINAL_NOUNS, set(QuantityLexicon.ORDINAL_NOUNS)),
      Map.entry(WordSlots.HALF_PARTS, set(QuantityLexicon.HALF_PARTS)),
      Map.entry(WordSlots.PERCENT_WORDS, set(QuantityLexicon.PERCENT_WORDS)),
      Map.entry(WordSlots.IRREGULAR_PLURALS, set(QuantityLexicon.IRREGULAR_PLURALS)),
      Map.entry(WordSlots.STOP_WORDS, set(QuantityLexicon.STOP_WORDS)),
      Map.entry(WordSlots.START_WORDS, set(QuantityLexicon.START_WORDS)),
      Map.entry(WordSlots.UNIT_FIRST_WORDS, set(UnitLexicon.FIRST_WORDS)));

  private static Function<String, Object> set(Set<String> words) {
    return w -> words.contains(w) ? Boolean.TRUE : null;
  }

  @Test
  void aTokensSlotFindsWhatEachLexiconMapHoldsForItsLowerCase() {
    qt().withExamples(3000).forAll(texts()).checkAssert(text -> {
      NumberWordReader tokens = new NumberWordReader(text);
      for (int i = -1; i <= tokens.size(); i++) {
        String lower = tokens.lower(i);
        for (Map.Entry<LowerCase.BySlot<?>, Function<String, Object>> map : MAPS) {
          assertEquals(map.getValue().apply(lower), tokens.get(map.getKey(), i), () -> text + " / " + lower);
          assertEquals(map.getValue().apply(lower) != null, tokens.in(map.getKey(), i), () -> text + " / " + lower);
        }
        assertEquals(QuantityLexicon.smallNumber(lower), tokens.smallNumber(i), text);
        if (tokens.has(i)) {
          assertEquals(QuantityLexicon.plural(lower), tokens.plural(i), text);
          assertEquals(lower.endsWith("'s"), tokens.possessive(i), text);
        }
      }
    });
  }

  @Test
  void comparingAWordCharByCharEqualsRegionMatchesIgnoringCase() {
    qt().withExamples(3000).forAll(texts(), integers().between(0, WORDS.size() - 1)).checkAssert((text, w) -> {
      NumberWordReader tokens = new NumberWordReader(text);
      for (int i = 0; i < tokens.size(); i++) {
        List<String> candidates = List.of(WORDS.get(w), tokens.lower(i), LowerCase.general(text, tokens.start(i), tokens.end(i)),
            "i", "s", "k", "ss", "is", "’s", "'s");
        for (String word : candidates) {
          int length = tokens.length(i);
          boolean general = tokens.kind(i) == Tokens.Kind.WORD && word.length() == length
              && text.regionMatches(true, tokens.start(i), word, 0, length);
          assertEquals(general, tokens.isWord(i, word), () -> text + " / " + word);
        }
      }
    });
  }

  @Test
  void aWholeMagnitudeEqualsTheExactDecimalOne() {
    Gen<Double> bases = Generate.pick(List.of(0, 1, 2)).zip(longs().between(1, 1L << 53), doubles().between(0.001, 1e17),
        (pick, whole, any) -> pick == 0 ? (double) whole : pick == 1 ? (double) Math.round(any) : any);
    Gen<Double> multiples = Generate.pick(List.of(1.0, 2.0, 3.0, 2.5, 7.0, 1e6, 0x1p52));
    Gen<Double> factors = Generate.pick(List.of(10.0, 7.0, 100.0, 12.5, 1e15, 0x1p53));
    qt().withExamples(5000).forAll(bases, multiples, factors).checkAssert((base, low, factor) -> {
      Interval quick = VaguenessPolicy.wholeMagnitude(base, low, factor);
      if (quick != null) {
        assertEquals(VaguenessPolicy.generalMagnitude(base, low, BigDecimal.valueOf(low), BigDecimal.valueOf(factor)), quick,
            () -> base + " " + low + " " + factor);
      }
    });
    assertNotNull(VaguenessPolicy.wholeMagnitude(1000, 2, 10));
    assertEquals(Interval.closedOpen(2000, 10000), VaguenessPolicy.wholeMagnitude(1000, 2, 10));
    assertEquals(Interval.closedOpen(24, 100), VaguenessPolicy.wholeMagnitude(12, 2, 10));
  }

  @Test
  void aSharesQuickDecimalEqualsBigDecimalValueOfScaleIncluded() {
    for (int d = 1; d <= 12; d++) {
      for (int n = -1; n <= d + 1; n++) {
        double v = (double) n / d;
        assertEquals(0, BigDecimal.valueOf(v).compareTo(Decimals.exact(v)), n + "/" + d);
        if (v != Math.rint(v)) {
          assertEquals(BigDecimal.valueOf(v), Decimals.exact(v), n + "/" + d);
        }
      }
    }
    qt().withExamples(5000).forAll(doubles().between(0, 1)).checkAssert(v -> {
      if (v != Math.rint(v)) {
        assertEquals(BigDecimal.valueOf(v), Decimals.exact(v), () -> Double.toString(v));
      }
    });
  }
}
