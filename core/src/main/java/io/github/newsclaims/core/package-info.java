/**
 * The newsclaims model: what a news article claims, who says so and how firmly, and the
 * numbers inside the claims with honest uncertainty.
 *
 * <p>A map of the package:
 * <ul>
 *   <li>{@link io.github.newsclaims.core.AnnotatedArticle} — the unit of exchange: one
 *       {@link io.github.newsclaims.core.Article}, its {@link io.github.newsclaims.core.Actor}s and
 *       its {@link io.github.newsclaims.core.Claim}s.</li>
 *   <li>{@link io.github.newsclaims.core.TextSpan} — a half-open range of UTF-16 code units into the
 *       verbatim article text, with the exact text it covers.</li>
 *   <li>{@link io.github.newsclaims.core.Attribution} and
 *       {@link io.github.newsclaims.core.Factuality} — who says a claim, with which cue, and how
 *       firmly (after FactBank and PARC).</li>
 *   <li>{@link io.github.newsclaims.core.Estimate}, {@link io.github.newsclaims.core.Interval},
 *       {@link io.github.newsclaims.core.Unit} and {@link io.github.newsclaims.core.Approximator} —
 *       quantities as intervals that keep how they were hedged.</li>
 *   <li>{@link io.github.newsclaims.core.quantity.QuantityPhrases} — reads "about 15,000 soldiers" or
 *       "thousands of civilian workers" into estimates, as wide as the documented
 *       {@link io.github.newsclaims.core.quantity.VaguenessPolicy} says; the finder returns
 *       {@link io.github.newsclaims.core.quantity.QuantityMention}s.</li>
 *   <li>{@link io.github.newsclaims.core.Estimates} — derived estimates through interval arithmetic,
 *       and {@link io.github.newsclaims.core.EstimateComparison}s and
 *       {@link io.github.newsclaims.core.EstimateConflict}s between reports.</li>
 *   <li>{@link io.github.newsclaims.core.TimeReference} and
 *       {@link io.github.newsclaims.core.PartialDate} — times that may be partial or unresolved;
 *       {@link io.github.newsclaims.core.Place} — where a claim holds.</li>
 *   <li>{@link io.github.newsclaims.core.ClaimReview} and {@link io.github.newsclaims.core.Rating} —
 *       fact-checkers' published verdicts on a claim (schema.org {@code ClaimReview});
 *       {@link io.github.newsclaims.core.AnnotationProvenance} — who annotated, and how.</li>
 *   <li>{@link io.github.newsclaims.core.ClaimIndex} — claims across many articles: the appearances
 *       of a claim {@linkplain io.github.newsclaims.core.Claim#getKey() key}, an actor's claims matched
 *       by {@linkplain io.github.newsclaims.core.Actor#getSameAs() sameAs}, conflicting estimates.</li>
 * </ul>
 *
 * <p>Two tiers of rules protect the model. <em>Invariants</em> are checked when an object is
 * built and throw {@link java.lang.IllegalArgumentException} naming the attribute and the bad
 * value, so impossible values never exist. <em>Document rules</em> (spans agree with the text,
 * references resolve, intervals agree with their approximators, no claim in page furniture) are
 * Jakarta Validation constraints, reported all at once with property paths by any provider:
 * {@code Validation.buildDefaultValidatorFactory().getValidator().validate(article)}.
 *
 * <p>All types are immutable and thread-safe; no method returns or accepts {@code null}.
 */
@Value.Style(
    get = {"get*", "is*"},
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    // The generated builder is package-private too, so Javadoc documents its setters on each public
    // Builder (e.g. Claim.Builder) as that class's own, with signatures and descriptions.
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    // addEstimate(one), addEstimate(several...), addAllEstimates(iterable): one element, singular name.
    depluralize = true,
    // The dictionary works on the last word of a camel-case name: "sameAs" keeps its "As".
    depluralizeDictionary = {"alias:aliases", "as"},
    overshadowImplementation = true,
    jdkOnly = true,
    // A missing required attribute is an impossible value like any broken invariant: one exception type.
    throwForInvalidImmutableState = IllegalArgumentException.class,
    // No @Generated on generated classes: users compile against core without Immutables on their
    // class path, and javac would warn about the missing annotation type.
    allowedClasspathAnnotations = {Override.class})
package io.github.newsclaims.core;

import org.immutables.value.Value;
