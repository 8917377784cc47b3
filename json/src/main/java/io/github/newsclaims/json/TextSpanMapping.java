package io.github.newsclaims.json;

import io.github.newsclaims.core.TextSpan;
import tools.jackson.core.JsonGenerator;

/** {@link TextSpan} as {@code {"start": 12, "end": 24, "text": "about 15,000"}}; offsets in UTF-16 code units. */
final class TextSpanMapping {
  private TextSpanMapping() {}

  static TextSpan read(JsonValue value, Pointer at, Problems problems) {
    PropertyReader in = PropertyReader.of(value, at, problems);
    if (in == null) {
      return null;
    }
    Integer start = in.required("start", Scalars::integer);
    Integer end = in.required("end", Scalars::integer);
    String text = in.required("text", Scalars::string);
    return in.build(() -> TextSpan.of(start, end, text));
  }

  static void write(TextSpan span, JsonGenerator out) {
    out.writeStartObject();
    PropertyWriter.integer(out, PropertyNames.START, span.getStart());
    PropertyWriter.integer(out, PropertyNames.END, span.getEnd());
    PropertyWriter.string(out, PropertyNames.TEXT, span.getText());
    out.writeEndObject();
  }
}
