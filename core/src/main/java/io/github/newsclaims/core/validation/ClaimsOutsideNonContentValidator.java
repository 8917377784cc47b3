package io.github.newsclaims.core.validation;

import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.NonContentSpan;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Locale;

/** Checks {@link ClaimsOutsideNonContent}. Used by the validation provider. */
public final class ClaimsOutsideNonContentValidator
    implements ConstraintValidator<ClaimsOutsideNonContent, AnnotatedArticle> {
  /** Created by the validation provider. */
  public ClaimsOutsideNonContentValidator() {}

  @Override
  public boolean isValid(AnnotatedArticle annotated, ConstraintValidatorContext context) {
    if (annotated == null) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    boolean[] valid = {true};
    ClaimSpans.forEach(annotated.getClaims(), (path, span) -> {
      for (NonContentSpan furniture : annotated.getArticle().getNonContent()) {
        if (furniture.getSpan().overlaps(span)) {
          path.report(context, "span " + span + " lies in non-content ("
              + furniture.getKind().name().toLowerCase(Locale.ROOT) + ") " + furniture.getSpan());
          valid[0] = false;
        }
      }
    });
    return valid[0];
  }
}
