package io.github.newsclaims.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.json.NewsClaimsJson;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Splitting a file into lines and each line into a document or an error, without Spark. */
class LineParserTest {
  private static final String VALID = NewsClaimsJson.write(TestCorpus.article(1));

  private static List<Row> parse(byte[] bytes) {
    return parse(new ByteArrayInputStream(bytes));
  }

  private static List<Row> parse(InputStream in) {
    List<Row> rows = new ArrayList<>();
    new LineParser("f.jsonl", in).forEachRemaining(rows::add);
    return rows;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String kind(Row row) {
    return row.isNullAt(3) ? "DOCUMENT" : row.getStruct(3).getString(0);
  }

  @Test
  void splitsAsReadLinesDoes() {
    List<Row> rows = parse(utf8(VALID + "\r\n\n" + VALID + "\n{\n" + VALID));
    assertEquals(List.of("DOCUMENT", "SYNTAX", "DOCUMENT", "SYNTAX", "DOCUMENT"), rows.stream().map(LineParserTest::kind).toList());
    assertEquals(List.of(1L, 2L, 3L, 4L, 5L), rows.stream().map(row -> row.getLong(1)).toList());
    assertEquals(TestCorpus.article(1), DocumentRows.fromRow(rows.get(4).getStruct(2)), "a last line without \\n is read");
    assertEquals("", rows.get(1).getStruct(3).getString(4), "the empty line is kept as the error's text");
    assertEquals(List.of(), parse(new byte[0]), "an empty file has no lines");
    assertEquals(1, parse(utf8(VALID + "\n")).size(), "the final \\n ends the last line, it does not start one");
  }

  @Test
  void malformedUtf8IsAnErrorOnItsLine() {
    byte[] valid = utf8(VALID + "\n");
    byte[] bad = {'{', '"', (byte) 0xC3, '"', '}', '\n'};
    byte[] all = new byte[valid.length * 2 + bad.length];
    System.arraycopy(valid, 0, all, 0, valid.length);
    System.arraycopy(bad, 0, all, valid.length, bad.length);
    System.arraycopy(valid, 0, all, valid.length + bad.length, valid.length);
    List<Row> rows = parse(all);
    assertEquals(List.of("DOCUMENT", "SYNTAX", "DOCUMENT"), rows.stream().map(LineParserTest::kind).toList());
    assertTrue(rows.get(1).getStruct(3).getString(2).contains("UTF-8"), rows.get(1).getStruct(3).getString(2));
  }

  @Test
  void aLineBeyondTheLengthLimitIsAnErrorAndReadingGoesOn() {
    long length = NewsClaimsJson.MAX_DOCUMENT_LENGTH + 10;
    InputStream huge = new InputStream() {
      private long left = length;

      @Override
      public int read() {
        return left-- > 0 ? 'x' : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (left <= 0) {
          return -1;
        }
        int n = (int) Math.min(len, left);
        java.util.Arrays.fill(b, off, off + n, (byte) 'x');
        left -= n;
        return n;
      }
    };
    InputStream in = new SequenceInputStream(Collections.enumeration(List.of(
        new ByteArrayInputStream(utf8(VALID + "\n")), huge, new ByteArrayInputStream(utf8("\n" + VALID + "\n")))));
    List<Row> rows = parse(in);
    assertEquals(List.of("DOCUMENT", "LIMIT", "DOCUMENT"), rows.stream().map(LineParserTest::kind).toList());
    Row error = rows.get(1).getStruct(3);
    assertEquals("line is longer than the maximum document length (67108864 bytes)", error.getString(2));
    assertEquals("x".repeat(LineParser.MAX_ERROR_TEXT), error.getString(4), "the error keeps the start of the line");
    assertEquals(3L, rows.get(2).getLong(1));
  }

  @Test
  void everyLineOfAGeneratedFileIsTheLibrarysVerdict(@TempDir Path temp) throws Exception {
    TestCorpus corpus = TestCorpus.write(temp, 600, 3, 10, 7);
    List<List<Object>> errors = new ArrayList<>();
    List<AnnotatedArticle> documents = new ArrayList<>();
    for (int f = 0; f < 3; f++) {
      String name = String.format("part-%05d.jsonl%s", f, f == 2 ? ".gz" : "");
      InputStream raw = Files.newInputStream(temp.resolve(name));
      try (InputStream in = f == 2 ? new GZIPInputStream(raw) : raw) {
        new LineParser(name, in).forEachRemaining(row -> {
          if (row.isNullAt(3)) {
            assertNull(row.get(3));
            documents.add(DocumentRows.fromRow(row.getStruct(2)));
          } else {
            assertTrue(row.isNullAt(2), "never both");
            Row e = row.getStruct(3);
            errors.add(List.of(row.getString(0), row.getLong(1), e.getString(0), e.getString(1), e.getString(2), e.getInt(3)));
          }
        });
      }
    }
    assertEquals(corpus.good.stream().map(TestCorpus.Good::article).toList(), documents);
    assertEquals(corpus.bad.stream().map(b -> List.<Object>of(b.fileName(), b.line(), b.kind(), b.pointer(), b.message(),
        b.problems())).toList(), errors);
  }
}
