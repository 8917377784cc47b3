package io.github.newsclaims.core.quantity;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A token's lower-case form, as {@link Tokens#lower(int)} gives it: the text in lower case
 * ({@link Locale#ROOT}), curly apostrophes made straight. A token of ASCII characters is lowered in
 * one pass without {@link String#toLowerCase(Locale)}, and one that spells a word of the lexicons
 * ({@link QuantityLexicon}, {@link UnitLexicon}) comes back as that word's single instance, made
 * once: no string is made for it, and the lexicons' maps find it by its kept hash and by identity.
 * Every other token takes the general path; a property test checks that both give equal strings.
 */
final class LowerCase {
  private LowerCase() {}

  /** The lexicons' words, lower case and ASCII, in an open-addressing table of a power-of-two size. */
  private static final String[] TABLE = table(words());
  private static final int MASK = TABLE.length - 1;

  /** The lower-case form of {@code text} from {@code start} to {@code end}, equal to {@link #general}. */
  static String of(String text, int start, int end) {
    int slot = asciiSlot(text, start, end);
    if (slot >= 0) {
      return TABLE[slot];
    }
    if (slot == NOT_ASCII) {
      String lower = general(text, start, end);
      int known = slotOf(lower);
      return known >= 0 ? TABLE[known] : lower;
    }
    int length = end - start;
    boolean upper = false;
    for (int p = start; p < end && !upper; p++) {
      char c = text.charAt(p);
      upper = c >= 'A' && c <= 'Z';
    }
    if (!upper) {
      return text.substring(start, end);
    }
    char[] chars = new char[length];
    for (int p = 0; p < length; p++) {
      char c = text.charAt(start + p);
      chars[p] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
    return new String(chars);
  }

  /** {@link #asciiSlot}'s answer for text that is not all ASCII. */
  static final int NOT_ASCII = -2;

  /**
   * The lexicon word the ASCII {@code text} from {@code start} to {@code end} spells in lower case,
   * as its slot ({@link #word(int)}); -1 if it spells none; {@link #NOT_ASCII} if the text holds
   * other characters (then the general lower-case form decides, {@link #slotOf(String)}).
   */
  static int asciiSlot(String text, int start, int end) {
    int hash = 0;
    for (int p = start; p < end; p++) {
      char c = text.charAt(p);
      if (c >= 0x80) {
        return NOT_ASCII;
      }
      if (c >= 'A' && c <= 'Z') {
        c += 'a' - 'A';
      }
      hash = 31 * hash + c;
    }
    int length = end - start;
    for (int slot = spread(hash) & MASK; TABLE[slot] != null; slot = (slot + 1) & MASK) {
      String word = TABLE[slot];
      // The hash is String.hashCode of the lower-case form, which every word keeps once computed.
      if (word.hashCode() == hash && word.length() == length && asciiEqual(text, start, word)) {
        return slot;
      }
    }
    return -1;
  }

  /** Whether the ASCII {@code text} from {@code start} is {@code word} (lower case) ignoring case. */
  private static boolean asciiEqual(String text, int start, String word) {
    for (int p = 0; p < word.length(); p++) {
      char c = text.charAt(start + p);
      if ((c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) != word.charAt(p)) {
        return false;
      }
    }
    return true;
  }

  /** The slot of the lexicon word equal to {@code lower}, or -1. */
  static int slotOf(String lower) {
    int hash = lower.hashCode();
    for (int slot = spread(hash) & MASK; TABLE[slot] != null; slot = (slot + 1) & MASK) {
      if (TABLE[slot].equals(lower)) {
        return slot;
      }
    }
    return -1;
  }

  /** The lexicon word in {@code slot}. */
  static String word(int slot) {
    return TABLE[slot];
  }

  /**
   * A lexicon map read by slot: {@code get(slotOf(w))} is {@code map.get(w)} for every lower-case
   * {@code w} (-1, no word, gives null). Every key must be a lexicon word.
   */
  static final class BySlot<V> {
    private final Object[] values;

    BySlot(Map<String, V> map) {
      values = new Object[TABLE.length];
      map.forEach((word, value) -> {
        int slot = slotOf(word);
        if (slot < 0) {
          throw new IllegalStateException("not a lexicon word: " + word);
        }
        values[slot] = value;
      });
    }

    @SuppressWarnings("unchecked")
    V get(int slot) {
      return slot >= 0 ? (V) values[slot] : null;
    }

    boolean has(int slot) {
      return slot >= 0 && values[slot] != null;
    }
  }

  /** A lexicon set read by slot, as a {@link BySlot} map to true. */
  static <V> BySlot<Boolean> set(Collection<String> words) {
    Map<String, Boolean> map = new java.util.HashMap<>();
    for (String w : words) {
      map.put(w, Boolean.TRUE);
    }
    return new BySlot<>(map);
  }

  /** The general lower-case form, which the quick one must equal. */
  static String general(String text, int start, int end) {
    return text.substring(start, end).toLowerCase(Locale.ROOT).replace('’', '\'');
  }

  /** Whether {@code word} is one of the lexicons' words, held once. */
  static boolean known(String word) {
    return slotOf(word) >= 0;
  }

  /** Every single word the lexicons compare tokens with. */
  static Set<String> words() {
    Set<String> words = new LinkedHashSet<>();
    for (Map.Entry<List<String>, NumeralModifier> modifier : QuantityLexicon.MODIFIERS) {
      words.addAll(modifier.getKey());
    }
    for (Collection<String> set : List.of(QuantityLexicon.SMALL_NUMBERS.keySet(), QuantityLexicon.SCALES.keySet(),
        QuantityLexicon.SHORT_SCALES.keySet(), QuantityLexicon.DENOMINATORS.keySet(), QuantityLexicon.ORDINAL_NOUNS,
        QuantityLexicon.HALF_PARTS, QuantityLexicon.MONTHS, QuantityLexicon.RELATIVE_CHANGES.keySet(),
        QuantityLexicon.PLURAL_MAGNITUDES.keySet(), QuantityLexicon.PLURAL_SCALES.keySet(),
        QuantityLexicon.CURRENCY_WORDS.keySet(), QuantityLexicon.PERCENT_WORDS, QuantityLexicon.IRREGULAR_PLURALS,
        QuantityLexicon.STOP_WORDS, QuantityLexicon.START_WORDS, List.of(QuantityLexicon.SCALE_WORDS))) {
      words.addAll(set);
    }
    for (UnitLexicon.UnitWord unit : UnitLexicon.WORDS) {
      words.addAll(unit.words());
    }
    return words;
  }

  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }

  private static String[] table(Set<String> words) {
    int size = Integer.highestOneBit(words.size() * 4);
    String[] table = new String[size];
    for (String w : words) {
      if (!w.chars().allMatch(c -> c < 0x80 && !(c >= 'A' && c <= 'Z'))) {
        continue; // only ASCII lower-case words are looked up
      }
      String word = w.intern();
      int slot = spread(word.hashCode()) & (size - 1);
      while (table[slot] != null && !table[slot].equals(word)) {
        slot = (slot + 1) & (size - 1);
      }
      table[slot] = word;
    }
    return table;
  }
}
