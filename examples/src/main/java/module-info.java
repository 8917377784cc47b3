/**
 * The annotated seed article as a test fixture ({@link io.github.newsclaims.examples.ArticleFixtures}),
 * the claim report ({@link io.github.newsclaims.examples.ClaimReport}), the JSON-LD export command
 * ({@link io.github.newsclaims.examples.JsonLdExport}), the web-view command
 * ({@link io.github.newsclaims.examples.HtmlPage}) and the converter between newsclaims JSON, brat
 * and CAS JSON ({@link io.github.newsclaims.examples.FormatConvert}), and the draft extractor command
 * ({@link io.github.newsclaims.examples.ExtractDraft}).
 */
module io.github.newsclaims.examples {
  requires transitive io.github.newsclaims.json;
  requires io.github.newsclaims.jsonld;
  requires io.github.newsclaims.formats;
  requires io.github.newsclaims.html;
  requires io.github.newsclaims.extract;
  requires java.logging;

  exports io.github.newsclaims.examples;
}
