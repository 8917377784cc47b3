package io.github.newsclaims.json;

import tools.jackson.core.JsonGenerator;
import io.github.newsclaims.core.ClaimRelation;
import io.github.newsclaims.core.ClaimRelationKind;

/** {@link ClaimRelation} as {@code {"kind": "elaborates", "target": "c1"}}. */
final class ClaimRelationMapping {
  private ClaimRelationMapping() {}

  static final Property<ClaimRelation, ClaimRelationKind> KIND =
      Property.required("kind", Values.enumeration(ClaimRelationKind.class), ClaimRelation::getKind);
  static final Property<ClaimRelation, String> TARGET = Property.required("target", Values.STRING, ClaimRelation::getTarget);

  static final ObjectType<ClaimRelation> TYPE = ObjectType.of("claimRelation",
      v -> ClaimRelation.of(v.get(KIND), v.get(TARGET)), KIND, TARGET).writtenBy(ClaimRelationMapping::members);

  static void members(ClaimRelation relation, JsonGenerator out) {
    MemberWriting.value(KIND, relation.getKind(), out);
    MemberWriting.string(TARGET, relation.getTarget(), out);
  }
}
