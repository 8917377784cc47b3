package io.github.newsclaims.json;

import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.json.NewsClaimsJsonException.Kind;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads JSON Lines one line at a time: each line is one whole document, read as
 * {@link NewsClaimsJson#read(String)} reads it. Only the current line and its article are held; a
 * line longer than {@link NewsClaimsJson#MAX_DOCUMENT_LENGTH} is refused before it is buffered in
 * full. Bytes are split at {@code \n}, which never occurs inside a UTF-8 sequence, and each line is
 * handed to the parser as bytes, so that malformed UTF-8 is reported on its own line. A problem
 * names its 1-based line and ends the iteration.
 */
abstract class JsonLinesReader implements Iterator<AnnotatedArticle>, AutoCloseable {
  private final Closeable input;
  private final ObjectMapper mapper;
  private long lineNumber;
  private JsonParser next;
  private boolean done;
  /** The unread part of the buffer is {@code [position, limit)}. */
  private int position;
  private int limit;
  private boolean endOfInput;

  private JsonLinesReader(Closeable input, ObjectMapper mapper) {
    this.input = input;
    this.mapper = mapper;
  }

  /** Lines of UTF-8 bytes. */
  static JsonLinesReader of(InputStream in, ObjectMapper mapper) {
    return new Bytes(in, mapper);
  }

  /** Lines of characters. */
  static JsonLinesReader of(Reader in, ObjectMapper mapper) {
    return new Chars(in, mapper);
  }

  /** Fills the buffer from the input; the number of units read, or -1 at the end of the input. */
  abstract int fill() throws IOException;

  /** The index of the first {@code \n} in the buffer from {@code from} up to {@code to}, or {@code to}. */
  abstract int newline(int from, int to);

  /** Appends {@code count} units of the buffer from {@code from} to the line, which holds {@code length}. */
  abstract void append(int from, int count, int length);

  /** A parser over the first {@code length} units of the line. */
  abstract JsonParser parse(ObjectMapper mapper, int length);

  /** What the input counts in, for messages: "bytes" or "characters". */
  abstract String unit();

  /** A parser over the next line without its {@code \n}, or null at the end of the input. */
  private JsonParser nextLine(ObjectMapper mapper) throws IOException {
    int length = 0;
    boolean any = false;
    while (true) {
      if (position == limit) {
        int n = endOfInput ? -1 : fill();
        if (n < 0) {
          endOfInput = true;
          return any ? parse(mapper, length) : null;
        }
        position = 0;
        limit = n;
      }
      any = true;
      int start = position;
      position = newline(position, limit);
      int count = position - start;
      if ((long) length + count > NewsClaimsJson.MAX_DOCUMENT_LENGTH) {
        throw tooLong();
      }
      append(start, count, length);
      length += count;
      if (position < limit) {
        position++;
        return parse(mapper, length);
      }
    }
  }

  @Override
  public boolean hasNext() {
    if (next == null && !done) {
      try {
        next = nextLine(mapper);
      } catch (IOException e) {
        done = true;
        throw new UncheckedIOException(e);
      }
      if (next == null) {
        done = true;
      } else {
        lineNumber++;
      }
    }
    return next != null;
  }

  @Override
  public AnnotatedArticle next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more lines");
    }
    try (JsonParser parser = next) {
      next = null;
      return DocumentReader.readDocument(parser);
    } catch (NewsClaimsJsonException e) {
      done = true;
      throw e.atLine(lineNumber);
    } catch (JacksonIOException e) {
      done = true;
      throw new UncheckedIOException(e.getCause());
    }
  }

  @Override
  public void close() {
    try {
      input.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private NewsClaimsJsonException tooLong() {
    done = true;
    return Problems.single(Kind.LIMIT, Pointer.ROOT, "line is longer than the maximum document length ("
        + NewsClaimsJson.MAX_DOCUMENT_LENGTH + " " + unit() + ")", lineNumber + 1);
  }

  private static final class Bytes extends JsonLinesReader {
    private final InputStream in;
    private final byte[] buffer = new byte[8192];
    private byte[] line = new byte[8192];

    Bytes(InputStream in, ObjectMapper mapper) {
      super(in, mapper);
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
    void append(int from, int count, int length) {
      if (length + count > line.length) {
        line = Arrays.copyOf(line, Math.max(length + count, line.length * 2));
      }
      System.arraycopy(buffer, from, line, length, count);
    }

    @Override
    JsonParser parse(ObjectMapper mapper, int length) {
      return mapper.createParser(line, 0, length);
    }

    @Override
    String unit() {
      return "bytes";
    }
  }

  private static final class Chars extends JsonLinesReader {
    private final Reader in;
    private final char[] buffer = new char[8192];
    private char[] line = new char[8192];

    Chars(Reader in, ObjectMapper mapper) {
      super(in, mapper);
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
    void append(int from, int count, int length) {
      if (length + count > line.length) {
        line = Arrays.copyOf(line, Math.max(length + count, line.length * 2));
      }
      System.arraycopy(buffer, from, line, length, count);
    }

    @Override
    JsonParser parse(ObjectMapper mapper, int length) {
      return mapper.createParser(line, 0, length);
    }

    @Override
    String unit() {
      return "characters";
    }
  }
}
