package io.github.newsclaims.json;

import tools.jackson.core.JsonGenerator;
import io.github.newsclaims.core.Attribution;
import io.github.newsclaims.core.AttributionMode;
import io.github.newsclaims.core.Factuality;
import io.github.newsclaims.core.TextSpan;
import io.github.newsclaims.core.TimeReference;
import java.util.Optional;

/** {@link Attribution} as {@code {"source": "kcna", "sourceMention": {...}, "cue": {...}, "mode": "according_to", "commitment": {...}, "hedges": [...], "time": {...}, "carriedOver": true}}; {@code carriedOver} is written only when true. */
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
  static final Property<Attribution, TextSpan> HEDGES = Property.list("hedges", TextSpanMapping.TYPE, Attribution::getHedges);
  static final Property<Attribution, TimeReference> TIME =
      Property.optional("time", TimeReferenceMapping.TYPE, Attribution::getTime);
  static final Property<Attribution, Boolean> CARRIED_OVER = Property.optional("carriedOver", Values.BOOLEAN,
      hop -> hop.isCarriedOver() ? Optional.of(true) : Optional.empty());

  static final ObjectType<Attribution> TYPE = ObjectType.of("attribution", v -> Attribution.builder()
      .source(v.optional(SOURCE)).sourceMention(v.optional(SOURCE_MENTION)).cue(v.optional(CUE)).mode(v.get(MODE))
      .commitment(v.get(COMMITMENT)).hedges(v.list(HEDGES)).time(v.optional(TIME))
      .carriedOver(v.optional(CARRIED_OVER).orElse(false)).build(),
      SOURCE, SOURCE_MENTION, CUE, MODE, COMMITMENT, HEDGES, TIME, CARRIED_OVER).writtenBy(AttributionMapping::members);

  static void members(Attribution hop, JsonGenerator out) {
    MemberWriting.string(SOURCE, hop.getSource(), out);
    MemberWriting.object(SOURCE_MENTION, hop.getSourceMention(), TextSpanMapping::members, out);
    MemberWriting.object(CUE, hop.getCue(), TextSpanMapping::members, out);
    MemberWriting.value(MODE, hop.getMode(), out);
    MemberWriting.object(COMMITMENT, hop.getCommitment(), FactualityMapping::members, out);
    MemberWriting.objects(HEDGES, hop.getHedges(), TextSpanMapping::members, out);
    MemberWriting.object(TIME, hop.getTime(), TimeReferenceMapping::members, out);
    if (hop.isCarriedOver()) {
      MemberWriting.bool(CARRIED_OVER, true, out);
    }
  }
}
