package io.github.newsclaims.core.validation;

import io.github.newsclaims.core.validation.internal.AnnotatedArticleSpansValidator;
import io.github.newsclaims.core.validation.internal.ArticleSpansValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Document rule: every {@link io.github.newsclaims.core.TextSpan} lies inside the article text
 * and covers exactly the text it quotes. On an {@link io.github.newsclaims.core.Article} it checks
 * the non-content spans; on an {@link io.github.newsclaims.core.AnnotatedArticle} every span of
 * every claim (evidence, hedges, attribution source mentions, cues and hedges, estimate phrases, time
 * expressions, place mentions).
 *
 * <p>Each bad span is reported at its own path, e.g. {@code claims[2].evidence[0].text}, with the
 * quoted text and what the article has there.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = {ArticleSpansValidator.class, AnnotatedArticleSpansValidator.class})
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface SpansMatchText {
  /** {@return the message when no more specific one is given} */
  String message() default "spans must lie inside the article text and match it";

  /** {@return the validation groups the constraint belongs to} */
  Class<?>[] groups() default {};

  /** {@return the payload clients attach to the constraint} */
  Class<? extends Payload>[] payload() default {};
}
