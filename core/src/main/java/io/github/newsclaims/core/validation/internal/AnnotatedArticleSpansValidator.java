package io.github.newsclaims.core.validation.internal;

import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.validation.SpansMatchText;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link SpansMatchText} on an {@link AnnotatedArticle}: every span of every claim.
 * Not API: an implementation the Jakarta Validation provider instantiates reflectively (this
 * package is opened, not exported, on the module path); use the constraint annotation instead. */
public final class AnnotatedArticleSpansValidator implements ConstraintValidator<SpansMatchText, AnnotatedArticle> {
  /** Created by the validation provider. */
  public AnnotatedArticleSpansValidator() {}

  @Override
  public boolean isValid(AnnotatedArticle annotated, ConstraintValidatorContext context) {
    if (annotated == null) {
      return true;
    }
    String text = annotated.getArticle().getText();
    if (ClaimSpans.all(annotated.getClaims(), span -> ClaimSpans.matches(text, span))) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    boolean[] valid = {true};
    ClaimSpans.forEach(annotated.getClaims(),
        (path, span) -> valid[0] &= ClaimSpans.check(text, path, span, context));
    return valid[0];
  }
}
