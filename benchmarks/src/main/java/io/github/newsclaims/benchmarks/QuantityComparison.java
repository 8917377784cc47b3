package io.github.newsclaims.benchmarks;

import io.github.newsclaims.core.Estimate;
import io.github.newsclaims.core.Interval;
import io.github.newsclaims.core.UnitKind;
import io.github.newsclaims.core.quantity.QuantityMention;
import io.github.newsclaims.core.quantity.QuantityPhrases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Our quantity reader beside Stanford CoreNLP on the labelled news set, in one run: the accuracy
 * table (value and direction, see {@link NewsQuantitySet}) and phrases per second
 * ({@link QuantityComparisonBenchmark}), printed as Markdown for {@code RESULTS.md}.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.github.newsclaims.benchmarks.QuantityComparison [quick|full]</pre>
 */
public final class QuantityComparison {
  private QuantityComparison() {}

  /** Runs the comparison; {@code full} runs JMH longer. */
  public static void main(String[] args) throws RunnerException, IOException {
    boolean full = args.length > 0 && args[0].equals("full");
    NewsQuantitySet set = new NewsQuantitySet();
    NewsQuantitySet.Score ours = set.score(QuantityComparison::ours);
    NewsQuantitySet.Score corenlp = set.score(CoreNlpQuantities::read);
    ChainedOptionsBuilder options = new OptionsBuilder().include(QuantityComparisonBenchmark.class.getSimpleName())
        .forks(full ? 2 : 1).warmupIterations(full ? 5 : 2).measurementIterations(full ? 5 : 3)
        .warmupTime(TimeValue.seconds(full ? 2 : 1)).measurementTime(TimeValue.seconds(full ? 2 : 1));
    String load = Files.exists(Path.of("/proc/loadavg")) ? Files.readString(Path.of("/proc/loadavg")).trim() : "unknown";
    var results = new Runner(options.build()).run();
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "Labelled set: %d quantities in %d sentences; load average before the run: %s%n%n",
        set.labels, set.sentences.size(), load));
    out.append("| reader | readings | right | precision | recall | phrases/s | ± (99.9 %) |\n");
    out.append("|---|---:|---:|---:|---:|---:|---:|\n");
    row(out, "newsclaims `QuantityPhrases.find`", ours, score(results, "newsclaims"));
    row(out, "CoreNLP 4.5.10 `QuantifiableEntityNormalizer`", corenlp, score(results, "corenlp"));
    System.out.println();
    System.out.println(out);
  }

  /** Our readings in the comparison's terms. */
  static List<NewsQuantitySet.Reading> ours(String sentence) {
    return QuantityPhrases.find(sentence).stream().map(QuantityComparison::reading).toList();
  }

  private static NewsQuantitySet.Reading reading(QuantityMention m) {
    Estimate e = m.getEstimate();
    var phrase = e.getPhrase().orElseThrow();
    String direction = NewsQuantitySet.direction(e.getApproximator());
    Interval i = e.getInterval();
    double low = switch (direction) {
      case "range", "magnitude" -> i.getLow();
      default -> e.getStatedValue().orElse(i.getLow());
    };
    double high = direction.equals("range") ? i.getHigh() : low;
    String unit = e.getUnit().getKind() == UnitKind.CURRENCY ? "money:" + e.getUnit().getName().orElseThrow()
        : e.getUnit().getKind() == UnitKind.PERCENTAGE ? "percent" : "number";
    return new NewsQuantitySet.Reading(phrase.getStart(), phrase.getEnd(), direction, low, high, unit);
  }

  private static Result<?> score(java.util.Collection<RunResult> results, String method) {
    return results.stream().filter(r -> r.getParams().getBenchmark().endsWith("." + method)).findFirst()
        .orElseThrow(() -> new IllegalStateException("no JMH result for " + method)).getPrimaryResult();
  }

  private static void row(StringBuilder out, String name, NewsQuantitySet.Score s, Result<?> speed) {
    double error = speed.getScoreError();
    String verdict = Double.isNaN(error) || error > 0.1 * speed.getScore() ? " (inconclusive)" : "";
    out.append(String.format(Locale.ROOT, "| %s | %d | %d | %.3f | %.3f | %,.0f%s | %,.0f |%n", name, s.readings(),
        s.right(), s.precision(), s.recall(), speed.getScore(), verdict, error));
  }
}
