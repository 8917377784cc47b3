package io.github.newsclaims.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The report decides only what the run can tell: an error over 10 % of the ratio is inconclusive. */
class ReportTest {
  @Test
  void aRatioWhoseErrorIsOverTenPercentIsInconclusive() {
    // A quick run on a busy machine used to print "met (within error)" with ±700 % errors.
    assertEquals("≥ 1.0: inconclusive (error ±700 %)", Report.verdict(1.1, 7.7, 1.0));
    assertEquals("≥ 1.0: inconclusive (error ±11 %)", Report.verdict(1.0, 0.11, 1.0));
    assertEquals("≥ 1.0: inconclusive (error unknown)", Report.verdict(1.2, Double.NaN, 1.0));
  }

  @Test
  void aPreciseRatioIsMetOrMissed() {
    assertEquals("≥ 1.0: met", Report.verdict(1.2, 0.05, 1.0));
    assertEquals("≥ 0.7: missed", Report.verdict(0.5, 0.02, 0.7));
    assertEquals("≥ 1.0: met (within error)", Report.verdict(1.02, 0.05, 1.0));
    assertEquals("≥ 1.0: missed (within error)", Report.verdict(0.98, 0.05, 1.0));
  }
}
