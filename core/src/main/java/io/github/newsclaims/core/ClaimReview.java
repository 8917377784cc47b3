package io.github.newsclaims.core;

import java.net.URI;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A published verdict on a claim, as fact-checkers publish them (schema.org {@code ClaimReview}
 * and the fields Google requires of it): who reviewed it, the {@link Rating rating}, where the
 * review is published, when, and the reviewer's summary. A claim may have several. A review is an
 * outside judgement of the claim; it is not the article's {@link Claim#getFactuality() factuality}.
 *
 * <p>Invariants: the reviewer is not blank; the URL is absolute; the summary, when given, is not
 * blank. Document rule: the reviewer is an actor of the article
 * ({@link io.github.newsclaims.core.validation.ReferencesResolve}).
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ClaimReview {
  ClaimReview() {}

  /** {@return the id of the actor that published the review, e.g. a fact-checking organisation} */
  public abstract String getReviewer();

  /** {@return the verdict} */
  public abstract Rating getRating();

  /** {@return where the review is published} */
  public abstract URI getUrl();

  /** {@return when it was published, to the precision known} */
  public abstract Optional<PartialDate> getDate();

  /** {@return the reviewer's summary of its finding, in its words} */
  public abstract Optional<String> getSummary();

  /** {@return a builder for a review} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    Checks.nonBlank("claim review", "reviewer", getReviewer());
    // Every review read or built runs these: the owner text and the messages are made only on failure.
    if (!getUrl().isAbsolute()) {
      Checks.fail("%s url must be an absolute URI, was %s", "claim review by " + getReviewer(),
          Checks.quote(getUrl().toString()));
    }
    if (getSummary().isPresent()) {
      Checks.nonBlank("claim review by", getReviewer(), "summary", getSummary().get());
    }
  }

  /**
   * Builds a {@link ClaimReview}; reviewer, rating and url are required.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableClaimReview.Builder {
    Builder() {}
  }
}
