package io.github.newsclaims.core;

/**
 * Whether a source presents a proposition as true, as false, or leaves it open (FactBank's +, −, u).
 *
 * @since 0.1.0
 */
public enum Polarity {
  /** Presented as holding. */
  POSITIVE,
  /** Presented as not holding. */
  NEGATIVE,
  /** Left open: the source does not say which. */
  UNKNOWN
}
