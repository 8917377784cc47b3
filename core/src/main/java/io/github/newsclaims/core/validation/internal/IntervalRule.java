package io.github.newsclaims.core.validation.internal;

import io.github.newsclaims.core.Approximator;
import io.github.newsclaims.core.Estimate;
import io.github.newsclaims.core.Interval;
import io.github.newsclaims.core.UnitKind;
import io.github.newsclaims.core.validation.IntervalMatchesApproximator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * The rule of {@link IntervalMatchesApproximator} for one estimate, checked without allocating
 * ({@link #holds}) and reported below a given path ({@link #report}): shared by the validator of a
 * standalone estimate and the one that walks an article's estimates.
 */
final class IntervalRule {
  private IntervalRule() {}

  /** Whether the estimate's interval, stated value and unit agree with its approximator. */
  static boolean holds(Estimate estimate) {
    if (estimate.getStatedValue().isEmpty()) {
      return withoutStatedValue(estimate.getApproximator()) && problem(estimate) == null
          && unitAgrees(estimate);
    }
    double v = estimate.getStatedValue().getAsDouble();
    Interval interval = estimate.getInterval();
    return v >= interval.getLow() && v <= interval.getHigh() && problem(estimate) == null && unitAgrees(estimate);
  }

  /**
   * Reports every way the estimate breaks the rule, each at {@code at} followed by
   * {@code statedValue}, {@code interval} or {@code unit} ({@code at} null: at that property of the
   * validated estimate itself); returns whether it holds.
   */
  static boolean report(Estimate estimate, PropertyPath at, ConstraintValidatorContext context) {
    Approximator approximator = estimate.getApproximator();
    Interval interval = estimate.getInterval();
    if (estimate.getStatedValue().isEmpty()) {
      if (withoutStatedValue(approximator)) {
        return intervalRule(estimate, at, context);
      }
      path(at, "statedValue").report(context,
          "estimate " + estimate.getId() + " with approximator " + approximator + " needs the stated value");
      return false;
    }
    double v = estimate.getStatedValue().getAsDouble();
    boolean inside = v >= interval.getLow() && v <= interval.getHigh();
    if (!inside) {
      path(at, "statedValue").report(context, "estimate " + estimate.getId() + " stated value "
          + v + " lies outside its interval " + interval);
    }
    // Reported as well, so an annotator sees both problems of the estimate in one pass.
    return intervalRule(estimate, at, context) && inside;
  }

  private static boolean withoutStatedValue(Approximator approximator) {
    return approximator == Approximator.BETWEEN || approximator == Approximator.ORDER_OF_MAGNITUDE
        || approximator == Approximator.DERIVED;
  }

  private static boolean unitAgrees(Estimate estimate) {
    return estimate.getApproximator() != Approximator.RELATIVE_CHANGE
        || estimate.getUnit().getKind() == UnitKind.MULTIPLIER;
  }

  private static PropertyPath path(PropertyPath at, String name) {
    return at == null ? PropertyPath.of(name) : at.then(name);
  }

  private static boolean intervalRule(Estimate estimate, PropertyPath at, ConstraintValidatorContext context) {
    String problem = problem(estimate);
    if (problem == null && !unitAgrees(estimate)) {
      path(at, "unit").report(context, "estimate " + estimate.getId()
          + " with approximator RELATIVE_CHANGE must have a MULTIPLIER unit, was " + estimate.getUnit().getKind());
      return false;
    }
    if (problem != null) {
      path(at, "interval").report(context, "estimate " + estimate.getId() + " interval " + estimate.getInterval()
          + " does not agree with approximator " + estimate.getApproximator() + ": it " + problem);
      return false;
    }
    return true;
  }

  /** What is wrong with the interval for the approximator, or null when nothing is. */
  private static String problem(Estimate estimate) {
    Interval i = estimate.getInterval();
    double v = estimate.getStatedValue().orElse(Double.NaN);
    return switch (estimate.getApproximator()) {
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
  }
}
