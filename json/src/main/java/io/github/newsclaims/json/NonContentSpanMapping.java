package io.github.newsclaims.json;

import io.github.newsclaims.core.NonContentKind;
import io.github.newsclaims.core.NonContentSpan;
import io.github.newsclaims.core.TextSpan;
import tools.jackson.core.JsonGenerator;

/** {@link NonContentSpan} as {@code {"kind": "advertisement", "span": {...}}}. */
final class NonContentSpanMapping {
  private NonContentSpanMapping() {}

  static NonContentSpan read(JsonValue value, Pointer at, Problems problems) {
    PropertyReader in = PropertyReader.of(value, at, problems);
    if (in == null) {
      return null;
    }
    NonContentKind kind = in.required("kind", Scalars.enumeration(NonContentKind.class));
    TextSpan span = in.required("span", TextSpanMapping::read);
    return in.build(() -> NonContentSpan.of(kind, span));
  }

  static void write(NonContentSpan furniture, JsonGenerator out) {
    out.writeStartObject();
    PropertyWriter.required(out, PropertyNames.KIND, furniture.getKind(), PropertyWriter::enumeration);
    PropertyWriter.required(out, PropertyNames.SPAN, furniture.getSpan(), TextSpanMapping::write);
    out.writeEndObject();
  }
}
