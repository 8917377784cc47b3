package io.github.newsclaims.json;

import io.github.newsclaims.core.Attribution;
import io.github.newsclaims.core.Claim;
import io.github.newsclaims.core.ClaimKind;
import io.github.newsclaims.core.ClaimRelation;
import io.github.newsclaims.core.Estimate;
import io.github.newsclaims.core.Factuality;
import io.github.newsclaims.core.TextSpan;
import io.github.newsclaims.core.TimeReference;

/**
 * {@link Claim} as {@code {"id", "proposition", "evidence", "kind", "attribution", "factuality",
 * "hedges", "estimates", "time", "about", "relations"}}; actors, claims and estimates referred to by id.
 */
final class ClaimMapping {
  private ClaimMapping() {}

  static final Property<Claim, String> ID = Property.required("id", Values.STRING, Claim::getId);
  static final Property<Claim, String> PROPOSITION = Property.required("proposition", Values.STRING, Claim::getProposition);
  static final Property<Claim, TextSpan> EVIDENCE =
      Property.requiredList("evidence", TextSpanMapping.TYPE, Claim::getEvidence);
  static final Property<Claim, ClaimKind> KIND =
      Property.required("kind", Values.enumeration(ClaimKind.class), Claim::getKind);
  static final Property<Claim, Attribution> ATTRIBUTION =
      Property.list("attribution", AttributionMapping.TYPE, Claim::getAttribution);
  static final Property<Claim, Factuality> FACTUALITY =
      Property.required("factuality", FactualityMapping.TYPE, Claim::getFactuality);
  static final Property<Claim, TextSpan> HEDGES = Property.list("hedges", TextSpanMapping.TYPE, Claim::getHedges);
  static final Property<Claim, Estimate> ESTIMATES = Property.list("estimates", EstimateMapping.TYPE, Claim::getEstimates);
  static final Property<Claim, TimeReference> TIME = Property.optional("time", TimeReferenceMapping.TYPE, Claim::getTime);
  static final Property<Claim, String> ABOUT = Property.list("about", Values.STRING, Claim::getAbout);
  static final Property<Claim, ClaimRelation> RELATIONS =
      Property.list("relations", ClaimRelationMapping.TYPE, Claim::getRelations);

  static final ObjectType<Claim> TYPE = ObjectType.of("claim", v -> Claim.builder().id(v.get(ID))
      .proposition(v.get(PROPOSITION)).evidence(v.list(EVIDENCE)).kind(v.get(KIND)).attribution(v.list(ATTRIBUTION))
      .factuality(v.get(FACTUALITY)).hedges(v.list(HEDGES)).estimates(v.list(ESTIMATES)).time(v.optional(TIME))
      .about(v.list(ABOUT)).relations(v.list(RELATIONS)).build(),
      ID, PROPOSITION, EVIDENCE, KIND, ATTRIBUTION, FACTUALITY, HEDGES, ESTIMATES, TIME, ABOUT, RELATIONS);
}
