package io.github.newsclaims.json;

import io.github.newsclaims.core.PartialDate;
import io.github.newsclaims.json.NewsClaimsJsonException.Kind;
import java.util.regex.Pattern;

/** {@link PartialDate} as an ISO 8601 string: {@code "2024"}, {@code "2024-11"} or {@code "2024-11-26"}. */
final class PartialDateMapping {
  /** The shape; whether the date exists (month 13, 30 February) is the model's invariant. */
  static final Pattern SHAPE = Pattern.compile("[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?");

  private PartialDateMapping() {}

  static final ValueType<PartialDate> TYPE = Values.textual(PartialDateMapping::read, PartialDateMapping::text);

  private static PartialDate read(String text, Pointer at, Problems problems) {
    if (!SHAPE.matcher(text).matches()) {
      problems.add(Kind.SHAPE, at, "must be a date yyyy, yyyy-MM or yyyy-MM-dd, was " + Text.quote(text));
      return null;
    }
    try {
      return PartialDate.parse(text);
    } catch (IllegalArgumentException e) {
      problems.add(Kind.INVARIANT, at, e.getMessage());
      return null;
    }
  }

  /** Written here rather than with PartialDate.toString(): the format must not change with core's toString. */
  private static String text(PartialDate date) {
    StringBuilder text = new StringBuilder(10);
    pad(text, date.getYear(), 4);
    date.getMonth().ifPresent(month -> pad(text.append('-'), month, 2));
    date.getDay().ifPresent(day -> pad(text.append('-'), day, 2));
    return text.toString();
  }

  private static void pad(StringBuilder out, int value, int width) {
    String digits = Integer.toString(value);
    out.append("0".repeat(Math.max(0, width - digits.length()))).append(digits);
  }
}
