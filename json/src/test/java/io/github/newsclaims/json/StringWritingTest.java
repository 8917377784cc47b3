package io.github.newsclaims.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.testing.Samples;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Strings are written as Jackson writes them, except that a lone surrogate (which UTF-8 cannot carry)
 * becomes a {@code \}{@code uXXXX} escape, so that reading gives back the same string.
 */
class StringWritingTest {
  @Test
  void onlyUnpairedSurrogatesAreLone() {
    assertFalse(StringWriting.hasLoneSurrogate(""));
    assertFalse(StringWriting.hasLoneSurrogate("plain text"));
    assertFalse(StringWriting.hasLoneSurrogate("a\uD83D\uDE00b\uD83D\uDE00"));
    assertTrue(StringWriting.hasLoneSurrogate("a\uD83D"));
    assertTrue(StringWriting.hasLoneSurrogate("\uD83Da"));
    assertTrue(StringWriting.hasLoneSurrogate("\uDE00a"));
    assertTrue(StringWriting.hasLoneSurrogate("a\uD83D\uDE00\uDE00"));
  }

  @Test
  void aLiteralEscapesLoneSurrogatesAndControlsAndKeepsPairs() {
    assertEquals("\"a\\uD83Db\\uDE00\"", StringWriting.literal("a\uD83Db\uDE00"));
    assertEquals("\"\uD83D\uDE00\\uD83D\"", StringWriting.literal("\uD83D\uDE00\uD83D"));
    assertEquals("\"\\\"\\\\\\n\\r\\t\\b\\f\\u0001\\u001F \"", StringWriting.literal("\"\\\n\r\t\b\f\u0001\u001F "));
  }

  @Test
  void textWithLoneSurrogatesRoundTrips() {
    AnnotatedArticle sample = Samples.annotated();
    String text = sample.getArticle().getText();
    AnnotatedArticle lone = AnnotatedArticle.builder().from(sample)
        .article(io.github.newsclaims.core.Article.builder().from(sample.getArticle()).headline("Lone \uD83D and \uDE00 \u0001").build())
        .build();
    String json = NewsClaimsJson.write(lone);
    assertTrue(json.contains("\"Lone \\uD83D and \\uDE00 \\u0001\""), json);
    assertEquals(lone, NewsClaimsJson.read(json));
    assertEquals(text, NewsClaimsJson.read(json).getArticle().getText());
  }

  @Test
  void theWriterWritesLinesToStreamsAndWritersAlike() {
    List<AnnotatedArticle> articles = List.of(Samples.annotated(), Samples.annotated());
    StringWriter expected = new StringWriter();
    NewsClaimsJson.writeLines(articles, expected);
    assertEquals(2, expected.toString().split("\n").length);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    NewsClaimsJson.writer().writeLines(articles, bytes);
    assertEquals(expected.toString(), bytes.toString(StandardCharsets.UTF_8));
    StringWriter fromStream = new StringWriter();
    NewsClaimsJson.writer().writeLines(Stream.of(Samples.annotated(), Samples.annotated()), fromStream);
    assertEquals(expected.toString(), fromStream.toString());
  }

  @Test
  void theModuleIsNamed() {
    assertEquals("newsclaims", new NewsClaimsModule().getModuleName());
  }
}
