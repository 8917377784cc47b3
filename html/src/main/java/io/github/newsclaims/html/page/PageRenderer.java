package io.github.newsclaims.html.page;

import gg.jte.TemplateOutput;
import gg.jte.html.OwaspHtmlTemplateOutput;
import io.github.newsclaims.core.AnnotatedArticle;

/**
 * Renders the page of an annotated article through the precompiled jte template {@code page.jte}.
 * Not part of the API: {@code io.github.newsclaims.html.HtmlView} is.
 */
public final class PageRenderer {
  private PageRenderer() {}

  /**
   * Writes the whole page of {@code annotated} to {@code output}.
   *
   * @param annotated the annotated article to show
   * @param output where the page is written
   */
  public static void render(AnnotatedArticle annotated, TemplateOutput output) {
    JtepageGenerated.render(new OwaspHtmlTemplateOutput(output), null, Pages.of(annotated));
  }
}
