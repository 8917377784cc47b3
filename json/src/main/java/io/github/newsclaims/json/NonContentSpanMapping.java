package io.github.newsclaims.json;

import tools.jackson.core.JsonGenerator;
import io.github.newsclaims.core.NonContentKind;
import io.github.newsclaims.core.NonContentSpan;
import io.github.newsclaims.core.TextSpan;

/** {@link NonContentSpan} as {@code {"kind": "advertisement", "span": {...}}}. */
final class NonContentSpanMapping {
  private NonContentSpanMapping() {}

  static final Property<NonContentSpan, NonContentKind> KIND =
      Property.required("kind", Values.enumeration(NonContentKind.class), NonContentSpan::getKind);
  static final Property<NonContentSpan, TextSpan> SPAN = Property.required("span", TextSpanMapping.TYPE, NonContentSpan::getSpan);

  static final ObjectType<NonContentSpan> TYPE = ObjectType.of("nonContentSpan",
      v -> NonContentSpan.of(v.get(KIND), v.get(SPAN)), KIND, SPAN).writtenBy(NonContentSpanMapping::members);

  static void members(NonContentSpan span, JsonGenerator out) {
    MemberWriting.value(KIND, span.getKind(), out);
    MemberWriting.object(SPAN, span.getSpan(), TextSpanMapping::members, out);
  }
}
