package io.github.newsclaims.json;

import io.github.newsclaims.core.AnnotatedArticle;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.ObjectWriter;

/**
 * Writes newsclaims documents ({@value NewsClaimsJson#FORMAT}) deterministically, as
 * {@link NewsClaimsJson} describes: compact (one line, no line end) or {@linkplain #pretty()
 * pretty} (two-space indent, ending with a line end); byte output is UTF-8. Get one from
 * {@link NewsClaimsJson#writer()}.
 *
 * <p>What the writer writes, the reader reads: a string longer than
 * {@link NewsClaimsJson#MAX_STRING_LENGTH} is refused with an {@link IllegalArgumentException}
 * naming its pointer, and a lone surrogate is written as a {@code \}{@code uXXXX} escape, which
 * every UTF-8 output can carry.
 *
 * <p>Immutable and thread-safe. Streams and writers passed in are flushed, not closed; files named
 * by a {@link Path} are created or replaced, and closed.
 *
 * @since 0.1.0
 */
public final class NewsClaimsJsonWriter {
  static final NewsClaimsJsonWriter COMPACT = new NewsClaimsJsonWriter(false);
  static final NewsClaimsJsonWriter PRETTY = new NewsClaimsJsonWriter(true);

  private final boolean pretty;

  private NewsClaimsJsonWriter(boolean pretty) {
    this.pretty = pretty;
  }

  /** {@return a writer of the indented form, for files kept in version control} */
  public NewsClaimsJsonWriter pretty() {
    return PRETTY;
  }

  /** {@return a writer of the compact form: one line without a line end} */
  public NewsClaimsJsonWriter compact() {
    return COMPACT;
  }

  /** {@return whether this writer writes the indented form} */
  public boolean isPretty() {
    return pretty;
  }

  /**
   * The article as a document.
   *
   * @param article the annotated article to write; not null
   * @return its JSON document, in this writer's form
   */
  public String write(AnnotatedArticle article) {
    StringWriter out = new StringWriter();
    write(article, out);
    return out.toString();
  }

  /**
   * Writes the article as a document in UTF-8; the stream is flushed, not closed.
   *
   * @param article the annotated article to write; not null
   * @param out the stream the UTF-8 bytes go to; not null, left open
   */
  public void write(AnnotatedArticle article, OutputStream out) {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(out, "out");
    generate(writer().createGenerator(out, JsonEncoding.UTF8), gen -> document(article, gen));
  }

  /**
   * Writes the article as a document; the writer is flushed, not closed.
   *
   * @param article the annotated article to write; not null
   * @param out the writer the JSON goes to; not null, left open
   */
  public void write(AnnotatedArticle article, Writer out) {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(out, "out");
    generate(writer().createGenerator(out), gen -> document(article, gen));
  }

  /**
   * Writes the article as a document to a UTF-8 file, created or replaced, and closed.
   *
   * @param article the annotated article to write; not null
   * @param file the file to write; not null
   * @throws UncheckedIOException if the file cannot be written
   */
  public void write(AnnotatedArticle article, Path file) {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(file, "file");
    try (OutputStream out = Files.newOutputStream(file)) {
      write(article, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes JSON Lines in UTF-8 — each article as one compact line ending with {@code \n}, taken one
   * at a time, whichever form this writer writes; the stream is flushed, not closed.
   *
   * @param articles the articles to write, in order; not null, nor any of its elements
   * @param out the stream the UTF-8 lines go to; not null, left open
   */
  public void writeLines(Iterable<? extends AnnotatedArticle> articles, OutputStream out) {
    Objects.requireNonNull(articles, "articles");
    Objects.requireNonNull(out, "out");
    generate(Mappers.COMPACT.createGenerator(out, JsonEncoding.UTF8), gen -> lines(articles.iterator(), gen));
  }

  /**
   * Writes JSON Lines, as {@link #writeLines(Iterable, OutputStream)} does, to a writer.
   *
   * @param articles the articles to write, in order; not null, nor any of its elements
   * @param out the writer the lines go to; not null, left open
   */
  public void writeLines(Iterable<? extends AnnotatedArticle> articles, Writer out) {
    Objects.requireNonNull(articles, "articles");
    Objects.requireNonNull(out, "out");
    generate(Mappers.COMPACT.createGenerator(out), gen -> lines(articles.iterator(), gen));
  }

  /**
   * Writes JSON Lines in UTF-8, consuming the stream lazily; the output stream is flushed, not closed.
   *
   * @param articles the articles to write, in order; not null, nor any of its elements
   * @param out the stream the UTF-8 lines go to; not null, left open
   */
  public void writeLines(Stream<? extends AnnotatedArticle> articles, OutputStream out) {
    Objects.requireNonNull(articles, "articles");
    Objects.requireNonNull(out, "out");
    generate(Mappers.COMPACT.createGenerator(out, JsonEncoding.UTF8), gen -> lines(articles.iterator(), gen));
  }

  /**
   * Writes JSON Lines, consuming the stream lazily; the writer is flushed, not closed.
   *
   * @param articles the articles to write, in order; not null, nor any of its elements
   * @param out the writer the lines go to; not null, left open
   */
  public void writeLines(Stream<? extends AnnotatedArticle> articles, Writer out) {
    Objects.requireNonNull(articles, "articles");
    Objects.requireNonNull(out, "out");
    generate(Mappers.COMPACT.createGenerator(out), gen -> lines(articles.iterator(), gen));
  }

  /**
   * Writes JSON Lines in UTF-8 to a file, created or replaced, and closed.
   *
   * @param articles the articles to write, in order; not null, nor any of its elements
   * @param file the file to write; not null
   * @throws UncheckedIOException if the file cannot be written
   */
  public void writeLines(Stream<? extends AnnotatedArticle> articles, Path file) {
    Objects.requireNonNull(articles, "articles");
    Objects.requireNonNull(file, "file");
    try (OutputStream out = Files.newOutputStream(file)) {
      writeLines(articles, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ObjectWriter writer() {
    return pretty ? Mappers.PRETTY : Mappers.COMPACT;
  }

  private void document(AnnotatedArticle article, JsonGenerator gen) {
    AnnotatedArticleMapping.TYPE.write(article, gen);
    if (pretty) {
      gen.writeRaw('\n');
    }
  }

  private static void lines(Iterator<? extends AnnotatedArticle> articles, JsonGenerator gen) {
    while (articles.hasNext()) {
      AnnotatedArticle article = Objects.requireNonNull(articles.next(), "article");
      AnnotatedArticleMapping.TYPE.write(article, gen);
      gen.writeRaw('\n');
    }
  }

  private static void generate(JsonGenerator gen, Consumer<JsonGenerator> body) {
    try (gen) {
      body.accept(gen);
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    }
  }
}
