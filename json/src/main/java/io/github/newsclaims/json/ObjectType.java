package io.github.newsclaims.json;

import io.github.newsclaims.json.NewsClaimsJsonException.Kind;
import io.github.newsclaims.json.NewsClaimsJsonException.Problem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.sym.BinaryNameMatcher;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.Named;

/**
 * A JSON object of the format mapped to a model type from its declared {@link Property properties}:
 * read straight from the token stream, written in the declared order — by the mapping's own
 * {@link Members} method where it has one (every object type of the format does), else from the
 * declarations ({@link #writeDeclared}).
 *
 * <p>Reading is strict and finds every problem in one pass: each member is matched to its
 * property and read at its pointer; an unknown or repeated member is recorded and its value
 * skipped without being held, so that later problems are found too; missing required properties
 * and unknown ones are reported when the object ends. Only if nothing in the object failed is the
 * model value built, and an invariant the model refuses becomes a problem at the object.
 *
 * <p>Members are matched by Jackson's {@link PropertyNameMatcher} ({@link JsonParser#nextNameMatch}):
 * the UTF-8 parser hashes the name's bytes straight into the index of its property, with no lookup
 * in the parser's symbol table and no string; other parsers match the name's string.
 *
 * @param <T> the model type
 */
final class ObjectType<T> implements ValueType<T> {
  private final String name;
  private final Property<T, ?>[] properties;
  /** Matches a member's name to the index of its property. */
  private final PropertyNameMatcher matcher;
  /** Bit {@code i} set when property {@code i} is required. */
  private final long required;
  private final Function<Slots, T> construct;
  private final String known;
  /** The mapping's own members method, or null to write from the declarations; set once, while its mapping class initialises. */
  private Members<T> members;

  @SafeVarargs
  @SuppressWarnings("varargs") // the properties array is only copied and read, never written through
  private ObjectType(String name, Function<Slots, T> construct, Property<T, ?>... properties) {
    if (properties.length > 64) {
      throw new IllegalArgumentException("an object type has at most 64 properties");
    }
    this.name = name;
    this.construct = construct;
    this.properties = properties.clone();
    for (int i = 0; i < properties.length; i++) {
      if (properties[i].index >= 0) {
        throw new IllegalStateException("property " + properties[i] + " is declared by two object types");
      }
      properties[i].index = i;
    }
    // The names are interned (Property.name()), so a matched name is the very declared string. The
    // third argument, false, is what the two-argument form (deprecated in jackson-core 3.3) passes.
    this.matcher = BinaryNameMatcher.constructFrom(
        Arrays.stream(properties).map(p -> Named.fromString(p.name())).toList(), true, false);
    long mask = 0;
    for (int i = 0; i < properties.length; i++) {
      if (properties[i].isRequired()) {
        mask |= 1L << i;
      }
    }
    this.required = mask;
    this.known = Arrays.stream(properties).map(Property::name).collect(Collectors.joining(", "));
  }

  /**
   * An object type named {@code name} (its name in the JSON Schema's {@code $defs}), with these
   * properties in the order they are written; {@code construct} builds the model value from them
   * and may record problems of its own at {@link Slots#at()} and return null.
   */
  @SafeVarargs
  @SuppressWarnings("varargs") // passed on to the constructor, which only copies and reads it
  static <T> ObjectType<T> of(String name, Function<Slots, T> construct, Property<T, ?>... properties) {
    return new ObjectType<>(name, construct, properties);
  }

  /**
   * Has this type's objects written by {@code members}, which must write exactly what the
   * declarations say (see {@link Members}); called once, in the mapping's static initialiser.
   *
   * @return this object type
   */
  ObjectType<T> writtenBy(Members<T> members) {
    if (this.members != null) {
      throw new IllegalStateException("object type " + name + " already has its members method");
    }
    this.members = members;
    return this;
  }

  /** Whether the mapping writes the members itself rather than from the declarations. */
  boolean hasMembers() {
    return members != null;
  }

  /** The name of the object type in the JSON Schema, e.g. {@code estimate}. */
  String name() {
    return name;
  }

  /** The properties in the order they are written. */
  List<Property<T, ?>> properties() {
    return List.of(properties);
  }

  @Override
  public T read(JsonParser parser, Pointer at, Problems problems) {
    JsonToken token = parser.currentToken();
    if (token != JsonToken.START_OBJECT && token != JsonToken.PROPERTY_NAME && token != JsonToken.END_OBJECT) {
      // A property name or the end: the start of an object a caller's deserializer already consumed.
      return Values.wrongType(parser, "an object", at, problems);
    }
    long before = problems.count();
    Object[] values = new Object[properties.length];
    long seen = 0;
    List<String> unknown = null;
    long unlisted = 0;
    Pointer member = null;
    // The first member: the parser stands on the object's start, on the first name (a caller's
    // deserializer consumed the start), or on the end of an empty object.
    int i = token == JsonToken.START_OBJECT ? parser.nextNameMatch(matcher)
        : token == JsonToken.PROPERTY_NAME ? matcher.matchName(parser.currentName())
        : PropertyNameMatcher.MATCH_END_OBJECT;
    // After a member's value the next token is a name or the object's end (anything else is malformed
    // JSON, which the parser throws for); MATCH_ODD_TOKEN only guards against a parser that ends early.
    for (; i != PropertyNameMatcher.MATCH_END_OBJECT && i != PropertyNameMatcher.MATCH_ODD_TOKEN;
        i = parser.nextNameMatch(matcher)) {
      if (i < 0) {
        String name = parser.currentName();
        if (unknown == null) {
          unknown = new ArrayList<>(4);
        }
        if (unknown.size() < NewsClaimsJson.MAX_REPORTED_PROBLEMS) {
          if (unknown.contains(name)) {
            duplicate(parser, at.property(name), name, problems);
          } else {
            unknown.add(name);
          }
        } else {
          unlisted++;
        }
        parser.nextToken();
        parser.skipChildren();
        continue;
      }
      Property<T, ?> property = properties[i];
      if (member == null) {
        member = at.cursor();
      }
      Pointer valueAt = member.moveTo(property.name());
      if ((seen & 1L << i) != 0) {
        duplicate(parser, valueAt, property.name(), problems);
        parser.nextToken();
        parser.skipChildren();
        continue;
      }
      seen |= 1L << i;
      parser.nextToken();
      values[i] = property.isList() ? list(property.type(), parser, valueAt, problems)
          : property.type().read(parser, valueAt, problems);
      Problem abandon = problems.takeAbandon();
      if (abandon != null) {
        problems.truncate(before);
        problems.add(abandon);
        for (token = parser.nextToken(); token == JsonToken.PROPERTY_NAME; token = parser.nextToken()) {
          parser.nextToken();
          parser.skipChildren();
        }
        return null;
      }
    }
    if ((required & ~seen) != 0) {
      for (int p = 0; p < properties.length; p++) {
        if ((required & ~seen & 1L << p) != 0) {
          problems.add(Kind.SHAPE, at, properties[p].missingMessage());
        }
      }
    }
    if (unknown != null) {
      for (String name : unknown) {
        problems.add(Kind.SHAPE, at.property(name), "unknown property " + Text.quote(name)
            + "; known properties are " + known);
      }
      problems.addUnlisted(unlisted);
    }
    if (problems.count() > before) {
      return null;
    }
    try {
      return construct.apply(new Slots(values, at, problems));
    } catch (IllegalArgumentException | IllegalStateException e) {
      problems.add(Kind.INVARIANT, at, e.getMessage() == null ? "refused by the model" : e.getMessage());
      return null;
    }
  }

  private static void duplicate(JsonParser parser, Pointer at, String member, Problems problems) {
    // Checked here rather than by the parser so that a mapper configured by the caller is as strict.
    problems.add(Kind.SYNTAX, at, "duplicate property " + Text.quote(member)
        + problems.location(parser.currentTokenLocation()));
  }

  /**
   * The elements of an array, each read at its index. Once an element fails, the array will not be
   * built: later elements are still read for their problems but no longer kept.
   */
  private static <V> List<V> list(ValueType<V> type, JsonParser parser, Pointer at, Problems problems) {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      return Values.wrongType(parser, "an array", at, problems);
    }
    long before = problems.count();
    List<V> out = new ArrayList<>();
    int i = 0;
    Pointer element = at.cursor();
    for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
      V value = type.read(parser, element.moveTo(i++), problems);
      if (out != null && problems.count() == before) {
        out.add(value);
      } else {
        out = null;
      }
    }
    return out == null ? List.of() : out;
  }

  @Override
  public void write(T value, JsonGenerator out) {
    out.writeStartObject();
    if (members != null) {
      members.write(value, out);
    } else {
      for (Property<T, ?> property : properties) {
        writeProperty(property, value, out, false);
      }
    }
    out.writeEndObject();
  }

  /**
   * Writes the object from its property declarations alone, nested objects too, whether or not
   * a mapping has its own members method: what each members method is held to.
   */
  void writeDeclared(T value, JsonGenerator out) {
    out.writeStartObject();
    for (Property<T, ?> property : properties) {
      writeProperty(property, value, out, true);
    }
    out.writeEndObject();
  }

  @SuppressWarnings("unchecked")
  private static <T, V> void writeProperty(Property<T, V> property, T value, JsonGenerator out, boolean declared) {
    ToIntFunction<T> whole = property.intGetter();
    if (whole != null) {
      out.writeName(property.serializedName());
      out.writeNumber(whole.applyAsInt(value));
      return;
    }
    Object v = property.get(value);
    switch (property.cardinality()) {
      case REQUIRED -> {
        out.writeName(property.serializedName());
        writeValue(property.type(), (V) v, out, declared);
      }
      case OPTIONAL -> {
        if (v instanceof OptionalDouble number) {
          // Written without boxing: the number's type is Values.NUMBER.
          if (number.isPresent()) {
            out.writeName(property.serializedName());
            Values.writeNumber(number.getAsDouble(), out);
          }
        } else if (v instanceof OptionalInt number) {
          if (number.isPresent()) {
            out.writeName(property.serializedName());
            out.writeNumber(number.getAsInt());
          }
        } else {
          Optional<V> optional = (Optional<V>) v;
          if (optional.isPresent()) {
            out.writeName(property.serializedName());
            writeValue(property.type(), optional.get(), out, declared);
          }
        }
      }
      case LIST, REQUIRED_LIST -> {
        List<V> list = (List<V>) v;
        if (!list.isEmpty()) {
          out.writeName(property.serializedName());
          out.writeStartArray();
          // The model's lists are random access: an index loop makes no iterator.
          for (int i = 0, n = list.size(); i < n; i++) {
            writeValue(property.type(), list.get(i), out, declared);
          }
          out.writeEndArray();
        }
      }
      default -> throw new AssertionError(property.cardinality());
    }
  }

  private static <V> void writeValue(ValueType<V> type, V value, JsonGenerator out, boolean declared) {
    if (declared && type instanceof ObjectType<V> object) {
      object.writeDeclared(value, out);
    } else {
      type.write(value, out);
    }
  }
}
