package io.github.newsclaims.benchmarks;

import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.json.NewsClaimsJson;
import io.github.newsclaims.spark.NewsClaimsSpark;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Articles per second read from a JSON Lines corpus — the first {@link #articles} articles of
 * {@link Workloads#corpus()}, synthetic articles of 5 to 24 claims, all rules checked — split into
 * {@value #FILES} files: by
 * {@link NewsClaimsSpark#read} on Spark {@code local[1]} and {@code local[2]} — every line parsed
 * into a document row, counted — and by {@link NewsClaimsJson#readLines} in one thread, file after
 * file. The score is corpora read per second; times {@link #articles}, articles/s.
 *
 * <p>Spark is not in {@code benchmarks.jar} (it is {@code provided}); run with Spark on the class
 * path, as the README's benchmark section shows.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(jvmArgsAppend = {"-Xmx4g", "-XX:+IgnoreUnrecognizedVMOptions",
    "--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
    "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/java.net=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.util=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
    "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED", "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED",
    "--add-opens=java.base/sun.security.action=ALL-UNNAMED", "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
    "-Dio.netty.tryReflectionSetAccessible=true"})
public class SparkBenchmark {
  /** The corpus is split into this many files, so that two cores have work. */
  static final int FILES = 8;

  /** Where the reading runs: {@code local[1]}, {@code local[2]}, or one thread without Spark. */
  @Param({"local[1]", "local[2]", "readLines"})
  public String runner;

  /** How many articles the corpus holds (at most {@value Workloads#CORPUS_ARTICLES}). */
  @Param("2000")
  public int articles;

  private Path corpus;
  private SparkSession spark;

  /** Writes the corpus in {@value #FILES} files and starts Spark for the Spark runners. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    corpus = Files.createTempDirectory("newsclaims-spark-corpus");
    Iterator<AnnotatedArticle> source = Workloads.corpus().iterator();
    if (articles % FILES != 0 || articles > Workloads.CORPUS_ARTICLES) {
      throw new IllegalArgumentException("articles must be a multiple of " + FILES + " up to " + Workloads.CORPUS_ARTICLES);
    }
    int perFile = articles / FILES;
    for (int f = 0; f < FILES; f++) {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(corpus.resolve("part-" + f + ".jsonl")), 1 << 16)) {
        List<AnnotatedArticle> chunk = new java.util.ArrayList<>(perFile);
        for (int i = 0; i < perFile && source.hasNext(); i++) {
          chunk.add(source.next());
        }
        NewsClaimsJson.writeLines(chunk, out);
      }
    }
    if (!runner.equals("readLines")) {
      spark = SparkSession.builder().appName("SparkBenchmark").master(runner)
          .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1").getOrCreate();
    }
    long read = read();
    if (read != articles) {
      throw new IllegalStateException(runner + " read " + read + " articles, not " + articles);
    }
  }

  /** Stops Spark and deletes the corpus. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    if (spark != null) {
      spark.stop();
    }
    try (Stream<Path> files = Files.walk(corpus)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }

  /** Reads the whole corpus once; the score is corpora/s (multiply by {@link #articles} for articles/s). */
  @Benchmark
  public long read() throws IOException {
    if (spark != null) {
      return NewsClaimsSpark.read(spark, corpus.toString()).documents().count();
    }
    long count = 0;
    for (int f = 0; f < FILES; f++) {
      try (Stream<AnnotatedArticle> lines = NewsClaimsJson.readLines(Files.newInputStream(corpus.resolve("part-" + f + ".jsonl")))) {
        count += lines.count();
      }
    }
    return count;
  }
}
