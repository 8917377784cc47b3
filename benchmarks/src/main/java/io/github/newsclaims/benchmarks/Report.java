package io.github.newsclaims.benchmarks;

import io.github.newsclaims.core.quantity.QuantityPhrases;
import io.github.newsclaims.examples.ArticleFixtures;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns JMH's JSON results ({@code -rf json}) into the Markdown tables of {@code RESULTS.md}:
 * documents and MB per second with ratios to the baseline measured in the same run, allocation per
 * operation, the paired speed ratios of {@link JsonPairedBenchmark} (the JSON speed verdicts), validation cost per claim, quantity phrases per second and JSON Lines streaming with
 * its heap. Errors are JMH's 99.9% confidence half-widths; a ratio's error combines the relative
 * errors of its two scores. Usage: {@code java -cp benchmarks.jar io.github.newsclaims.benchmarks.Report results.json}.
 */
public final class Report {
  private static final double MB = 1e6;

  private final Map<String, Score> scores = new HashMap<>();
  private final Map<String, PairedRatios> pairs = new HashMap<>();
  private final PrintStream out;
  private JsonNode first;

  private Report(PrintStream out) {
    this.out = out;
  }

  /** Prints the report of the JMH results file named by the only argument. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: Report <jmh-results.json>");
      System.exit(2);
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Report report = new Report(out);
    report.load(JsonMapper.builder().build().readTree(Files.readString(Path.of(args[0]))));
    report.print();
  }

  /** A score in a benchmark's own unit, its error, and its secondary metrics. */
  private record Score(double value, double error, String unit, Map<String, Double> secondary) {
    /** Operations per second, whatever the unit. */
    double perSecond() {
      return unit.endsWith("/op") ? 1 / (value * seconds(unit.substring(0, unit.length() - 3)))
          : value / seconds(unit.substring(unit.indexOf('/') + 1));
    }

    double relativeError() {
      return error / value;
    }

    double alloc() {
      return secondary.getOrDefault("gc.alloc.rate.norm", Double.NaN);
    }

    private static double seconds(String unit) {
      return switch (unit) {
        case "s" -> 1;
        case "ms" -> 1e-3;
        case "us" -> 1e-6;
        case "ns" -> 1e-9;
        case "min" -> 60;
        default -> throw new IllegalArgumentException("unknown time unit " + unit);
      };
    }
  }

  private void load(JsonNode results) {
    for (JsonNode result : results) {
      if (first == null) {
        first = result;
      }
      String name = result.get("benchmark").asString();
      name = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
      StringBuilder key = new StringBuilder(name);
      JsonNode params = result.get("params");
      if (params != null) {
        params.properties().forEach(p -> key.append(' ').append(p.getValue().asString()));
      }
      JsonNode primary = result.get("primaryMetric");
      Map<String, Double> secondary = new HashMap<>();
      JsonNode more = result.get("secondaryMetrics");
      if (more != null) {
        more.properties().forEach(m -> secondary.put(m.getKey(), number(m.getValue().get("score"))));
      }
      if (name.startsWith("JsonPairedBenchmark.")) {
        pairs.put(key.toString(), PairedRatios.of(result));
      }
      scores.put(key.toString(), new Score(number(primary.get("score")), number(primary.get("scoreError")),
          primary.get("scoreUnit").asString(), secondary));
    }
  }

  private static double number(JsonNode node) {
    return node == null ? Double.NaN : node.isNumber() ? node.doubleValue() : Double.parseDouble(node.asString());
  }

  private Optional<Score> score(String key) {
    return Optional.ofNullable(scores.get(key));
  }

  private void print() {
    if (first == null) {
      out.println("No results.");
      return;
    }
    out.printf(Locale.ROOT, "JMH %s on %s %s (%s), %d forks × %d measurement iterations of %s after %d warm-up "
            + "iterations of %s; %d hardware threads. Errors are 99.9%% confidence half-widths; MB is 10^6 bytes.%n%n",
        first.get("jmhVersion").asString(), first.get("vmName").asString(), first.get("vmVersion").asString(),
        first.get("jdkVersion").asString(), first.get("forks").asInt(), first.get("measurementIterations").asInt(),
        first.get("measurementTime").asString(), first.get("warmupIterations").asInt(),
        first.get("warmupTime").asString(), Runtime.getRuntime().availableProcessors());
    json();
    paired();
    validation();
    quantities();
    jsonLines();
    spark();
  }

  private void json() {
    List<String> rows = new ArrayList<>();
    for (String workload : List.of(Workloads.FIXTURE, Workloads.SYNTHETIC_1000)) {
      double bytes = Workloads.json(Workloads.article(workload)).length;
      String doc = workload + String.format(Locale.ROOT, " (%.1f kB)", bytes / 1e3);
      row(rows, doc, bytes, "write", "plain Jackson records", "JsonBenchmark.writeBaseline", "JsonBenchmark.writeBaseline", workload, 0);
      row(rows, doc, bytes, "write", "newsclaims", "JsonBenchmark.writeNewsClaims", "JsonBenchmark.writeBaseline", workload, 1.0);
      row(rows, doc, bytes, "read", "bare `nextToken()` scan (ceiling)", "JsonBenchmark.scanTokens",
          "JsonBenchmark.readBaseline", workload, 0);
      row(rows, doc, bytes, "read", "plain Jackson records", "JsonBenchmark.readBaseline", "JsonBenchmark.readBaseline", workload, 0);
      row(rows, doc, bytes, "read", "newsclaims, no document rules", "JsonBenchmark.readNewsClaimsWithoutRules",
          "JsonBenchmark.readBaseline", workload, 1.0);
      row(rows, doc, bytes, "read", "newsclaims, all rules", "JsonBenchmark.readNewsClaims", "JsonBenchmark.readBaseline",
          workload, 0.7);
    }
    if (rows.isEmpty()) {
      return;
    }
    out.println("### JSON: newsclaims against plain Jackson 3 records (same run)");
    out.println();
    out.println("Absolute speeds and allocation. Each benchmark here runs minutes after the other, and this machine's speed "
        + "drifts by up to 50 % between minutes, so these ratios carry that drift: the speed verdicts are the paired "
        + "ratios below; the allocation verdicts are these.");
    out.println();
    out.println("A verdict is *inconclusive* when the error of the ratio is over " + (int) (INCONCLUSIVE * 100)
        + " % of it: the run cannot tell. Reads also target allocation ≤ " + ALLOCATION_TARGET
        + " × the baseline's.");
    out.println();
    out.println("| document | operation | implementation | documents/s | MB/s | × baseline | × ceiling | allocated per document "
        + "| target |");
    out.println("|---|---|---|--:|--:|--:|--:|--:|---|");
    rows.forEach(out::println);
    out.println();
  }

  /**
   * The speed ratios of {@link JsonPairedBenchmark}: baseline and candidate alternate within every
   * invocation of one fork, so the machine's drift hits both alike; one ratio per measurement
   * iteration, their mean over all forks with a 99.9 % Student-t half-width.
   */
  private void paired() {
    List<String> rows = new ArrayList<>();
    for (String workload : List.of(Workloads.FIXTURE, Workloads.SYNTHETIC_1000)) {
      pairRow(rows, workload, "readWithoutRules", "read: newsclaims without document rules ÷ plain Jackson records", 1.0);
      pairRow(rows, workload, "readWithRules", "read: newsclaims with every document rule ÷ plain Jackson records", 0.7);
      pairRow(rows, workload, "write", "write: newsclaims ÷ plain Jackson records", 1.0);
      pairRow(rows, workload, "scanVsPlainRead", "plain Jackson records' read as a fraction of the bare scan", 0);
      pairRow(rows, workload, "scanVsReadWithoutRules", "newsclaims' read without rules as a fraction of the bare scan", 0);
      pairRow(rows, workload, "scanVsReadWithRules", "newsclaims' read with every rule as a fraction of the bare scan", 0);
    }
    if (rows.isEmpty()) {
      return;
    }
    out.println("### JSON speed ratios, paired (the verdicts)");
    out.println();
    out.println("Each ratio comes from `JsonPairedBenchmark`: every invocation runs the baseline (plain Jackson records, or "
        + "the bare `nextToken()` scan) and the candidate one after the other in the same fork, alternating which goes "
        + "first, and adds each one's `System.nanoTime()` to JMH auxiliary counters reset per iteration. A ratio is "
        + "baseline time ÷ candidate time per measurement iteration (above 1: the candidate is faster), so drift of the "
        + "machine's speed between iterations and forks hits both sides alike; the table gives the mean over every "
        + "iteration of every fork with its 99.9 % Student-t half-width, and *inconclusive* when that is over "
        + (int) (INCONCLUSIVE * 100) + " % of the ratio.");
    out.println();
    out.println("| document | pair | iterations | speed ratio | per-iteration range | target |");
    out.println("|---|---|--:|--:|--:|---|");
    rows.forEach(out::println);
    out.println();
  }

  private void pairRow(List<String> rows, String workload, String name, String what, double target) {
    PairedRatios pair = pairs.get("JsonPairedBenchmark." + name + " " + workload);
    if (pair == null) {
      return;
    }
    rows.add(String.format(Locale.ROOT, "| %s | %s | %d | %s | %.2f–%.2f | %s |", workload, what, pair.ratios().size(),
        plusMinus(pair.mean(), pair.halfWidth(), 2), pair.min(), pair.max(),
        target > 0 ? verdict(pair.mean(), pair.halfWidth(), target) : ""));
  }

  /** A ratio whose error is beyond this fraction of it decides nothing. */
  static final double INCONCLUSIVE = 0.10;
  /** Reads may allocate at most this many times what the baseline allocates per document. */
  static final double ALLOCATION_TARGET = 1.2;

  /** The verdict on a ratio {@code r ± re} against its target: inconclusive when the error is over 10 % of it. */
  static String verdict(double r, double re, double target) {
    if (Double.isNaN(re) || re > INCONCLUSIVE * r) {
      return String.format(Locale.ROOT, "≥ %.1f: inconclusive (error %s)", target,
          Double.isNaN(re) ? "unknown" : String.format(Locale.ROOT, "±%.0f %%", 100 * re / r));
    }
    return String.format(Locale.ROOT, "≥ %.1f: %s", target, r - re >= target ? "met" : r + re < target ? "missed"
        : r >= target ? "met (within error)" : "missed (within error)");
  }

  private void row(List<String> rows, String doc, double bytes, String operation, String implementation, String name,
      String baselineName, String workload, double target) {
    Optional<Score> score = score(name + " " + workload);
    Optional<Score> baseline = score(baselineName + " " + workload);
    Optional<Score> ceiling = score("JsonBenchmark.scanTokens " + workload);
    if (score.isEmpty()) {
      return;
    }
    Score s = score.get();
    double perSecond = s.perSecond();
    double error = perSecond * s.relativeError();
    String ratio = "";
    String verdict = "";
    if (baseline.isPresent()) {
      double r = perSecond / baseline.get().perSecond();
      double re = r * Math.hypot(s.relativeError(), baseline.get().relativeError());
      ratio = name.equals(baselineName) ? "1" : plusMinus(r, re, 2);
      if (target > 0) {
        verdict = verdict(r, re, target);
        if (operation.equals("read")) {
          double alloc = s.alloc() / baseline.get().alloc();
          verdict += String.format(Locale.ROOT, "; allocation %.2f × ≤ %.1f: %s", alloc, ALLOCATION_TARGET,
              Double.isNaN(alloc) ? "unknown" : alloc <= ALLOCATION_TARGET ? "met" : "missed");
        }
      }
    }
    String ofCeiling = "";
    if (operation.equals("read") && ceiling.isPresent() && !name.endsWith("scanTokens")) {
      double c = perSecond / ceiling.get().perSecond();
      ofCeiling = plusMinus(c, c * Math.hypot(s.relativeError(), ceiling.get().relativeError()), 2);
    } else if (name.endsWith("scanTokens")) {
      ofCeiling = "1";
    }
    rows.add(String.format(Locale.ROOT, "| %s | %s | %s | %s ± %s | %s | %s | %s | %s | %s |", doc, operation,
        implementation, count(perSecond), count(error), plusMinus(perSecond * bytes / MB, error * bytes / MB, 1), ratio,
        ofCeiling, bytes(s.alloc()), verdict));
  }

  private void validation() {
    List<String> rows = new ArrayList<>();
    for (int claims : new int[] {10, 100, 1000}) {
      score("ValidationBenchmark.validate " + claims).ifPresent(s -> {
        double seconds = 1 / s.perSecond();
        rows.add(String.format(Locale.ROOT, "| %d | %s µs | %s ns | %s |", claims,
            plusMinus(seconds * 1e6, seconds * 1e6 * s.relativeError(), 1),
            plusMinus(seconds * 1e9 / claims, seconds * 1e9 / claims * s.relativeError(), 0), bytes(s.alloc() / claims)));
      });
    }
    if (rows.isEmpty()) {
      return;
    }
    out.println("### Document rules: one Jakarta Validation pass over a valid synthetic article");
    out.println();
    out.println("| claims | per article | per claim | allocated per claim |");
    out.println("|--:|--:|--:|--:|");
    rows.forEach(out::println);
    out.println();
  }

  private void quantities() {
    Optional<Score> parse = score("QuantityPhrasesBenchmark.parse");
    Optional<Score> find = score("QuantityPhrasesBenchmark.find");
    if (parse.isEmpty() && find.isEmpty()) {
      return;
    }
    out.println("### Quantity phrases");
    out.println();
    out.println("| operation | per second | allocated per operation |");
    out.println("|---|--:|--:|");
    parse.ifPresent(s -> out.printf(Locale.ROOT, "| `QuantityPhrases.parse`, %d phrases of news (per phrase) | %s ± %s | %s |%n",
        QuantityPhrasesBenchmark.PHRASES.size(), count(s.perSecond()), count(s.perSecond() * s.relativeError()),
        bytes(s.alloc())));
    find.ifPresent(s -> {
      String text = ArticleFixtures.kimJongUnArtillerySurgeText();
      out.printf(Locale.ROOT, "| `QuantityPhrases.find` over the seed article (%d characters, %d quantities found; "
              + "per article) | %s ± %s | %s |%n", text.length(), QuantityPhrases.find(text).size(),
          count(s.perSecond()), count(s.perSecond() * s.relativeError()), bytes(s.alloc()));
    });
    out.println();
  }

  private void jsonLines() {
    score("JsonLinesBenchmark.readLines").ifPresent(s -> {
      double corpus = Workloads.corpusBytes();
      double seconds = 1 / s.perSecond();
      out.println("### JSON Lines: streaming the corpus with `NewsClaimsJson.readLines`, all rules checked");
      out.println();
      out.println("| corpus | heap cap (-Xmx) | one pass | articles/s | MB/s | peak heap in use | most live heap after a GC |");
      out.println("|---|--:|--:|--:|--:|--:|--:|");
      out.printf(Locale.ROOT, "| %,d synthetic articles, %.1f MB | %.0f MiB | %s s | %s | %.1f | %.1f MiB | %.1f MiB |%n",
          Workloads.CORPUS_ARTICLES, corpus / MB, mebibytes(s, "heap.max"), plusMinus(seconds, seconds * s.relativeError(), 2),
          count(Workloads.CORPUS_ARTICLES / seconds), corpus / MB / seconds, mebibytes(s, "heap.peak"),
          mebibytes(s, "heap.live"));
      out.println();
    });
  }

  /**
   * SparkBenchmark: articles/s per runner, the scaling ratio local[2] ÷ local[1] and Spark on one
   * core against {@code readLines} in one thread, each ratio inconclusive when its error is over
   * 10 % of it.
   */
  private void spark() {
    Map<String, Score> byRunner = new java.util.TreeMap<>();
    int articles = 0;
    for (Map.Entry<String, Score> entry : scores.entrySet()) {
      String[] key = entry.getKey().split(" ");
      if (key[0].equals("SparkBenchmark.read") && key.length == 3) {
        // JMH lists the parameters by name: articles, then runner.
        articles = Integer.parseInt(key[1]);
        byRunner.put(key[2], entry.getValue());
      }
    }
    if (byRunner.isEmpty()) {
      return;
    }
    out.printf(Locale.ROOT, "### Spark: reading a JSON Lines corpus of %,d synthetic articles in %d files%n%n", articles,
        SparkBenchmark.FILES);
    out.println("| runner | articles/s |");
    out.println("|---|--:|");
    for (Map.Entry<String, Score> entry : byRunner.entrySet()) {
      double perSecond = entry.getValue().perSecond() * articles;
      out.printf(Locale.ROOT, "| %s | %s ± %s |%n", entry.getKey().equals("readLines") ? "`readLines`, one thread, no Spark"
          : "`NewsClaimsSpark.read` on " + entry.getKey(), count(perSecond), count(perSecond * entry.getValue().relativeError()));
    }
    out.println();
    sparkRatio(byRunner, "local[2]", "local[1]", "scaling from one core to two (local[2] ÷ local[1])");
    sparkRatio(byRunner, "local[1]", "readLines", "Spark on one core against one thread without Spark (local[1] ÷ readLines)");
    out.println();
  }

  private void sparkRatio(Map<String, Score> byRunner, String over, String under, String what) {
    Score a = byRunner.get(over);
    Score b = byRunner.get(under);
    if (a == null || b == null) {
      return;
    }
    double r = a.perSecond() / b.perSecond();
    double re = r * Math.hypot(a.relativeError(), b.relativeError());
    out.printf(Locale.ROOT, "- %s: %s%s%n", what, plusMinus(r, re, 2),
        Double.isNaN(re) || re > INCONCLUSIVE * r ? " — inconclusive (error over 10 % of the ratio)" : "");
  }

  /** {@code value ± error} with the given decimals; {@code ± ?} where JMH gave no error (too few iterations). */
  private static String plusMinus(double value, double error, int decimals) {
    String format = "%." + decimals + "f";
    return String.format(Locale.ROOT, format, value) + " ± "
        + (Double.isNaN(error) ? "?" : String.format(Locale.ROOT, format, error));
  }

  /** A heap figure of {@link HeapProfiler} (in MB) in MiB, the unit of -Xmx. */
  private static double mebibytes(Score score, String metric) {
    return score.secondary().getOrDefault(metric, Double.NaN) * MB / (1024 * 1024);
  }

  /** A count with three significant digits and thousands separators. */
  private static String count(double value) {
    if (Double.isNaN(value)) {
      return "?";
    }
    if (Math.abs(value) < 1000) {
      return String.format(Locale.ROOT, "%.3g", value);
    }
    double magnitude = Math.pow(10, Math.floor(Math.log10(Math.abs(value))) - 2);
    return String.format(Locale.ROOT, "%,.0f", Math.round(value / magnitude) * magnitude);
  }

  /** Bytes in B, kB or MB. */
  private static String bytes(double value) {
    if (Double.isNaN(value)) {
      return "?";
    }
    return value >= 1e6 ? String.format(Locale.ROOT, "%.1f MB", value / 1e6)
        : value >= 1e3 ? String.format(Locale.ROOT, "%.1f kB", value / 1e3) : String.format(Locale.ROOT, "%.0f B", value);
  }
}
