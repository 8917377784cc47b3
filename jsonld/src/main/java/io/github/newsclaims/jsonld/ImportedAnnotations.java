package io.github.newsclaims.jsonld;

import io.github.newsclaims.core.TextSpan;
import java.util.List;
import java.util.Optional;

/**
 * Web Annotations read back onto an article ({@link NewsClaimsJsonLd#readWebAnnotations}): every
 * target either {@link #anchored() anchored} to a span of the article text or {@link #lost() lost}
 * with a reason. Each target of each annotation is in exactly one of the two lists, in input order.
 *
 * @param anchored the targets found in the text
 * @param lost the targets that could not be found
 */
public record ImportedAnnotations(List<AnchoredSpan> anchored, List<LostSpan> lost) {
  /** Copies the lists. */
  public ImportedAnnotations {
    anchored = List.copyOf(anchored);
    lost = List.copyOf(lost);
  }

  /** The evidence spans of the claim with the given newsclaims id, in input order. */
  public List<TextSpan> evidence(String claimId) {
    return spans(AnnotationRole.CLAIM, claimId);
  }

  /** The hedge spans of the claim with the given newsclaims id, in input order. */
  public List<TextSpan> hedges(String claimId) {
    return spans(AnnotationRole.HEDGE, claimId);
  }

  /** The phrase of the estimate with the given newsclaims id, if it was anchored. */
  public Optional<TextSpan> estimatePhrase(String estimateId) {
    return anchored.stream()
        .filter(a -> a.role() == AnnotationRole.ESTIMATE && a.estimateId().equals(Optional.of(estimateId)))
        .map(AnchoredSpan::span).findFirst();
  }

  /** Whether every target was anchored. */
  public boolean isComplete() {
    return lost.isEmpty();
  }

  private List<TextSpan> spans(AnnotationRole role, String claimId) {
    return anchored.stream()
        .filter(a -> a.role() == role && a.claimId().equals(Optional.of(claimId)))
        .map(AnchoredSpan::span).toList();
  }
}
