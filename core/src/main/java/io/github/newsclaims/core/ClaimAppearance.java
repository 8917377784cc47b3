package io.github.newsclaims.core;

import java.util.Objects;

/**
 * One claim as it appears in one annotated article of a {@link ClaimIndex}.
 *
 * @param article the annotated article the claim belongs to
 * @param claim the claim
 * @since 0.1.0
 */
public record ClaimAppearance(AnnotatedArticle article, Claim claim) {
  /**
   * An appearance; both parts are required.
   *
   * @param article the annotated article the claim appears in; not null
   * @param claim the claim, as that article holds it; not null
   */
  public ClaimAppearance {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(claim, "claim");
  }

  /** {@return the id of the article, e.g. {@code "kim-jong-un-artillery-surge"}} */
  public String articleId() {
    return article.getArticle().getId();
  }

  /** E.g. {@code kim-jong-un-artillery-surge#c14}. */
  @Override
  public String toString() {
    return articleId() + "#" + claim.getId();
  }
}
