package io.github.newsclaims.jsonld;

import io.github.newsclaims.core.TextSpan;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Web Annotations read back onto an article ({@link NewsClaimsJsonLd#readWebAnnotations}): every
 * target either {@link #anchored() anchored} to a span of the article text or {@link #lost() lost}
 * with a reason. Each target of each annotation is in exactly one of the two lists, in input order.
 *
 * @param anchored the targets found in the text
 * @param lost the targets that could not be found
 * @since 0.1.0
 */
public record ImportedAnnotations(List<AnchoredSpan> anchored, List<LostSpan> lost) {
  /**
   * Copies the lists.
   *
   * @param anchored the spans found in the text; not null
   * @param lost the spans that could not be placed; not null
   */
  public ImportedAnnotations {
    anchored = List.copyOf(Objects.requireNonNull(anchored, "anchored"));
    lost = List.copyOf(Objects.requireNonNull(lost, "lost"));
  }

  /**
   * The evidence spans of the claim with the given newsclaims id, in input order.
   *
   * @param claimId the newsclaims id of a claim
   * @return its evidence spans, in input order; empty when none was anchored
   */
  public List<TextSpan> evidence(String claimId) {
    Objects.requireNonNull(claimId, "claimId");
    return spans(AnnotationRole.CLAIM, claimId);
  }

  /**
   * The hedge spans of the claim with the given newsclaims id, in input order.
   *
   * @param claimId the newsclaims id of a claim
   * @return its hedge spans, in input order; empty when none was anchored
   */
  public List<TextSpan> hedges(String claimId) {
    Objects.requireNonNull(claimId, "claimId");
    return spans(AnnotationRole.HEDGE, claimId);
  }

  /**
   * The phrase of the estimate with the given newsclaims id, if it was anchored.
   *
   * @param estimateId the newsclaims id of an estimate
   * @return its phrase span, or empty when it was not anchored
   */
  public Optional<TextSpan> estimatePhrase(String estimateId) {
    Objects.requireNonNull(estimateId, "estimateId");
    return anchored.stream()
        .filter(a -> a.role() == AnnotationRole.ESTIMATE && a.estimateId().equals(Optional.of(estimateId)))
        .map(AnchoredSpan::span).findFirst();
  }

  /** {@return whether every target was anchored} */
  public boolean isComplete() {
    return lost.isEmpty();
  }

  private List<TextSpan> spans(AnnotationRole role, String claimId) {
    return anchored.stream()
        .filter(a -> a.role() == role && a.claimId().equals(Optional.of(claimId)))
        .map(AnchoredSpan::span).toList();
  }
}
