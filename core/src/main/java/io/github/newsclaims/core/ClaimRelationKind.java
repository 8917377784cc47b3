package io.github.newsclaims.core;

/** How one {@link Claim} bears on another. */
public enum ClaimRelationKind {
  /** Gives reason to believe the target. */
  SUPPORTS,
  /** Cannot hold together with the target. */
  CONTRADICTS,
  /** Adds detail to the target. */
  ELABORATES,
  /** Follows from the target, e.g. by arithmetic on its estimates. */
  DERIVED_FROM
}
