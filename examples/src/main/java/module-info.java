/**
 * The annotated seed article as a test fixture ({@link io.github.newsclaims.examples.ArticleFixtures})
 * and the claim report ({@link io.github.newsclaims.examples.ClaimReport}).
 */
module io.github.newsclaims.examples {
  requires transitive io.github.newsclaims.json;
  requires java.logging;

  exports io.github.newsclaims.examples;
}
