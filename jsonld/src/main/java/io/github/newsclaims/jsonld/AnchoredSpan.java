package io.github.newsclaims.jsonld;

import io.github.newsclaims.core.TextSpan;
import java.util.Objects;
import java.util.Optional;

/**
 * One target of an imported Web Annotation, found in the article: a span of the article text in
 * the model's UTF-16 code units, ready for {@link io.github.newsclaims.core.Claim} evidence, hedges
 * or estimate phrases.
 *
 * @param annotationId the annotation's {@code id}
 * @param role what it marks
 * @param claimId the newsclaims id of the claim it belongs to, when the annotation names one
 * @param estimateId the newsclaims id of the estimate, for an {@link AnnotationRole#ESTIMATE} annotation
 * @param span where it is now
 * @param anchoring how it was found
 * @since 0.1.0
 */
public record AnchoredSpan(String annotationId, AnnotationRole role, Optional<String> claimId,
    Optional<String> estimateId, TextSpan span, Anchoring anchoring) {
  /**
   * Checks that no component is null.
   *
   * @param annotationId the id of the Web Annotation the span came from; not null
   * @param role what the span is to its claim or estimate; not null
   * @param claimId the newsclaims id of the claim it belongs to, or empty; not null
   * @param estimateId the newsclaims id of the estimate whose phrase it is, or empty; not null
   * @param span where the span lies in the article text; not null
   * @param anchoring how the span was found in the text; not null
   */
  public AnchoredSpan {
    Objects.requireNonNull(annotationId, "annotationId");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(claimId, "claimId");
    Objects.requireNonNull(estimateId, "estimateId");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(anchoring, "anchoring");
  }
}
