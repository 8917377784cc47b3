package io.github.newsclaims.benchmarks;

import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.testing.Generators;
import io.github.newsclaims.examples.ArticleFixtures;
import io.github.newsclaims.json.NewsClaimsJson;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** The documents the benchmarks run on; all deterministic. */
public final class Workloads {
  /** The annotated seed article shipped in newsclaims-examples. */
  public static final String FIXTURE = "fixture";

  /** A synthetic article with 1,000 claims. */
  public static final String SYNTHETIC_1000 = "synthetic1000";

  /** The seed of every synthetic article; corpus article {@code i} has seed {@code SEED + i}. */
  public static final long SEED = 2026;

  /** Articles in the JSON Lines corpus. */
  public static final int CORPUS_ARTICLES = 10_000;

  private Workloads() {}

  /** The named workload article. */
  public static AnnotatedArticle article(String name) {
    return switch (name) {
      case FIXTURE -> ArticleFixtures.kimJongUnArtillerySurge();
      case SYNTHETIC_1000 -> Generators.synthetic(SEED, 1000);
      default -> throw new IllegalArgumentException("unknown workload " + name);
    };
  }

  /** The compact JSON of an article in UTF-8, as {@link NewsClaimsJson#write(AnnotatedArticle)} writes it. */
  public static byte[] json(AnnotatedArticle article) {
    return NewsClaimsJson.write(article).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The JSON Lines corpus, generated lazily one article at a time: {@value #CORPUS_ARTICLES}
   * synthetic articles of 5 to 24 claims.
   */
  public static Stream<AnnotatedArticle> corpus() {
    return IntStream.range(0, CORPUS_ARTICLES).mapToObj(i -> Generators.synthetic(SEED + i, 5 + i % 20));
  }

  /** The size of the corpus as JSON Lines, in bytes. */
  public static long corpusBytes() {
    CountingStream out = new CountingStream();
    NewsClaimsJson.writeLines(corpus(), out);
    return out.count;
  }

  private static final class CountingStream extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }
}
