package io.github.newsclaims.core;

import org.immutables.value.Value;

/**
 * Two estimates of the same measure in {@linkplain Unit#isCommensurableWith(Unit) commensurable} units
 * whose intervals are disjoint, so that at most one of them is true ("about 15,000 soldiers" and
 * "fewer than 1,000 troops": counts whose nouns differ are still both counts of the measure); found by {@link Estimates#conflicts(AnnotatedArticle)} within an article and
 * by {@link Estimates#conflicts(java.util.Collection)} across articles. Each estimate comes with the
 * id of the article it belongs to, since estimate ids are unique only within an article.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class EstimateConflict {
  EstimateConflict() {}

  /** {@return the id of the article holding {@link #getFirst()}} */
  public abstract String getFirstArticle();

  /** {@return the estimate that comes first: earlier article, then earlier in its article} */
  public abstract Estimate getFirst();

  /** {@return the id of the article holding {@link #getSecond()}; the same as the first within one article} */
  public abstract String getSecondArticle();

  /** {@return the estimate that comes second} */
  public abstract Estimate getSecond();

  /**
   * A conflict between {@code first} in article {@code firstArticle} and {@code second} in {@code secondArticle}.
   *
   * @param firstArticle the id of the article holding {@code first}
   * @param first one estimate
   * @param secondArticle the id of the article holding {@code second}
   * @param second the estimate whose interval is disjoint from {@code first}'s
   * @return the conflict
   */
  public static EstimateConflict of(String firstArticle, Estimate first, String secondArticle, Estimate second) {
    return ImmutableEstimateConflict.builder()
        .firstArticle(firstArticle).first(first).secondArticle(secondArticle).second(second).build();
  }

  /** {@return whether both estimates come from the same article} */
  public final boolean isWithinOneArticle() {
    return getFirstArticle().equals(getSecondArticle());
  }

  /**
   * E.g. {@code a1/e2 [13500, 16500] conflicts with a2/e7 [20000, 100000) (troops, soldiers)}, or with
   * {@code (troops, soldiers / troops)} when the counted nouns differ.
   */
  @Override
  public String toString() {
    Unit first = getFirst().getUnit();
    Unit second = getSecond().getUnit();
    return getFirstArticle() + "/" + getFirst().getId() + " " + getFirst().getInterval() + " conflicts with "
        + getSecondArticle() + "/" + getSecond().getId() + " " + getSecond().getInterval()
        + " (" + getFirst().getMeasure() + ", " + first + (first.equals(second) ? "" : " / " + second) + ")";
  }

  @Value.Check
  final void check() {
    Checks.check(!getFirst().getInterval().overlaps(getSecond().getInterval()),
        "estimates %s %s and %s %s overlap, so they do not conflict", getFirst().getId(), getFirst().getInterval(),
        getSecond().getId(), getSecond().getInterval());
    Checks.check(getFirst().getUnit().isCommensurableWith(getSecond().getUnit()),
        "estimates %s (%s) and %s (%s) have units that are not commensurable, so they cannot conflict",
        getFirst().getId(), getFirst().getUnit(), getSecond().getId(), getSecond().getUnit());
  }
}
