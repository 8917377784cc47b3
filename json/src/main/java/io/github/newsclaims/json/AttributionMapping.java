package io.github.newsclaims.json;

import io.github.newsclaims.core.Attribution;
import io.github.newsclaims.core.AttributionMode;
import io.github.newsclaims.core.Factuality;
import io.github.newsclaims.core.TextSpan;
import io.github.newsclaims.core.TimeReference;

/** {@link Attribution} as {@code {"source": "kcna", "sourceMention": {...}, "cue": {...}, "mode": "according_to", "commitment": {...}, "time": {...}}}. */
final class AttributionMapping {
  private AttributionMapping() {}

  static final Property<Attribution, String> SOURCE = Property.optional("source", Values.STRING, Attribution::getSource);
  static final Property<Attribution, TextSpan> SOURCE_MENTION =
      Property.optional("sourceMention", TextSpanMapping.TYPE, Attribution::getSourceMention);
  static final Property<Attribution, TextSpan> CUE = Property.optional("cue", TextSpanMapping.TYPE, Attribution::getCue);
  static final Property<Attribution, AttributionMode> MODE =
      Property.required("mode", Values.enumeration(AttributionMode.class), Attribution::getMode);
  static final Property<Attribution, Factuality> COMMITMENT =
      Property.required("commitment", FactualityMapping.TYPE, Attribution::getCommitment);
  static final Property<Attribution, TimeReference> TIME =
      Property.optional("time", TimeReferenceMapping.TYPE, Attribution::getTime);

  static final ObjectType<Attribution> TYPE = ObjectType.of("attribution", v -> Attribution.builder()
      .source(v.optional(SOURCE)).sourceMention(v.optional(SOURCE_MENTION)).cue(v.optional(CUE)).mode(v.get(MODE))
      .commitment(v.get(COMMITMENT)).time(v.optional(TIME)).build(),
      SOURCE, SOURCE_MENTION, CUE, MODE, COMMITMENT, TIME);
}
