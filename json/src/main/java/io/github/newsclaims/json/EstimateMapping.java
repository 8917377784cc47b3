package io.github.newsclaims.json;

import io.github.newsclaims.core.Approximator;
import io.github.newsclaims.core.Estimate;
import io.github.newsclaims.core.Interval;
import io.github.newsclaims.core.TextSpan;
import io.github.newsclaims.core.Unit;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;

/**
 * {@link Estimate} as {@code {"id": "e1", "measure": "...", "unit": {...}, "phrase": {...},
 * "approximator": "about", "interval": {...}, "statedValue": 15000, "relativeTo": "e0",
 * "derivedFrom": ["e0"]}}.
 */
final class EstimateMapping {
  private EstimateMapping() {}

  static Estimate read(JsonValue value, Pointer at, Problems problems) {
    PropertyReader in = PropertyReader.of(value, at, problems);
    if (in == null) {
      return null;
    }
    String id = in.required("id", Scalars::string);
    String measure = in.required("measure", Scalars::string);
    Unit unit = in.required("unit", UnitMapping::read);
    Optional<TextSpan> phrase = in.optional("phrase", TextSpanMapping::read);
    Approximator approximator = in.required("approximator", Scalars.enumeration(Approximator.class));
    Interval interval = in.required("interval", IntervalMapping::read);
    Optional<Double> statedValue = in.optional("statedValue", Scalars::number);
    Optional<String> relativeTo = in.optional("relativeTo", Scalars::string);
    List<String> derivedFrom = in.list("derivedFrom", Scalars::string);
    return in.build(() -> Estimate.builder().id(id).measure(measure).unit(unit).phrase(phrase)
        .approximator(approximator).interval(interval).statedValue(statedValue).relativeTo(relativeTo)
        .derivedFrom(derivedFrom).build());
  }

  static void write(Estimate estimate, JsonGenerator out) {
    out.writeStartObject();
    PropertyWriter.string(out, PropertyNames.ID, estimate.getId());
    PropertyWriter.string(out, PropertyNames.MEASURE, estimate.getMeasure());
    PropertyWriter.required(out, PropertyNames.UNIT, estimate.getUnit(), UnitMapping::write);
    PropertyWriter.optional(out, PropertyNames.PHRASE, estimate.getPhrase(), TextSpanMapping::write);
    PropertyWriter.required(out, PropertyNames.APPROXIMATOR, estimate.getApproximator(), PropertyWriter::enumeration);
    PropertyWriter.required(out, PropertyNames.INTERVAL, estimate.getInterval(), IntervalMapping::write);
    PropertyWriter.optional(out, PropertyNames.STATED_VALUE, estimate.getStatedValue(), PropertyWriter::number);
    PropertyWriter.optional(out, PropertyNames.RELATIVE_TO, estimate.getRelativeTo(), PropertyWriter::string);
    PropertyWriter.list(out, PropertyNames.DERIVED_FROM, estimate.getDerivedFrom(), PropertyWriter::string);
    out.writeEndObject();
  }
}
