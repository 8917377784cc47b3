package io.github.newsclaims.json;

import io.github.newsclaims.core.ClaimRelation;
import io.github.newsclaims.core.ClaimRelationKind;
import tools.jackson.core.JsonGenerator;

/** {@link ClaimRelation} as {@code {"kind": "elaborates", "target": "c1"}}. */
final class ClaimRelationMapping {
  private ClaimRelationMapping() {}

  static ClaimRelation read(JsonValue value, Pointer at, Problems problems) {
    PropertyReader in = PropertyReader.of(value, at, problems);
    if (in == null) {
      return null;
    }
    ClaimRelationKind kind = in.required("kind", Scalars.enumeration(ClaimRelationKind.class));
    String target = in.required("target", Scalars::string);
    return in.build(() -> ClaimRelation.of(kind, target));
  }

  static void write(ClaimRelation relation, JsonGenerator out) {
    out.writeStartObject();
    PropertyWriter.required(out, PropertyNames.KIND, relation.getKind(), PropertyWriter::enumeration);
    PropertyWriter.string(out, PropertyNames.TARGET, relation.getTarget());
    out.writeEndObject();
  }
}
