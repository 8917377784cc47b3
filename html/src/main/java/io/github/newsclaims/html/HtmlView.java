package io.github.newsclaims.html;

import gg.jte.TemplateOutput;
import gg.jte.output.StringOutput;
import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.html.page.PageRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * An {@link AnnotatedArticle} as one self-contained HTML page for people who check claims.
 *
 * <p>The page shows the article text with every span marked by role — claim evidence, attribution
 * cue, source mention, hedge, estimate phrase, time expression, page furniture — however the spans
 * nest or overlap. Focus (Tab) or hover on a span shows the card of its claim: the proposition, the
 * attribution chain outermost to innermost with each hop's mode, cue and commitment, the article's
 * own factuality, each estimate as an interval in plain words, the time and the related claims. A
 * side panel lists the claims grouped by source, filterable by source, kind and certainty, under a
 * legend; a header gives the headline, outlet, date and counts.
 *
 * <p>Guarantees:
 * <ul>
 *   <li>Every text of the model is escaped (jte templates with the HTML content type): markup,
 *       scripts and {@code javascript:} addresses in the article, names or propositions show as
 *       inert text. A Content Security Policy admits only the page's own inline style and script.
 *   <li>No network access: style and script are inline; the page loads nothing.
 *   <li>Each marked element carries {@code data-mark}, {@code data-role}, {@code data-start},
 *       {@code data-end} (UTF-16 offsets into the article text, as in the model) and, for claim
 *       spans, {@code data-claim-id}, so programs can read the page back. A span that crosses
 *       another is split into fragments with the same {@code data-mark}; their text, in document
 *       order, is the span's text. The text of the {@code article} element is the article text.
 *   <li>The same article always renders to the same page.
 * </ul>
 *
 * <p>Thread-safe: rendering keeps no state.
 *
 * @since 0.1.0
 */
public final class HtmlView {
  private HtmlView() {}

  /**
   * The page of {@code annotated}, as a string.
   *
   * @param annotated the annotated article to show
   * @return the HTML page
   */
  public static String render(AnnotatedArticle annotated) {
    Objects.requireNonNull(annotated, "annotated");
    StringOutput output = new StringOutput(64 * 1024);
    PageRenderer.render(annotated, output);
    return output.toString();
  }

  /**
   * Writes the page of {@code annotated} to {@code out}, as it is rendered.
   *
   * @param annotated the annotated article to show
   * @param out where the page is appended
   * @throws IOException if appending to {@code out} fails
   */
  public static void render(AnnotatedArticle annotated, Appendable out) throws IOException {
    Objects.requireNonNull(annotated, "annotated");
    Objects.requireNonNull(out, "out");
    AppendableOutput output = new AppendableOutput(out);
    try {
      PageRenderer.render(annotated, output);
    } catch (UncheckedIOException e) {
      if (e.getCause() != null && output.failure == e) {
        throw e.getCause();
      }
      throw e;
    }
  }

  /**
   * Writes the page of {@code annotated} to the file {@code file} in UTF-8, replacing it if it exists.
   *
   * @param annotated the annotated article to show
   * @param file the file the page is written to
   * @throws IOException if the file cannot be written
   */
  public static void write(AnnotatedArticle annotated, Path file) throws IOException {
    Objects.requireNonNull(annotated, "annotated");
    Objects.requireNonNull(file, "file");
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      render(annotated, writer);
    }
  }

  /** jte output onto an {@link Appendable}, remembering the failure it reports unchecked. */
  private static final class AppendableOutput implements TemplateOutput {
    private final Appendable out;
    private UncheckedIOException failure;

    AppendableOutput(Appendable out) {
      this.out = out;
    }

    @Override
    public void writeContent(String value) {
      try {
        out.append(value);
      } catch (IOException e) {
        failure = new UncheckedIOException(e);
        throw failure;
      }
    }

    @Override
    public void writeContent(String value, int beginIndex, int endIndex) {
      try {
        out.append(value, beginIndex, endIndex);
      } catch (IOException e) {
        failure = new UncheckedIOException(e);
        throw failure;
      }
    }
  }
}
