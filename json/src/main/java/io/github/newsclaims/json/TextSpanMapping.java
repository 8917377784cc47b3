package io.github.newsclaims.json;

import tools.jackson.core.JsonGenerator;
import io.github.newsclaims.core.TextSpan;

/** {@link TextSpan} as {@code {"start": 12, "end": 24, "text": "about 15,000"}}; offsets in UTF-16 code units. */
final class TextSpanMapping {
  private TextSpanMapping() {}

  static final Property<TextSpan, Integer> START = Property.requiredInt("start", TextSpan::getStart);
  static final Property<TextSpan, Integer> END = Property.requiredInt("end", TextSpan::getEnd);
  static final Property<TextSpan, String> TEXT = Property.required("text", Values.STRING, TextSpan::getText);

  static final ObjectType<TextSpan> TYPE = ObjectType.of("span",
      v -> TextSpan.of(v.get(START), v.get(END), v.get(TEXT)), START, END, TEXT).writtenBy(TextSpanMapping::members);

  static void members(TextSpan span, JsonGenerator out) {
    MemberWriting.integer(START, span.getStart(), out);
    MemberWriting.integer(END, span.getEnd(), out);
    MemberWriting.string(TEXT, span.getText(), out);
  }
}
