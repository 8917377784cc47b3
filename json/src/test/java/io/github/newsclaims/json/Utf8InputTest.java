package io.github.newsclaims.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.json.NewsClaimsJsonException.Kind;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** UTF-8 only, in every input form; one byte order mark at the start of the input is ignored in every form. */
class Utf8InputTest {
  private static final String MINIMAL = "{\"format\":\"newsclaims/1\",\"article\":"
      + "{\"id\":\"a\",\"headline\":\"H\",\"language\":\"en\",\"text\":\"Some text.\"}}";
  private static final AnnotatedArticle ARTICLE = NewsClaimsJson.read(MINIMAL);

  private static NewsClaimsJsonException refusal(byte[] bytes) {
    return assertThrows(NewsClaimsJsonException.class, () -> NewsClaimsJson.read(new ByteArrayInputStream(bytes)));
  }

  private static byte[] bytes(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) values[i];
    }
    return out;
  }

  @Test
  void utf16AndUtf32AreSyntaxProblemsNotIoFailures() {
    // Read as UTF-32 before, malformed: an UncheckedIOException.
    NewsClaimsJsonException utf32 = refusal(bytes(0x00, 0x00, 0x00, 0x7B, 0x22, 0x61, 0x22, 0x3A, 0x31, 0x7D));
    assertEquals(List.of(Kind.SYNTAX), utf32.getProblems().stream().map(p -> p.kind()).toList());
    assertEquals("not UTF-8: byte 0x00 at byte offset 0 cannot begin UTF-8 JSON; the format does not accept "
        + "UTF-16 or UTF-32", utf32.getProblems().get(0).message());
    for (Charset charset : List.of(StandardCharsets.UTF_16, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE,
        Charset.forName("UTF-32"), Charset.forName("UTF-32LE"))) {
      NewsClaimsJsonException e = refusal(MINIMAL.getBytes(charset));
      assertEquals(Kind.SYNTAX, e.getProblems().get(0).kind(), charset.name());
      assertTrue(e.getProblems().get(0).message().startsWith("not UTF-8"), e::getMessage);
    }
  }

  @Test
  void jsonLinesThatAreNotUtf8AreBadLines() {
    // Escaped from readLines as a raw Jackson exception with no line before.
    byte[] input = bytes(0x00, 0xBE, 0x00, 0x00, 0x2D);
    try (Stream<AnnotatedArticle> lines = NewsClaimsJson.readLines(new ByteArrayInputStream(input))) {
      NewsClaimsJsonException e = assertThrows(NewsClaimsJsonException.class, () -> lines.forEach(a -> { }));
      assertEquals(OptionalLong.of(1), e.getLine());
      assertEquals(Kind.SYNTAX, e.getProblems().get(0).kind());
    }
  }

  @Test
  void malformedUtf8GivesItsLocation() {
    byte[] good = MINIMAL.getBytes(StandardCharsets.UTF_8);
    int at = MINIMAL.indexOf("Some");
    good[at] = (byte) 0xC3;
    good[at + 1] = (byte) 0x28;
    NewsClaimsJsonException e = refusal(good);
    assertEquals(Kind.SYNTAX, e.getProblems().get(0).kind());
    assertTrue(e.getProblems().get(0).message().startsWith("Invalid UTF-8 middle byte 0x28"), e::getMessage);
    assertTrue(e.getProblems().get(0).message().endsWith("(line 1, column " + (at + 3) + ")"), e::getMessage);
  }

  @Test
  void aByteOrderMarkStartingTheInputIsIgnoredInEveryForm() {
    byte[] bom = bytes(0xEF, 0xBB, 0xBF);
    byte[] doc = MINIMAL.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[bom.length + doc.length];
    System.arraycopy(bom, 0, withBom, 0, 3);
    System.arraycopy(doc, 0, withBom, 3, doc.length);
    assertEquals(ARTICLE, NewsClaimsJson.read(new ByteArrayInputStream(withBom)));
    // Refused before in a String.
    assertEquals(ARTICLE, NewsClaimsJson.read("\uFEFF" + MINIMAL));
    assertEquals(ARTICLE, NewsClaimsJson.read(new StringReader("\uFEFF" + MINIMAL)));
    try (Stream<AnnotatedArticle> lines = NewsClaimsJson.readLines(new StringReader("\uFEFF" + MINIMAL + "\n" + MINIMAL))) {
      assertEquals(List.of(ARTICLE, ARTICLE), lines.toList());
    }
    try (Stream<AnnotatedArticle> lines = NewsClaimsJson.readLines(new ByteArrayInputStream(withBom))) {
      assertEquals(List.of(ARTICLE), lines.toList());
    }
  }

  @Test
  void aByteOrderMarkElsewhereIsASyntaxProblem() {
    assertEquals(Kind.SYNTAX, assertThrows(NewsClaimsJsonException.class,
        () -> NewsClaimsJson.read("\uFEFF\uFEFF" + MINIMAL)).getProblems().get(0).kind());
    String secondLine = MINIMAL + "\n\uFEFF" + MINIMAL + "\n";
    try (Stream<AnnotatedArticle> lines = NewsClaimsJson.readLines(
        new ByteArrayInputStream(secondLine.getBytes(StandardCharsets.UTF_8)))) {
      var iterator = lines.iterator();
      assertEquals(ARTICLE, iterator.next());
      NewsClaimsJsonException e = assertThrows(NewsClaimsJsonException.class, iterator::next);
      assertEquals(OptionalLong.of(2), e.getLine());
      assertEquals(Kind.SYNTAX, e.getProblems().get(0).kind());
    }
    try (Stream<AnnotatedArticle> lines = NewsClaimsJson.readLines(new StringReader(secondLine))) {
      var iterator = lines.iterator();
      assertEquals(ARTICLE, iterator.next());
      assertEquals(OptionalLong.of(2), assertThrows(NewsClaimsJsonException.class, iterator::next).getLine());
    }
  }

  @Test
  void anInputThatHandsOutOneByteAtATimeReadsTheSame() {
    byte[] document = ("\uFEFF" + MINIMAL).getBytes(StandardCharsets.UTF_8);
    InputStream trickle = new InputStream() {
      private int next;

      @Override
      public int read() {
        return next < document.length ? document[next++] & 0xFF : -1;
      }

      @Override
      public int read(byte[] into, int offset, int length) {
        if (length == 0) {
          return 0;
        }
        int b = read();
        if (b < 0) {
          return -1;
        }
        into[offset] = (byte) b;
        return 1;
      }
    };
    assertEquals(ARTICLE, NewsClaimsJson.read(trickle));
  }

  @Test
  void thePeekedBytesAreHandedOutOneByOneThenTheRestAndClosingClosesTheSource() throws java.io.IOException {
    boolean[] closed = {false};
    byte[] source = bytes(0xEF, 0xBB, 0xBF, '[', '1', '2', '3', '4', '5', '6', ']', 0xC3, 0xA9);
    InputStream in = Utf8Input.bytes(new ByteArrayInputStream(source) {
      @Override
      public void close() {
        closed[0] = true;
      }
    }, true);
    StringBuilder read = new StringBuilder();
    for (int b = in.read(); b >= 0; b = in.read()) {
      read.append(Integer.toHexString(b)).append(' ');
    }
    // The byte order mark is dropped; the four peeked bytes after it come first, then the stream's own.
    assertEquals("5b 31 32 33 34 35 36 5d c3 a9 ", read.toString());
    assertEquals(false, closed[0]);
    in.close();
    assertTrue(closed[0]);
  }

  @Test
  void aLeadingNulCharacterIsKeptAndRefusedNotDroppedLikeAByteOrderMark() {
    NewsClaimsJsonException e = assertThrows(NewsClaimsJsonException.class,
        () -> NewsClaimsJson.read(new StringReader("\u0000" + MINIMAL)));
    assertEquals(List.of(Kind.SYNTAX), e.getProblems().stream().map(p -> p.kind()).toList());
    assertEquals(ARTICLE, NewsClaimsJson.read(new StringReader("\uFEFF" + MINIMAL)));
  }
}
