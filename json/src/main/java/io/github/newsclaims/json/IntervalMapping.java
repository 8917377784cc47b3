package io.github.newsclaims.json;

import tools.jackson.core.JsonGenerator;
import io.github.newsclaims.core.Interval;
import java.util.OptionalDouble;

/**
 * {@link Interval} as {@code {"low": 13500, "lowClosed": true, "high": 16500, "highClosed": true}}.
 * JSON has no infinity: an unbounded side leaves its bound out ({@code low} absent is −∞,
 * {@code high} absent is +∞) and must be open.
 */
final class IntervalMapping {
  private IntervalMapping() {}

  static final Property<Interval, Double> LOW = Property.optionalDouble("low", i -> finite(i.getLow()));
  static final Property<Interval, Boolean> LOW_CLOSED = Property.required("lowClosed", Values.BOOLEAN, Interval::isLowClosed);
  static final Property<Interval, Double> HIGH = Property.optionalDouble("high", i -> finite(i.getHigh()));
  static final Property<Interval, Boolean> HIGH_CLOSED =
      Property.required("highClosed", Values.BOOLEAN, Interval::isHighClosed);

  static final ObjectType<Interval> TYPE = ObjectType.of("interval",
      v -> Interval.of(v.optionalDouble(LOW).orElse(Double.NEGATIVE_INFINITY), v.get(LOW_CLOSED),
          v.optionalDouble(HIGH).orElse(Double.POSITIVE_INFINITY), v.get(HIGH_CLOSED)),
      LOW, LOW_CLOSED, HIGH, HIGH_CLOSED).writtenBy(IntervalMapping::members);

  static void members(Interval interval, JsonGenerator out) {
    double low = interval.getLow();
    if (Double.isFinite(low)) {
      MemberWriting.number(LOW, low, out);
    }
    MemberWriting.bool(LOW_CLOSED, interval.isLowClosed(), out);
    double high = interval.getHigh();
    if (Double.isFinite(high)) {
      MemberWriting.number(HIGH, high, out);
    }
    MemberWriting.bool(HIGH_CLOSED, interval.isHighClosed(), out);
  }

  private static OptionalDouble finite(double bound) {
    return Double.isFinite(bound) ? OptionalDouble.of(bound) : OptionalDouble.empty();
  }
}
