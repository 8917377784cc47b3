/**
 * Draft extraction: {@link io.github.newsclaims.extract.ClaimExtractor} drafts an annotated
 * article from raw English news text by documented rules.
 */
module io.github.newsclaims.extract {
  requires transitive io.github.newsclaims.core;

  exports io.github.newsclaims.extract;
  exports io.github.newsclaims.extract.evaluation;
}
