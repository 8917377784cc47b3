package io.github.newsclaims.json;

import java.util.List;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;

/**
 * Writes properties the way the format prescribes: absent optionals and empty arrays are left
 * out, enums are written by their JSON names, numbers deterministically.
 */
final class PropertyWriter {
  private PropertyWriter() {}

  /** Writes {@code name: [..]} unless {@code values} is empty. */
  static <T> void list(JsonGenerator out, SerializableString name, List<T> values, Mapping.Write<T> write) {
    if (values.isEmpty()) {
      return;
    }
    out.writeName(name);
    out.writeStartArray();
    for (T value : values) {
      write.write(value, out);
    }
    out.writeEndArray();
  }

  /** Writes {@code name: value} if the value is present. */
  static <T> void optional(JsonGenerator out, SerializableString name, Optional<T> value, Mapping.Write<T> write) {
    if (value.isPresent()) {
      out.writeName(name);
      write.write(value.get(), out);
    }
  }

  /** Writes {@code name: value}. */
  static <T> void required(JsonGenerator out, SerializableString name, T value, Mapping.Write<T> write) {
    out.writeName(name);
    write.write(value, out);
  }

  /** Writes {@code name: "value"}. */
  static void string(JsonGenerator out, SerializableString name, String value) {
    out.writeName(name);
    out.writeString(value);
  }

  /** Writes {@code name: value}. */
  static void integer(JsonGenerator out, SerializableString name, int value) {
    out.writeName(name);
    out.writeNumber(value);
  }

  /** Writes {@code name: true} or {@code name: false}. */
  static void bool(JsonGenerator out, SerializableString name, boolean value) {
    out.writeName(name);
    out.writeBoolean(value);
  }

  /** Writes a string value. */
  static void string(String value, JsonGenerator out) {
    out.writeString(value);
  }

  /** Writes a URI as a string. */
  static void uri(java.net.URI value, JsonGenerator out) {
    out.writeString(value.toString());
  }

  /** Writes an enum constant by its JSON name. */
  static void enumeration(Enum<?> value, JsonGenerator out) {
    out.writeString(Scalars.serializedName(value));
  }

  /** Writes an int value. */
  static void integer(Integer value, JsonGenerator out) {
    out.writeNumber(value.intValue());
  }

  /** Writes a double value (see {@link Scalars#writeNumber}). */
  static void number(Double value, JsonGenerator out) {
    Scalars.writeNumber(value, out);
  }
}
