package io.github.newsclaims.json;

import io.github.newsclaims.core.Attribution;
import io.github.newsclaims.core.AttributionMode;
import io.github.newsclaims.core.Factuality;
import io.github.newsclaims.core.TextSpan;
import io.github.newsclaims.core.TimeReference;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;

/** {@link Attribution} as {@code {"source": "kcna", "sourceMention": {...}, "cue": {...}, "mode": "according_to", "commitment": {...}, "hedges": [...], "time": {...}, "carriedOver": true}}; {@code carriedOver} is written only when true. */
final class AttributionMapping {
  private AttributionMapping() {}

  static Attribution read(JsonValue value, Pointer at, Problems problems) {
    PropertyReader in = PropertyReader.of(value, at, problems);
    if (in == null) {
      return null;
    }
    Optional<String> source = in.optional("source", Scalars::string);
    Optional<TextSpan> sourceMention = in.optional("sourceMention", TextSpanMapping::read);
    Optional<TextSpan> cue = in.optional("cue", TextSpanMapping::read);
    AttributionMode mode = in.required("mode", Scalars.enumeration(AttributionMode.class));
    Factuality commitment = in.required("commitment", FactualityMapping::read);
    List<TextSpan> hedges = in.list("hedges", TextSpanMapping::read);
    Optional<TimeReference> time = in.optional("time", TimeReferenceMapping::read);
    Optional<Boolean> carriedOver = in.optional("carriedOver", Scalars::bool);
    return in.build(() -> Attribution.builder().source(source).sourceMention(sourceMention).cue(cue).mode(mode).commitment(commitment)
        .hedges(hedges).time(time).carriedOver(carriedOver.orElse(false)).build());
  }

  static void write(Attribution hop, JsonGenerator out) {
    out.writeStartObject();
    PropertyWriter.optional(out, PropertyNames.SOURCE, hop.getSource(), PropertyWriter::string);
    PropertyWriter.optional(out, PropertyNames.SOURCE_MENTION, hop.getSourceMention(), TextSpanMapping::write);
    PropertyWriter.optional(out, PropertyNames.CUE, hop.getCue(), TextSpanMapping::write);
    PropertyWriter.required(out, PropertyNames.MODE, hop.getMode(), PropertyWriter::enumeration);
    PropertyWriter.required(out, PropertyNames.COMMITMENT, hop.getCommitment(), FactualityMapping::write);
    PropertyWriter.list(out, PropertyNames.HEDGES, hop.getHedges(), TextSpanMapping::write);
    PropertyWriter.optional(out, PropertyNames.TIME, hop.getTime(), TimeReferenceMapping::write);
    if (hop.isCarriedOver()) {
      PropertyWriter.bool(out, PropertyNames.CARRIED_OVER, true);
    }
    out.writeEndObject();
  }
}
