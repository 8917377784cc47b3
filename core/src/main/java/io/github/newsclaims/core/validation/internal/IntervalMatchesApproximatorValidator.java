package io.github.newsclaims.core.validation.internal;

import io.github.newsclaims.core.Approximator;
import io.github.newsclaims.core.Estimate;
import io.github.newsclaims.core.Interval;
import io.github.newsclaims.core.UnitKind;
import io.github.newsclaims.core.validation.IntervalMatchesApproximator;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.EnumSet;
import java.util.Set;

/** Checks {@link IntervalMatchesApproximator}.
 * Not API: an implementation the Jakarta Validation provider instantiates reflectively (this
 * package is opened, not exported, on the module path); use the constraint annotation instead. */
public final class IntervalMatchesApproximatorValidator
    implements ConstraintValidator<IntervalMatchesApproximator, Estimate> {
  private static final Set<Approximator> WITHOUT_STATED_VALUE =
      EnumSet.of(Approximator.BETWEEN, Approximator.ORDER_OF_MAGNITUDE, Approximator.DERIVED);

  /** Created by the validation provider. */
  public IntervalMatchesApproximatorValidator() {}

  @Override
  public boolean isValid(Estimate estimate, ConstraintValidatorContext context) {
    if (estimate == null) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    Approximator approximator = estimate.getApproximator();
    Interval interval = estimate.getInterval();
    if (estimate.getStatedValue().isEmpty()) {
      if (WITHOUT_STATED_VALUE.contains(approximator)) {
        return intervalRule(estimate, context);
      }
      PropertyPath.of("statedValue").report(context,
          "estimate " + estimate.getId() + " with approximator " + approximator + " needs the stated value");
      return false;
    }
    double v = estimate.getStatedValue().get();
    boolean inside = v >= interval.getLow() && v <= interval.getHigh();
    if (!inside) {
      PropertyPath.of("statedValue").report(context, "estimate " + estimate.getId() + " stated value "
          + v + " lies outside its interval " + interval);
    }
    // Reported as well, so an annotator sees both problems of the estimate in one pass.
    return intervalRule(estimate, context) && inside;
  }

  private static boolean intervalRule(Estimate estimate, ConstraintValidatorContext context) {
    Interval i = estimate.getInterval();
    double v = estimate.getStatedValue().orElse(Double.NaN);
    String problem = switch (estimate.getApproximator()) {
      case EXACT -> i.isPoint() && i.getLow() == v ? null : "must be the point [v, v] of the stated value";
      case ABOUT -> i.isBounded() && !i.isPoint() && i.contains(v) ? null
          : "must be bounded, wider than a point, and contain the stated value";
      case NEARLY -> i.isBounded() && i.getHigh() == v && !i.isHighClosed() ? null
          : "must be bounded and end at the stated value, excluded: [l, v)";
      case AT_LEAST -> i.getLow() == v && i.isLowClosed() ? null : "must start at the stated value, included: [v, …";
      case MORE_THAN -> i.getLow() == v && !i.isLowClosed() ? null : "must start at the stated value, excluded: (v, …";
      case AT_MOST, UP_TO -> i.getHigh() == v && i.isHighClosed() ? null
          : "must end at the stated value, included: …, v]";
      case FEWER_THAN -> i.getHigh() == v && !i.isHighClosed() ? null
          : "must end at the stated value, excluded: …, v)";
      case BETWEEN -> i.isBounded() ? null : "must have both bounds";
      case ORDER_OF_MAGNITUDE -> i.isBounded() && i.getLow() > 0 ? null : "must have both bounds, above zero";
      case RELATIVE_CHANGE, DERIVED -> null;
    };
    if (problem == null && estimate.getApproximator() == Approximator.RELATIVE_CHANGE
        && estimate.getUnit().getKind() != UnitKind.MULTIPLIER) {
      PropertyPath.of("unit").report(context, "estimate " + estimate.getId()
          + " with approximator RELATIVE_CHANGE must have a MULTIPLIER unit, was " + estimate.getUnit().getKind());
      return false;
    }
    if (problem != null) {
      PropertyPath.of("interval").report(context, "estimate " + estimate.getId() + " interval " + i
          + " does not agree with approximator " + estimate.getApproximator() + ": it " + problem);
      return false;
    }
    return true;
  }
}
