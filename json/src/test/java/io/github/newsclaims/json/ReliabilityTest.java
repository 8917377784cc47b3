package io.github.newsclaims.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.Article;
import io.github.newsclaims.json.NewsClaimsJsonException.Kind;
import io.github.newsclaims.json.NewsClaimsJsonException.Problem;
import io.github.newsclaims.testing.Samples;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Faults 3, 4, 5 and 8 of issue 11, each pinned by a test that failed before its fix. */
class ReliabilityTest {
  private static final String MINIMAL = "{\"format\":\"newsclaims/1\",\"article\":"
      + "{\"id\":\"a\",\"headline\":\"H\",\"language\":\"en\",\"text\":\"Some text.\"}}";
  private static final String SAMPLE = NewsClaimsJson.write(Samples.annotated());

  private static NewsClaimsJsonException rejection(String json) {
    return assertThrows(NewsClaimsJsonException.class, () -> NewsClaimsJson.read(json));
  }

  // Fault 3: one bad line ended a JSON Lines stream.

  private static final String LINES = SAMPLE + "\n"
      + MINIMAL.replace("\"format\"", "\"formatt\"") + "\n"
      + MINIMAL + "\n"
      + "{\"format\": nope}\n"
      + "\n"
      + MINIMAL.replace("\"headline\":\"H\",", "") + "\n"
      + SAMPLE + "\n";

  @Test
  void badLinesGoToTheHandlerAndReadingGoesOn() {
    List<NewsClaimsJsonException> bad = new ArrayList<>();
    List<AnnotatedArticle> read;
    try (Stream<AnnotatedArticle> articles = NewsClaimsJson.readLines(new StringReader(LINES), bad::add)) {
      read = articles.toList();
    }
    assertEquals(List.of(Samples.annotated(), NewsClaimsJson.read(MINIMAL), Samples.annotated()), read);
    assertEquals(List.of(2L, 4L, 5L, 6L), bad.stream().map(e -> e.getLine().getAsLong()).toList());
    assertEquals(List.of(Kind.SHAPE, Kind.SYNTAX, Kind.SYNTAX, Kind.SHAPE),
        bad.stream().map(e -> e.getProblems().get(0).kind()).toList());

    List<NewsClaimsJsonException> badBytes = new ArrayList<>();
    try (Stream<AnnotatedArticle> articles = NewsClaimsJson.readLines(
        new ByteArrayInputStream(LINES.getBytes(StandardCharsets.UTF_8)), badBytes::add)) {
      assertEquals(read, articles.toList());
    }
    assertEquals(bad.stream().map(Throwable::getMessage).toList(), badBytes.stream().map(Throwable::getMessage).toList());
  }

  @Test
  void aProblemInsideALineGivesTheLineOnceAndTheColumn() {
    List<NewsClaimsJsonException> bad = new ArrayList<>();
    try (Stream<AnnotatedArticle> articles = NewsClaimsJson.readLines(new StringReader(LINES), bad::add)) {
      articles.forEach(article -> { });
    }
    assertEquals("invalid newsclaims document at line 4: /format: Unrecognized token 'nope': was expecting "
        + "(JSON String, Number, Array, Object or token 'null', 'true' or 'false') (column 12)", bad.get(1).getMessage());
    assertTrue(bad.stream().noneMatch(e -> e.getMessage().contains("line 1,")), bad::toString);
  }

  // Fault 4: control characters reached messages raw.

  private static void assertSafe(NewsClaimsJsonException e) {
    String message = e.getMessage();
    assertEquals(e.getProblems().size() == 1 ? 1 : e.getProblems().size() + 1, message.split("\n", -1).length, message);
    for (char c : message.replace("\n", "").toCharArray()) {
      assertFalse(Text.isUnsafe(c), () -> "raw U+" + Integer.toHexString(c) + " in " + message);
    }
    for (Problem problem : e.getProblems()) {
      assertFalse(problem.message().chars().anyMatch(c -> Text.isUnsafe((char) c)), problem.message());
      assertFalse(problem.toString().chars().anyMatch(c -> Text.isUnsafe((char) c)), problem.toString());
    }
  }

  @Test
  void controlAndBidiCharactersAreEscapedInEveryMessage() {
    String name = "\u001b]0;pwned\u0007\u001b[2J";
    NewsClaimsJsonException unknown = rejection(MINIMAL.replace("{\"format\"", "{\"" + jsonEscape(name) + "\":1,\"format\""));
    assertSafe(unknown);
    // The pointer stays the exact RFC 6901 pointer, for programs; what is shown is escaped.
    assertEquals("/" + name, unknown.getProblems().get(0).pointer());
    assertTrue(unknown.getMessage().startsWith("invalid newsclaims document: /\\u001b]0;pwned\\u0007\\u001b[2J: "
        + "unknown property \"\\u001b]0;pwned\\u0007\\u001b[2J\""), unknown.getMessage());

    String currency = SAMPLE.replace("\"unit\":{\"kind\":\"count\",\"name\":\"soldiers\"}",
        "\"unit\":{\"kind\":\"currency\",\"name\":\"" + jsonEscape("\u001b[31m\nX") + "\"}");
    assertFalse(currency.equals(SAMPLE));
    assertSafe(rejection(currency));

    String bidi = MINIMAL.replace("\"en\"", "\"en\",\"\u202Eevil\u2066\u0085\":true");
    NewsClaimsJsonException reordered = rejection(bidi);
    assertSafe(reordered);
    assertTrue(reordered.getMessage().contains("\\u202eevil\\u2066\\u0085"), reordered.getMessage());
  }

  private static String jsonEscape(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
    }
    return out.toString();
  }

  // Fault 5: the regex that strips Jackson's hints ate user text.

  @Test
  void hintsAreStrippedButUserTextIsKept() {
    String name = "disable `X` ";
    NewsClaimsJsonException e = rejection(MINIMAL.replace("{\"format\"", "{\"" + name + "\":1,\"" + name + "\":2,\"format\""));
    assertTrue(e.getProblems().stream().anyMatch(p -> p.kind() == Kind.SYNTAX
        && p.message().equals("duplicate property \"disable `X` \" (line 1, column 19)")), e::getMessage);
    // Jackson's own advice is still left out.
    NewsClaimsJsonException nan = rejection(MINIMAL.replace("\"newsclaims/1\"", "NaN"));
    assertFalse(nan.getMessage().contains("`"), nan.getMessage());
    assertTrue(nan.getMessage().contains("Non-standard token 'NaN'"), nan.getMessage());
    // Found by the mutation property: a hexadecimal number's refusal named a Jackson feature.
    NewsClaimsJsonException hex = rejection(MINIMAL.replace("{\"format\"", "{\"x\":0x1F,\"format\""));
    assertFalse(hex.getMessage().contains("`") || hex.getMessage().contains("JsonReadFeature"), hex.getMessage());
    assertTrue(hex.getMessage().contains("hexadecimal number literals are not allowed in JSON"), hex.getMessage());
  }

  // Fault 8: what one side accepted, the other could not handle.

  @Test
  void theWriterRefusesAStringTheReaderWouldRefuse() {
    AnnotatedArticle huge = AnnotatedArticle.builder().article(Article.builder().id("a").headline("H").language("en")
        .text("x".repeat(NewsClaimsJson.MAX_STRING_LENGTH + 1)).build()).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NewsClaimsJson.write(huge));
    assertEquals("cannot write /article/text: a string of 16777217 characters, more than the format's limit of "
        + "16777216 (NewsClaimsJson.MAX_STRING_LENGTH), which reading would refuse", e.getMessage());
  }

  @Test
  void aLoneSurrogateReadIsWrittenAsAnEscapeThroughAnyUtf8Output() throws Exception {
    AnnotatedArticle read = NewsClaimsJson.read(MINIMAL.replace("\"H\"", "\"H\\ud800 and \\udc00\""));
    assertEquals("H\ud800 and \udc00", read.getArticle().getHeadline());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    // A strict UTF-8 encoder, as Files.newBufferedWriter uses: a raw lone surrogate would fail it.
    try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8.newEncoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))) {
      NewsClaimsJson.write(read, out);
    }
    String written = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(written.contains("\"headline\":\"H\\uD800 and \\uDC00\""), written);
    assertEquals(read, NewsClaimsJson.read(written));
    ByteArrayOutputStream utf8 = new ByteArrayOutputStream();
    NewsClaimsJson.writePretty(read, utf8);
    assertEquals(read, NewsClaimsJson.read(new ByteArrayInputStream(utf8.toByteArray())));
    // A pair is still written as the character it encodes.
    AnnotatedArticle rocket = NewsClaimsJson.read(MINIMAL.replace("\"H\"", "\"\\ud83d\\ude80\""));
    assertTrue(NewsClaimsJson.write(rocket).contains("\"headline\":\"🚀\""));
  }
}
