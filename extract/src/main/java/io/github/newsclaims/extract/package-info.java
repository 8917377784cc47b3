/**
 * Drafting annotations from raw news text: {@link io.github.newsclaims.extract.ClaimExtractor}.
 * Rules and lexicons are documented resources in this package.
 */
package io.github.newsclaims.extract;
