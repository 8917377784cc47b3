package io.github.newsclaims.core.validation;

import io.github.newsclaims.core.validation.internal.ClaimsOutsideNonContentValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Document rule on an {@link io.github.newsclaims.core.AnnotatedArticle}: no span of a claim
 * overlaps page furniture (a teaser, an advertisement marker, a repeated headline), which carries
 * no claims. Each offending span is reported at its own path, e.g. {@code claims[4].evidence[0]}.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = ClaimsOutsideNonContentValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ClaimsOutsideNonContent {
  /** {@return the message when no more specific one is given} */
  String message() default "claims must not lie in non-content spans";

  /** {@return the validation groups the constraint belongs to} */
  Class<?>[] groups() default {};

  /** {@return the payload clients attach to the constraint} */
  Class<? extends Payload>[] payload() default {};
}
