package io.github.newsclaims.json;

import tools.jackson.core.JsonGenerator;
import io.github.newsclaims.core.Rating;

/** {@link Rating} as {@code {"label": "False", "value": 1, "best": 5, "worst": 1}}. */
final class RatingMapping {
  private RatingMapping() {}

  static final Property<Rating, String> LABEL = Property.required("label", Values.STRING, Rating::getLabel);
  static final Property<Rating, Double> VALUE = Property.optionalDouble("value", Rating::getValue);
  static final Property<Rating, Double> BEST = Property.optionalDouble("best", Rating::getBest);
  static final Property<Rating, Double> WORST = Property.optionalDouble("worst", Rating::getWorst);

  static final ObjectType<Rating> TYPE = ObjectType.of("rating", v -> Rating.builder().label(v.get(LABEL))
      .value(v.optionalDouble(VALUE)).best(v.optionalDouble(BEST)).worst(v.optionalDouble(WORST)).build(),
      LABEL, VALUE, BEST, WORST).writtenBy(RatingMapping::members);

  static void members(Rating rating, JsonGenerator out) {
    MemberWriting.string(LABEL, rating.getLabel(), out);
    MemberWriting.number(VALUE, rating.getValue(), out);
    MemberWriting.number(BEST, rating.getBest(), out);
    MemberWriting.number(WORST, rating.getWorst(), out);
  }
}
