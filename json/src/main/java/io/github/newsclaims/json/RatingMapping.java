package io.github.newsclaims.json;

import io.github.newsclaims.core.Rating;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;

/** {@link Rating} as {@code {"label": "False", "value": 1, "best": 5, "worst": 1}}. */
final class RatingMapping {
  private RatingMapping() {}

  static Rating read(JsonValue value, Pointer at, Problems problems) {
    PropertyReader in = PropertyReader.of(value, at, problems);
    if (in == null) {
      return null;
    }
    String label = in.required("label", Scalars::string);
    Optional<Double> number = in.optional("value", Scalars::number);
    Optional<Double> best = in.optional("best", Scalars::number);
    Optional<Double> worst = in.optional("worst", Scalars::number);
    return in.build(() -> Rating.builder().label(label).value(number).best(best).worst(worst).build());
  }

  static void write(Rating rating, JsonGenerator out) {
    out.writeStartObject();
    PropertyWriter.string(out, PropertyNames.LABEL, rating.getLabel());
    PropertyWriter.optional(out, PropertyNames.VALUE, rating.getValue(), PropertyWriter::number);
    PropertyWriter.optional(out, PropertyNames.BEST, rating.getBest(), PropertyWriter::number);
    PropertyWriter.optional(out, PropertyNames.WORST, rating.getWorst(), PropertyWriter::number);
    out.writeEndObject();
  }
}
