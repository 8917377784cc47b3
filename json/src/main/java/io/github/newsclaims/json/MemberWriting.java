package io.github.newsclaims.json;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import tools.jackson.core.JsonGenerator;

/**
 * The members of an object as the {@link Members} methods of the mappings write them: a name from
 * its declared {@link Property}, then the value, with the cardinality rules of {@link ObjectType}
 * (an empty optional or an empty array leaves the member out). Small static methods, so that the
 * JIT inlines them into each mapping's members method.
 */
final class MemberWriting {
  private MemberWriting() {}

  /** A string member. */
  static void string(Property<?, String> property, String value, JsonGenerator out) {
    out.writeName(property.serializedName());
    StringWriting.write(value, out);
  }

  /** A string member, left out when empty. */
  static void string(Property<?, String> property, Optional<String> value, JsonGenerator out) {
    if (value.isPresent()) {
      string(property, value.get(), out);
    }
  }

  /** A whole-number member. */
  static void integer(Property<?, Integer> property, int value, JsonGenerator out) {
    out.writeName(property.serializedName());
    out.writeNumber(value);
  }

  /** A whole-number member, left out when empty. */
  static void integer(Property<?, Integer> property, OptionalInt value, JsonGenerator out) {
    if (value.isPresent()) {
      integer(property, value.getAsInt(), out);
    }
  }

  /** A number member, written as {@link Values#writeNumber} writes numbers. */
  static void number(Property<?, Double> property, double value, JsonGenerator out) {
    out.writeName(property.serializedName());
    Values.writeNumber(value, out);
  }

  /** A number member, left out when empty. */
  static void number(Property<?, Double> property, OptionalDouble value, JsonGenerator out) {
    if (value.isPresent()) {
      number(property, value.getAsDouble(), out);
    }
  }

  /** A boolean member. */
  static void bool(Property<?, Boolean> property, boolean value, JsonGenerator out) {
    out.writeName(property.serializedName());
    out.writeBoolean(value);
  }

  /** A member of any other value type: an enum constant, an object, a textual value such as a date. */
  static <V> void value(Property<?, V> property, V value, JsonGenerator out) {
    out.writeName(property.serializedName());
    property.type().write(value, out);
  }

  /** A member of any other value type, left out when empty. */
  static <V> void value(Property<?, V> property, Optional<V> value, JsonGenerator out) {
    if (value.isPresent()) {
      value(property, value.get(), out);
    }
  }

  /** An object member written by its mapping's {@code write} method. */
  static <V> void object(Property<?, V> property, V value, Members<V> write, JsonGenerator out) {
    out.writeName(property.serializedName());
    out.writeStartObject();
    write.write(value, out);
    out.writeEndObject();
  }

  /** An object member, left out when empty. */
  static <V> void object(Property<?, V> property, Optional<V> value, Members<V> write, JsonGenerator out) {
    if (value.isPresent()) {
      object(property, value.get(), write, out);
    }
  }

  /** An array of objects, left out when empty; each element written by its mapping's members method. */
  static <V> void objects(Property<?, V> property, List<V> values, Members<V> write, JsonGenerator out) {
    if (values.isEmpty()) {
      return;
    }
    out.writeName(property.serializedName());
    out.writeStartArray();
    // The model's lists are random access: an index loop makes no iterator.
    for (int i = 0, n = values.size(); i < n; i++) {
      out.writeStartObject();
      write.write(values.get(i), out);
      out.writeEndObject();
    }
    out.writeEndArray();
  }

  /** An array of strings, left out when empty. */
  static void strings(Property<?, String> property, List<String> values, JsonGenerator out) {
    if (values.isEmpty()) {
      return;
    }
    out.writeName(property.serializedName());
    out.writeStartArray();
    for (int i = 0, n = values.size(); i < n; i++) {
      StringWriting.write(values.get(i), out);
    }
    out.writeEndArray();
  }

  /** An array of values of any other type, left out when empty. */
  static <V> void values(Property<?, V> property, List<V> values, JsonGenerator out) {
    if (values.isEmpty()) {
      return;
    }
    out.writeName(property.serializedName());
    out.writeStartArray();
    ValueType<V> type = property.type();
    for (int i = 0, n = values.size(); i < n; i++) {
      type.write(values.get(i), out);
    }
    out.writeEndArray();
  }
}
