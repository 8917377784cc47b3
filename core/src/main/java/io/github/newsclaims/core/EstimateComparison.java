package io.github.newsclaims.core;

import java.util.Objects;

/**
 * How two estimates of the same measure relate, read from their intervals: does one report
 * allow what the other says, partly allow it, or rule it out?
 *
 * @since 0.1.0
 */
public enum EstimateComparison {
  /** One interval contains the other: both reports can be true, one is just vaguer ("thousands" and "about 5,000"). */
  CONSISTENT,
  /** The intervals share members but neither contains the other: both can be true, but only in the overlap. */
  OVERLAPPING,
  /** The intervals are disjoint: at most one of the reports is true ("fewer than 1,000" and "thousands"). */
  CONFLICTING;

  /**
   * How interval {@code a} relates to interval {@code b}; the answer is the same either way round.
   *
   * @param a one interval
   * @param b another interval
   * @return {@code CONSISTENT}, {@code OVERLAPPING} or {@code CONFLICTING}
   */
  public static EstimateComparison ofIntervals(Interval a, Interval b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    if (a.encloses(b) || b.encloses(a)) {
      return CONSISTENT;
    }
    return a.overlaps(b) ? OVERLAPPING : CONFLICTING;
  }
}
