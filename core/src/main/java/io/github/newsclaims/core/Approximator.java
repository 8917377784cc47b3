package io.github.newsclaims.core;

/**
 * How a quantity was hedged in the text. Number normalisers such as Stanford CoreNLP's or Duckling
 * drop or flatten this; newsclaims keeps it, and the document rule
 * {@link io.github.newsclaims.core.validation.IntervalMatchesApproximator} checks that an
 * estimate's {@link Interval} agrees with it.
 *
 * @since 0.1.0
 */
public enum Approximator {
  /** A number stated as exact: "217 members". Interval: the point {@code [v, v]}. */
  EXACT,
  /** "about", "some", "roughly", "an estimated": a bounded interval around the stated value. */
  ABOUT,
  /** "nearly", "almost": below the stated value, which is excluded: {@code [l, v)}. */
  NEARLY,
  /** "at least": {@code [v, …}. */
  AT_LEAST,
  /** "more than", "over": {@code (v, …}. */
  MORE_THAN,
  /** "at most": {@code …, v]}. */
  AT_MOST,
  /** "up to": {@code …, v]}. */
  UP_TO,
  /** "fewer than", "less than", "under": {@code …, v)}. */
  FEWER_THAN,
  /** "between X and Y": both bounds stated. */
  BETWEEN,
  /** A vague magnitude: "thousands", "dozens", "billions": a bounded interval above zero. */
  ORDER_OF_MAGNITUDE,
  /** A change relative to an earlier value: "doubled", "halved"; the unit is a multiplier. */
  RELATIVE_CHANGE,
  /** Not stated but computed from other estimates, which {@link Estimate#getDerivedFrom()} names. */
  DERIVED
}
