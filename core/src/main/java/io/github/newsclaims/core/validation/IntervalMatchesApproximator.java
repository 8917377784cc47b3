package io.github.newsclaims.core.validation;

import io.github.newsclaims.core.validation.internal.AnnotatedArticleIntervalsValidator;
import io.github.newsclaims.core.validation.internal.IntervalMatchesApproximatorValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Document rule on an {@link io.github.newsclaims.core.Estimate}: its interval agrees with its
 * approximator. With {@code v} the stated value:
 * <ul>
 *   <li>{@code EXACT}: the point {@code [v, v]};</li>
 *   <li>{@code ABOUT}: a bounded interval of positive width that contains {@code v};</li>
 *   <li>{@code NEARLY}: a bounded interval that ends at {@code v}, excluded: {@code [l, v)};</li>
 *   <li>{@code AT_LEAST} / {@code MORE_THAN}: the lower bound is {@code v}, closed / open;</li>
 *   <li>{@code AT_MOST}, {@code UP_TO} / {@code FEWER_THAN}: the upper bound is {@code v}, closed / open;</li>
 *   <li>{@code BETWEEN} and {@code ORDER_OF_MAGNITUDE}: both bounds finite (the magnitude above zero);</li>
 *   <li>{@code RELATIVE_CHANGE}: the unit is a multiplier;</li>
 *   <li>every approximator but {@code BETWEEN}, {@code ORDER_OF_MAGNITUDE} and {@code DERIVED} needs a
 *       stated value; a stated value always lies in the closure of the interval.</li>
 * </ul>
 * Violations are reported at {@code interval}, {@code statedValue} or {@code unit}.
 *
 * <p>On an {@link io.github.newsclaims.core.Estimate} it checks that estimate (and, through the
 * {@code @Valid} estimates of a {@link io.github.newsclaims.core.Claim}, a claim validated by
 * itself). On an {@link io.github.newsclaims.core.AnnotatedArticle} it checks every estimate of
 * every claim and reports each violation at the estimate's path, e.g.
 * {@code claims[3].estimates[0].interval}, with the same message: the article does not cascade
 * into its claims, so each estimate is checked once.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = {IntervalMatchesApproximatorValidator.class, AnnotatedArticleIntervalsValidator.class})
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface IntervalMatchesApproximator {
  /** {@return the message when no more specific one is given} */
  String message() default "the interval must agree with the approximator";

  /** {@return the validation groups the constraint belongs to} */
  Class<?>[] groups() default {};

  /** {@return the payload clients attach to the constraint} */
  Class<? extends Payload>[] payload() default {};
}
