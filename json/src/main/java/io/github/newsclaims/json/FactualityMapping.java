package io.github.newsclaims.json;

import io.github.newsclaims.core.Certainty;
import io.github.newsclaims.core.Factuality;
import io.github.newsclaims.core.Likelihood;
import io.github.newsclaims.core.Polarity;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;

/** {@link Factuality} as {@code {"polarity": "positive", "certainty": "probable", "likelihood": "likely"}}. */
final class FactualityMapping {
  private FactualityMapping() {}

  static Factuality read(JsonValue value, Pointer at, Problems problems) {
    PropertyReader in = PropertyReader.of(value, at, problems);
    if (in == null) {
      return null;
    }
    Polarity polarity = in.required("polarity", Scalars.enumeration(Polarity.class));
    Certainty certainty = in.required("certainty", Scalars.enumeration(Certainty.class));
    Optional<Likelihood> likelihood = in.optional("likelihood", Scalars.enumeration(Likelihood.class));
    return in.build(() -> likelihood.isPresent()
        ? Factuality.of(polarity, certainty, likelihood.get()) : Factuality.of(polarity, certainty));
  }

  static void write(Factuality factuality, JsonGenerator out) {
    out.writeStartObject();
    PropertyWriter.required(out, PropertyNames.POLARITY, factuality.getPolarity(), PropertyWriter::enumeration);
    PropertyWriter.required(out, PropertyNames.CERTAINTY, factuality.getCertainty(), PropertyWriter::enumeration);
    PropertyWriter.optional(out, PropertyNames.LIKELIHOOD, factuality.getLikelihood(), PropertyWriter::enumeration);
    out.writeEndObject();
  }
}
