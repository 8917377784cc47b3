package io.github.newsclaims.core.validation;

import io.github.newsclaims.core.validation.internal.ReferencesResolveValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Document rule on an {@link io.github.newsclaims.core.AnnotatedArticle}: every id that is
 * referred to exists — actors named by affiliations, attribution sources, claims' {@code about} and
 * reviews' {@code reviewer};
 * claims named by relations; estimates named by {@code relativeTo} and {@code derivedFrom}. Each
 * dangling id is reported at its own path, e.g. {@code claims[1].attribution[0].source}.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = ReferencesResolveValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ReferencesResolve {
  /** {@return the message when no more specific one is given} */
  String message() default "every referenced actor, claim and estimate must exist";

  /** {@return the validation groups the constraint belongs to} */
  Class<?>[] groups() default {};

  /** {@return the payload clients attach to the constraint} */
  Class<? extends Payload>[] payload() default {};
}
