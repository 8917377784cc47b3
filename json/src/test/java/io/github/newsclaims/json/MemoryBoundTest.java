package io.github.newsclaims.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.json.NewsClaimsJsonException.Kind;
import io.github.newsclaims.json.NewsClaimsJsonException.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Memory is bounded by the input: each known attack that exhausted a 256 MiB heap well inside the
 * 64 MiB document limit is read or refused with {@link NewsClaimsJsonException} — never an
 * {@code OutOfMemoryError}. Runs in the {@code memory} Surefire execution of json/pom.xml, a JVM
 * with {@code -Xmx256m}.
 */
class MemoryBoundTest {
  private static final String HEAD = "{\"format\":\"newsclaims/1\",\"article\":"
      + "{\"id\":\"a\",\"headline\":\"H\",\"language\":\"en\",\"text\":\"Some text.\"}";

  @BeforeAll
  static void inASmallHeap() {
    long max = Runtime.getRuntime().maxMemory();
    assertTrue(max <= 300L * 1024 * 1024, "heap of " + max + " bytes: run this test in the memory execution of "
        + "json/pom.xml, which sets -Xmx256m");
  }

  private static NewsClaimsJsonException refusal(InputStream in) {
    return assertThrows(NewsClaimsJsonException.class, () -> NewsClaimsJson.read(in));
  }

  @Test
  void aMillionEmptyClaimsListTheFirstProblemsAndCountTheRest() {
    NewsClaimsJsonException e = refusal(GeneratedInput.repeated(HEAD + ",\"claims\":[", "{},", 999_999, "{}]}"));
    assertEquals(NewsClaimsJson.MAX_REPORTED_PROBLEMS, e.getProblems().size());
    // Five required properties of a claim are missing, in each of the million claims.
    assertEquals(5_000_000, e.getProblemCount());
    assertEquals(new Problem(Kind.SHAPE, "/claims/0", "missing required property \"id\""), e.getProblems().get(0));
    assertEquals(new Problem(Kind.SHAPE, "/claims/19", "missing required property \"factuality\""), e.getProblems().get(99));
    assertTrue(e.getMessage().endsWith("\n... and 4999950 more"), e.getMessage().substring(e.getMessage().length() - 100));
  }

  @Test
  void anUnknownPropertyHoldingFourMillionElementsIsSkippedNotHeld() {
    NewsClaimsJsonException e = refusal(GeneratedInput.repeated(HEAD + ",\"extra\":[", "[1,\"x\"],", 3_999_999, "0]}"));
    String known = AnnotatedArticleMapping.TYPE.properties().stream().map(Property::name)
        .collect(java.util.stream.Collectors.joining(", "));
    assertEquals(List.of(new Problem(Kind.SHAPE, "/extra", "unknown property \"extra\"; known properties are " + known)),
        e.getProblems());
  }

  @Test
  void aMillionUnknownKeysAreCountedNotHeld() {
    NewsClaimsJsonException e = refusal(new GeneratedInput(HEAD.substring(0, HEAD.length() - 1) + ",",
        i -> "\"k" + i + "\":0,", 1_000_000, "\"last\":0}}"));
    assertEquals(NewsClaimsJson.MAX_REPORTED_PROBLEMS, e.getProblems().size());
    assertEquals(1_000_001, e.getProblemCount());
    assertEquals("/article/k0", e.getProblems().get(0).pointer());
    assertTrue(e.getProblems().stream().allMatch(p -> p.kind() == Kind.SHAPE), e::getMessage);
  }

  private static final int CLAIMS = 210_000;

  /** Claim i: about 200 bytes, its evidence the first word of the text. */
  private static String claim(int i) {
    return (i == 0 ? "" : ",") + "{\"id\":\"c" + i + "\",\"proposition\":\"Claim number " + i
        + " of a long article, padded to make the document forty-one mebibytes long.\",\"evidence\":[{\"start\":0,"
        + "\"end\":4,\"text\":\"Some\"}],\"kind\":\"event\",\"factuality\":{\"polarity\":\"positive\","
        + "\"certainty\":\"certain\"}}";
  }

  @Test
  void aValid41MebibyteDocumentOf210000ClaimsIsRead(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("large.json");
    IntFunction<String> claims = MemoryBoundTest::claim;
    try (InputStream in = new GeneratedInput(HEAD + ",\"claims\":[", claims, CLAIMS, "]}");
         OutputStream out = Files.newOutputStream(file)) {
      in.transferTo(out);
    }
    assertTrue(Files.size(file) > 41L * 1024 * 1024, "size " + Files.size(file));
    AnnotatedArticle read = NewsClaimsJson.reader().read(file);
    assertEquals(CLAIMS, read.getClaims().size());
    assertEquals("c209999", read.getClaims().get(CLAIMS - 1).getId());
  }

  @Test
  void aSixtyThreeMebicharacterLineIsReadAndAnEightyMebicharacterLineIsALimitProblem() {
    // Fault: the line buffer of readLines(Reader) doubled, so such lines ran out of memory.
    String document = "{\"format\":\"newsclaims/1\",\"article\":{\"id\":\"a\",\"headline\":\"H\",\"language\":\"en\","
        + "\"text\":\"Some text.\"}";
    int longLine = 63 * 1024 * 1024;
    int tooLong = 80 * 1024 * 1024;
    String spaces = " ".repeat(1024 * 1024);
    IntFunction<String> lines = i -> switch (i) {
      case 0 -> document;
      case 64 -> "}\n" + document;
      case 145 -> "}\n" + document + "}\n";
      default -> spaces.substring(0, i < 64 ? (longLine - document.length() - 1) / 63 : (tooLong / 80));
    };
    List<NewsClaimsJsonException> bad = new ArrayList<>();
    try (Stream<AnnotatedArticle> read = NewsClaimsJson.readLines(new GeneratedInput("", lines, 146, "").asReader(),
        bad::add)) {
      assertEquals(2, read.count());
    }
    assertEquals(1, bad.size());
    assertEquals(2, bad.get(0).getLine().getAsLong());
    assertEquals(List.of(new Problem(Kind.LIMIT, "", "line is longer than the maximum document length "
        + "(67108864 characters)")), bad.get(0).getProblems());
  }
}
