package io.github.newsclaims.benchmarks;

import io.github.newsclaims.core.quantity.QuantityPhrases;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Labelled news quantities read per second: every sentence of the labelled set read once by our
 * {@code QuantityPhrases.find} and once by CoreNLP's tokenizer and normalizer (tagged by rule, see
 * {@link CoreNlpQuantities}). One operation is one labelled quantity, so the scores are phrases per
 * second on the same text.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class QuantityComparisonBenchmark {
  /** The labels in the set; {@link #setUp()} checks it, as {@code @OperationsPerInvocation} needs a constant. */
  static final int LABELS = 349;

  private List<String> sentences;

  /** Loads the set and checks the operation count. */
  @Setup
  public void setUp() {
    NewsQuantitySet set = new NewsQuantitySet();
    if (set.labels != LABELS) {
      throw new IllegalStateException("the set has " + set.labels + " labels; set LABELS to it");
    }
    sentences = List.copyOf(set.sentences.keySet());
  }

  /** Our reader on every sentence. */
  @Benchmark
  @OperationsPerInvocation(LABELS)
  public void newsclaims(Blackhole sink) {
    for (String s : sentences) {
      sink.consume(QuantityPhrases.find(s));
    }
  }

  /** CoreNLP's tokenizer, the rule tagger and its normalizer on every sentence. */
  @Benchmark
  @OperationsPerInvocation(LABELS)
  public void corenlp(Blackhole sink) {
    for (String s : sentences) {
      sink.consume(CoreNlpQuantities.normalize(s));
    }
  }
}
