package io.github.newsclaims.json;

import io.github.newsclaims.core.Interval;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;

/**
 * {@link Interval} as {@code {"low": 13500, "lowClosed": true, "high": 16500, "highClosed": true}}.
 * JSON has no infinity: an unbounded side leaves its bound out ({@code low} absent is −∞,
 * {@code high} absent is +∞) and must be open.
 */
final class IntervalMapping {
  private IntervalMapping() {}

  static Interval read(JsonValue value, Pointer at, Problems problems) {
    PropertyReader in = PropertyReader.of(value, at, problems);
    if (in == null) {
      return null;
    }
    Optional<Double> low = in.optional("low", Scalars::number);
    Boolean lowClosed = in.required("lowClosed", Scalars::bool);
    Optional<Double> high = in.optional("high", Scalars::number);
    Boolean highClosed = in.required("highClosed", Scalars::bool);
    return in.build(() -> Interval.of(low.orElse(Double.NEGATIVE_INFINITY), lowClosed,
        high.orElse(Double.POSITIVE_INFINITY), highClosed));
  }

  static void write(Interval interval, JsonGenerator out) {
    out.writeStartObject();
    if (Double.isFinite(interval.getLow())) {
      out.writeName(PropertyNames.LOW);
      Scalars.writeNumber(interval.getLow(), out);
    }
    PropertyWriter.bool(out, PropertyNames.LOW_CLOSED, interval.isLowClosed());
    if (Double.isFinite(interval.getHigh())) {
      out.writeName(PropertyNames.HIGH);
      Scalars.writeNumber(interval.getHigh(), out);
    }
    PropertyWriter.bool(out, PropertyNames.HIGH_CLOSED, interval.isHighClosed());
    out.writeEndObject();
  }
}
