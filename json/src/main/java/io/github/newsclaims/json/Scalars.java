package io.github.newsclaims.json;

import io.github.newsclaims.json.JsonValue.Bool;
import io.github.newsclaims.json.JsonValue.Num;
import io.github.newsclaims.json.JsonValue.Str;
import io.github.newsclaims.json.NewsClaimsJsonException.Kind;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * Strings, numbers, booleans and enum constants: how they are read (strictly, each wrong value a
 * {@link Kind#SHAPE} problem) and how numbers and enums are written.
 */
final class Scalars {
  private static final BigDecimal MAX_DOUBLE = new BigDecimal(Double.MAX_VALUE);
  private static final BigDecimal MIN_INT = BigDecimal.valueOf(Integer.MIN_VALUE);
  private static final BigDecimal MAX_INT = BigDecimal.valueOf(Integer.MAX_VALUE);
  /** Integers up to 2^53 are exact doubles, so they can be written and read back without a fraction. */
  private static final double EXACT_INTEGERS = 9_007_199_254_740_992.0;

  private Scalars() {}

  /** A JSON string. */
  static String string(JsonValue value, Pointer at, Problems problems) {
    if (value instanceof Str s) {
      return s.value();
    }
    return wrongType(value, "a string", at, problems);
  }

  /** A JSON boolean. */
  static Boolean bool(JsonValue value, Pointer at, Problems problems) {
    if (value instanceof Bool b) {
      return b.value();
    }
    return wrongType(value, "true or false", at, problems);
  }

  /**
   * A finite number as the nearest {@code double}. Numbers beyond the range of a double are refused
   * rather than read as infinities.
   */
  static Double number(JsonValue value, Pointer at, Problems problems) {
    if (!(value instanceof Num n) || !isJsonNumber(n.text())) {
      return wrongType(value, "a number", at, problems);
    }
    double d = Double.parseDouble(n.text());
    if (d == 0 || Math.abs(d) < Double.MAX_VALUE) {
      // Within range, the common case, decided without BigDecimal: zero includes what rounds to it,
      // 1e-400 or an exponent too negative for BigDecimal; a number whose exponent is too large for
      // BigDecimal would need millions of digits to come back below the largest double.
      return d;
    }
    // ±Double.MAX_VALUE or infinite: whether the number really lies beyond the range takes its exact value.
    BigDecimal exact = decimal(n.text());
    if (Double.isInfinite(d) || exact == null || exact.abs().compareTo(MAX_DOUBLE) > 0) {
      problems.add(Kind.SHAPE, at, "must be a number within the range of a double (about ±1.8e308), was "
          + describeNumber(n.text()));
      return null;
    }
    return d;
  }

  /**
   * A whole number in the range of a Java {@code int}. As in JSON Schema, {@code 3.0} and
   * {@code 3e0} are whole numbers too.
   */
  static Integer integer(JsonValue value, Pointer at, Problems problems) {
    int small = value instanceof Num n ? smallInteger(n.text()) : -1;
    if (small >= 0) {
      return small;
    }
    if (!(value instanceof Num n) || !isJsonNumber(n.text())) {
      return wrongType(value, "an integer", at, problems);
    }
    BigDecimal exact = decimal(n.text());
    if (exact == null) {
      problems.add(Kind.SHAPE, at, "must be an integer from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE
          + ", was " + describeNumber(n.text()));
      return null;
    }
    if (exact.signum() != 0 && exact.stripTrailingZeros().scale() > 0) {
      return wrongType(value, "an integer", at, problems);
    }
    if (exact.compareTo(MIN_INT) < 0 || exact.compareTo(MAX_INT) > 0) {
      problems.add(Kind.SHAPE, at, "must be an integer from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE
          + ", was " + describeNumber(n.text()));
      return null;
    }
    return exact.intValueExact();
  }

  /**
   * The exact value of a JSON number, or {@code null} when its exponent is beyond what
   * {@link BigDecimal} holds (about ±2^31), which no model value needs.
   */
  private static BigDecimal decimal(String text) {
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException | ArithmeticException e) {
      return null;
    }
  }

  /** An enum constant by its JSON name, e.g. {@code "state_media"}. */
  static <E extends Enum<E>> Mapping.Read<E> enumeration(Class<E> type) {
    return (value, at, problems) -> {
      String name = string(value, at, problems);
      if (name == null) {
        return null;
      }
      Object constant = ENUMS.get(type).byName.get(name);
      if (constant != null) {
        return type.cast(constant);
      }
      problems.add(Kind.SHAPE, at, "must be one of " + Arrays.stream(type.getEnumConstants())
          .map(c -> '"' + name(c) + '"').collect(Collectors.joining(", ")) + "; was " + Text.quote(name));
      return null;
    };
  }

  /** The JSON name of an enum constant: its Java name in lower case, e.g. {@code state_media}. */
  static String name(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }

  /** The JSON name of an enum constant, encoded once for writing. */
  static SerializableString serializedName(Enum<?> constant) {
    return ENUMS.get(constant.getDeclaringClass()).names[constant.ordinal()];
  }

  /** The JSON names of one enum type, computed once: reading and writing them is on every hot path. */
  private static final class EnumTable {
    final Map<String, Object> byName = new HashMap<>();
    final SerializableString[] names;

    EnumTable(Class<?> type) {
      Object[] constants = type.getEnumConstants();
      names = new SerializableString[constants.length];
      for (Object constant : constants) {
        String name = name((Enum<?>) constant);
        byName.put(name, constant);
        names[((Enum<?>) constant).ordinal()] = new SerializedString(name);
      }
    }
  }

  private static final ClassValue<EnumTable> ENUMS = new ClassValue<>() {
    @Override
    protected EnumTable computeValue(Class<?> type) {
      return new EnumTable(type);
    }
  };

  /**
   * Whether {@code text} has RFC 8259 number syntax, {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?};
   * a caller's lenient mapper may let other forms ("NaN", "0x1F", "012") through.
   */
  static boolean isJsonNumber(String text) {
    int n = text.length();
    int i = 0;
    if (i < n && text.charAt(i) == '-') {
      i++;
    }
    if (i == n) {
      return false;
    }
    if (text.charAt(i) == '0') {
      i++;
    } else {
      int start = i;
      i = digits(text, i);
      if (i == start) {
        return false;
      }
    }
    if (i < n && text.charAt(i) == '.') {
      int start = ++i;
      i = digits(text, i);
      if (i == start) {
        return false;
      }
    }
    if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
      i++;
      if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
        i++;
      }
      int start = i;
      i = digits(text, i);
      if (i == start) {
        return false;
      }
    }
    return i == n;
  }

  private static int digits(String text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    return i;
  }

  /**
   * The value of a JSON number of one to nine digits and nothing else, without a leading zero, or
   * -1 for any other text.
   */
  private static int smallInteger(String text) {
    int n = text.length();
    if (n == 0 || n > 9 || n > 1 && text.charAt(0) == '0') {
      return -1;
    }
    int value = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /**
   * Writes a number deterministically: a whole number up to 2^53 without a fraction
   * ({@code 13500}), any other as the shortest decimal that reads back as the same double
   * ({@code 0.3333333333333333}, {@code 1.0E300}, {@code -0.0}).
   */
  static void writeNumber(double value, JsonGenerator out) {
    boolean negativeZero = value == 0 && Double.doubleToRawLongBits(value) != 0;
    if (value == Math.rint(value) && Math.abs(value) <= EXACT_INTEGERS && !negativeZero) {
      out.writeNumber((long) value);
    } else {
      out.writeNumber(value);
    }
  }

  private static String describeNumber(String text) {
    return text.length() > 40 ? text.substring(0, 37) + "..." : text;
  }

  private static <T> T wrongType(JsonValue value, String expected, Pointer at, Problems problems) {
    problems.add(Kind.SHAPE, at, "must be " + expected + ", was " + value.describe());
    return null;
  }
}
