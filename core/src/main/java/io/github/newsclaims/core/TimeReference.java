package io.github.newsclaims.core;

import java.time.Period;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A time as a news article gives it: often partial ("In April", with no year known), relative
 * ("recent visits"), the present ("now") or recurring ("annual"). Partial and unresolved times are
 * kept as they are; nothing is invented to complete them.
 *
 * <p>Invariants: a {@code DATE} knows at least its year or month; a {@code RECURRING} time has a
 * positive period; only a {@code DATE} has calendar fields, only a {@code RECURRING} time a period;
 * a day needs a month; month 1..12; the day exists in that month (of that year, when known).
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class TimeReference {
  TimeReference() {}

  /** {@return what sort of time this is} */
  public abstract TimeKind getKind();

  /** {@return the words that express it ("In April", "now", "annual"), when the text has them} */
  public abstract Optional<TextSpan> getExpression();

  /** {@return the year, when known} */
  public abstract OptionalInt getYear();

  /** {@return the month 1..12, when known} */
  public abstract OptionalInt getMonth();

  /** {@return the day of the month, when known} */
  public abstract OptionalInt getDay();

  /** {@return the period of a recurring time, e.g. {@code P1Y} for "annual"} */
  public abstract Optional<Period> getPeriod();

  /** {@return a builder for a time reference} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return whether the time is pinned to the calendar down to at least the year} */
  public final boolean isResolved() {
    return getKind() == TimeKind.DATE && getYear().isPresent();
  }

  @Value.Check
  final void check() {
    boolean date = getKind() == TimeKind.DATE;
    boolean calendar = getYear().isPresent() || getMonth().isPresent() || getDay().isPresent();
    Checks.check(!date || getYear().isPresent() || getMonth().isPresent(),
        "time reference of kind DATE needs a year or a month");
    Checks.check(date || !calendar, "time reference of kind %s takes no year, month or day", getKind());
    getYear().ifPresent(y -> Checks.check(y >= 1 && y <= 9999, "time reference year must be 1..9999, was %s", y));
    Checks.monthAndDay("time reference", getYear(), getMonth(), getDay());
    boolean recurring = getKind() == TimeKind.RECURRING;
    Checks.check(recurring == getPeriod().isPresent(),
        "time reference period must be present exactly for kind RECURRING (kind %s, period %s)",
        getKind(), getPeriod().orElse(null));
    getPeriod().ifPresent(p -> Checks.check(!p.isNegative() && !p.isZero(),
        "time reference period must be positive, was %s", p));
  }

  /**
   * Builds a {@link TimeReference}; the kind is required.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableTimeReference.Builder {
    Builder() {}
  }
}
