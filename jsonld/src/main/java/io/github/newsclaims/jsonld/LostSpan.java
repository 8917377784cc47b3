package io.github.newsclaims.jsonld;

import java.util.Objects;
import java.util.Optional;

/**
 * One target of an imported Web Annotation that could not be found in the article: neither its
 * position nor its quoted text is there any more. Reported, never dropped silently.
 *
 * @param annotationId the annotation's {@code id}
 * @param role what it marked
 * @param claimId the newsclaims id of its claim, when the annotation names one
 * @param exact the quoted text looked for, when the annotation had a quote selector
 * @param reason why it could not be anchored, in words
 */
public record LostSpan(String annotationId, AnnotationRole role, Optional<String> claimId, Optional<String> exact,
    String reason) {
  /** Checks that no component is null. */
  public LostSpan {
    Objects.requireNonNull(annotationId, "annotationId");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(claimId, "claimId");
    Objects.requireNonNull(exact, "exact");
    Objects.requireNonNull(reason, "reason");
  }
}
