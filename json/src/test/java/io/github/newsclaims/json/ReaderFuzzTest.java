package io.github.newsclaims.json;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.json.NewsClaimsJsonException.Problem;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

/**
 * Fuzzes the reader with Jazzer: every input ends in a model or a {@link NewsClaimsJsonException}
 * whose problems all have a pointer and a one-line message — no other exception, no error. In
 * every build the inputs under {@code ReaderFuzzTestInputs/} run as a regression test (the inputs
 * that broke the reader once among them); {@code JAZZER_FUZZ=1} fuzzes, as CONTRIBUTING.md says.
 */
class ReaderFuzzTest {
  @FuzzTest(maxDuration = "10m")
  void everyInputEndsInAModelOrTheLibraryException(byte[] input) {
    readOrRefuse(() -> NewsClaimsJson.read(new ByteArrayInputStream(input)));
    String text = new String(input, StandardCharsets.UTF_8);
    readOrRefuse(() -> NewsClaimsJson.read(text));
    readOrRefuse(() -> NewsClaimsJson.readWithoutDocumentRules(new StringReader(text)));
    try (Stream<AnnotatedArticle> lines = NewsClaimsJson.readLines(new ByteArrayInputStream(input),
        ReaderFuzzTest::wellFormed)) {
      lines.forEach(article -> assertNotNull(article.getArticle()));
    }
    try (Stream<AnnotatedArticle> lines = NewsClaimsJson.readLines(new StringReader(text), ReaderFuzzTest::wellFormed)) {
      lines.forEach(article -> assertNotNull(article.getArticle()));
    }
  }

  private interface Read {
    AnnotatedArticle read();
  }

  private static void readOrRefuse(Read read) {
    try {
      AnnotatedArticle article = read.read();
      // What was read can be written and read back.
      NewsClaimsJson.readWithoutDocumentRules(NewsClaimsJson.write(article));
    } catch (NewsClaimsJsonException e) {
      wellFormed(e);
    }
  }

  private static void wellFormed(NewsClaimsJsonException e) {
    assertFalse(e.getProblems().isEmpty(), e::getMessage);
    assertTrue(e.getProblemCount() >= e.getProblems().size());
    for (Problem problem : e.getProblems()) {
      assertTrue(problem.pointer().isEmpty() || problem.pointer().startsWith("/"), problem::toString);
      assertFalse(problem.toString().chars().anyMatch(c -> Text.isUnsafe((char) c)), problem::toString);
    }
    assertTrue(e.getMessage().lines().count() <= e.getProblems().size() + 2, e::getMessage);
  }
}
