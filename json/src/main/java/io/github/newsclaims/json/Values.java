package io.github.newsclaims.json;

import io.github.newsclaims.json.NewsClaimsJsonException.Kind;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * Strings, numbers, booleans and enum constants: how they are read from the token stream (strictly,
 * each wrong value a {@link Kind#SHAPE} problem, the value skipped) and how they are written.
 */
final class Values {
  private static final BigDecimal MAX_DOUBLE = new BigDecimal(Double.MAX_VALUE);
  private static final BigDecimal MIN_INT = BigDecimal.valueOf(Integer.MIN_VALUE);
  private static final BigDecimal MAX_INT = BigDecimal.valueOf(Integer.MAX_VALUE);
  /** Integers up to 2^53 are exact doubles, so they can be written and read back without a fraction. */
  private static final double EXACT_INTEGERS = 9_007_199_254_740_992.0;

  private Values() {}

  /** A JSON string; written with the format's limits and lone surrogates escaped (see {@link StringWriting}). */
  static final ValueType<String> STRING = new ValueType<>() {
    @Override
    public String read(JsonParser parser, Pointer at, Problems problems) {
      if (parser.currentToken() == JsonToken.VALUE_STRING) {
        return parser.getString();
      }
      return wrongType(parser, "a string", at, problems);
    }

    @Override
    public void write(String value, JsonGenerator out) {
      StringWriting.write(value, out);
    }
  };

  /** {@code true} or {@code false}. */
  static final ValueType<Boolean> BOOLEAN = new ValueType<>() {
    @Override
    public Boolean read(JsonParser parser, Pointer at, Problems problems) {
      JsonToken token = parser.currentToken();
      if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
        return token == JsonToken.VALUE_TRUE;
      }
      return wrongType(parser, "true or false", at, problems);
    }

    @Override
    public void write(Boolean value, JsonGenerator out) {
      out.writeBoolean(value);
    }
  };

  /**
   * A finite number as the nearest {@code double}; numbers beyond the range of a double are refused
   * rather than read as infinities. Written deterministically: a whole number up to 2^53 without a
   * fraction ({@code 13500}), any other as the shortest decimal that reads back as the same double.
   */
  static final ValueType<Double> NUMBER = new ValueType<>() {
    @Override
    public Double read(JsonParser parser, Pointer at, Problems problems) {
      JsonToken token = parser.currentToken();
      if (token == JsonToken.VALUE_NUMBER_INT) {
        int small = smallInteger(parser);
        if (small >= 0) {
          return (double) small;
        }
      } else if (token != JsonToken.VALUE_NUMBER_FLOAT) {
        return wrongType(parser, "a number", at, problems);
      }
      String text = parser.getString();
      if (!isJsonNumber(text)) {
        return wrongType(parser, "a number", at, problems);
      }
      double d = Double.parseDouble(text);
      if (d == 0 || Math.abs(d) < Double.MAX_VALUE) {
        // Within range, the common case, decided without BigDecimal: zero includes what rounds to it,
        // 1e-400 or an exponent too negative for BigDecimal; a number whose exponent is too large for
        // BigDecimal would need millions of digits to come back below the largest double.
        return d;
      }
      // ±Double.MAX_VALUE or infinite: whether the number really lies beyond the range takes its exact value.
      BigDecimal exact = decimal(text);
      if (Double.isInfinite(d) || exact == null || exact.abs().compareTo(MAX_DOUBLE) > 0) {
        problems.add(Kind.SHAPE, at, "must be a number within the range of a double (about ±1.8e308), was "
            + describeNumber(text));
        return null;
      }
      return d;
    }

    @Override
    public void write(Double value, JsonGenerator out) {
      writeNumber(value, out);
    }
  };

  /**
   * A whole number in the range of a Java {@code int}. As in JSON Schema, {@code 3.0} and
   * {@code 3e0} are whole numbers too.
   */
  static final ValueType<Integer> INTEGER = new ValueType<>() {
    @Override
    public Integer read(JsonParser parser, Pointer at, Problems problems) {
      JsonToken token = parser.currentToken();
      if (token == JsonToken.VALUE_NUMBER_INT) {
        int small = smallInteger(parser);
        if (small >= 0) {
          return small;
        }
      } else if (token != JsonToken.VALUE_NUMBER_FLOAT) {
        return wrongType(parser, "an integer", at, problems);
      }
      String text = parser.getString();
      if (!isJsonNumber(text)) {
        return wrongType(parser, "an integer", at, problems);
      }
      BigDecimal exact = decimal(text);
      if (exact == null) {
        problems.add(Kind.SHAPE, at, "must be an integer from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE
            + ", was " + describeNumber(text));
        return null;
      }
      if (exact.signum() != 0 && exact.stripTrailingZeros().scale() > 0) {
        return wrongType(parser, "an integer", at, problems);
      }
      if (exact.compareTo(MIN_INT) < 0 || exact.compareTo(MAX_INT) > 0) {
        problems.add(Kind.SHAPE, at, "must be an integer from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE
            + ", was " + describeNumber(text));
        return null;
      }
      return exact.intValueExact();
    }

    @Override
    public void write(Integer value, JsonGenerator out) {
      out.writeNumber(value.intValue());
    }
  };

  /**
   * A value that is a string in JSON and something else in the model, such as a date: the
   * conversion reports its own problems and returns null after one.
   */
  static <T> ValueType<T> textual(Conversion<T> read, java.util.function.Function<T, String> write) {
    return new ValueType<>() {
      @Override
      public T read(JsonParser parser, Pointer at, Problems problems) {
        String text = STRING.read(parser, at, problems);
        return text == null ? null : read.convert(text, at, problems);
      }

      @Override
      public void write(T value, JsonGenerator out) {
        StringWriting.write(write.apply(value), out);
      }
    };
  }

  /** Turns the text of a JSON string into a model value, or records a problem and returns null. */
  @FunctionalInterface
  interface Conversion<T> {
    T convert(String text, Pointer at, Problems problems);
  }

  /** The exact value of a JSON number, or {@code null} when its exponent is beyond what {@link BigDecimal} holds. */
  private static BigDecimal decimal(String text) {
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException | ArithmeticException e) {
      return null;
    }
  }

  /** An enum constant by its JSON name, e.g. {@code "state_media"}, compared without making a string. */
  static <E extends Enum<E>> ValueType<E> enumeration(Class<E> type) {
    return new EnumType<>(type);
  }

  /** The JSON name of an enum constant: its Java name in lower case, e.g. {@code state_media}. */
  static String name(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }

  /** The enum a value type reads, or {@code null} if it reads no enum (for tests that hold docs to code). */
  static Class<?> enumOf(ValueType<?> type) {
    return type instanceof EnumType<?> e ? e.constants.getClass().getComponentType() : null;
  }

  private static final class EnumType<E extends Enum<E>> implements ValueType<E> {
    private final E[] constants;
    private final char[][] names;
    private final SerializableString[] serialized;
    private final String allowed;

    EnumType(Class<E> type) {
      constants = type.getEnumConstants();
      names = new char[constants.length][];
      serialized = new SerializableString[constants.length];
      for (E constant : constants) {
        names[constant.ordinal()] = name(constant).toCharArray();
        serialized[constant.ordinal()] = new SerializedString(name(constant));
      }
      allowed = Arrays.stream(constants).map(c -> '"' + name(c) + '"').collect(Collectors.joining(", "));
    }

    @Override
    public E read(JsonParser parser, Pointer at, Problems problems) {
      if (parser.currentToken() != JsonToken.VALUE_STRING) {
        return wrongType(parser, "a string", at, problems);
      }
      char[] text = parser.getStringCharacters();
      int offset = parser.getStringOffset();
      int length = parser.getStringLength();
      for (int i = 0; i < names.length; i++) {
        if (Arrays.equals(names[i], 0, names[i].length, text, offset, offset + length)) {
          return constants[i];
        }
      }
      problems.add(Kind.SHAPE, at, "must be one of " + allowed + "; was " + Text.quote(parser.getString()));
      return null;
    }

    @Override
    public void write(E value, JsonGenerator out) {
      out.writeString(serialized[value.ordinal()]);
    }
  }

  /**
   * Whether {@code text} has RFC 8259 number syntax, {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?};
   * a caller's lenient mapper may let other forms ("NaN", "+1", "012") through.
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
   * The value of the integer token the parser stands on if it is written with one to nine digits
   * and nothing else, without a leading zero; -1 for any other; read without making a string.
   */
  private static int smallInteger(JsonParser parser) {
    int n = parser.getStringLength();
    if (n == 0 || n > 9) {
      return -1;
    }
    char[] text = parser.getStringCharacters();
    int offset = parser.getStringOffset();
    if (n > 1 && text[offset] == '0') {
      return -1;
    }
    int value = 0;
    for (int i = offset; i < offset + n; i++) {
      char c = text[i];
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /** Writes a number deterministically, as {@link #NUMBER} describes. */
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

  /** The value the parser stands on in words for a message: {@code an object}, {@code a string ("abc")}, {@code null}. */
  static String describe(JsonParser parser) {
    JsonToken token = parser.currentToken();
    if (token == null) {
      return "nothing";
    }
    return switch (token) {
      case START_OBJECT, PROPERTY_NAME, END_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string (" + Text.quote(parser.getString()) + ")";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number (" + describeNumber(parser.getString()) + ")";
      case VALUE_TRUE -> "true";
      case VALUE_FALSE -> "false";
      case VALUE_NULL -> "null";
      default -> "a " + token;
    };
  }

  /** Records that the value is not of the expected type, skips it, and returns null. */
  static <T> T wrongType(JsonParser parser, String expected, Pointer at, Problems problems) {
    problems.add(Kind.SHAPE, at, "must be " + expected + ", was " + describe(parser));
    skip(parser);
    return null;
  }

  /** Skips the value the parser stands on, without holding it: the parser ends on its last token. */
  static void skip(JsonParser parser) {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.PROPERTY_NAME) {
      // An object whose start a caller consumed: skip its members up to its end.
      while (token == JsonToken.PROPERTY_NAME) {
        parser.nextToken();
        parser.skipChildren();
        token = parser.nextToken();
      }
    } else {
      parser.skipChildren();
    }
  }
}
