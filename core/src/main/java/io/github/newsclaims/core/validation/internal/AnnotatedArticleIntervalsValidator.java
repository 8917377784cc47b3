package io.github.newsclaims.core.validation.internal;

import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.Claim;
import io.github.newsclaims.core.Estimate;
import io.github.newsclaims.core.validation.IntervalMatchesApproximator;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/**
 * Checks {@link IntervalMatchesApproximator} on every estimate of every claim of an
 * {@link AnnotatedArticle}, in plain loops, reporting each violation at
 * {@code claims[i].estimates[j].interval} (or {@code statedValue}, {@code unit}) with the message a
 * standalone estimate gets. This replaces a {@code @Valid} cascade through the claims, whose walk
 * cost Hibernate Validator about 2–3 kB per claim for a rule on one kind of object.
 * Not API: an implementation the Jakarta Validation provider instantiates reflectively (this
 * package is opened, not exported, on the module path); use the constraint annotation instead.
 */
public final class AnnotatedArticleIntervalsValidator
    implements ConstraintValidator<IntervalMatchesApproximator, AnnotatedArticle> {
  /** Created by the validation provider. */
  public AnnotatedArticleIntervalsValidator() {}

  @Override
  public boolean isValid(AnnotatedArticle annotated, ConstraintValidatorContext context) {
    if (annotated == null || allHold(annotated.getClaims())) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    boolean valid = true;
    List<Claim> claims = annotated.getClaims();
    for (int c = 0; c < claims.size(); c++) {
      List<Estimate> estimates = claims.get(c).getEstimates();
      for (int e = 0; e < estimates.size(); e++) {
        if (!IntervalRule.holds(estimates.get(e))) {
          valid &= IntervalRule.report(estimates.get(e), PropertyPath.of("claims", c).then("estimates", e), context);
        }
      }
    }
    return valid;
  }

  private static boolean allHold(List<Claim> claims) {
    for (int c = 0; c < claims.size(); c++) {
      List<Estimate> estimates = claims.get(c).getEstimates();
      for (int e = 0; e < estimates.size(); e++) {
        if (!IntervalRule.holds(estimates.get(e))) {
          return false;
        }
      }
    }
    return true;
  }
}
