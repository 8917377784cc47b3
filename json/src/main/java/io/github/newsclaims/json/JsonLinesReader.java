package io.github.newsclaims.json;

import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.json.NewsClaimsJsonException.Kind;
import jakarta.validation.Validator;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Spliterator;
import java.util.function.Consumer;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads JSON Lines one line at a time: each line is one whole document, read as
 * {@link NewsClaimsJson#read(String)} reads it. The parser reads each line straight from the input
 * through a view that ends at the line's {@code \n}, so no line is ever buffered whole: memory is
 * the parser's buffers and the current article, whatever the length of a line. A line longer than
 * {@link NewsClaimsJson#MAX_DOCUMENT_LENGTH} is a {@link Kind#LIMIT} problem. Bytes are split at
 * {@code \n}, which never occurs inside a UTF-8 sequence, so malformed UTF-8 is reported on its own line.
 *
 * <p>A bad line is a {@link NewsClaimsJsonException} naming its 1-based line. Without a handler it
 * ends the iteration; with one, the handler gets it, the rest of the line is skipped, and reading
 * goes on with the next line.
 */
final class JsonLinesReader implements Spliterator<AnnotatedArticle>, AutoCloseable {
  private final LineSource source;
  private final ObjectMapper mapper;
  private final Validator validator;
  private final Consumer<NewsClaimsJsonException> onBadLine;
  private long lineNumber;
  private boolean done;

  private JsonLinesReader(LineSource source, ObjectMapper mapper, Validator validator,
      Consumer<NewsClaimsJsonException> onBadLine) {
    this.source = source;
    this.mapper = mapper;
    this.validator = validator;
    this.onBadLine = onBadLine;
  }

  /** Lines of UTF-8 bytes; a null handler ends the iteration at the first bad line. */
  static JsonLinesReader of(InputStream in, ObjectMapper mapper, Validator validator,
      Consumer<NewsClaimsJsonException> onBadLine) {
    return new JsonLinesReader(new ByteLines(in), mapper, validator, onBadLine);
  }

  /** Lines of characters; a null handler ends the iteration at the first bad line. */
  static JsonLinesReader of(Reader in, ObjectMapper mapper, Validator validator,
      Consumer<NewsClaimsJsonException> onBadLine) {
    return new JsonLinesReader(new CharLines(in), mapper, validator, onBadLine);
  }

  @Override
  public boolean tryAdvance(Consumer<? super AnnotatedArticle> action) {
    while (!done) {
      try {
        if (!source.nextLine()) {
          done = true;
          return false;
        }
      } catch (IOException e) {
        done = true;
        throw new UncheckedIOException(e);
      }
      lineNumber++;
      AnnotatedArticle article;
      try {
        article = readLine();
      } catch (NewsClaimsJsonException e) {
        NewsClaimsJsonException located = e.atLine(lineNumber);
        if (onBadLine == null) {
          done = true;
          throw located;
        }
        skipRestOfLine();
        onBadLine.accept(located);
        continue;
      }
      action.accept(article);
      return true;
    }
    return false;
  }

  private AnnotatedArticle readLine() {
    try (JsonParser parser = source.open(mapper, lineNumber == 1)) {
      return DocumentReader.readDocument(parser, AnnotatedArticleMapping.TYPE, validator, true);
    } catch (UncheckedIOException | JacksonIOException e) {
      throw failure(e.getCause());
    } catch (IOException e) {
      throw failure(e);
    }
  }

  /** A line too long as the library's exception; any other failure of the input ends the iteration. */
  private RuntimeException failure(Throwable cause) {
    if (cause instanceof LineTooLong) {
      return Problems.single(Kind.LIMIT, Pointer.ROOT, "line is longer than the maximum document length ("
          + NewsClaimsJson.MAX_DOCUMENT_LENGTH + " " + source.unit() + ")");
    }
    done = true;
    return cause instanceof IOException io ? new UncheckedIOException(io)
        : new UncheckedIOException(new IOException(cause));
  }

  private void skipRestOfLine() {
    try {
      source.skipRestOfLine();
    } catch (IOException e) {
      done = true;
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Spliterator<AnnotatedArticle> trySplit() {
    return null;
  }

  @Override
  public long estimateSize() {
    return Long.MAX_VALUE;
  }

  @Override
  public int characteristics() {
    return ORDERED | NONNULL;
  }

  @Override
  public void close() {
    try {
      source.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Thrown by a line view when its line passes the document length limit. */
  private static final class LineTooLong extends IOException {
    private static final long serialVersionUID = 1L;

    LineTooLong() {
      super("line is longer than the maximum document length");
    }
  }

  /**
   * The input cut into lines: {@link #nextLine()} moves to the next line, {@link #open} gives a
   * parser over it that sees its end as the end of the input.
   */
  private abstract static class LineSource implements Closeable {
    /** The unread part of the buffer is {@code [position, limit)}. */
    int position;
    int limit;
    boolean endOfInput;
    /** Whether the current line's {@code \n} (or the end of the input) was reached. */
    boolean lineEnded = true;
    long lineLength;

    /** Fills the buffer from the input; the number of units read, or -1 at the end of the input. */
    abstract int fill() throws IOException;

    /** The index of the first {@code \n} in the buffer from {@code from} up to {@code to}, or {@code to}. */
    abstract int newline(int from, int to);

    /** A parser over the current line, which must not have been read yet. */
    abstract JsonParser open(ObjectMapper mapper, boolean first) throws IOException;

    /** What the input counts in, for messages: "bytes" or "characters". */
    abstract String unit();

    /** Whether there is a buffered unit, filling the buffer if needed. */
    final boolean available() throws IOException {
      if (position < limit) {
        return true;
      }
      if (endOfInput) {
        return false;
      }
      int n = fill();
      if (n < 0) {
        endOfInput = true;
        return false;
      }
      position = 0;
      limit = n;
      return true;
    }

    /** Moves to the next line, skipping what is left of the current one; false at the end of the input. */
    final boolean nextLine() throws IOException {
      skipRestOfLine();
      if (!available()) {
        return false;
      }
      lineEnded = false;
      lineLength = 0;
      return true;
    }

    final void skipRestOfLine() throws IOException {
      while (!lineEnded) {
        if (!available()) {
          lineEnded = true;
          return;
        }
        int end = newline(position, limit);
        if (end < limit) {
          position = end + 1;
          lineEnded = true;
        } else {
          position = limit;
        }
      }
    }

    /**
     * How many units of the line the view may hand out next, at most {@code wanted}: -1 at the end
     * of the line. Consumes the {@code \n} when the line ends.
     *
     * @throws LineTooLong if the line passes the document length limit
     */
    final int take(int wanted) throws IOException {
      while (!lineEnded) {
        if (!available()) {
          lineEnded = true;
          break;
        }
        int end = newline(position, Math.min(limit, position + wanted));
        int n = end - position;
        if (lineLength + n > NewsClaimsJson.MAX_DOCUMENT_LENGTH) {
          throw new LineTooLong();
        }
        if (n == 0 && end < limit) {
          position++;
          lineEnded = true;
          break;
        }
        lineLength += n;
        return n;
      }
      return -1;
    }
  }

  private static final class ByteLines extends LineSource {
    private final InputStream in;
    private final byte[] buffer = new byte[16384];

    ByteLines(InputStream in) {
      this.in = in;
    }

    @Override
    int fill() throws IOException {
      return in.read(buffer);
    }

    @Override
    int newline(int from, int to) {
      int i = from;
      while (i < to && buffer[i] != '\n') {
        i++;
      }
      return i;
    }

    @Override
    JsonParser open(ObjectMapper mapper, boolean first) throws IOException {
      return mapper.createParser(Utf8Input.bytes(new InputStream() {
        @Override
        public int read() throws IOException {
          byte[] one = new byte[1];
          return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] into, int offset, int length) throws IOException {
          if (length == 0) {
            return 0;
          }
          int n = take(length);
          if (n > 0) {
            System.arraycopy(buffer, position, into, offset, n);
            position += n;
          }
          return n;
        }
      }, first));
    }

    @Override
    String unit() {
      return "bytes";
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  private static final class CharLines extends LineSource {
    private final Reader in;
    private final char[] buffer = new char[16384];

    CharLines(Reader in) {
      this.in = in;
    }

    @Override
    int fill() throws IOException {
      return in.read(buffer);
    }

    @Override
    int newline(int from, int to) {
      int i = from;
      while (i < to && buffer[i] != '\n') {
        i++;
      }
      return i;
    }

    @Override
    JsonParser open(ObjectMapper mapper, boolean first) throws IOException {
      Reader line = new Reader() {
        @Override
        public int read(char[] into, int offset, int length) throws IOException {
          if (length == 0) {
            return 0;
          }
          int n = take(length);
          if (n > 0) {
            System.arraycopy(buffer, position, into, offset, n);
            position += n;
          }
          return n;
        }

        @Override
        public void close() {
          // The line ends; the input stays open for the next one.
        }
      };
      return mapper.createParser(first ? Utf8Input.chars(line) : line);
    }

    @Override
    String unit() {
      return "characters";
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
