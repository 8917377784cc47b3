/**
 * newsclaims-html: a self-contained HTML page of an annotated article, with every span marked by
 * role, a card per claim and a filterable claim list. The API is {@link io.github.newsclaims.html.HtmlView}.
 */
module io.github.newsclaims.html {
  requires transitive io.github.newsclaims.core;
  requires gg.jte.runtime;
  // The precompiled templates carry @javax.annotation.processing.Generated, a source-only annotation.
  requires static java.compiler;

  exports io.github.newsclaims.html;
}
