package io.github.newsclaims.benchmarks;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import tools.jackson.databind.JsonNode;

/**
 * The speed ratio of one {@link JsonPairedBenchmark} pair: one ratio per measurement iteration,
 * baseline nanoseconds ÷ candidate nanoseconds of that iteration (above 1: the candidate is faster),
 * over every iteration of every fork; their mean and its 99.9 % Student-t confidence half-width
 * ({@code t(0.9995, n − 1) · s / √n}, Apache Commons Math's t distribution). Because both sides of
 * an iteration ran interleaved in the same minute of the same JVM, the machine's drift is in both
 * and cancels in each ratio.
 *
 * @param ratios the per-iteration ratios, fork by fork
 * @param mean their mean
 * @param halfWidth the 99.9 % half-width of the mean; NaN with fewer than two iterations
 */
record PairedRatios(List<Double> ratios, double mean, double halfWidth) {
  /** The confidence level of the half-width, as JMH's own errors. */
  static final double CONFIDENCE = 0.999;

  /**
   * The ratios of one JMH result (an element of {@code -rf json} output) from the raw data of its
   * secondary metrics {@code baselineNanos} and {@code candidateNanos}.
   *
   * @throws IllegalArgumentException if either metric or its raw data is missing, or their shapes differ
   */
  static PairedRatios of(JsonNode result) {
    JsonNode secondary = result.path("secondaryMetrics");
    JsonNode baseline = secondary.path("baselineNanos").path("rawData");
    JsonNode candidate = secondary.path("candidateNanos").path("rawData");
    if (!baseline.isArray() || !candidate.isArray() || baseline.size() != candidate.size()) {
      throw new IllegalArgumentException("no paired raw data (baselineNanos, candidateNanos) in "
          + result.path("benchmark").asString());
    }
    List<Double> ratios = new ArrayList<>();
    for (int fork = 0; fork < baseline.size(); fork++) {
      JsonNode b = baseline.get(fork);
      JsonNode c = candidate.get(fork);
      if (b.size() != c.size()) {
        throw new IllegalArgumentException("fork " + (fork + 1) + " has " + b.size() + " baseline and " + c.size()
            + " candidate iterations");
      }
      for (int i = 0; i < b.size(); i++) {
        ratios.add(b.get(i).doubleValue() / c.get(i).doubleValue());
      }
    }
    return of(ratios);
  }

  /** The mean and 99.9 % half-width of the given per-iteration ratios. */
  static PairedRatios of(List<Double> ratios) {
    int n = ratios.size();
    double mean = ratios.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    if (n < 2) {
      return new PairedRatios(List.copyOf(ratios), mean, Double.NaN);
    }
    double squares = 0;
    for (double r : ratios) {
      squares += (r - mean) * (r - mean);
    }
    double sd = Math.sqrt(squares / (n - 1));
    double t = new TDistribution(n - 1).inverseCumulativeProbability(1 - (1 - CONFIDENCE) / 2);
    return new PairedRatios(List.copyOf(ratios), mean, t * sd / Math.sqrt(n));
  }

  /** The smallest per-iteration ratio. */
  double min() {
    return ratios.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
  }

  /** The largest per-iteration ratio. */
  double max() {
    return ratios.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
  }
}
