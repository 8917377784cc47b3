package io.github.newsclaims.benchmarks;

import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.json.NewsClaimsJson;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One pass of {@link NewsClaimsJson#readLines(InputStream)}, with every document rule checked,
 * over the JSON Lines corpus of {@value Workloads#CORPUS_ARTICLES} synthetic articles, from a
 * file, in a JVM whose heap is capped at 64 MB: that it runs at all shows the corpus streams within
 * that heap; {@link HeapProfiler} reports how much of it was used.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(jvmArgsAppend = "-Xmx" + JsonLinesBenchmark.HEAP_MB + "m")
public class JsonLinesBenchmark {
  /** The heap cap of the forked JVM, in MB. */
  static final int HEAP_MB = 64;

  private Path corpus;

  /** Writes the corpus to a temporary file, one article at a time. */
  @Setup(Level.Trial)
  public void writeCorpus() throws IOException {
    if (Runtime.getRuntime().maxMemory() > HEAP_MB * 1024L * 1024L) {
      throw new IllegalStateException("run with -Xmx" + HEAP_MB + "m (do not override the fork's JVM arguments)");
    }
    corpus = Files.createTempFile("newsclaims-corpus", ".jsonl");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(corpus), 1 << 16)) {
      NewsClaimsJson.writeLines(Workloads.corpus(), out);
    }
  }

  /** Deletes the corpus. */
  @TearDown(Level.Trial)
  public void deleteCorpus() throws IOException {
    Files.deleteIfExists(corpus);
  }

  /** Reads every article of the corpus; the result is the number of claims read. */
  @Benchmark
  public long readLines() throws IOException {
    try (Stream<AnnotatedArticle> articles = NewsClaimsJson.readLines(Files.newInputStream(corpus))) {
      return articles.mapToLong(article -> article.getClaims().size()).sum();
    }
  }
}
