package io.github.newsclaims.core.validation.internal;

import io.github.newsclaims.core.Article;
import io.github.newsclaims.core.validation.SpansMatchText;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link SpansMatchText} on an {@link Article}: its non-content spans.
 * Not API: an implementation the Jakarta Validation provider instantiates reflectively (this
 * package is opened, not exported, on the module path); use the constraint annotation instead. */
public final class ArticleSpansValidator implements ConstraintValidator<SpansMatchText, Article> {
  /** Created by the validation provider. */
  public ArticleSpansValidator() {}

  @Override
  public boolean isValid(Article article, ConstraintValidatorContext context) {
    if (article == null) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    boolean valid = true;
    for (int i = 0; i < article.getNonContent().size(); i++) {
      valid &= ClaimSpans.check(article.getText(), PropertyPath.of("nonContent", i).then("span"),
          article.getNonContent().get(i).getSpan(), context);
    }
    return valid;
  }
}
