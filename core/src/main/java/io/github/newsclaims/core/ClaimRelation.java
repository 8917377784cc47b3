package io.github.newsclaims.core;

import org.immutables.value.Value;

/**
 * A directed relation from a {@link Claim} to another claim of the same article, named by id.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ClaimRelation {
  ClaimRelation() {}

  /** {@return how the claim bears on the target} */
  public abstract ClaimRelationKind getKind();

  /** {@return the id of the target claim} */
  public abstract String getTarget();

  /**
   * A relation of the given kind to the claim with id {@code target}.
   *
   * @param kind how the claim relates to the target; not null
   * @param target the id of the other claim in the same article; not null
   * @return the relation
   */
  public static ClaimRelation of(ClaimRelationKind kind, String target) {
    return ImmutableClaimRelation.builder().kind(kind).target(target).build();
  }

  /** E.g. {@code elaborates c3}. */
  @Override
  public String toString() {
    return getKind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " " + getTarget();
  }

  @Value.Check
  final void check() {
    Checks.nonBlank("claim relation", "target", getTarget());
  }
}
