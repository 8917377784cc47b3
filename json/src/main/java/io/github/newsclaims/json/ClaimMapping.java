package io.github.newsclaims.json;

import tools.jackson.core.JsonGenerator;
import io.github.newsclaims.core.AnnotationProvenance;
import io.github.newsclaims.core.Attribution;
import io.github.newsclaims.core.Claim;
import io.github.newsclaims.core.ClaimKind;
import io.github.newsclaims.core.ClaimRelation;
import io.github.newsclaims.core.ClaimReview;
import io.github.newsclaims.core.Estimate;
import io.github.newsclaims.core.Factuality;
import io.github.newsclaims.core.Place;
import io.github.newsclaims.core.TextSpan;
import io.github.newsclaims.core.TimeReference;

/**
 * {@link Claim} as {@code {"id", "key", "proposition", "evidence", "kind", "attribution", "factuality",
 * "hedges", "estimates", "time", "place", "about", "relations", "reviews", "provenance"}}; actors,
 * claims and estimates referred to by id.
 */
final class ClaimMapping {
  private ClaimMapping() {}

  static final Property<Claim, String> ID = Property.required("id", Values.STRING, Claim::getId);
  static final Property<Claim, String> KEY = Property.optional("key", Values.STRING, Claim::getKey);
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
  static final Property<Claim, Place> PLACE = Property.optional("place", PlaceMapping.TYPE, Claim::getPlace);
  static final Property<Claim, String> ABOUT = Property.list("about", Values.STRING, Claim::getAbout);
  static final Property<Claim, ClaimRelation> RELATIONS =
      Property.list("relations", ClaimRelationMapping.TYPE, Claim::getRelations);
  static final Property<Claim, ClaimReview> REVIEWS = Property.list("reviews", ClaimReviewMapping.TYPE, Claim::getReviews);
  static final Property<Claim, AnnotationProvenance> PROVENANCE =
      Property.optional("provenance", AnnotationProvenanceMapping.TYPE, Claim::getProvenance);

  static final ObjectType<Claim> TYPE = ObjectType.of("claim", v -> Claim.builder().id(v.get(ID)).key(v.optional(KEY))
      .proposition(v.get(PROPOSITION)).evidence(v.list(EVIDENCE)).kind(v.get(KIND)).attribution(v.list(ATTRIBUTION))
      .factuality(v.get(FACTUALITY)).hedges(v.list(HEDGES)).estimates(v.list(ESTIMATES)).time(v.optional(TIME))
      .place(v.optional(PLACE)).about(v.list(ABOUT)).relations(v.list(RELATIONS)).reviews(v.list(REVIEWS))
      .provenance(v.optional(PROVENANCE)).build(),
      ID, KEY, PROPOSITION, EVIDENCE, KIND, ATTRIBUTION, FACTUALITY, HEDGES, ESTIMATES, TIME, PLACE, ABOUT, RELATIONS,
      REVIEWS, PROVENANCE).writtenBy(ClaimMapping::members);

  static void members(Claim claim, JsonGenerator out) {
    MemberWriting.string(ID, claim.getId(), out);
    MemberWriting.string(KEY, claim.getKey(), out);
    MemberWriting.string(PROPOSITION, claim.getProposition(), out);
    MemberWriting.objects(EVIDENCE, claim.getEvidence(), TextSpanMapping::members, out);
    MemberWriting.value(KIND, claim.getKind(), out);
    MemberWriting.objects(ATTRIBUTION, claim.getAttribution(), AttributionMapping::members, out);
    MemberWriting.object(FACTUALITY, claim.getFactuality(), FactualityMapping::members, out);
    MemberWriting.objects(HEDGES, claim.getHedges(), TextSpanMapping::members, out);
    MemberWriting.objects(ESTIMATES, claim.getEstimates(), EstimateMapping::members, out);
    MemberWriting.object(TIME, claim.getTime(), TimeReferenceMapping::members, out);
    MemberWriting.object(PLACE, claim.getPlace(), PlaceMapping::members, out);
    MemberWriting.strings(ABOUT, claim.getAbout(), out);
    MemberWriting.objects(RELATIONS, claim.getRelations(), ClaimRelationMapping::members, out);
    MemberWriting.objects(REVIEWS, claim.getReviews(), ClaimReviewMapping::members, out);
    MemberWriting.object(PROVENANCE, claim.getProvenance(), AnnotationProvenanceMapping::members, out);
  }
}
