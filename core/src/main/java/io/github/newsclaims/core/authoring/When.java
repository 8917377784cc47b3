package io.github.newsclaims.core.authoring;

import io.github.newsclaims.core.TimeKind;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A time reference written by quotation, for a claim ({@link ClaimAnnotator#time(When)}) or a hop
 * ({@link Hop#at(When)}): {@code When.of(TimeKind.DATE, "In April").month(4)},
 * {@code When.of(TimeKind.RECURRING, "annual").period(Period.ofYears(1))}. What the text does not
 * say (the year of "In April") stays empty. Immutable.
 *
 * @since 0.1.0
 */
public final class When {
  private final TimeKind kind;
  private final Quote expression;
  private final Integer year;
  private final Integer month;
  private final Integer day;
  private final Period period;

  private When(TimeKind kind, Quote expression, Integer year, Integer month, Integer day, Period period) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.expression = expression;
    this.year = year;
    this.month = month;
    this.day = day;
    this.period = period;
  }

  /**
   * A time of {@code kind} written as {@code quote}, e.g. {@code When.of(TimeKind.PRESENT, "now")}.
   *
   * @param kind the kind of time; not null
   * @param quote the words that express it
   * @return the time
   */
  public static When of(TimeKind kind, String quote) {
    Objects.requireNonNull(quote, "quote");
    return of(kind, Quote.of(quote));
  }

  /**
   * A time of {@code kind} written as {@code quote}.
   *
   * @param kind the kind of time; not null
   * @param quote the words that express it, as a quote
   * @return the time
   */
  public static When of(TimeKind kind, Quote quote) {
    Objects.requireNonNull(quote, "quote");
    return new When(kind, Objects.requireNonNull(quote, "quote"), null, null, null, null);
  }

  /**
   * A time of {@code kind} that no words of the text express.
   *
   * @param kind the kind of time; not null
   * @return the time without an expression
   */
  public static When of(TimeKind kind) {
    return new When(kind, null, null, null, null, null);
  }

  /**
   * The year, when the text gives it.
   *
   * @param year the year
   * @return a copy with the year
   */
  public When year(int year) {
    return new When(kind, expression, year, month, day, period);
  }

  /**
   * The month 1–12, when the text gives it.
   *
   * @param month the month, 1 to 12
   * @return a copy with the month
   */
  public When month(int month) {
    return new When(kind, expression, year, month, day, period);
  }

  /**
   * The day of the month, when the text gives it.
   *
   * @param day the day of the month
   * @return a copy with the day
   */
  public When day(int day) {
    return new When(kind, expression, year, month, day, period);
  }

  /**
   * How often a recurring time recurs ("annual": one year).
   *
   * @param period the period of recurrence, such as one year for "annual"
   * @return a copy with the period
   */
  public When period(Period period) {
    return new When(kind, expression, year, month, day, Objects.requireNonNull(period, "period"));
  }

  TimeKind kind() {
    return kind;
  }

  Optional<Quote> expression() {
    return Optional.ofNullable(expression);
  }

  OptionalInt year() {
    return year == null ? OptionalInt.empty() : OptionalInt.of(year);
  }

  OptionalInt month() {
    return month == null ? OptionalInt.empty() : OptionalInt.of(month);
  }

  OptionalInt day() {
    return day == null ? OptionalInt.empty() : OptionalInt.of(day);
  }

  Optional<Period> period() {
    return Optional.ofNullable(period);
  }
}
