package io.github.newsclaims.core;

/**
 * What sort of time a {@link TimeReference} is.
 *
 * @since 0.1.0
 */
public enum TimeKind {
  /** A calendar time, possibly partial or with the year unresolved: "In April", "2024". */
  DATE,
  /** The time of writing: "now", "currently". */
  PRESENT,
  /** A time relative to the writing that the text does not pin down: "recent", "last week". */
  RELATIVE,
  /** Something that recurs with a period: "annual" (P1Y), "monthly" (P1M). */
  RECURRING
}
