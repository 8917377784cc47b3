/**
 * The annotated seed article as a test fixture ({@link io.github.newsclaims.examples.ArticleFixtures}),
 * the claim report ({@link io.github.newsclaims.examples.ClaimReport}) and the JSON-LD export
 * command ({@link io.github.newsclaims.examples.JsonLdExport}).
 */
module io.github.newsclaims.examples {
  requires transitive io.github.newsclaims.json;
  requires io.github.newsclaims.jsonld;
  requires java.logging;

  exports io.github.newsclaims.examples;
}
