package io.github.newsclaims.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.testing.Generators;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 100,000 articles through JSON Lines and back in a JVM with a small heap ({@code -Xmx128m}, set by
 * the {@code streaming} Surefire execution in json/pom.xml): it passes only if writing and reading
 * hold one article at a time, since the corpus is far larger than the heap.
 */
class JsonLinesStreamingTest {
  private static final int COUNT = 100_000;

  /** The i-th article of the corpus: deterministic, zero to three claims. */
  private static AnnotatedArticle article(int i) {
    return Generators.synthetic(i, i % 4);
  }

  @Test
  void streamsAHundredThousandArticlesThroughASmallHeap(@TempDir Path dir) throws IOException {
    long maxHeap = Runtime.getRuntime().maxMemory();
    Path file = dir.resolve("corpus.jsonl");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
      NewsClaimsJson.writeLines(IntStream.range(0, COUNT).mapToObj(JsonLinesStreamingTest::article), out);
    }
    long size = Files.size(file);
    // Many times the heap as text, more again as objects: keeping them would run out of memory.
    assertTrue(size > maxHeap, "corpus of " + size + " bytes should exceed the heap of " + maxHeap
        + "; run this test in the streaming execution of json/pom.xml, which sets -Xmx128m");

    int count = 0;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file));
         Stream<AnnotatedArticle> articles = NewsClaimsJson.readLines(in)) {
      Iterator<AnnotatedArticle> read = articles.iterator();
      while (read.hasNext()) {
        AnnotatedArticle article = read.next();
        if (count % 997 == 0 || count == COUNT - 1) {
          assertEquals(article(count), article, "article " + count);
        }
        count++;
      }
    }
    assertEquals(COUNT, count);
  }
}
