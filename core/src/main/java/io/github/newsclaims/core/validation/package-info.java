/**
 * The document rules of the model as Jakarta Validation class-level constraints: rules that span
 * several objects and are reported all at once, each with a property path such as
 * {@code claims[3].estimates[0].interval}, by any Jakarta Validation provider.
 *
 * <ul>
 *   <li>{@link io.github.newsclaims.core.validation.SpansMatchText} — every span lies inside the
 *       article text and covers exactly its quoted text.</li>
 *   <li>{@link io.github.newsclaims.core.validation.ReferencesResolve} — every actor, claim and
 *       estimate id that is referred to exists.</li>
 *   <li>{@link io.github.newsclaims.core.validation.ClaimsOutsideNonContent} — no claim span lies in
 *       page furniture.</li>
 *   <li>{@link io.github.newsclaims.core.validation.IntervalMatchesApproximator} — an estimate's
 *       interval agrees with how the quantity was hedged.</li>
 * </ul>
 */
package io.github.newsclaims.core.validation;
