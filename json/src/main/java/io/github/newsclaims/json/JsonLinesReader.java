package io.github.newsclaims.json;

import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.json.NewsClaimsJsonException.Kind;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * Reads JSON Lines one line at a time: each line is one whole document, read as
 * {@link NewsClaimsJson#read(String)} reads it. Only the current line and its article are held;
 * a line longer than {@link NewsClaimsJson#MAX_DOCUMENT_LENGTH} characters is refused before it is
 * buffered in full. A problem names its 1-based line and ends the iteration.
 */
final class JsonLinesReader implements Iterator<AnnotatedArticle>, AutoCloseable {
  private final Reader in;
  private final Function<String, AnnotatedArticle> parse;
  private final char[] buffer = new char[8192];
  private int position;
  private int limit;
  private boolean endOfInput;
  private long lineNumber;
  private String nextLine;
  private boolean failed;

  JsonLinesReader(Reader in, Function<String, AnnotatedArticle> parse) {
    this.in = in;
    this.parse = parse;
  }

  @Override
  public boolean hasNext() {
    if (nextLine == null && !failed) {
      nextLine = readLine();
    }
    return nextLine != null;
  }

  @Override
  public AnnotatedArticle next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more lines");
    }
    String line = nextLine;
    nextLine = null;
    try {
      return parse.apply(line);
    } catch (NewsClaimsJsonException e) {
      failed = true;
      throw e.atLine(lineNumber);
    }
  }

  /** The next line without its terminator ({@code \n}; a {@code \r} before it is JSON whitespace), or null at the end. */
  private String readLine() {
    StringBuilder line = null;
    while (true) {
      if (position == limit && !fill()) {
        if (line == null) {
          return null;
        }
        lineNumber++;
        return line.toString();
      }
      int start = position;
      while (position < limit && buffer[position] != '\n') {
        position++;
      }
      if (line == null) {
        line = new StringBuilder();
      }
      if (line.length() + (position - start) > NewsClaimsJson.MAX_DOCUMENT_LENGTH) {
        failed = true;
        throw Problems.single(Kind.LIMIT, Pointer.ROOT, "line is longer than the maximum document length ("
            + NewsClaimsJson.MAX_DOCUMENT_LENGTH + " characters)", lineNumber + 1);
      }
      line.append(buffer, start, position - start);
      if (position < limit) {
        position++;
        lineNumber++;
        return line.toString();
      }
    }
  }

  private boolean fill() {
    if (endOfInput) {
      return false;
    }
    try {
      int n = in.read(buffer);
      if (n < 0) {
        endOfInput = true;
        return false;
      }
      position = 0;
      limit = n;
      return true;
    } catch (CharacterCodingException e) {
      failed = true;
      throw Problems.single(Kind.SYNTAX, Pointer.ROOT, "the input is not valid UTF-8", lineNumber + 1);
    } catch (IOException e) {
      failed = true;
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
