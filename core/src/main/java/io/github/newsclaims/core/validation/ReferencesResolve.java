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
 */
@Documented
@Constraint(validatedBy = ReferencesResolveValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ReferencesResolve {
  /** The message when no more specific one is given. */
  String message() default "every referenced actor, claim and estimate must exist";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload for clients. */
  Class<? extends Payload>[] payload() default {};
}
