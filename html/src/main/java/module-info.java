/**
 * newsclaims-html: a self-contained HTML page of an annotated article, with every span marked by
 * role, a card per claim and a filterable claim list. The API is {@link io.github.newsclaims.html.HtmlView}.
 */
@SuppressWarnings("requires-automatic")
module io.github.newsclaims.html {
  requires transitive io.github.newsclaims.core;
  // jte's runtime is an automatic module (its jar's manifest names it gg.jte.runtime). The page's
  // templates are precompiled into this module's non-exported package io.github.newsclaims.html.page
  // and called directly, so jte needs no reflective access to them.
  requires gg.jte.runtime;
  // The precompiled templates carry @javax.annotation.processing.Generated, a source-only annotation.
  requires static java.compiler;

  exports io.github.newsclaims.html;
}
