/**
 * The document rules of the model as Jakarta Validation class-level constraints: rules that span
 * several objects and are reported all at once, each with a property path such as
 * {@code claims[3].estimates[0].interval}, by any Jakarta Validation provider.
 *
 * <p>Which constraints exist, on which type they sit, and where they are checked:
 * <table>
 *   <caption>The document rules</caption>
 *   <tr><th>constraint</th><th>on</th><th>checks</th></tr>
 *   <tr><td>{@link io.github.newsclaims.core.validation.SpansMatchText}</td>
 *       <td>{@link io.github.newsclaims.core.AnnotatedArticle}, {@link io.github.newsclaims.core.Article}</td>
 *       <td>every span lies inside the article text and covers exactly its quoted text: every span
 *       of every claim on the annotated article, the non-content spans on the article</td></tr>
 *   <tr><td>{@link io.github.newsclaims.core.validation.ReferencesResolve}</td>
 *       <td>{@code AnnotatedArticle}</td>
 *       <td>every actor, claim and estimate id that is referred to exists</td></tr>
 *   <tr><td>{@link io.github.newsclaims.core.validation.ClaimsOutsideNonContent}</td>
 *       <td>{@code AnnotatedArticle}</td>
 *       <td>no claim span lies in page furniture</td></tr>
 *   <tr><td>{@link io.github.newsclaims.core.validation.IntervalMatchesApproximator}</td>
 *       <td>{@code AnnotatedArticle}, {@link io.github.newsclaims.core.Estimate}</td>
 *       <td>an estimate's interval agrees with how the quantity was hedged: every estimate of every
 *       claim on the annotated article, reported at {@code claims[i].estimates[j]…}; the one
 *       estimate when an estimate (or a claim, whose estimates are {@code @Valid}) is validated by
 *       itself</td></tr>
 * </table>
 *
 * <p>Every rule is checked on the object it sits on, in plain loops. An
 * {@code AnnotatedArticle} cascades ({@code @Valid}) only into its {@code Article}, not into its
 * actors, claims, attributions or estimates: validating an article walks two objects however many
 * claims it has, and reports each estimate's violation once. {@code Actor}, {@code Attribution} and
 * {@code Claim} carry no constraint of their own.
 */
package io.github.newsclaims.core.validation;
