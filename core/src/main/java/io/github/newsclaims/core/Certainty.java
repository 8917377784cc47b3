package io.github.newsclaims.core;

/**
 * How firmly a source commits to a proposition (FactBank's CT, PR, PS, U).
 *
 * @since 0.1.0
 */
public enum Certainty {
  /** Stated as fact: "said", "acknowledged". */
  CERTAIN,
  /** Held likely: "estimates", "believe", "suggests". */
  PROBABLE,
  /** Held possible: "could", "potentially", "may". */
  POSSIBLE,
  /** The source's commitment cannot be told. */
  UNDERSPECIFIED
}
