package io.github.newsclaims.json;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.type.LogicalType;

/**
 * Reads one model type through its mapping, for {@link NewsClaimsModule}: strictly, with every
 * problem reported at its JSON Pointer in one {@link NewsClaimsJsonException}, and with the
 * document rules of the value checked. Duplicate properties are refused whatever the mapper's
 * configuration.
 */
final class ModelDeserializer<T> extends ValueDeserializer<T> {
  private final Mapping<T> mapping;

  ModelDeserializer(Mapping<T> mapping) {
    this.mapping = mapping;
  }

  @Override
  public T deserialize(JsonParser parser, DeserializationContext context) {
    return DocumentReader.read(parser, mapping.json());
  }

  @Override
  public Class<?> handledType() {
    return mapping.type();
  }

  @Override
  public LogicalType logicalType() {
    return mapping.type().isEnum() ? LogicalType.Enum : LogicalType.POJO;
  }
}
