package io.github.newsclaims.json;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * How one kind of value maps to JSON: read straight from Jackson's token stream and written to
 * its generator. Object types are {@link ObjectType}s, declared once per model type from their
 * {@link Property properties}; strings, numbers, enums and the like are in {@link Values}.
 *
 * @param <T> the Java type of the value
 */
interface ValueType<T> {
  /**
   * Reads the value whose first token the parser stands on and leaves the parser on its last token.
   * Bad input is recorded in {@code problems} rather than thrown, the value is skipped, and the
   * result is {@code null}; only malformed JSON and read limits throw, as Jackson's exceptions.
   */
  T read(JsonParser parser, Pointer at, Problems problems);

  /** Writes the value as JSON. */
  void write(T value, JsonGenerator out);
}
