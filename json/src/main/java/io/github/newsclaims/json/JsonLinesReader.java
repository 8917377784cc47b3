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

  /** A parser over the next line without its {@code \n}, or null at the end of the input. */
  abstract JsonParser nextLine(ObjectMapper mapper) throws IOException;

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

  NewsClaimsJsonException tooLong(String unit) {
    done = true;
    return Problems.single(Kind.LIMIT, Pointer.ROOT, "line is longer than the maximum document length ("
        + NewsClaimsJson.MAX_DOCUMENT_LENGTH + " " + unit + ")", lineNumber + 1);
  }

  private static final class Bytes extends JsonLinesReader {
    private final InputStream in;
    private final byte[] buffer = new byte[8192];
    private byte[] line = new byte[8192];
    private int position;
    private int limit;
    private boolean endOfInput;

    Bytes(InputStream in, ObjectMapper mapper) {
      super(in, mapper);
      this.in = in;
    }

    @Override
    JsonParser nextLine(ObjectMapper mapper) throws IOException {
      int length = 0;
      boolean any = false;
      while (true) {
        if (position == limit) {
          int n = endOfInput ? -1 : in.read(buffer);
          if (n < 0) {
            endOfInput = true;
            return any ? mapper.createParser(line, 0, length) : null;
          }
          position = 0;
          limit = n;
        }
        any = true;
        int start = position;
        while (position < limit && buffer[position] != '\n') {
          position++;
        }
        int count = position - start;
        if ((long) length + count > NewsClaimsJson.MAX_DOCUMENT_LENGTH) {
          throw tooLong("bytes");
        }
        if (length + count > line.length) {
          line = Arrays.copyOf(line, Math.max(length + count, line.length * 2));
        }
        System.arraycopy(buffer, start, line, length, count);
        length += count;
        if (position < limit) {
          position++;
          return mapper.createParser(line, 0, length);
        }
      }
    }
  }

  private static final class Chars extends JsonLinesReader {
    private final Reader in;
    private final char[] buffer = new char[8192];
    private char[] line = new char[8192];
    private int position;
    private int limit;
    private boolean endOfInput;

    Chars(Reader in, ObjectMapper mapper) {
      super(in, mapper);
      this.in = in;
    }

    @Override
    JsonParser nextLine(ObjectMapper mapper) throws IOException {
      int length = 0;
      boolean any = false;
      while (true) {
        if (position == limit) {
          int n = endOfInput ? -1 : in.read(buffer);
          if (n < 0) {
            endOfInput = true;
            return any ? mapper.createParser(line, 0, length) : null;
          }
          position = 0;
          limit = n;
        }
        any = true;
        int start = position;
        while (position < limit && buffer[position] != '\n') {
          position++;
        }
        int count = position - start;
        if ((long) length + count > NewsClaimsJson.MAX_DOCUMENT_LENGTH) {
          throw tooLong("characters");
        }
        if (length + count > line.length) {
          line = Arrays.copyOf(line, Math.max(length + count, line.length * 2));
        }
        System.arraycopy(buffer, start, line, length, count);
        length += count;
        if (position < limit) {
          position++;
          return mapper.createParser(line, 0, length);
        }
      }
    }
  }
}
