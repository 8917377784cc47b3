package io.github.newsclaims.json;

import io.github.newsclaims.core.AnnotatedArticle;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.JacksonIOException;

/**
 * Reads newsclaims documents ({@value NewsClaimsJson#FORMAT}) and drafts
 * ({@value NewsClaimsJson#DRAFT_FORMAT}) strictly, as {@link NewsClaimsJson} describes: anything but exactly one valid document throws one {@link NewsClaimsJsonException}
 * listing its problems with their JSON Pointers. Get one from {@link NewsClaimsJson#reader()}.
 *
 * <p>Input is UTF-8 only: bytes that are not, UTF-16 and UTF-32 included, are a
 * {@link NewsClaimsJsonException.Kind#SYNTAX} problem. One byte order mark at the very start of the
 * input is ignored, in bytes, a {@code Reader} or a {@code String} alike. Memory is bounded by the
 * input: values nobody asked for are skipped without being held, and at most
 * {@link NewsClaimsJson#MAX_REPORTED_PROBLEMS} problems are listed.
 *
 * <p>Immutable and thread-safe: share one reader. Streams and readers passed in are not closed;
 * files named by a {@link Path} are opened and closed by the reader.
 *
 * @since 0.1.0
 */
public final class NewsClaimsJsonReader {
  static final NewsClaimsJsonReader DEFAULT = new NewsClaimsJsonReader(true, null);

  private final boolean rules;
  /** The caller's validator, or null for the default provider's, built on first use. */
  private final Validator validator;

  private NewsClaimsJsonReader(boolean rules, Validator validator) {
    this.rules = rules;
    this.validator = validator;
  }

  /**
   * A reader like this one that does not check the document rules — for trusted input validated
   * when it was written. Shape and the model's invariants are still checked, so no partly built
   * article is returned (see {@link NewsClaimsJson#readWithoutDocumentRules(String)}).
   *
   * @return a reader that checks shape and invariants only
   */
  public NewsClaimsJsonReader withoutDocumentRules() {
    return new NewsClaimsJsonReader(false, null);
  }

  /**
   * A reader like this one that checks the document rules with {@code validator}, the caller's
   * Jakarta Validation {@code Validator}, rather than one of the default provider. The validator
   * must be thread-safe if the reader is shared, as Jakarta Validation validators are.
   *
   * @param validator the Jakarta Validation validator that checks the document rules; not null
   * @return a reader that checks the document rules with {@code validator}
   */
  public NewsClaimsJsonReader withValidator(Validator validator) {
    return new NewsClaimsJsonReader(true, Objects.requireNonNull(validator, "validator"));
  }

  /** {@return whether this reader checks the document rules} */
  public boolean checksDocumentRules() {
    return rules;
  }

  private Validator validator() {
    return !rules ? null : validator != null ? validator : DocumentRules.defaultValidator();
  }

  /**
   * Checks the document rules of an article built in memory, as {@link NewsClaimsJson#check} does,
   * with this reader's validator (the default provider's, its start-up banner quiet, unless
   * {@link #withValidator} gave another). A reader {@link #withoutDocumentRules() without document
   * rules} still checks them here: checking is what was asked for.
   *
   * @param article the article to check; not null
   * @return every broken rule with its JSON Pointer, ordered by pointer, at most
   *     {@link NewsClaimsJson#MAX_REPORTED_PROBLEMS}; empty when the article keeps every rule
   */
  public List<NewsClaimsJsonException.Problem> check(AnnotatedArticle article) {
    Objects.requireNonNull(article, "article");
    Problems problems = new Problems(false);
    DocumentRules.check(article, Pointer.ROOT, problems, validator != null ? validator : DocumentRules.defaultValidator());
    return problems.isEmpty() ? List.of() : problems.exception().getProblems();
  }

  /**
   * Reads one document.
   *
   * @param json the text of one {@code newsclaims/1} document; not null
   * @return the annotated article, checked as this reader checks
   * @throws NewsClaimsJsonException if the text is not exactly one valid document
   */
  public AnnotatedArticle read(String json) {
    return parse(source(json), AnnotatedArticleMapping.TYPE);
  }

  /**
   * Reads one document from UTF-8 bytes; the stream is not closed.
   *
   * @param in the UTF-8 bytes of one document; not null, left open
   * @return the annotated article, checked as this reader checks
   * @throws NewsClaimsJsonException if the input is not exactly one valid document in UTF-8
   * @throws UncheckedIOException if the stream fails
   */
  public AnnotatedArticle read(InputStream in) {
    return parse(source(in), AnnotatedArticleMapping.TYPE);
  }

  /**
   * Reads one document from characters; the reader is not closed.
   *
   * @param in the characters of one document; not null, left open
   * @return the annotated article, checked as this reader checks
   * @throws NewsClaimsJsonException if the input is not exactly one valid document
   * @throws UncheckedIOException if the reader fails
   */
  public AnnotatedArticle read(Reader in) {
    return parse(source(in), AnnotatedArticleMapping.TYPE);
  }

  /**
   * Reads one document from a UTF-8 file, which is opened and closed here.
   *
   * @param file the UTF-8 file of one document; not null
   * @return the annotated article, checked as this reader checks
   * @throws NewsClaimsJsonException if the file does not hold exactly one valid document in UTF-8
   * @throws UncheckedIOException if the file cannot be read
   */
  public AnnotatedArticle read(Path file) {
    return parse(file, AnnotatedArticleMapping.TYPE);
  }

  /**
   * Reads a draft ({@value NewsClaimsJson#DRAFT_FORMAT}) and resolves it into an article, as
   * {@link NewsClaimsJson#readDraft(String)} describes, with the guarantees of {@link #read(String)}
   * and this reader's document rules.
   *
   * @param json the text of one draft; not null
   * @return the resolved annotated article, checked as this reader checks
   * @throws NewsClaimsJsonException listing every problem of the draft with its JSON Pointer
   */
  public AnnotatedArticle readDraft(String json) {
    return parse(source(json), DraftMapping.TYPE);
  }

  /**
   * Reads a draft from UTF-8 bytes, as {@link #readDraft(String)} does; the stream is not closed.
   *
   * @param in the UTF-8 bytes of one draft; not null, left open
   * @return the resolved annotated article, checked as this reader checks
   * @throws NewsClaimsJsonException if the draft cannot be read or resolved
   * @throws UncheckedIOException if the stream fails
   */
  public AnnotatedArticle readDraft(InputStream in) {
    return parse(source(in), DraftMapping.TYPE);
  }

  /**
   * Reads a draft from characters, as {@link #readDraft(String)} does; the reader is not closed.
   *
   * @param in the characters of one draft; not null, left open
   * @return the resolved annotated article, checked as this reader checks
   * @throws NewsClaimsJsonException if the draft cannot be read or resolved
   * @throws UncheckedIOException if the reader fails
   */
  public AnnotatedArticle readDraft(Reader in) {
    return parse(source(in), DraftMapping.TYPE);
  }

  /**
   * Reads a draft from a UTF-8 file, which is opened and closed here, as {@link #readDraft(String)} does.
   *
   * @param file the UTF-8 draft file; not null
   * @return the resolved annotated article, checked as this reader checks
   * @throws NewsClaimsJsonException if the draft cannot be read or resolved
   * @throws UncheckedIOException if the file cannot be read
   */
  public AnnotatedArticle readDraft(Path file) {
    return parse(file, DraftMapping.TYPE);
  }

  private interface ParserSource {
    JsonParser open() throws IOException;
  }

  private static ParserSource source(String json) {
    Objects.requireNonNull(json, "json");
    java.io.Reader withoutBom = Utf8Input.withoutBom(json);
    return () -> withoutBom == null ? Mappers.MAPPER.createParser(json) : Mappers.MAPPER.createParser(withoutBom);
  }

  private static ParserSource source(InputStream in) {
    Objects.requireNonNull(in, "in");
    return () -> Mappers.MAPPER.createParser(Utf8Input.bytes(in, true));
  }

  private static ParserSource source(Reader in) {
    Objects.requireNonNull(in, "in");
    return () -> Mappers.MAPPER.createParser(Utf8Input.chars(in));
  }

  /** Reads the file, opened and closed here. */
  private AnnotatedArticle parse(Path file, ValueType<AnnotatedArticle> root) {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return parse(source(in), root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private AnnotatedArticle parse(ParserSource source, ValueType<AnnotatedArticle> root) {
    try (JsonParser parser = source.open()) {
      return DocumentReader.readDocument(parser, root, validator(), false);
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads JSON Lines in UTF-8 lazily: one line is parsed when the next article is asked for, and no
   * more than that line's parser buffers and its article are held, however long the line. Each line
   * must hold one document. Closing the returned stream closes {@code in}; use it in
   * try-with-resources.
   *
   * <p>A line that is not a valid document — bytes that are not UTF-8, an empty line, two documents
   * on one line, a line longer than {@link NewsClaimsJson#MAX_DOCUMENT_LENGTH} — makes the stream
   * throw a {@link NewsClaimsJsonException} whose {@link NewsClaimsJsonException#getLine() line} is
   * set; it ends the stream. A last line without {@code \n} is read; a {@code \r} before {@code \n}
   * is whitespace.
   *
   * @param in the UTF-8 JSON Lines input; not null, closed with the returned stream
   * @return the articles, one per line, read as they are asked for
   */
  public Stream<AnnotatedArticle> readLines(InputStream in) {
    Objects.requireNonNull(in, "in");
    return stream(JsonLinesReader.of(in, Mappers.MAPPER, validator(), null));
  }

  /**
   * Reads JSON Lines in UTF-8 lazily, as {@link #readLines(InputStream)} does, but a bad line does
   * not end the stream: its {@link NewsClaimsJsonException}, with its line number, is handed to
   * {@code onBadLine}, the rest of that line is skipped, and reading goes on with the next line. A
   * bad line costs only itself. Only a failing input ends the stream early, with an
   * {@link UncheckedIOException}.
   *
   * @param in the UTF-8 JSON Lines input; not null, closed with the returned stream
   * @param onBadLine what to do with each bad line's exception; not null
   * @return the articles of the good lines, read as they are asked for
   */
  public Stream<AnnotatedArticle> readLines(InputStream in, Consumer<NewsClaimsJsonException> onBadLine) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(onBadLine, "onBadLine");
    return stream(JsonLinesReader.of(in, Mappers.MAPPER, validator(), onBadLine));
  }

  /**
   * Reads JSON Lines from characters lazily, as {@link #readLines(InputStream)} does. Closing the stream closes {@code in}.
   *
   * @param in the JSON Lines input; not null, closed with the returned stream
   * @return the articles, one per line, read as they are asked for
   */
  public Stream<AnnotatedArticle> readLines(Reader in) {
    Objects.requireNonNull(in, "in");
    return stream(JsonLinesReader.of(in, Mappers.MAPPER, validator(), null));
  }

  /**
   * Reads JSON Lines from characters lazily, handing bad lines to {@code onBadLine}, as {@link #readLines(InputStream, Consumer)} does.
   *
   * @param in the JSON Lines input; not null, closed with the returned stream
   * @param onBadLine what to do with each bad line's exception; not null
   * @return the articles of the good lines, read as they are asked for
   */
  public Stream<AnnotatedArticle> readLines(Reader in, Consumer<NewsClaimsJsonException> onBadLine) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(onBadLine, "onBadLine");
    return stream(JsonLinesReader.of(in, Mappers.MAPPER, validator(), onBadLine));
  }

  /**
   * Reads a JSON Lines file in UTF-8 lazily, as {@link #readLines(InputStream)} does; closing the
   * stream closes the file.
   *
   * @param file the UTF-8 JSON Lines file; not null
   * @return the articles, one per line, read as they are asked for
   * @throws UncheckedIOException if the file cannot be opened
   */
  public Stream<AnnotatedArticle> readLines(Path file) {
    Objects.requireNonNull(file, "file");
    try {
      return readLines(Files.newInputStream(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Stream<AnnotatedArticle> stream(JsonLinesReader lines) {
    return StreamSupport.stream(lines, false).onClose(lines::close);
  }
}
