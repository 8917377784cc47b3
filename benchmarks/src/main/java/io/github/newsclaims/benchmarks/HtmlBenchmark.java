package io.github.newsclaims.benchmarks;

import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.html.HtmlView;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Time to render the web view of an article ({@link HtmlView}) to a string and to a writer: the
 * layout of the marks, the cards and the claim list, and the escaped template output. Setup
 * prints the page's size, the figure RESULTS.md reports beside the time.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class HtmlBenchmark {
  /** The article: {@link Workloads#FIXTURE} or {@link Workloads#SYNTHETIC_1000}. */
  @Param({Workloads.FIXTURE, Workloads.SYNTHETIC_1000})
  public String workload;

  private AnnotatedArticle article;
  private final StringWriter writer = new StringWriter(1 << 20);

  /** Loads the article and reports the size of its page. */
  @Setup(Level.Trial)
  public void setUp() {
    article = Workloads.article(workload);
    String page = HtmlView.render(article);
    System.out.printf("%n%s: page of %,d characters, %,d bytes in UTF-8, for %,d claims%n", workload,
        page.length(), page.getBytes(StandardCharsets.UTF_8).length, article.getClaims().size());
  }

  /** Renders the page to a string. */
  @Benchmark
  public String renderToString() {
    return HtmlView.render(article);
  }

  /** Renders the page onto a writer, as {@code HtmlView.write} does onto a file. */
  @Benchmark
  public int renderToWriter() throws IOException {
    writer.getBuffer().setLength(0);
    HtmlView.render(article, writer);
    return writer.getBuffer().length();
  }
}
