package io.github.newsclaims.json;

/**
 * A model type and the {@link ValueType} that maps it, as registered with the Jackson module.
 *
 * @param type the model type
 * @param json how it is read and written
 * @param <T> the model type
 */
record Mapping<T>(Class<T> type, ValueType<T> json) {}
