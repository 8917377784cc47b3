package io.github.newsclaims.core.validation.internal;

import io.github.newsclaims.core.Estimate;
import io.github.newsclaims.core.validation.IntervalMatchesApproximator;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link IntervalMatchesApproximator} on one {@link Estimate} validated by itself (or
 * through a {@link io.github.newsclaims.core.Claim}); an article's estimates are checked by
 * {@link AnnotatedArticleIntervalsValidator}.
 * Not API: an implementation the Jakarta Validation provider instantiates reflectively (this
 * package is opened, not exported, on the module path); use the constraint annotation instead. */
public final class IntervalMatchesApproximatorValidator
    implements ConstraintValidator<IntervalMatchesApproximator, Estimate> {
  /** Created by the validation provider. */
  public IntervalMatchesApproximatorValidator() {}

  @Override
  public boolean isValid(Estimate estimate, ConstraintValidatorContext context) {
    if (estimate == null || IntervalRule.holds(estimate)) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    return IntervalRule.report(estimate, null, context);
  }
}
