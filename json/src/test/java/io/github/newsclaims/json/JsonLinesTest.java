package io.github.newsclaims.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.testing.Generators;
import io.github.newsclaims.testing.Samples;
import io.github.newsclaims.json.NewsClaimsJsonException.Kind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Spliterator;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class JsonLinesTest {
  private static final List<AnnotatedArticle> ARTICLES =
      IntStream.range(0, 5).mapToObj(i -> Generators.synthetic(i, i)).toList();

  private static String lines(List<AnnotatedArticle> articles) {
    StringWriter out = new StringWriter();
    NewsClaimsJson.writeLines(articles, out);
    return out.toString();
  }

  private static List<AnnotatedArticle> readAll(String lines) {
    try (Stream<AnnotatedArticle> articles = NewsClaimsJson.readLines(new StringReader(lines))) {
      return articles.toList();
    }
  }

  @Test
  void writesOneCompactDocumentPerLine() {
    String lines = lines(ARTICLES);
    assertEquals(ARTICLES.stream().map(article -> NewsClaimsJson.write(article) + "\n").toList(),
        List.of(lines.split("(?<=\n)")));
  }

  @Test
  void readsBackWhatItWrote() {
    assertEquals(ARTICLES, readAll(lines(ARTICLES)));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    NewsClaimsJson.writeLines(ARTICLES.stream(), bytes);
    assertEquals(lines(ARTICLES), bytes.toString(StandardCharsets.UTF_8));
    try (Stream<AnnotatedArticle> read = NewsClaimsJson.readLines(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertEquals(ARTICLES, read.toList());
    }
  }

  @Test
  void nothingIsAnEmptyFile() {
    assertEquals("", lines(List.of()));
    assertEquals(List.of(), readAll(""));
  }

  @Test
  void acceptsALastLineWithoutLineEndAndCarriageReturns() {
    String lines = lines(ARTICLES).replace("\n", "\r\n");
    assertEquals(ARTICLES, readAll(lines.substring(0, lines.length() - 2)));
  }

  @Test
  void namesTheLineOfABadDocument() {
    String lines = lines(ARTICLES);
    String broken = lines.replace(NewsClaimsJson.write(ARTICLES.get(2)), NewsClaimsJson.write(ARTICLES.get(2)).replace("\"format\":", "\"formatt\":"));
    try (Stream<AnnotatedArticle> articles = NewsClaimsJson.readLines(new StringReader(broken))) {
      var iterator = articles.iterator();
      assertEquals(ARTICLES.get(0), iterator.next());
      assertEquals(ARTICLES.get(1), iterator.next());
      NewsClaimsJsonException e = assertThrows(NewsClaimsJsonException.class, iterator::next);
      assertEquals(OptionalLong.of(3), e.getLine());
      assertTrue(e.getMessage().startsWith("invalid newsclaims document at line 3: 2 problems\n"
          + "(document): missing required property \"format\""), e.getMessage());
    }
  }

  @Test
  void rejectsEmptyLinesAndTwoDocumentsOnOneLine() {
    String one = NewsClaimsJson.write(Samples.annotated());
    NewsClaimsJsonException empty = assertThrows(NewsClaimsJsonException.class, () -> readAll(one + "\n\n" + one + "\n"));
    assertEquals(OptionalLong.of(2), empty.getLine());
    assertEquals(Kind.SYNTAX, empty.getProblems().get(0).kind());
    NewsClaimsJsonException two = assertThrows(NewsClaimsJsonException.class, () -> readAll(one + " " + one + "\n"));
    assertEquals(OptionalLong.of(1), two.getLine());
    assertTrue(two.getMessage().contains("trailing content after the document"), two.getMessage());
  }

  @Test
  void rejectsBytesThatAreNotUtf8() {
    byte[] bytes = (NewsClaimsJson.write(Samples.annotated()) + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] broken = new byte[bytes.length * 2];
    System.arraycopy(bytes, 0, broken, 0, bytes.length);
    System.arraycopy(bytes, 0, broken, bytes.length, bytes.length);
    int inText = bytes.length + new String(bytes, StandardCharsets.ISO_8859_1).indexOf("Kim called");
    broken[inText] = (byte) 0xC3;
    broken[inText + 1] = (byte) 0x28;
    try (Stream<AnnotatedArticle> articles = NewsClaimsJson.readLines(new ByteArrayInputStream(broken))) {
      var iterator = articles.iterator();
      assertEquals(Samples.annotated(), iterator.next());
      NewsClaimsJsonException e = assertThrows(NewsClaimsJsonException.class, iterator::next);
      assertEquals(OptionalLong.of(2), e.getLine());
      assertEquals("/article/text", e.getProblems().get(0).pointer());
      assertTrue(e.getProblems().get(0).message().startsWith("Invalid UTF-8 middle byte 0x28"), e::getMessage);
    }
  }

  @Test
  void readsLazilyAndClosesItsInputWithTheStream() {
    String first = NewsClaimsJson.write(Samples.annotated()) + "\n";
    boolean[] closed = {false};
    int[] served = {0};
    // The first line, then garbage without end: a reader that read ahead would fail or never finish.
    Reader endless = new Reader() {
      @Override
      public int read(char[] buffer, int offset, int length) {
        int n = Math.min(length, 100);
        for (int i = 0; i < n; i++) {
          buffer[offset + i] = served[0] < first.length() ? first.charAt(served[0]) : 'x';
          served[0]++;
        }
        return n;
      }

      @Override
      public void close() {
        closed[0] = true;
      }
    };
    try (Stream<AnnotatedArticle> articles = NewsClaimsJson.readLines(endless)) {
      assertEquals(Samples.annotated(), articles.findFirst().orElseThrow());
      assertTrue(served[0] < first.length() + 8192 + 100, "read " + served[0] + " characters");
    }
    assertTrue(closed[0]);
  }

  @Test
  void aByteStreamIsClosedWithTheStream() {
    boolean[] closed = {false};
    byte[] bytes = lines(ARTICLES).getBytes(StandardCharsets.UTF_8);
    ByteArrayInputStream in = new ByteArrayInputStream(bytes) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    try (Stream<AnnotatedArticle> articles = NewsClaimsJson.readLines(in)) {
      assertEquals(ARTICLES.get(0), articles.findFirst().orElseThrow());
      assertEquals(false, closed[0]);
    }
    assertTrue(closed[0]);
  }

  @Test
  void theStreamIsOrderedWithoutNullsAndOfUnknownSize() {
    try (Stream<AnnotatedArticle> articles = NewsClaimsJson.readLines(new StringReader(lines(ARTICLES)))) {
      Spliterator<AnnotatedArticle> spliterator = articles.spliterator();
      assertEquals(Spliterator.ORDERED | Spliterator.NONNULL, spliterator.characteristics());
      assertEquals(Long.MAX_VALUE, spliterator.estimateSize());
      assertEquals(null, spliterator.trySplit());
    }
  }

  /** Good and bad lines as the reader sees them when its input hands out a few units per read. */
  @Test
  void readsTheSameLinesWhateverTheInputHandsOutPerRead() {
    String junk = "x".repeat(300);
    String text = NewsClaimsJson.write(ARTICLES.get(0)) + "\n"
        + "]" + junk + "\n" // fails at its first character: the rest of the line is skipped unread
        + NewsClaimsJson.write(ARTICLES.get(1)) + "\n"
        + NewsClaimsJson.write(ARTICLES.get(2)).replace("\"format\":", "\"formatt\":") + "\n" // fails at its end
        + NewsClaimsJson.write(ARTICLES.get(3)); // no line end
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    for (int step : new int[] {1, 2, 7, 300, 16384, 100_000}) {
      List<NewsClaimsJsonException> badBytes = new ArrayList<>();
      try (Stream<AnnotatedArticle> read = NewsClaimsJson.readLines(trickle(bytes, step), badBytes::add)) {
        assertEquals(List.of(ARTICLES.get(0), ARTICLES.get(1), ARTICLES.get(3)), read.toList(), "bytes, step " + step);
      }
      assertEquals(List.of(OptionalLong.of(2), OptionalLong.of(4)), badBytes.stream().map(NewsClaimsJsonException::getLine).toList());
      assertEquals(List.of(Kind.SYNTAX, Kind.SHAPE), badBytes.stream().map(e -> e.getProblems().get(0).kind()).toList());
      List<NewsClaimsJsonException> badChars = new ArrayList<>();
      try (Stream<AnnotatedArticle> read = NewsClaimsJson.readLines(trickle(text, step), badChars::add)) {
        assertEquals(List.of(ARTICLES.get(0), ARTICLES.get(1), ARTICLES.get(3)), read.toList(), "characters, step " + step);
      }
      assertEquals(badBytes.stream().map(Throwable::getMessage).toList(), badChars.stream().map(Throwable::getMessage).toList());
    }
  }

  /** An input that hands out at most {@code step} bytes per read. */
  private static InputStream trickle(byte[] bytes, int step) {
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] into, int offset, int length) {
        return super.read(into, offset, Math.min(length, step));
      }
    };
  }

  /** An input that hands out at most {@code step} characters per read. */
  private static Reader trickle(String text, int step) {
    return new StringReader(text) {
      @Override
      public int read(char[] into, int offset, int length) throws java.io.IOException {
        return super.read(into, offset, Math.min(length, step));
      }
    };
  }
}
