/**
 * Annotating an article by quotation rather than by offset: {@link
 * io.github.newsclaims.core.authoring.ArticleAnnotator}, a fluent layer over the immutable model that
 * finds every span from the words it covers ({@link io.github.newsclaims.core.authoring.Quote},
 * {@link io.github.newsclaims.core.authoring.QuoteFinder}), fills in documented defaults (the
 * commitment of a cue from the {@link io.github.newsclaims.core.authoring.Cues cue table}, the
 * article's own factuality from the chain, an estimate's interval from its phrase) and reports every
 * problem at once ({@link io.github.newsclaims.core.authoring.AuthoringException}).
 */
package io.github.newsclaims.core.authoring;
