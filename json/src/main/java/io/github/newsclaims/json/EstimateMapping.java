package io.github.newsclaims.json;

import tools.jackson.core.JsonGenerator;
import io.github.newsclaims.core.Approximator;
import io.github.newsclaims.core.Estimate;
import io.github.newsclaims.core.Interval;
import io.github.newsclaims.core.TextSpan;
import io.github.newsclaims.core.Unit;

/**
 * {@link Estimate} as {@code {"id": "e1", "measure": "...", "unit": {...}, "phrase": {...},
 * "approximator": "about", "interval": {...}, "statedValue": 15000, "relativeTo": "e0",
 * "derivedFrom": ["e0"]}}.
 */
final class EstimateMapping {
  private EstimateMapping() {}

  static final Property<Estimate, String> ID = Property.required("id", Values.STRING, Estimate::getId);
  static final Property<Estimate, String> MEASURE = Property.required("measure", Values.STRING, Estimate::getMeasure);
  static final Property<Estimate, Unit> UNIT = Property.required("unit", UnitMapping.TYPE, Estimate::getUnit);
  static final Property<Estimate, TextSpan> PHRASE = Property.optional("phrase", TextSpanMapping.TYPE, Estimate::getPhrase);
  static final Property<Estimate, Approximator> APPROXIMATOR =
      Property.required("approximator", Values.enumeration(Approximator.class), Estimate::getApproximator);
  static final Property<Estimate, Interval> INTERVAL =
      Property.required("interval", IntervalMapping.TYPE, Estimate::getInterval);
  static final Property<Estimate, Double> STATED_VALUE =
      Property.optionalDouble("statedValue", Estimate::getStatedValue);
  static final Property<Estimate, String> RELATIVE_TO =
      Property.optional("relativeTo", Values.STRING, Estimate::getRelativeTo);
  static final Property<Estimate, String> DERIVED_FROM =
      Property.list("derivedFrom", Values.STRING, Estimate::getDerivedFrom);

  static final ObjectType<Estimate> TYPE = ObjectType.of("estimate", v -> Estimate.builder().id(v.get(ID))
      .measure(v.get(MEASURE)).unit(v.get(UNIT)).phrase(v.optional(PHRASE)).approximator(v.get(APPROXIMATOR))
      .interval(v.get(INTERVAL)).statedValue(v.optionalDouble(STATED_VALUE)).relativeTo(v.optional(RELATIVE_TO))
      .derivedFrom(v.list(DERIVED_FROM)).build(),
      ID, MEASURE, UNIT, PHRASE, APPROXIMATOR, INTERVAL, STATED_VALUE, RELATIVE_TO, DERIVED_FROM)
      .writtenBy(EstimateMapping::members);

  static void members(Estimate estimate, JsonGenerator out) {
    MemberWriting.string(ID, estimate.getId(), out);
    MemberWriting.string(MEASURE, estimate.getMeasure(), out);
    MemberWriting.object(UNIT, estimate.getUnit(), UnitMapping::members, out);
    MemberWriting.object(PHRASE, estimate.getPhrase(), TextSpanMapping::members, out);
    MemberWriting.value(APPROXIMATOR, estimate.getApproximator(), out);
    MemberWriting.object(INTERVAL, estimate.getInterval(), IntervalMapping::members, out);
    MemberWriting.number(STATED_VALUE, estimate.getStatedValue(), out);
    MemberWriting.string(RELATIVE_TO, estimate.getRelativeTo(), out);
    MemberWriting.strings(DERIVED_FROM, estimate.getDerivedFrom(), out);
  }
}
