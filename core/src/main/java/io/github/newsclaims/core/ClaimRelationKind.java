package io.github.newsclaims.core;

/**
 * How one {@link Claim} bears on another.
 *
 * @since 0.1.0
 */
public enum ClaimRelationKind {
  /** Gives reason to believe the target. */
  SUPPORTS,
  /** Cannot hold together with the target. */
  CONTRADICTS,
  /** Adds detail to the target. */
  ELABORATES,
  /** Follows from the target, e.g. by arithmetic on its estimates. */
  DERIVED_FROM,
  /**
   * Stands in contrast to the target without contradicting it: "While there's no clear evidence of
   * cash payments, experts believe …". Like {@link #CONTRADICTS}, naturally mutual.
   */
  CONTRASTS,
  /**
   * Is the content of the target's speech act: the target is the claim that someone said, stated
   * or acknowledged something, and this claim is what they said.
   */
  REPORTS
}
