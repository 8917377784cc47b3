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
 * @since 0.1.0
 */
public record LostSpan(String annotationId, AnnotationRole role, Optional<String> claimId, Optional<String> exact,
    String reason) {
  /**
   * Checks that no component is null.
   *
   * @param annotationId the id of the Web Annotation the span came from; not null
   * @param role what the span was to be to its claim or estimate; not null
   * @param claimId the newsclaims id of its claim, or empty; not null
   * @param exact the quoted text looked for, or empty; not null
   * @param reason why it could not be placed in the text; not null
   */
  public LostSpan {
    Objects.requireNonNull(annotationId, "annotationId");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(claimId, "claimId");
    Objects.requireNonNull(exact, "exact");
    Objects.requireNonNull(reason, "reason");
  }
}
