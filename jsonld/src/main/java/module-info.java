/**
 * JSON-LD exports of annotated articles — schema.org {@code Claim}/{@code ClaimReview}, W3C Web
 * Annotations and PROV-O — with the context documents bundled for offline processing, and the
 * import of Web Annotations back onto an article ({@link io.github.newsclaims.jsonld.NewsClaimsJsonLd}).
 */
module io.github.newsclaims.jsonld {
  requires transitive io.github.newsclaims.core;
  requires tools.jackson.databind;
  // Depends on newsclaims-json as the lead asked, for one Jackson 3 line across the modules; no
  // type of it is used in this module's API.
  requires io.github.newsclaims.json;

  exports io.github.newsclaims.jsonld;
}
