package io.github.newsclaims.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.newsclaims.json.NewsClaimsJsonException.Kind;
import io.github.newsclaims.json.NewsClaimsJsonException.Problem;
import io.github.newsclaims.json.Property.Cardinality;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.json.JsonMapper;

/**
 * An object type declared here, outside the format's mappings: the mappings declare theirs while
 * their classes initialise, once per JVM, so these tests are what exercises the declaration itself
 * (the property factories, the required mask, the 64-property limit) at test time.
 */
class ObjectTypeTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  record Pair(String name, int count, Optional<String> note) {}

  private static final class Declared {
    final Property<Pair, String> name = Property.required("name", Values.STRING, Pair::name);
    final Property<Pair, Integer> count = Property.requiredInt("count", Pair::count);
    final Property<Pair, String> note = Property.optional("note", Values.STRING, Pair::note);
    final ObjectType<Pair> type = ObjectType.of("pair",
        slots -> new Pair(slots.get(name), slots.get(count), slots.optional(note)), name, count, note);
  }

  private static <T> T read(ObjectType<T> type, String json) {
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

  private static List<String> messages(NewsClaimsJsonException e) {
    return e.getProblems().stream().map(p -> p.pointer() + ": " + p.message()).toList();
  }

  @Test
  void readsTheDeclaredProperties() {
    Declared d = new Declared();
    assertEquals("pair", d.type.name());
    assertEquals(List.of(d.name, d.count, d.note), d.type.properties());
    assertEquals(new Pair("a", 2, Optional.empty()), read(d.type, "{\"name\":\"a\",\"count\":2}"));
    assertEquals(new Pair("a", 2, Optional.of("n")), read(d.type, "{\"note\":\"n\",\"count\":2,\"name\":\"a\"}"));
  }

  @Test
  void reportsEveryMissingRequiredPropertyAndNoOptionalOne() {
    Declared d = new Declared();
    NewsClaimsJsonException e = assertThrows(NewsClaimsJsonException.class, () -> read(d.type, "{}"));
    assertEquals(List.of(": missing required property \"name\"", ": missing required property \"count\""), messages(e));
  }

  @Test
  void reportsUnknownPropertiesWithTheKnownOnes() {
    Declared d = new Declared();
    NewsClaimsJsonException e = assertThrows(NewsClaimsJsonException.class,
        () -> read(d.type, "{\"name\":\"a\",\"count\":2,\"size\":3}"));
    assertEquals(List.of("/size: unknown property \"size\"; known properties are name, count, note"), messages(e));
  }

  @Test
  void countsUnknownPropertiesBeyondTheListedHundred() {
    Declared d = new Declared();
    int max = NewsClaimsJson.MAX_REPORTED_PROBLEMS;
    // The hundred and first name repeats the first: past the listed names it is counted, not reported as a duplicate.
    String members = IntStream.range(0, max + 5).mapToObj(i -> "\"u" + (i == max ? 0 : i) + "\":1")
        .collect(Collectors.joining(","));
    NewsClaimsJsonException e = assertThrows(NewsClaimsJsonException.class,
        () -> read(d.type, "{\"name\":\"a\",\"count\":2," + members + "}"));
    assertEquals(max + 5, e.getProblemCount());
    assertEquals(max, e.getProblems().size());
    assertEquals(new Problem(Kind.SHAPE, "/u0", "unknown property \"u0\"; known properties are name, count, note"),
        e.getProblems().get(0));
    assertEquals(List.of(Kind.SHAPE), e.getProblems().stream().map(Problem::kind).distinct().toList());
  }

  @Test
  void anAbandoningValueDropsWhatTheObjectFoundBefore() {
    ValueType<String> unsupported = new ValueType<>() {
      @Override
      public String read(JsonParser parser, Pointer at, Problems problems) {
        problems.abandon(Kind.SHAPE, at, "unsupported");
        parser.skipChildren();
        return null;
      }

      @Override
      public void write(String value, JsonGenerator out) {
        throw new UnsupportedOperationException();
      }
    };
    Property<Pair, String> name = Property.required("name", Values.STRING, Pair::name);
    Property<Pair, String> format = Property.required("format", unsupported, Pair::name);
    ObjectType<Pair> type = ObjectType.of("abandoning", slots -> null, name, format);
    NewsClaimsJsonException e = assertThrows(NewsClaimsJsonException.class,
        () -> read(type, "{\"name\":5,\"format\":\"x\",\"more\":[1,2]}"));
    assertEquals(List.of("/format: unsupported"), messages(e));
    assertEquals(1, e.getProblemCount());
  }

  @Test
  void refusesAPropertyDeclaredByTwoObjectTypes() {
    Declared d = new Declared();
    IllegalStateException first = assertThrows(IllegalStateException.class,
        () -> ObjectType.of("again", slots -> null, d.name));
    assertEquals("property name is declared by two object types", first.getMessage());
    assertThrows(IllegalStateException.class, () -> ObjectType.of("again", slots -> null, d.note));
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void takesAtMostSixtyFourPropertiesAndKnowsEachOnesRequiredBit() {
    List<Property<Pair, String>> properties = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      properties.add(i == 0 || i == 40 || i == 63 ? Property.required("p" + i, Values.STRING, Pair::name)
          : Property.optional("p" + i, Values.STRING, Pair::note));
    }
    ObjectType<Pair> type = ObjectType.of("wide", slots -> new Pair("", 0, Optional.empty()),
        properties.toArray(Property[]::new));
    NewsClaimsJsonException missing = assertThrows(NewsClaimsJsonException.class, () -> read(type, "{\"p5\":\"x\"}"));
    assertEquals(List.of(": missing required property \"p0\"", ": missing required property \"p40\"",
        ": missing required property \"p63\""), messages(missing));
    NewsClaimsJsonException twice = assertThrows(NewsClaimsJsonException.class,
        () -> read(type, "{\"p0\":\"a\",\"p40\":\"b\",\"p63\":\"c\",\"p40\":\"d\"}"));
    assertEquals(1, twice.getProblemCount());
    assertEquals(Kind.SYNTAX, twice.getProblems().get(0).kind());
    assertEquals("/p40", twice.getProblems().get(0).pointer());
    assertEquals(new Pair("", 0, Optional.empty()), read(type, "{\"p0\":\"a\",\"p40\":\"b\",\"p63\":\"c\"}"));
    IllegalArgumentException tooMany = assertThrows(IllegalArgumentException.class,
        () -> ObjectType.of("wider", slots -> null, IntStream.range(0, 65)
            .mapToObj(i -> Property.optional("q" + i, Values.STRING, Pair::note)).toArray(Property[]::new)));
    assertEquals("an object type has at most 64 properties", tooMany.getMessage());
  }

  @Test
  void eachFactoryDeclaresItsNameCardinalityAndType() {
    Pair pair = new Pair("a", 7, Optional.of("n"));
    Property<Pair, Integer> count = Property.requiredInt("count", Pair::count);
    assertEquals(7, count.intGetter().applyAsInt(pair));
    assertEquals(Integer.valueOf(7), count.get(pair));
    assertSame(Values.INTEGER, count.type());
    Property<Pair, String> name = Property.required("name", Values.STRING, Pair::name);
    assertEquals(null, name.intGetter());
    assertEquals("a", name.get(pair));
    Property<Pair, Integer> optionalInt = Property.optionalInt("n", p -> OptionalInt.of(p.count()));
    Property<Pair, Double> optionalDouble = Property.optionalDouble("d", p -> OptionalDouble.of(0.5));
    Property<Pair, String> list = Property.list("l", Values.STRING, p -> List.of(p.name()));
    Property<Pair, String> requiredList = Property.requiredList("r", Values.STRING, p -> List.of());
    Property<Pair, String> note = Property.optional("note", Values.STRING, Pair::note);
    assertEquals(OptionalInt.of(7), optionalInt.get(pair));
    assertEquals(OptionalDouble.of(0.5), optionalDouble.get(pair));
    assertEquals(List.of("a"), list.get(pair));
    assertEquals(Optional.of("n"), note.get(pair));
    assertEquals(List.of("name REQUIRED true false", "n OPTIONAL false false", "d OPTIONAL false false",
            "l LIST false true", "r REQUIRED_LIST true true", "note OPTIONAL false false"),
        List.of(name, optionalInt, optionalDouble, list, requiredList, note).stream()
            .map(p -> p.name() + " " + p.cardinality() + " " + p.isRequired() + " " + p.isList()).toList());
    assertSame(Values.NUMBER, optionalDouble.type());
    assertSame(Values.INTEGER, optionalInt.type());
    assertEquals("missing required property \"name\"", name.missingMessage());
    // The draft's read-only versions of a declared property.
    Property<Object, String> like = Property.like(name);
    Property<Object, Integer> likeRetyped = Property.like(name, Values.INTEGER);
    Property<Object, String> defaulted = Property.defaultedLike(name, Values.STRING);
    Property<Object, String> defaultedList = Property.defaultedLike(requiredList, Values.STRING);
    Property<Object, String> readOnly = Property.readOnly("q", Cardinality.LIST, Values.STRING);
    assertEquals(List.of("name REQUIRED", "name REQUIRED", "name OPTIONAL", "r LIST", "q LIST"),
        List.of(like, likeRetyped, defaulted, defaultedList, readOnly).stream()
            .map(p -> p.name() + " " + p.cardinality()).toList());
    assertSame(Values.STRING, like.type());
    assertSame(Values.INTEGER, likeRetyped.type());
    UnsupportedOperationException written = assertThrows(UnsupportedOperationException.class, () -> readOnly.get(pair));
    assertEquals("a draft is read, never written", written.getMessage());
    assertEquals("name", name.toString());
  }
}
