package io.github.newsclaims.json;

import io.github.newsclaims.core.AnnotatedArticle;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads and writes {@link AnnotatedArticle}s in the newsclaims JSON format ({@value #FORMAT}),
 * described in {@code FORMAT.md} and by the JSON Schema {@value #SCHEMA_RESOURCE} in this jar.
 *
 * <p><b>Writing</b> is deterministic: the same article always gives the same characters, properties
 * in the documented order, absent optionals and empty arrays left out, {@code \n} line ends on every
 * platform. {@code write} gives the compact form, {@code writePretty} an indented form for files kept
 * in version control; JSON Lines ({@code writeLines}) holds one compact document per line. Byte
 * output is UTF-8.
 *
 * <p><b>Reading</b> is strict and safe: anything but exactly one valid document — malformed JSON,
 * duplicate properties, {@code NaN}, content after the document, unknown, missing or mistyped
 * properties, an unknown {@code format}, values the model refuses, broken document rules, input
 * beyond the read limits below — throws one {@link NewsClaimsJsonException} that lists every problem
 * with its JSON Pointer. No partial article is ever returned. {@code readWithoutDocumentRules} skips
 * only the document rules, for trusted input. Input is UTF-8 only, in every form; one byte order
 * mark at the very start is ignored. Memory is bounded by the input: nothing is held that the
 * article does not need, and at most {@link #MAX_REPORTED_PROBLEMS} problems are listed. Failures
 * of the underlying stream are {@link UncheckedIOException}s. Streams passed in are not closed,
 * except by the stream that {@link #readLines} returns, which owns its input.
 *
 * <p>The static methods are shortcuts for {@link #reader()} and {@link #writer()}, immutable
 * objects that add reading and writing files ({@code Path}) and checking the document rules with
 * the caller's Jakarta {@code Validator}.
 *
 * <p>All methods are thread-safe; no method accepts or returns {@code null}.
 *
 * @since 0.1.0
 */
public final class NewsClaimsJson {
  /** The format this version reads and writes, the value of every document's {@code format} property. */
  public static final String FORMAT = "newsclaims/1";

  /** The class path resource name of the JSON Schema (draft 2020-12) of the format. */
  public static final String SCHEMA_RESOURCE = "io/github/newsclaims/json/newsclaims-1.schema.json";

  /** The draft format {@link #readDraft(String)} reads: the document format with quotations instead of spans. */
  public static final String DRAFT_FORMAT = "newsclaims-draft/1";

  /** The class path resource name of the JSON Schema (draft 2020-12) of the draft format. */
  public static final String DRAFT_SCHEMA_RESOURCE = "io/github/newsclaims/json/newsclaims-draft-1.schema.json";

  /** Read limit: objects and arrays nest at most this deep; a document needs 7. */
  public static final int MAX_NESTING_DEPTH = 64;

  /** Read limit: a string value, such as an article text, holds at most this many characters (16 Mi). */
  public static final int MAX_STRING_LENGTH = 16 * 1024 * 1024;

  /**
   * Read limit: a document is at most this long (64 Mi) — in bytes when read from an
   * {@link InputStream}, in characters when read from a {@link String} or {@link Reader}; in
   * JSON Lines, per line.
   */
  public static final long MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;

  /** Read limit: a property name holds at most this many characters; the format's longest has 15. */
  public static final int MAX_NAME_LENGTH = 256;

  /** Read limit: a number is written with at most this many characters; the writer needs at most 24. */
  public static final int MAX_NUMBER_LENGTH = 100;

  /**
   * Read limit: at most this many problems of one document are listed, the rest only counted
   * ({@link NewsClaimsJsonException#getProblemCount()}), so that no input makes the list outgrow the heap.
   */
  public static final int MAX_REPORTED_PROBLEMS = 100;

  private NewsClaimsJson() {}

  /**
   * The strict reader, checking the document rules with the default validation provider: immutable
   * and thread-safe; {@link NewsClaimsJsonReader#withoutDocumentRules()} and
   * {@link NewsClaimsJsonReader#withValidator} derive the others.
   *
   * @return the shared strict reader
   */
  public static NewsClaimsJsonReader reader() {
    return NewsClaimsJsonReader.DEFAULT;
  }

  /**
   * The compact writer: immutable and thread-safe; {@link NewsClaimsJsonWriter#pretty()} derives the indented one.
   *
   * @return the shared compact writer
   */
  public static NewsClaimsJsonWriter writer() {
    return NewsClaimsJsonWriter.COMPACT;
  }

  /**
   * The article as one compact line of JSON, without a line end.
   *
   * @param article the annotated article to write; not null
   * @return its compact JSON document
   */
  public static String write(AnnotatedArticle article) {
    return NewsClaimsJsonWriter.COMPACT.write(article);
  }

  /**
   * Writes the article as compact JSON in UTF-8; the stream is flushed, not closed.
   *
   * @param article the annotated article to write; not null
   * @param out the stream the UTF-8 bytes go to; not null, left open
   */
  public static void write(AnnotatedArticle article, OutputStream out) {
    NewsClaimsJsonWriter.COMPACT.write(article, out);
  }

  /**
   * Writes the article as compact JSON; the writer is flushed, not closed.
   *
   * @param article the annotated article to write; not null
   * @param out the writer the JSON goes to; not null, left open
   */
  public static void write(AnnotatedArticle article, Writer out) {
    NewsClaimsJsonWriter.COMPACT.write(article, out);
  }

  /**
   * The article as indented JSON — two spaces, one property per line — ending with a line end.
   *
   * @param article the annotated article to write; not null
   * @return its indented JSON document
   */
  public static String writePretty(AnnotatedArticle article) {
    return NewsClaimsJsonWriter.PRETTY.write(article);
  }

  /**
   * Writes the article as indented JSON in UTF-8, ending with a line end; the stream is flushed, not closed.
   *
   * @param article the annotated article to write; not null
   * @param out the stream the UTF-8 bytes go to; not null, left open
   */
  public static void writePretty(AnnotatedArticle article, OutputStream out) {
    NewsClaimsJsonWriter.PRETTY.write(article, out);
  }

  /**
   * Writes the article as indented JSON, ending with a line end; the writer is flushed, not closed.
   *
   * @param article the annotated article to write; not null
   * @param out the writer the JSON goes to; not null, left open
   */
  public static void writePretty(AnnotatedArticle article, Writer out) {
    NewsClaimsJsonWriter.PRETTY.write(article, out);
  }

  /**
   * Writes JSON Lines in UTF-8: each article as one compact line ending with {@code \n}, taken from
   * {@code articles} one at a time. The stream is flushed, not closed.
   *
   * @param articles the articles to write, in order; not null, nor any of its elements
   * @param out the stream the UTF-8 lines go to; not null, left open
   */
  public static void writeLines(Iterable<? extends AnnotatedArticle> articles, OutputStream out) {
    NewsClaimsJsonWriter.COMPACT.writeLines(articles, out);
  }

  /**
   * Writes JSON Lines, as {@link #writeLines(Iterable, OutputStream)} does, to a writer.
   *
   * @param articles the articles to write, in order; not null, nor any of its elements
   * @param out the writer the lines go to; not null, left open
   */
  public static void writeLines(Iterable<? extends AnnotatedArticle> articles, Writer out) {
    NewsClaimsJsonWriter.COMPACT.writeLines(articles, out);
  }

  /**
   * Writes JSON Lines in UTF-8, consuming the stream lazily; the output stream is flushed, not closed.
   *
   * @param articles the articles to write, in order; not null, nor any of its elements
   * @param out the stream the UTF-8 lines go to; not null, left open
   */
  public static void writeLines(Stream<? extends AnnotatedArticle> articles, OutputStream out) {
    NewsClaimsJsonWriter.COMPACT.writeLines(articles, out);
  }

  /**
   * Writes JSON Lines, consuming the stream lazily; the writer is flushed, not closed.
   *
   * @param articles the articles to write, in order; not null, nor any of its elements
   * @param out the writer the lines go to; not null, left open
   */
  public static void writeLines(Stream<? extends AnnotatedArticle> articles, Writer out) {
    NewsClaimsJsonWriter.COMPACT.writeLines(articles, out);
  }

  /**
   * Reads one document.
   *
   * @param json the text of one {@code newsclaims/1} document; not null
   * @return the validated annotated article
   * @throws NewsClaimsJsonException if the text is not exactly one valid document
   */
  public static AnnotatedArticle read(String json) {
    return NewsClaimsJsonReader.DEFAULT.read(json);
  }

  /**
   * Reads one document from UTF-8 bytes; the stream is not closed.
   *
   * @param in the UTF-8 bytes of one document; not null, left open
   * @return the validated annotated article
   * @throws NewsClaimsJsonException if the input is not exactly one valid document in UTF-8
   * @throws UncheckedIOException if the stream fails
   */
  public static AnnotatedArticle read(InputStream in) {
    return NewsClaimsJsonReader.DEFAULT.read(in);
  }

  /**
   * Reads one document from characters; the reader is not closed.
   *
   * @param in the characters of one document; not null, left open
   * @return the validated annotated article
   * @throws NewsClaimsJsonException if the input is not exactly one valid document
   * @throws UncheckedIOException if the reader fails
   */
  public static AnnotatedArticle read(Reader in) {
    return NewsClaimsJsonReader.DEFAULT.read(in);
  }

  /**
   * Reads one document as {@link #read(String)} does but without checking the document rules — for
   * trusted input that was validated when it was written, such as a corpus this library wrote.
   *
   * <p>Only the Jakarta Validation document rules are skipped: spans against the text, references
   * between ids, intervals against their approximators, claims in page furniture. Everything else
   * still holds: the input must be exactly one well-formed document within the read limits, of the
   * right shape, and every value must pass the model's invariants (unique ids, no cycles, {@code low
   * ≤ high}, …), so the result is never a partly built article. An article read this way can be
   * checked later with any Jakarta Validation {@code Validator}, which sees the same rules.
   *
   * @param json the text of one {@code newsclaims/1} document; not null
   * @return the annotated article, its shape and invariants checked but not the document rules
   * @throws NewsClaimsJsonException if the text is not exactly one document of the right shape
   *     whose values the model accepts
   */
  public static AnnotatedArticle readWithoutDocumentRules(String json) {
    return NewsClaimsJsonReader.DEFAULT.withoutDocumentRules().read(json);
  }

  /**
   * Reads one document from UTF-8 bytes without checking the document rules, as
   * {@link #readWithoutDocumentRules(String)} does; the stream is not closed.
   *
   * @param in the UTF-8 bytes of one document; not null, left open
   * @return the annotated article, its shape and invariants checked but not the document rules
   * @throws NewsClaimsJsonException if the input is not exactly one document of the right shape
   *     whose values the model accepts
   * @throws UncheckedIOException if the stream fails
   */
  public static AnnotatedArticle readWithoutDocumentRules(InputStream in) {
    return NewsClaimsJsonReader.DEFAULT.withoutDocumentRules().read(in);
  }

  /**
   * Reads one document from characters without checking the document rules, as
   * {@link #readWithoutDocumentRules(String)} does; the reader is not closed.
   *
   * @param in the characters of one document; not null, left open
   * @return the annotated article, its shape and invariants checked but not the document rules
   * @throws NewsClaimsJsonException if the input is not exactly one document of the right shape
   *     whose values the model accepts
   * @throws UncheckedIOException if the reader fails
   */
  public static AnnotatedArticle readWithoutDocumentRules(Reader in) {
    return NewsClaimsJsonReader.DEFAULT.withoutDocumentRules().read(in);
  }

  /**
   * Reads a draft ({@value #DRAFT_FORMAT}) and resolves it into an article. A draft is a
   * {@value #FORMAT} document in which every span is written as a quotation — {@code "about
   * 15,000"}, {@code {"quote": "He", "occurrence": 2}}, {@code {"quote": "said", "after": "Kim"}}
   * — and the defaults of {@link io.github.newsclaims.core.authoring.ArticleAnnotator} apply:
   * a hop's commitment from its cue, the article's factuality from the chain, an estimate's reading
   * from its phrase. FORMAT.md documents it; {@link #DRAFT_SCHEMA_RESOURCE} is its schema.
   *
   * <p>A draft is read as strictly and safely as a document: UTF-8 only in every form, the read
   * limits above, at most {@link #MAX_REPORTED_PROBLEMS} problems listed, no partial article.
   *
   * @param json the text of one draft; not null
   * @return the resolved, validated annotated article
   * @throws NewsClaimsJsonException listing every problem with its JSON Pointer into the draft: its
   *     syntax and shape as for {@link #read(String)}, then every quotation that is absent or
   *     ambiguous (with the candidates) and every default that does not apply (kind
   *     {@link NewsClaimsJsonException.Kind#DRAFT DRAFT}), then the document rules of the result
   */
  public static AnnotatedArticle readDraft(String json) {
    return NewsClaimsJsonReader.DEFAULT.readDraft(json);
  }

  /**
   * Reads a draft from UTF-8 bytes, as {@link #readDraft(String)} does; the stream is not closed.
   *
   * @param in the UTF-8 bytes of one draft; not null, left open
   * @return the resolved, validated annotated article
   * @throws NewsClaimsJsonException if the draft cannot be read or resolved
   * @throws UncheckedIOException if the stream fails
   */
  public static AnnotatedArticle readDraft(InputStream in) {
    return NewsClaimsJsonReader.DEFAULT.readDraft(in);
  }

  /**
   * Reads a draft from characters, as {@link #readDraft(String)} does; the reader is not closed.
   *
   * @param in the characters of one draft; not null, left open
   * @return the resolved, validated annotated article
   * @throws NewsClaimsJsonException if the draft cannot be read or resolved
   * @throws UncheckedIOException if the reader fails
   */
  public static AnnotatedArticle readDraft(Reader in) {
    return NewsClaimsJsonReader.DEFAULT.readDraft(in);
  }

  /**
   * Reads a draft file (UTF-8), as {@link #readDraft(String)} does.
   *
   * @param file the draft file; not null
   * @return the resolved, validated annotated article
   * @throws NewsClaimsJsonException if the draft cannot be read or resolved
   * @throws UncheckedIOException if the file cannot be read (a missing file is a
   *     {@link java.nio.file.NoSuchFileException} cause)
   */
  public static AnnotatedArticle readDraft(Path file) {
    return NewsClaimsJsonReader.DEFAULT.readDraft(file);
  }

  /**
   * Checks the document rules of an article built in memory — spans against the text, references
   * between ids, intervals against their approximators, claims outside page furniture — in one
   * call, without a {@code ValidatorFactory} to manage and without the validation provider's
   * start-up banner. The same rules {@link #read(String)} checks, reported the same way.
   *
   * @param article the article to check; not null
   * @return every broken rule with the JSON Pointer of the value concerned (kind
   *     {@link NewsClaimsJsonException.Kind#RULE RULE}), ordered by pointer, at most
   *     {@link #MAX_REPORTED_PROBLEMS}; empty when the article keeps every rule
   */
  public static List<NewsClaimsJsonException.Problem> check(AnnotatedArticle article) {
    return NewsClaimsJsonReader.DEFAULT.check(article);
  }

  /**
   * Reads JSON Lines in UTF-8 lazily: the stream parses one line when the next article is asked
   * for and holds no more than that line's parser buffers and its article, however long the line.
   * Each line must hold one document. Closing the returned stream closes {@code in}; use it in
   * try-with-resources.
   *
   * <p>A line that is not a valid document — bytes that are not UTF-8, an empty line, two documents
   * on one line included — makes the stream throw a {@link NewsClaimsJsonException} whose
   * {@link NewsClaimsJsonException#getLine() line} is set; it ends the stream (to go on past bad
   * lines, use {@link #readLines(InputStream, Consumer)}). A last line without {@code \n} is read; a
   * {@code \r} before {@code \n} is whitespace.
   *
   * @param in the UTF-8 JSON Lines input; not null, closed with the returned stream
   * @return the articles, one per line, read as they are asked for
   */
  public static Stream<AnnotatedArticle> readLines(InputStream in) {
    return NewsClaimsJsonReader.DEFAULT.readLines(in);
  }

  /**
   * Reads JSON Lines in UTF-8 lazily, handing each bad line's {@link NewsClaimsJsonException}, with
   * its line number, to {@code onBadLine} and going on with the next line: a bad line costs only
   * itself. Closing the returned stream closes {@code in}.
   *
   * @param in the UTF-8 JSON Lines input; not null, closed with the returned stream
   * @param onBadLine what to do with each bad line's exception; not null
   * @return the articles of the good lines, read as they are asked for
   */
  public static Stream<AnnotatedArticle> readLines(InputStream in, Consumer<NewsClaimsJsonException> onBadLine) {
    return NewsClaimsJsonReader.DEFAULT.readLines(in, onBadLine);
  }

  /**
   * Reads JSON Lines from characters lazily, as {@link #readLines(InputStream)} does. Closing the
   * returned stream closes {@code in}.
   *
   * @param in the JSON Lines input; not null, closed with the returned stream
   * @return the articles, one per line, read as they are asked for
   */
  public static Stream<AnnotatedArticle> readLines(Reader in) {
    return NewsClaimsJsonReader.DEFAULT.readLines(in);
  }

  /**
   * Reads JSON Lines from characters lazily, handing bad lines to {@code onBadLine}, as
   * {@link #readLines(InputStream, Consumer)} does. Closing the returned stream closes {@code in}.
   *
   * @param in the JSON Lines input; not null, closed with the returned stream
   * @param onBadLine what to do with each bad line's exception; not null
   * @return the articles of the good lines, read as they are asked for
   */
  public static Stream<AnnotatedArticle> readLines(Reader in, Consumer<NewsClaimsJsonException> onBadLine) {
    return NewsClaimsJsonReader.DEFAULT.readLines(in, onBadLine);
  }

  /**
   * The JSON Schema (draft 2020-12) of the format: what a document may look like. A document the
   * schema accepts may still break an invariant or a document rule, which only reading checks.
   *
   * @return the JSON Schema document, as shipped
   */
  public static String schema() {
    return resource(SCHEMA_RESOURCE);
  }

  /** {@return the JSON Schema (draft 2020-12) of the draft format {@value #DRAFT_FORMAT}} */
  public static String draftSchema() {
    return resource(DRAFT_SCHEMA_RESOURCE);
  }

  private static String resource(String name) {
    // Class.getResourceAsStream, not the class loader's: on the module path only the module itself
    // may read a resource in its (encapsulated) package.
    try (InputStream in = NewsClaimsJson.class.getResourceAsStream("/" + name)) {
      if (in == null) {
        throw new IllegalStateException("the schema " + name + " is missing from newsclaims-json");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
