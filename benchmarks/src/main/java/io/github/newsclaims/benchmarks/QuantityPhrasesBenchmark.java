package io.github.newsclaims.benchmarks;

import io.github.newsclaims.core.quantity.QuantityMention;
import io.github.newsclaims.core.quantity.QuantityPhrases;
import io.github.newsclaims.examples.ArticleFixtures;
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

/** Quantity phrases parsed per second, and the seed article's text searched for quantities per second. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class QuantityPhrasesBenchmark {
  /** A mix of what news writes; {@link #parse} counts one operation per phrase. */
  static final List<String> PHRASES = List.of(
      "about 15,000 North Korean soldiers", "nearly a third of them", "more than 200", "billions of dollars",
      "$1.5 billion", "two hundred and fifty", "at least 40%", "between 3,000 and 4,000 troops", "doubled",
      "more than doubled", "tens of thousands of civilian workers", "up to 12,000 shells", "half a million",
      "one in five", "fewer than 100 shells", "an estimated 2.3 million people", "€3m", "40 per cent",
      "a dozen", "nearly halved");

  private String text;

  /** Checks that every phrase is read. */
  @Setup
  public void setUp() {
    if (PHRASES.size() != 20) {
      throw new IllegalStateException("@OperationsPerInvocation must equal the number of phrases");
    }
    for (String phrase : PHRASES) {
      if (QuantityPhrases.parse(phrase).isEmpty()) {
        throw new IllegalStateException("not read as a quantity: " + phrase);
      }
    }
    text = ArticleFixtures.kimJongUnArtillerySurgeText();
  }

  /** Parses each phrase. */
  @Benchmark
  @OperationsPerInvocation(20)
  public void parse(Blackhole sink) {
    for (String phrase : PHRASES) {
      sink.consume(QuantityPhrases.parse(phrase));
    }
  }

  /** Finds every quantity in the seed article's text. */
  @Benchmark
  public List<QuantityMention> find() {
    return QuantityPhrases.find(text);
  }
}
