package io.github.newsclaims.json;

import io.github.newsclaims.core.ClaimRelation;
import io.github.newsclaims.core.ClaimRelationKind;

/** {@link ClaimRelation} as {@code {"kind": "elaborates", "target": "c1"}}. */
final class ClaimRelationMapping {
  private ClaimRelationMapping() {}

  static final Property<ClaimRelation, ClaimRelationKind> KIND =
      Property.required("kind", Values.enumeration(ClaimRelationKind.class), ClaimRelation::getKind);
  static final Property<ClaimRelation, String> TARGET = Property.required("target", Values.STRING, ClaimRelation::getTarget);

  static final ObjectType<ClaimRelation> TYPE = ObjectType.of("claimRelation",
      v -> ClaimRelation.of(v.get(KIND), v.get(TARGET)), KIND, TARGET);
}
