package io.github.newsclaims.json;

import tools.jackson.core.JsonGenerator;
import io.github.newsclaims.core.Certainty;
import io.github.newsclaims.core.Factuality;
import io.github.newsclaims.core.Likelihood;
import io.github.newsclaims.core.Polarity;
import java.util.Optional;

/** {@link Factuality} as {@code {"polarity": "positive", "certainty": "probable", "likelihood": "likely"}}. */
final class FactualityMapping {
  private FactualityMapping() {}

  static final Property<Factuality, Polarity> POLARITY =
      Property.required("polarity", Values.enumeration(Polarity.class), Factuality::getPolarity);
  static final Property<Factuality, Certainty> CERTAINTY =
      Property.required("certainty", Values.enumeration(Certainty.class), Factuality::getCertainty);
  static final Property<Factuality, Likelihood> LIKELIHOOD =
      Property.optional("likelihood", Values.enumeration(Likelihood.class), Factuality::getLikelihood);

  static final ObjectType<Factuality> TYPE = ObjectType.of("factuality", v -> {
    Optional<Likelihood> likelihood = v.optional(LIKELIHOOD);
    return likelihood.isPresent() ? Factuality.of(v.get(POLARITY), v.get(CERTAINTY), likelihood.get())
        : Factuality.of(v.get(POLARITY), v.get(CERTAINTY));
  }, POLARITY, CERTAINTY, LIKELIHOOD).writtenBy(FactualityMapping::members);

  static void members(Factuality factuality, JsonGenerator out) {
    MemberWriting.value(POLARITY, factuality.getPolarity(), out);
    MemberWriting.value(CERTAINTY, factuality.getCertainty(), out);
    MemberWriting.value(LIKELIHOOD, factuality.getLikelihood(), out);
  }
}
