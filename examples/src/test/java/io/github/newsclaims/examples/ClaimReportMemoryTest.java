package io.github.newsclaims.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.Article;
import io.github.newsclaims.json.NewsClaimsJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document larger than the heap ends the report with one line and exit status 1, not a stack
 * trace. Runs in its own JVM with a 48 MiB heap (see the pom), on a valid 50 MB document.
 */
class ClaimReportMemoryTest {
  private static final int TEXT_LENGTH = 50_000_000;

  @Test
  void aDocumentLargerThanTheHeapEndsInOneLine(@TempDir Path dir) throws IOException {
    assertTrue(Runtime.getRuntime().maxMemory() < 64L * 1024 * 1024, "this test needs its small-heap JVM");
    Path file = dir.resolve("large.json");
    writeLargeDocument(file);
    assertTrue(Files.size(file) > TEXT_LENGTH);

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = ClaimReport.run(new String[] {file.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));

    String message = err.toString(StandardCharsets.UTF_8);
    assertEquals(1, status);
    assertEquals("claim report: " + file + ": not enough memory for this document; give the JVM a larger heap (-Xmx)\n",
        message);
    assertEquals("", out.toString(StandardCharsets.UTF_8));
  }

  /** A valid newsclaims document whose article text is 50 million characters, written without holding it. */
  private static void writeLargeDocument(Path file) throws IOException {
    String placeholder = "TEXT-GOES-HERE";
    Article article = Article.builder().id("large").headline("Large").language("en").text(placeholder).build();
    String json = NewsClaimsJson.write(AnnotatedArticle.builder().article(article).build());
    int at = json.indexOf(placeholder);
    char[] chunk = "word ".repeat(200_000).toCharArray();
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      writer.write(json, 0, at);
      for (int written = 0; written < TEXT_LENGTH; written += chunk.length) {
        writer.write(chunk);
      }
      writer.write(json, at + placeholder.length(), json.length() - at - placeholder.length());
    }
  }
}
