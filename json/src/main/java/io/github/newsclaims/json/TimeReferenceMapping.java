package io.github.newsclaims.json;

import io.github.newsclaims.core.TextSpan;
import io.github.newsclaims.core.TimeKind;
import io.github.newsclaims.core.TimeReference;
import io.github.newsclaims.json.NewsClaimsJsonException.Kind;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.core.JsonGenerator;

/**
 * {@link TimeReference} as {@code {"kind": "date", "expression": {...}, "year": 2024, "month": 4,
 * "day": 26, "period": "P1Y"}}, the period an ISO 8601 duration of years, months and days.
 */
final class TimeReferenceMapping {
  /**
   * Years, months and days, at least one, each of up to ten digits: what {@link Period#toString()}
   * writes for a positive period. A component beyond the range of an int is the model's problem.
   */
  static final Pattern PERIOD = Pattern.compile(
      "P(?:[0-9]{1,10}Y(?:[0-9]{1,10}M)?(?:[0-9]{1,10}D)?|[0-9]{1,10}M(?:[0-9]{1,10}D)?|[0-9]{1,10}D)");

  private TimeReferenceMapping() {}

  static TimeReference read(JsonValue value, Pointer at, Problems problems) {
    PropertyReader in = PropertyReader.of(value, at, problems);
    if (in == null) {
      return null;
    }
    TimeKind kind = in.required("kind", Scalars.enumeration(TimeKind.class));
    Optional<TextSpan> expression = in.optional("expression", TextSpanMapping::read);
    Optional<Integer> year = in.optional("year", Scalars::integer);
    Optional<Integer> month = in.optional("month", Scalars::integer);
    Optional<Integer> day = in.optional("day", Scalars::integer);
    Optional<Period> period = in.optional("period", TimeReferenceMapping::period);
    return in.build(() -> TimeReference.builder().kind(kind).expression(expression)
        .year(year).month(month).day(day).period(period).build());
  }

  static Period period(JsonValue value, Pointer at, Problems problems) {
    String text = Scalars.string(value, at, problems);
    if (text == null) {
      return null;
    }
    if (!PERIOD.matcher(text).matches()) {
      problems.add(Kind.SHAPE, at, "must be an ISO 8601 period of years, months and days such as \"P1Y\" or \"P7D\", was "
          + Text.quote(text));
      return null;
    }
    try {
      return Period.parse(text);
    } catch (DateTimeParseException e) {
      problems.add(Kind.INVARIANT, at, "period " + Text.quote(text) + " has a component beyond " + Integer.MAX_VALUE);
      return null;
    }
  }

  static void write(TimeReference time, JsonGenerator out) {
    out.writeStartObject();
    PropertyWriter.required(out, PropertyNames.KIND, time.getKind(), PropertyWriter::enumeration);
    PropertyWriter.optional(out, PropertyNames.EXPRESSION, time.getExpression(), TextSpanMapping::write);
    PropertyWriter.optional(out, PropertyNames.YEAR, time.getYear(), PropertyWriter::integer);
    PropertyWriter.optional(out, PropertyNames.MONTH, time.getMonth(), PropertyWriter::integer);
    PropertyWriter.optional(out, PropertyNames.DAY, time.getDay(), PropertyWriter::integer);
    PropertyWriter.optional(out, PropertyNames.PERIOD, time.getPeriod(), (period, gen) -> gen.writeString(period.toString()));
    out.writeEndObject();
  }
}
