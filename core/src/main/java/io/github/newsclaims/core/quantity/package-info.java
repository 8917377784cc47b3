/**
 * Quantities in news text: reading phrases such as "about 15,000 soldiers", "nearly a third of
 * them" or "billions of dollars" into {@link io.github.newsclaims.core.Estimate}s whose intervals
 * are as wide as a documented, replaceable {@link io.github.newsclaims.core.quantity.VaguenessPolicy}
 * says.
 *
 * <p>A map of the package:
 * <ul>
 *   <li>{@link io.github.newsclaims.core.quantity.QuantityPhrases} — the entry point: {@code parse}
 *       one phrase, {@code find} every phrase in a text.</li>
 *   <li>{@link io.github.newsclaims.core.quantity.QuantityMention} — a phrase found in a text: its
 *       span and its estimate.</li>
 *   <li>{@link io.github.newsclaims.core.quantity.VaguenessPolicy} — how wide "about", "nearly",
 *       "thousands" and the other vague words are read.</li>
 *   <li>Package-private: {@code QuantityLexicon} (the word lists), {@code Tokens} (the tokenizer),
 *       {@code NumberReader} (numerals, spelled-out numbers, fractions, amounts) and
 *       {@code QuantityReader} (the phrase grammar: hedges, ranges, magnitudes, relative changes).</li>
 * </ul>
 */
@Value.Style(
    get = {"get*", "is*"},
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    // A missing required attribute is an impossible value like any broken invariant: one exception type.
    throwForInvalidImmutableState = IllegalArgumentException.class,
    allowedClasspathAnnotations = {Override.class})
package io.github.newsclaims.core.quantity;

import org.immutables.value.Value;
