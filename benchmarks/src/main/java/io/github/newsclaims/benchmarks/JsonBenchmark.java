package io.github.newsclaims.benchmarks;

import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.json.NewsClaimsJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
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
import tools.jackson.core.JsonParser;

/**
 * Documents per second written and read by {@link NewsClaimsJson} — with and without the document
 * rules — and by plain Jackson records of the same shape ({@link Baseline}), from and to UTF-8
 * bytes in memory; and the ceiling, a bare token scan of the same bytes.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class JsonBenchmark {
  /** The document: {@link Workloads#FIXTURE} or {@link Workloads#SYNTHETIC_1000}. */
  @Param({Workloads.FIXTURE, Workloads.SYNTHETIC_1000})
  public String workload;

  private AnnotatedArticle article;
  private PlainDocument plain;
  private byte[] json;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);

  /** Builds the article, its JSON and its records, and checks that both sides handle the same document. */
  @Setup(Level.Trial)
  public void setUp() {
    article = Workloads.article(workload);
    json = Workloads.json(article);
    plain = Baseline.check(article);
  }

  /** Plain Jackson writes the records. */
  @Benchmark
  public int writeBaseline() {
    out.reset();
    Baseline.WRITER.writeValue(out, plain);
    return out.size();
  }

  /** newsclaims writes the article. */
  @Benchmark
  public int writeNewsClaims() {
    out.reset();
    NewsClaimsJson.write(article, out);
    return out.size();
  }

  /** Plain Jackson reads the records. */
  @Benchmark
  public PlainDocument readBaseline() {
    return Baseline.READER.readValue(new ByteArrayInputStream(json));
  }

  /**
   * The ceiling of any reader: a bare {@code nextToken()} scan of the same bytes with Jackson's
   * default factory, reading no value; every read is also stated as a fraction of it.
   */
  @Benchmark
  public int scanTokens() {
    int tokens = 0;
    try (JsonParser parser = Baseline.MAPPER.createParser(new ByteArrayInputStream(json))) {
      while (parser.nextToken() != null) {
        tokens++;
      }
    }
    return tokens;
  }

  /** newsclaims reads strictly: shape, invariants and every document rule. */
  @Benchmark
  public AnnotatedArticle readNewsClaims() {
    return NewsClaimsJson.read(new ByteArrayInputStream(json));
  }

  /** newsclaims reads strictly but skips the Jakarta Validation document rules. */
  @Benchmark
  public AnnotatedArticle readNewsClaimsWithoutRules() {
    return NewsClaimsJson.readWithoutDocumentRules(new ByteArrayInputStream(json));
  }
}
