package io.github.newsclaims.json;

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
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;

/**
 * {@link Claim} as {@code {"id", "key", "proposition", "evidence", "kind", "attribution", "factuality",
 * "hedges", "estimates", "time", "place", "about", "relations", "reviews", "provenance"}}; actors,
 * claims and estimates referred to by id.
 */
final class ClaimMapping {
  private ClaimMapping() {}

  static Claim read(JsonValue value, Pointer at, Problems problems) {
    PropertyReader in = PropertyReader.of(value, at, problems);
    if (in == null) {
      return null;
    }
    String id = in.required("id", Scalars::string);
    Optional<String> key = in.optional("key", Scalars::string);
    String proposition = in.required("proposition", Scalars::string);
    List<TextSpan> evidence = in.requiredList("evidence", TextSpanMapping::read);
    ClaimKind kind = in.required("kind", Scalars.enumeration(ClaimKind.class));
    List<Attribution> attribution = in.list("attribution", AttributionMapping::read);
    Factuality factuality = in.required("factuality", FactualityMapping::read);
    List<TextSpan> hedges = in.list("hedges", TextSpanMapping::read);
    List<Estimate> estimates = in.list("estimates", EstimateMapping::read);
    Optional<TimeReference> time = in.optional("time", TimeReferenceMapping::read);
    Optional<Place> place = in.optional("place", PlaceMapping::read);
    List<String> about = in.list("about", Scalars::string);
    List<ClaimRelation> relations = in.list("relations", ClaimRelationMapping::read);
    List<ClaimReview> reviews = in.list("reviews", ClaimReviewMapping::read);
    Optional<AnnotationProvenance> provenance = in.optional("provenance", AnnotationProvenanceMapping::read);
    return in.build(() -> Claim.builder().id(id).key(key).proposition(proposition).evidence(evidence).kind(kind)
        .attribution(attribution).factuality(factuality).hedges(hedges).estimates(estimates).time(time)
        .place(place).about(about).relations(relations).reviews(reviews).provenance(provenance).build());
  }

  static void write(Claim claim, JsonGenerator out) {
    out.writeStartObject();
    PropertyWriter.string(out, PropertyNames.ID, claim.getId());
    PropertyWriter.optional(out, PropertyNames.KEY, claim.getKey(), PropertyWriter::string);
    PropertyWriter.string(out, PropertyNames.PROPOSITION, claim.getProposition());
    PropertyWriter.list(out, PropertyNames.EVIDENCE, claim.getEvidence(), TextSpanMapping::write);
    PropertyWriter.required(out, PropertyNames.KIND, claim.getKind(), PropertyWriter::enumeration);
    PropertyWriter.list(out, PropertyNames.ATTRIBUTION, claim.getAttribution(), AttributionMapping::write);
    PropertyWriter.required(out, PropertyNames.FACTUALITY, claim.getFactuality(), FactualityMapping::write);
    PropertyWriter.list(out, PropertyNames.HEDGES, claim.getHedges(), TextSpanMapping::write);
    PropertyWriter.list(out, PropertyNames.ESTIMATES, claim.getEstimates(), EstimateMapping::write);
    PropertyWriter.optional(out, PropertyNames.TIME, claim.getTime(), TimeReferenceMapping::write);
    PropertyWriter.optional(out, PropertyNames.PLACE, claim.getPlace(), PlaceMapping::write);
    PropertyWriter.list(out, PropertyNames.ABOUT, claim.getAbout(), PropertyWriter::string);
    PropertyWriter.list(out, PropertyNames.RELATIONS, claim.getRelations(), ClaimRelationMapping::write);
    PropertyWriter.list(out, PropertyNames.REVIEWS, claim.getReviews(), ClaimReviewMapping::write);
    PropertyWriter.optional(out, PropertyNames.PROVENANCE, claim.getProvenance(), AnnotationProvenanceMapping::write);
    out.writeEndObject();
  }
}
