package io.github.newsclaims.benchmarks;

import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.Article;
import io.github.newsclaims.examples.ArticleFixtures;
import io.github.newsclaims.extract.ClaimExtractor;
import io.github.newsclaims.extract.evaluation.RegexBaseline;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Articles of about 500 words drafted per second on one thread by {@link ClaimExtractor} (issue 20's
 * target: at least 200), and by the regex baseline for scale. The article is the seed article's
 * body followed by its paragraphs again until it has at least 500 words, under a new headline.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class ExtractBenchmark {
  /** The words the article has at least. */
  static final int WORDS = 500;

  private final ClaimExtractor extractor = ClaimExtractor.english();
  private final RegexBaseline baseline = new RegexBaseline();
  private Article article;

  /** Builds the article and checks its length and that the extractor drafts claims from it. */
  @Setup
  public void setUp() {
    String seed = ArticleFixtures.kimJongUnArtillerySurgeText();
    String body = seed.substring(seed.indexOf("\n\n") + 2);
    StringBuilder text = new StringBuilder("North Korea expands arms output as Russia ties deepen\n\n");
    String[] paragraphs = body.split("\n\n");
    for (int i = 0; words(text) < WORDS; i++) {
      text.append(paragraphs[i % paragraphs.length]).append("\n\n");
    }
    article = Article.builder().id("benchmark").headline("North Korea expands arms output as Russia ties deepen")
        .language("en").text(text.toString().strip()).build();
    if (extractor.extract(article).getClaims().size() < 20) {
      throw new IllegalStateException("the extractor drafts too few claims from the benchmark article");
    }
  }

  static int words(CharSequence text) {
    String s = text.toString().strip();
    return s.isEmpty() ? 0 : s.split("\\s+").length;
  }

  /** Drafts the article. */
  @Benchmark
  public AnnotatedArticle extract() {
    return extractor.extract(article);
  }

  /** Drafts the article with the regex baseline. */
  @Benchmark
  public AnnotatedArticle baseline() {
    return baseline.extract(article);
  }
}
