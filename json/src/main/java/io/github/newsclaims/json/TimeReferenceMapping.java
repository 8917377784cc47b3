package io.github.newsclaims.json;

import tools.jackson.core.JsonGenerator;
import io.github.newsclaims.core.TextSpan;
import io.github.newsclaims.core.TimeKind;
import io.github.newsclaims.core.TimeReference;
import io.github.newsclaims.json.NewsClaimsJsonException.Kind;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * {@link TimeReference} as {@code {"kind": "date", "expression": {...}, "year": 2024, "month": 4,
 * "day": 26, "period": "P1Y"}}, the period an ISO 8601 duration of years, months and days.
 */
final class TimeReferenceMapping {
  /**
   * Years, months and days, at least one, each of up to ten digits: what {@link Period#toString()}
   * writes for a positive period. A component beyond the range of an int is the model's problem.
   */
  static final Pattern PERIOD_SHAPE = Pattern.compile(
      "P(?:[0-9]{1,10}Y(?:[0-9]{1,10}M)?(?:[0-9]{1,10}D)?|[0-9]{1,10}M(?:[0-9]{1,10}D)?|[0-9]{1,10}D)");

  private TimeReferenceMapping() {}

  static final ValueType<Period> PERIOD_TYPE = Values.textual(TimeReferenceMapping::period, Period::toString);

  static final Property<TimeReference, TimeKind> KIND =
      Property.required("kind", Values.enumeration(TimeKind.class), TimeReference::getKind);
  static final Property<TimeReference, TextSpan> EXPRESSION =
      Property.optional("expression", TextSpanMapping.TYPE, TimeReference::getExpression);
  static final Property<TimeReference, Integer> YEAR = Property.optionalInt("year", TimeReference::getYear);
  static final Property<TimeReference, Integer> MONTH = Property.optionalInt("month", TimeReference::getMonth);
  static final Property<TimeReference, Integer> DAY = Property.optionalInt("day", TimeReference::getDay);
  static final Property<TimeReference, Period> PERIOD = Property.optional("period", PERIOD_TYPE, TimeReference::getPeriod);

  static final ObjectType<TimeReference> TYPE = ObjectType.of("timeReference", v -> TimeReference.builder()
      .kind(v.get(KIND)).expression(v.optional(EXPRESSION)).year(v.optionalInt(YEAR)).month(v.optionalInt(MONTH))
      .day(v.optionalInt(DAY)).period(v.optional(PERIOD)).build(),
      KIND, EXPRESSION, YEAR, MONTH, DAY, PERIOD).writtenBy(TimeReferenceMapping::members);

  static void members(TimeReference time, JsonGenerator out) {
    MemberWriting.value(KIND, time.getKind(), out);
    MemberWriting.object(EXPRESSION, time.getExpression(), TextSpanMapping::members, out);
    MemberWriting.integer(YEAR, time.getYear(), out);
    MemberWriting.integer(MONTH, time.getMonth(), out);
    MemberWriting.integer(DAY, time.getDay(), out);
    MemberWriting.value(PERIOD, time.getPeriod(), out);
  }

  private static Period period(String text, Pointer at, Problems problems) {
    if (!PERIOD_SHAPE.matcher(text).matches()) {
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
}
