package io.github.newsclaims.json;

import tools.jackson.core.JsonGenerator;

/**
 * How one model type maps to JSON: a function that reads it from a parsed value and one that writes
 * it. Each model type has its own {@code XxxMapping} class holding the two; this record pairs them
 * for the Jackson module.
 *
 * @param type the model type
 * @param read reads a value, reporting problems instead of throwing
 * @param write writes a value
 * @param <T> the model type
 */
record Mapping<T>(Class<T> type, Read<T> read, Write<T> write) {
  /** Reads a model value from a parsed JSON value. */
  @FunctionalInterface
  interface Read<T> {
    /**
     * The value read from {@code value} at {@code at}, or {@code null} after recording at least
     * one problem; never throws for bad input.
     */
    T read(JsonValue value, Pointer at, Problems problems);
  }

  /** Writes a model value as JSON, its properties in the documented order. */
  @FunctionalInterface
  interface Write<T> {
    void write(T value, JsonGenerator out);
  }
}
