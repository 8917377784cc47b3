package io.github.newsclaims.benchmarks;

import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.json.NewsClaimsJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.core.JsonParser;

/**
 * The speed ratios of {@link JsonBenchmark}, measured in pairs so that the machine's drift cancels:
 * each benchmark method runs a <em>baseline</em> (plain Jackson records, or the bare token scan)
 * and a <em>candidate</em> (newsclaims, or plain Jackson against the scan) one after the other in
 * every invocation, within one fork, times each with {@link System#nanoTime()}, and alternates
 * which goes first so that neither always finds the caches warm. The nanoseconds add up in
 * {@link Nanos}, JMH auxiliary counters reset at every iteration, which JMH reports per iteration
 * as the secondary metrics {@code baselineNanos} and {@code candidateNanos} (their raw data kept in
 * {@code -rf json}). {@link Report} turns each measurement iteration into one speed ratio,
 * baseline time ÷ candidate time (above 1: the candidate is faster), and states their mean with a
 * 99.9 % Student-t half-width ({@link PairedRatios}). The primary score (pairs per second) means
 * nothing on its own; absolute speeds and allocation come from {@link JsonBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class JsonPairedBenchmark {
  /** The document: {@link Workloads#FIXTURE} or {@link Workloads#SYNTHETIC_1000}. */
  @Param({Workloads.FIXTURE, Workloads.SYNTHETIC_1000})
  public String workload;

  private AnnotatedArticle article;
  private PlainDocument plain;
  private byte[] json;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);

  /**
   * The time spent in each side of a pair during one iteration, in nanoseconds; JMH reports both
   * fields per iteration (they are reset before each).
   */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Nanos {
    /** Nanoseconds spent in the baseline during this iteration. */
    public long baselineNanos;
    /** Nanoseconds spent in the candidate during this iteration. */
    public long candidateNanos;
    private boolean baselineFirst;

    /** Starts an iteration at zero. */
    @Setup(Level.Iteration)
    public void reset() {
      baselineNanos = 0;
      candidateNanos = 0;
    }

    /** Whether the baseline goes first this time; flips at every call. */
    boolean baselineFirst() {
      baselineFirst = !baselineFirst;
      return baselineFirst;
    }
  }

  /** Builds the article, its JSON and its records, and checks that both sides handle the same document. */
  @Setup(Level.Trial)
  public void setUp() {
    article = Workloads.article(workload);
    json = Workloads.json(article);
    plain = Baseline.check(article);
  }

  /** newsclaims without document rules against plain Jackson records (target ≥ 1.0). */
  @Benchmark
  public void readWithoutRules(Nanos nanos, Blackhole blackhole) {
    if (nanos.baselineFirst()) {
      blackhole.consume(timeReadBaseline(nanos));
      blackhole.consume(timeReadWithoutRules(nanos));
    } else {
      blackhole.consume(timeReadWithoutRules(nanos));
      blackhole.consume(timeReadBaseline(nanos));
    }
  }

  /** newsclaims with every document rule against plain Jackson records (target ≥ 0.7). */
  @Benchmark
  public void readWithRules(Nanos nanos, Blackhole blackhole) {
    if (nanos.baselineFirst()) {
      blackhole.consume(timeReadBaseline(nanos));
      blackhole.consume(timeReadWithRules(nanos));
    } else {
      blackhole.consume(timeReadWithRules(nanos));
      blackhole.consume(timeReadBaseline(nanos));
    }
  }

  /** newsclaims' writer against plain Jackson writing the records (target ≥ 1.0). */
  @Benchmark
  public void write(Nanos nanos, Blackhole blackhole) {
    if (nanos.baselineFirst()) {
      blackhole.consume(timeWriteBaseline(nanos));
      blackhole.consume(timeWriteNewsClaims(nanos));
    } else {
      blackhole.consume(timeWriteNewsClaims(nanos));
      blackhole.consume(timeWriteBaseline(nanos));
    }
  }

  /** Plain Jackson's read as a fraction of the bare token scan (the ceiling). */
  @Benchmark
  public void scanVsPlainRead(Nanos nanos, Blackhole blackhole) {
    if (nanos.baselineFirst()) {
      blackhole.consume(timeScan(nanos));
      blackhole.consume(timeReadBaseline(nanos, true));
    } else {
      blackhole.consume(timeReadBaseline(nanos, true));
      blackhole.consume(timeScan(nanos));
    }
  }

  /** newsclaims without document rules as a fraction of the bare token scan. */
  @Benchmark
  public void scanVsReadWithoutRules(Nanos nanos, Blackhole blackhole) {
    if (nanos.baselineFirst()) {
      blackhole.consume(timeScan(nanos));
      blackhole.consume(timeReadWithoutRules(nanos));
    } else {
      blackhole.consume(timeReadWithoutRules(nanos));
      blackhole.consume(timeScan(nanos));
    }
  }

  /** newsclaims with every document rule as a fraction of the bare token scan. */
  @Benchmark
  public void scanVsReadWithRules(Nanos nanos, Blackhole blackhole) {
    if (nanos.baselineFirst()) {
      blackhole.consume(timeScan(nanos));
      blackhole.consume(timeReadWithRules(nanos));
    } else {
      blackhole.consume(timeReadWithRules(nanos));
      blackhole.consume(timeScan(nanos));
    }
  }

  private Object timeReadBaseline(Nanos nanos) {
    return timeReadBaseline(nanos, false);
  }

  /** Plain Jackson's read, counted as the baseline or (against the scan) as the candidate. */
  private Object timeReadBaseline(Nanos nanos, boolean asCandidate) {
    long start = System.nanoTime();
    PlainDocument document = Baseline.READER.readValue(new ByteArrayInputStream(json));
    long took = System.nanoTime() - start;
    if (asCandidate) {
      nanos.candidateNanos += took;
    } else {
      nanos.baselineNanos += took;
    }
    return document;
  }

  private Object timeReadWithoutRules(Nanos nanos) {
    long start = System.nanoTime();
    AnnotatedArticle read = NewsClaimsJson.readWithoutDocumentRules(new ByteArrayInputStream(json));
    nanos.candidateNanos += System.nanoTime() - start;
    return read;
  }

  private Object timeReadWithRules(Nanos nanos) {
    long start = System.nanoTime();
    AnnotatedArticle read = NewsClaimsJson.read(new ByteArrayInputStream(json));
    nanos.candidateNanos += System.nanoTime() - start;
    return read;
  }

  private int timeWriteBaseline(Nanos nanos) {
    long start = System.nanoTime();
    out.reset();
    Baseline.WRITER.writeValue(out, plain);
    nanos.baselineNanos += System.nanoTime() - start;
    return out.size();
  }

  private int timeWriteNewsClaims(Nanos nanos) {
    long start = System.nanoTime();
    out.reset();
    NewsClaimsJson.write(article, out);
    nanos.candidateNanos += System.nanoTime() - start;
    return out.size();
  }

  /** The bare {@code nextToken()} scan of {@link JsonBenchmark#scanTokens()}, always the baseline. */
  private int timeScan(Nanos nanos) {
    long start = System.nanoTime();
    int tokens = 0;
    try (JsonParser parser = Baseline.MAPPER.createParser(new ByteArrayInputStream(json))) {
      while (parser.nextToken() != null) {
        tokens++;
      }
    }
    nanos.baselineNanos += System.nanoTime() - start;
    return tokens;
  }
}
