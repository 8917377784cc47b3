/**
 * The annotated seed article as a test fixture ({@link io.github.newsclaims.examples.ArticleFixtures}),
 * the claim report ({@link io.github.newsclaims.examples.ClaimReport}), the JSON-LD export command
 * ({@link io.github.newsclaims.examples.JsonLdExport}) and the web-view command
 * ({@link io.github.newsclaims.examples.HtmlPage}).
 */
module io.github.newsclaims.examples {
  requires transitive io.github.newsclaims.json;
  requires io.github.newsclaims.jsonld;
  requires io.github.newsclaims.html;
  requires java.logging;

  exports io.github.newsclaims.examples;
}
