package io.github.newsclaims.json;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/**
 * Writes one model type through its mapping, for {@link NewsClaimsModule}. Nested model values are
 * written by the mappings directly, so the properties and their order never depend on the mapper.
 */
final class ModelSerializer<T> extends ValueSerializer<T> {
  private final Mapping<T> mapping;

  ModelSerializer(Mapping<T> mapping) {
    this.mapping = mapping;
  }

  @Override
  public void serialize(T value, JsonGenerator out, SerializationContext context) {
    mapping.json().write(value, out);
  }

  @Override
  public Class<?> handledType() {
    return mapping.type();
  }
}
