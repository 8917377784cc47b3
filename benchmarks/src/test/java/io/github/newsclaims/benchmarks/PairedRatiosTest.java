package io.github.newsclaims.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The arithmetic of the paired speed ratios, on JMH's own JSON shape. */
class PairedRatiosTest {
  /** One JMH result of two forks × two iterations, as {@code -rf json} writes it (fields the report ignores left out). */
  private static final String RESULT = """
      {"benchmark": "io.github.newsclaims.benchmarks.JsonPairedBenchmark.readWithoutRules",
       "params": {"workload": "fixture"},
       "primaryMetric": {"score": 1000.0, "scoreError": 10.0, "scoreUnit": "ops/s", "rawData": [[1000, 1000], [1000, 1000]]},
       "secondaryMetrics": {
         "baselineNanos": {"score": 1.0, "scoreUnit": "#", "rawData": [[1200000000, 1100000000], [600000000, 630000000]]},
         "candidateNanos": {"score": 1.0, "scoreUnit": "#", "rawData": [[1000000000, 1000000000], [500000000, 600000000]]}
       }}
      """;

  @Test
  void eachIterationGivesBaselineTimeOverCandidateTime() {
    PairedRatios pair = PairedRatios.of(JsonMapper.builder().build().readTree(RESULT));
    // The second fork ran at half the speed of the first: the ratios do not see it.
    assertEquals(List.of(1.2, 1.1, 1.2, 1.05), pair.ratios());
    assertEquals(1.1375, pair.mean(), 1e-12);
    assertEquals(1.05, pair.min(), 1e-12);
    assertEquals(1.2, pair.max(), 1e-12);
    // s = sqrt(((0.0625² + 0.0375² + 0.0625² + 0.0875²) / 3) = 0.075; t(0.9995, 3) = 12.9240; half-width = t · s / √4.
    assertEquals(12.923979 * 0.075 / 2, pair.halfWidth(), 1e-5);
  }

  @Test
  void manyTightIterationsDecideAndFewLooseOnesDoNot() {
    PairedRatios tight = PairedRatios.of(List.of(1.20, 1.22, 1.18, 1.21, 1.19, 1.20, 1.21, 1.19, 1.20, 1.20));
    // s = 0.011547, t(0.9995, 9) = 4.780913: half-width 0.017456, 1.5 % of the ratio.
    assertEquals(1.2, tight.mean(), 1e-12);
    assertEquals(4.780913 * 0.0115470 / Math.sqrt(10), tight.halfWidth(), 1e-6);
    assertEquals("≥ 1.0: met", Report.verdict(tight.mean(), tight.halfWidth(), 1.0));

    PairedRatios loose = PairedRatios.of(List.of(1.2, 1.1, 1.2, 1.05));
    assertTrue(loose.halfWidth() > 0.1 * loose.mean());
    assertEquals("≥ 1.0: inconclusive (error ±43 %)", Report.verdict(loose.mean(), loose.halfWidth(), 1.0));
  }

  @Test
  void oneIterationHasNoHalfWidth() {
    PairedRatios one = PairedRatios.of(List.of(0.9));
    assertEquals(0.9, one.mean());
    assertTrue(Double.isNaN(one.halfWidth()));
    assertEquals("≥ 1.0: inconclusive (error unknown)", Report.verdict(one.mean(), one.halfWidth(), 1.0));
  }

  @Test
  void aResultWithoutThePairedCountersIsRefused() {
    JsonNode unpaired = JsonMapper.builder().build().readTree(
        "{\"benchmark\": \"x.JsonBenchmark.readBaseline\", \"secondaryMetrics\": {}}");
    assertThrows(IllegalArgumentException.class, () -> PairedRatios.of(unpaired));
  }
}
