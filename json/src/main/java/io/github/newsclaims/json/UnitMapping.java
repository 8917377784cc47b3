package io.github.newsclaims.json;

import io.github.newsclaims.core.Unit;
import io.github.newsclaims.core.UnitKind;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;

/** {@link Unit} as {@code {"kind": "count", "name": "soldiers"}} or {@code {"kind": "fraction"}}. */
final class UnitMapping {
  private UnitMapping() {}

  static Unit read(JsonValue value, Pointer at, Problems problems) {
    PropertyReader in = PropertyReader.of(value, at, problems);
    if (in == null) {
      return null;
    }
    UnitKind kind = in.required("kind", Scalars.enumeration(UnitKind.class));
    Optional<String> name = in.optional("name", Scalars::string);
    return in.build(() -> Unit.of(kind, name));
  }

  static void write(Unit unit, JsonGenerator out) {
    out.writeStartObject();
    PropertyWriter.required(out, PropertyNames.KIND, unit.getKind(), PropertyWriter::enumeration);
    PropertyWriter.optional(out, PropertyNames.NAME, unit.getName(), PropertyWriter::string);
    out.writeEndObject();
  }
}
