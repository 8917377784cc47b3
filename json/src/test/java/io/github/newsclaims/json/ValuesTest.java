package io.github.newsclaims.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.newsclaims.core.ActorKind;
import io.github.newsclaims.core.PartialDate;
import io.github.newsclaims.json.NewsClaimsJsonException.Kind;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.json.JsonMapper;

/** The value types of the format, used directly: number syntax, deterministic numbers, enums and textual values. */
class ValuesTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private static <T> T read(ValueType<T> type, String json) {
    try (JsonParser parser = MAPPER.createParser(json)) {
      parser.nextToken();
      Problems problems = new Problems(false);
      T value = type.read(parser, Pointer.ROOT, problems);
      if (!problems.isEmpty()) {
        throw problems.exception();
      }
      return value;
    }
  }

  private static <T> String write(ValueType<T> type, T value) {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = MAPPER.createGenerator(out)) {
      type.write(value, generator);
    }
    return out.toString();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-0", "7", "-1", "10", "1.5", "-1.5", "0.25", "1e5", "1E5", "1e+5", "1e-5", "1.5E-10",
      "0e0", "-0.0e-0", "123456789012345678901234567890"})
  void acceptsRfc8259Numbers(String text) {
    assertEquals(true, Values.isJsonNumber(text), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-", "+1", "01", "-01", "1.", ".5", "-.5", "1e", "1e+", "1E-", "1.e5", "NaN", "Infinity",
      "-Infinity", "1.5.5", "1e5e5", "1a", "a", "-a", "1 ", " 1", "0x10"})
  void refusesEverythingElse(String text) {
    assertEquals(false, Values.isJsonNumber(text), text);
  }

  @Test
  void writesWholeNumbersUpTo2To53WithoutAFraction() {
    assertEquals("13500", write(Values.NUMBER, 13500.0));
    assertEquals("9007199254740992", write(Values.NUMBER, 0x1p53));
    assertEquals("-9007199254740992", write(Values.NUMBER, -0x1p53));
    assertEquals("1.8014398509481984E16", write(Values.NUMBER, 0x1p54));
    assertEquals("0", write(Values.NUMBER, 0.0));
    assertEquals("-0.0", write(Values.NUMBER, -0.0));
    assertEquals("0.5", write(Values.NUMBER, 0.5));
    assertEquals(-0.0, read(Values.NUMBER, "-0.0"));
  }

  @Test
  void describesALongNumberByItsFirstDigits() {
    String forty = "1" + "0".repeat(35) + "e400";
    String fortyOne = "1" + "0".repeat(36) + "e400";
    NewsClaimsJsonException forty40 = assertThrows(NewsClaimsJsonException.class, () -> read(Values.NUMBER, forty));
    assertEquals("must be a number within the range of a double (about ±1.8e308), was " + forty,
        forty40.getProblems().get(0).message());
    NewsClaimsJsonException longer = assertThrows(NewsClaimsJsonException.class, () -> read(Values.NUMBER, fortyOne));
    assertEquals("must be a number within the range of a double (about ±1.8e308), was " + fortyOne.substring(0, 37) + "...",
        longer.getProblems().get(0).message());
  }

  @Test
  void theLargestDoubleIsReadAndWhatOnlyRoundsToItIsNot() {
    // Below Double.MAX_VALUE's exact value: read as the nearest double, MAX_VALUE itself.
    assertEquals(Double.MAX_VALUE, read(Values.NUMBER, "1.7976931348623157e308"));
    assertEquals(-Double.MAX_VALUE, read(Values.NUMBER, "-1.7976931348623157e308"));
    // Exactly MAX_VALUE, all 309 digits.
    assertEquals(Double.MAX_VALUE, read(Values.NUMBER, new java.math.BigDecimal(Double.MAX_VALUE).toPlainString()));
    // Above it, though parseDouble rounds it down to MAX_VALUE: beyond the range of a double.
    for (String beyond : List.of("1.7976931348623158e308", "-1.7976931348623158e308", "1.8e308", "1e400")) {
      NewsClaimsJsonException e = assertThrows(NewsClaimsJsonException.class, () -> read(Values.NUMBER, beyond), beyond);
      assertEquals("must be a number within the range of a double (about ±1.8e308), was " + beyond,
          e.getProblems().get(0).message());
    }
    assertEquals(0.0, read(Values.NUMBER, "1e-400"));
  }

  @Test
  void readsSmallAndLargeIntegersAlike() {
    for (String text : List.of("0", "7", "99", "123456789", "1234567890", "2147483647", "-2147483648", "3.0", "3e0",
        "-1")) {
      assertEquals(Integer.valueOf(new java.math.BigDecimal(text).intValueExact()), read(Values.INTEGER, text), text);
    }
    assertEquals(123456789.0, read(Values.NUMBER, "123456789"));
    assertEquals(1234567890.0, read(Values.NUMBER, "1234567890"));
    NewsClaimsJsonException big = assertThrows(NewsClaimsJsonException.class, () -> read(Values.INTEGER, "2147483648"));
    assertEquals("must be an integer from -2147483648 to 2147483647, was 2147483648", big.getProblems().get(0).message());
  }

  @Test
  void anEnumIsItsLowerCaseNameAndListsTheOthersWhenWrong() {
    ValueType<ActorKind> kinds = Values.enumeration(ActorKind.class);
    assertEquals("state_media", Values.name(ActorKind.STATE_MEDIA));
    assertEquals(ActorKind.STATE_MEDIA, read(kinds, "\"state_media\""));
    assertEquals("\"state_media\"", write(kinds, ActorKind.STATE_MEDIA));
    assertEquals(ActorKind.class, Values.enumOf(kinds));
    NewsClaimsJsonException wrong = assertThrows(NewsClaimsJsonException.class, () -> read(kinds, "\"STATE\""));
    String allowed = java.util.Arrays.stream(ActorKind.values()).map(k -> "\"" + Values.name(k) + "\"")
        .collect(java.util.stream.Collectors.joining(", "));
    assertEquals("must be one of " + allowed + "; was \"STATE\"", wrong.getProblems().get(0).message());
    NewsClaimsJsonException notAString = assertThrows(NewsClaimsJsonException.class, () -> read(kinds, "3"));
    assertEquals(Kind.SHAPE, notAString.getProblems().get(0).kind());
  }

  @Test
  void aTextualValueConvertsTheStringBothWays() {
    ValueType<PartialDate> dates = Values.textual((text, at, problems) -> {
      if (!text.matches("\\d{4}")) {
        problems.add(Kind.SHAPE, at, "must be a year, was " + Text.quote(text));
        return null;
      }
      return PartialDate.of(Integer.parseInt(text));
    }, date -> String.format(java.util.Locale.ROOT, "%04d", date.getYear()));
    assertEquals(PartialDate.of(2024), read(dates, "\"2024\""));
    assertEquals("\"0987\"", write(dates, PartialDate.of(987)));
    NewsClaimsJsonException e = assertThrows(NewsClaimsJsonException.class, () -> read(dates, "\"May\""));
    assertEquals("must be a year, was \"May\"", e.getProblems().get(0).message());
    assertThrows(NewsClaimsJsonException.class, () -> read(dates, "2024"));
  }
}
