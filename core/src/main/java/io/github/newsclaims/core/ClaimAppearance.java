package io.github.newsclaims.core;

import java.util.Objects;

/**
 * One claim as it appears in one annotated article of a {@link ClaimIndex}.
 *
 * @param article the annotated article the claim belongs to
 * @param claim the claim
 */
public record ClaimAppearance(AnnotatedArticle article, Claim claim) {
  /** An appearance; both parts are required. */
  public ClaimAppearance {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(claim, "claim");
  }

  /** The id of the article, e.g. {@code "kim-jong-un-artillery-surge"}. */
  public String articleId() {
    return article.getArticle().getId();
  }

  /** E.g. {@code kim-jong-un-artillery-surge#c14}. */
  @Override
  public String toString() {
    return articleId() + "#" + claim.getId();
  }
}
