package io.github.newsclaims.spark;

import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.json.NewsClaimsJson;
import io.github.newsclaims.json.NewsClaimsJsonException;
import io.github.newsclaims.json.NewsClaimsJsonException.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Turns one JSON Lines file into {@link #SCHEMA} rows, one per line, lazily: each line is read by
 * {@link NewsClaimsJson#read(InputStream)} — the library's strict reader, document rules included —
 * and becomes either a document or an error, never both, never neither. A bad line does not stop
 * the file.
 *
 * <p>Lines are split as {@link NewsClaimsJson#readLines(InputStream)} splits them: at {@code \n}
 * bytes (a {@code \r} before it is whitespace to the parser); a last line without {@code \n} is a
 * line; an empty line is a bad line; an empty file has no lines. Each line goes to the parser as
 * bytes, so malformed UTF-8 is reported on its line. A line longer than
 * {@link NewsClaimsJson#MAX_DOCUMENT_LENGTH} bytes is reported as a {@code LIMIT} error, holding
 * no more of it than the limit, and reading goes on after it.
 */
final class LineParser implements Iterator<Row> {
  /** The error of a bad line. */
  static final StructType ERROR = DataTypes.createStructType(new org.apache.spark.sql.types.StructField[] {
      DataTypes.createStructField("kind", DataTypes.StringType, false),
      DataTypes.createStructField("pointer", DataTypes.StringType, false),
      DataTypes.createStructField("message", DataTypes.StringType, false),
      DataTypes.createStructField("problems", DataTypes.IntegerType, false),
      DataTypes.createStructField("text", DataTypes.StringType, false),
  });

  /** One line of input: where it is, and exactly one of {@code document} or {@code error}. */
  static final StructType SCHEMA = DataTypes.createStructType(new org.apache.spark.sql.types.StructField[] {
      DataTypes.createStructField("file", DataTypes.StringType, false),
      DataTypes.createStructField("line", DataTypes.LongType, false),
      DataTypes.createStructField("document", DocumentRows.DOCUMENT, true),
      DataTypes.createStructField("error", ERROR, true),
  });

  /** The text kept of a bad line in {@code error.text}, in characters; longer lines are cut. */
  static final int MAX_ERROR_TEXT = 64 * 1024;

  private final String file;
  private final InputStream in;
  private final byte[] buffer = new byte[64 * 1024];
  private byte[] line = new byte[64 * 1024];
  private int position;
  private int limit;
  private boolean endOfInput;
  private long lineNumber;
  private Row next;

  LineParser(String file, InputStream in) {
    this.file = file;
    this.in = in;
  }

  @Override
  public boolean hasNext() {
    if (next == null) {
      try {
        next = readLine();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file + " after line " + lineNumber, e);
      }
    }
    return next != null;
  }

  @Override
  public Row next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more lines in " + file);
    }
    Row row = next;
    next = null;
    return row;
  }

  /** The row of the next line, or null at the end of the input. */
  private Row readLine() throws IOException {
    long length = 0;
    boolean any = false;
    while (true) {
      if (position == limit) {
        int n = endOfInput ? -1 : in.read(buffer);
        if (n < 0) {
          endOfInput = true;
          return any ? parse(length) : null;
        }
        position = 0;
        limit = n;
        continue;
      }
      any = true;
      int start = position;
      while (position < limit && buffer[position] != '\n') {
        position++;
      }
      int count = position - start;
      if (length <= NewsClaimsJson.MAX_DOCUMENT_LENGTH) {
        // Past the limit the line is an error; its first bytes are enough to show it.
        append(start, (int) Math.min(count, NewsClaimsJson.MAX_DOCUMENT_LENGTH + 1 - length), (int) length);
      }
      length += count;
      if (position < limit) {
        position++;
        return parse(length);
      }
    }
  }

  private void append(int from, int count, int at) {
    if (at + count > line.length) {
      line = Arrays.copyOf(line, Math.max(at + count, line.length * 2));
    }
    System.arraycopy(buffer, from, line, at, count);
  }

  private Row parse(long length) {
    lineNumber++;
    if (length > NewsClaimsJson.MAX_DOCUMENT_LENGTH) {
      return error("LIMIT", "", "line is longer than the maximum document length ("
          + NewsClaimsJson.MAX_DOCUMENT_LENGTH + " bytes)", 1, text(MAX_ERROR_TEXT));
    }
    int size = (int) length;
    try {
      AnnotatedArticle article = NewsClaimsJson.read(new ByteArrayInputStream(line, 0, size));
      return RowFactory.create(file, lineNumber, DocumentRows.toRow(article), null);
    } catch (NewsClaimsJsonException e) {
      Problem first = e.getProblems().get(0);
      return error(first.kind().name(), utf8(first.pointer()), utf8(e.getMessage()),
          (int) Math.min(e.getProblemCount(), Integer.MAX_VALUE), text(size));
    }
  }

  /**
   * The text as UTF-8 can hold it, as Spark stores strings: a lone surrogate — which a message
   * quoting the article text around a bad span can hold, cut inside an emoji — becomes {@code ?}.
   */
  private static String utf8(String text) {
    return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
  }

  private String text(int size) {
    String text = new String(line, 0, Math.min(size, MAX_ERROR_TEXT * 4), StandardCharsets.UTF_8);
    return text.length() > MAX_ERROR_TEXT ? text.substring(0, MAX_ERROR_TEXT) : text;
  }

  private Row error(String kind, String pointer, String message, int problems, String text) {
    return RowFactory.create(file, lineNumber, null, RowFactory.create(kind, pointer, message, problems, text));
  }
}
