package io.github.newsclaims.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.newsclaims.json.NewsClaimsJsonException.Kind;
import io.github.newsclaims.json.NewsClaimsJsonException.Problem;
import java.io.InputStream;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Each read limit of {@link NewsClaimsJson} holds at its boundary and is reported clearly beyond it. */
class StreamReadLimitsTest {
  private static final String HEAD = "{\"format\":\"newsclaims/1\",\"article\":"
      + "{\"id\":\"a\",\"headline\":\"H\",\"language\":\"en\",\"text\":\"";
  private static final String TAIL = "\"}}";

  private static Problem onlyProblem(Supplier<Object> read) {
    NewsClaimsJsonException e = assertThrows(NewsClaimsJsonException.class, read::get);
    assertEquals(1, e.getProblems().size(), e::getMessage);
    return e.getProblems().get(0);
  }

  /** The kinds of problems reading reports: within a limit, never {@link Kind#LIMIT}. */
  private static List<Kind> kinds(Supplier<Object> read) {
    return assertThrows(NewsClaimsJsonException.class, read::get).getProblems().stream().map(Problem::kind).distinct().toList();
  }

  /** A document whose "format" value is nested {@code depth} levels deep, the root object counted. */
  private static String nested(int depth) {
    return "{\"format\":" + "[".repeat(depth - 1) + "]".repeat(depth - 1) + "}";
  }

  @Test
  void nestingDepth() {
    assertEquals(List.of(Kind.SHAPE), kinds(() -> NewsClaimsJson.read(nested(NewsClaimsJson.MAX_NESTING_DEPTH))));
    Problem beyond = onlyProblem(() -> NewsClaimsJson.read(nested(NewsClaimsJson.MAX_NESTING_DEPTH + 1)));
    assertEquals(Kind.LIMIT, beyond.kind());
    assertEquals("Document nesting depth (65) exceeds the maximum allowed (64) (line 1, column 75)", beyond.message());
    assertEquals("/format" + "/0".repeat(63), beyond.pointer());
  }

  @Test
  void stringLength() {
    String longest = "a".repeat(NewsClaimsJson.MAX_STRING_LENGTH);
    assertEquals(longest, NewsClaimsJson.read(HEAD + longest + TAIL).getArticle().getText());
    Problem beyond = onlyProblem(() -> NewsClaimsJson.read(HEAD + longest + "a" + TAIL));
    assertEquals(new Problem(Kind.LIMIT, "/article/text",
        "String value length (16777217) exceeds the maximum allowed (16777216) (line 1, column 16777303)"), beyond);
  }

  /** {@code length} bytes: a valid document padded with spaces before its closing brace. */
  private static InputStream paddedDocument(long length) {
    byte[] head = (HEAD + "x\"}").getBytes(StandardCharsets.US_ASCII);
    long spaces = length - head.length - 1;
    InputStream padding = new InputStream() {
      private long left = spaces;

      @Override
      public int read() {
        return left-- > 0 ? ' ' : -1;
      }

      @Override
      public int read(byte[] buffer, int offset, int count) {
        if (left <= 0) {
          return -1;
        }
        int n = (int) Math.min(count, left);
        java.util.Arrays.fill(buffer, offset, offset + n, (byte) ' ');
        left -= n;
        return n;
      }
    };
    return new SequenceInputStream(new ByteArrayInputStream(head),
        new SequenceInputStream(padding, new ByteArrayInputStream(new byte[] {'}'})));
  }

  private static Reader asReader(InputStream in) {
    return new java.io.InputStreamReader(in, StandardCharsets.US_ASCII);
  }

  @Test
  void documentLength() {
    long limit = NewsClaimsJson.MAX_DOCUMENT_LENGTH;
    assertEquals("x", NewsClaimsJson.read(paddedDocument(limit)).getArticle().getText());
    Problem bytes = onlyProblem(() -> NewsClaimsJson.read(paddedDocument(limit + 1)));
    assertEquals(Kind.LIMIT, bytes.kind());
    assertEquals("Document length (67108865) exceeds the maximum allowed (67108864)", bytes.message()
        .replaceAll(" \\(line .*\\)$", ""));
    Problem chars = onlyProblem(() -> NewsClaimsJson.read(asReader(paddedDocument(limit + 1))));
    assertEquals(bytes.message(), chars.message());
    Problem string = onlyProblem(() -> NewsClaimsJson.read(" ".repeat((int) limit) + "{}"));
    assertEquals(Kind.LIMIT, string.kind());
  }

  @Test
  void documentLengthPerJsonLine() {
    InputStream lines = new SequenceInputStream(paddedDocument(NewsClaimsJson.MAX_DOCUMENT_LENGTH + 1),
        new ByteArrayInputStream("\n".getBytes(StandardCharsets.US_ASCII)));
    try (Stream<?> articles = NewsClaimsJson.readLines(lines)) {
      NewsClaimsJsonException e = assertThrows(NewsClaimsJsonException.class, () -> articles.forEach(article -> { }));
      assertEquals(OptionalLong.of(1), e.getLine());
      assertEquals(List.of(new Problem(Kind.LIMIT, "",
          "line is longer than the maximum document length (67108864 bytes)")), e.getProblems());
    }
  }

  @Test
  void propertyNameLength() {
    String longest = "n".repeat(NewsClaimsJson.MAX_NAME_LENGTH);
    assertEquals(List.of(Kind.SHAPE), kinds(() -> NewsClaimsJson.read("{\"" + longest + "\":1}")));
    Problem beyond = onlyProblem(() -> NewsClaimsJson.read("{\"" + longest + "n\":1}"));
    assertEquals(Kind.LIMIT, beyond.kind());
    assertEquals("Name length (257) exceeds the maximum allowed (256)", beyond.message()
        .replaceAll(" \\(line .*\\)$", ""));
  }

  @Test
  void numberLength() {
    String longest = "1".repeat(NewsClaimsJson.MAX_NUMBER_LENGTH);
    assertEquals(List.of(Kind.SHAPE), kinds(() -> NewsClaimsJson.read("{\"format\":" + longest + "}")));
    Problem beyond = onlyProblem(() -> NewsClaimsJson.read("{\"format\":" + longest + "1}"));
    assertEquals(Kind.LIMIT, beyond.kind());
    assertEquals("Number value length (101) exceeds the maximum allowed (100)", beyond.message()
        .replaceAll(" \\(line .*\\)$", ""));
  }
}
