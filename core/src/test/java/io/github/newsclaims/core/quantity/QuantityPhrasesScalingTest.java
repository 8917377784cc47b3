package io.github.newsclaims.core.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * {@code find} stays linear in the text on the inputs that made it quadratic (issue 11, fault 9:
 * 600,000 digits took 18 s). Not a timing of the reader: the test compares how the time grows when
 * the input grows eightfold. Linear work grows about 8×, quadratic work about 64×; the bound, 32×,
 * sits between them with room for a busy machine (garbage collection grows a little faster than
 * linear on the larger input). Each size is timed as the best of several runs, in
 * the CPU time of the test's thread, so that time spent waiting for a busy machine's cores is not
 * counted.
 */
class QuantityPhrasesScalingTest {
  /**
   * The JVM's thread CPU clock, {@code ThreadMXBean.getCurrentThreadCpuTime}, found by reflection:
   * core's tests compile as part of the module {@code io.github.newsclaims.core}, which does not read
   * {@code java.management}; reflection needs no such read.
   */
  private static final Object THREADS;
  private static final java.lang.reflect.Method CPU_TIME;

  static {
    try {
      Class<?> factory = Class.forName("java.lang.management.ManagementFactory");
      THREADS = factory.getMethod("getThreadMXBean").invoke(null);
      Class<?> bean = Class.forName("java.lang.management.ThreadMXBean");
      CPU_TIME = bean.getMethod("getCurrentThreadCpuTime");
      if (!(Boolean) bean.getMethod("isCurrentThreadCpuTimeSupported").invoke(THREADS)) {
        throw new IllegalStateException("this JVM cannot measure a thread's CPU time");
      }
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("this JVM offers no thread CPU clock: " + e, e);
    }
  }

  private static long cpuTime() {
    try {
      return (Long) CPU_TIME.invoke(THREADS);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("reading the thread CPU clock failed: " + e, e);
    }
  }
  private static final int SMALL = 50_000;
  private static final int GROWTH = 8;
  private static final double MAX_RATIO = 32;

  @Test
  void aLongRunOfDigitsIsOneTokenAndNoNumber() {
    assertEquals(List.of(), QuantityPhrases.find("1".repeat(100) + " soldiers"));
    assertEquals(List.of(), QuantityPhrases.find("about 1,000,000,000,000,000,000,000,000,000 troops"));
    assertEquals(1, QuantityPhrases.find("about 999,999,999,999,999.99 troops").size());
  }

  @Test
  void digitRunsAreLinear() {
    assertLinear("digits", n -> "7".repeat(n));
  }

  @Test
  void groupedDigitRunsAreLinear() {
    assertLinear("grouped digits", n -> "1" + ",000".repeat(n / 4));
  }

  @Test
  void dottedDigitRunsAreLinear() {
    assertLinear("dotted digits", n -> "1.2".repeat(n / 3));
  }

  @Test
  void numberWordsAndModifiersAreLinear() {
    assertLinear("words", n -> "about 15,000 soldiers and nearly two hundred ".repeat(n / 44));
  }

  private static void assertLinear(String what, IntFunction<String> input) {
    String small = input.apply(SMALL);
    String large = input.apply(SMALL * GROWTH);
    for (int warm = 0; warm < 20; warm++) { // load and compile, so that neither size is timed cold
      QuantityPhrases.find(warm % 10 == 9 ? large : small);
    }
    double ratio = best(large, 5) / best(small, 9);
    assertTrue(ratio < MAX_RATIO, String.format(
        "find on %s grew %.1f× when the text grew %d× (%d to %d chars): not linear", what, ratio, GROWTH,
        small.length(), large.length()));
  }

  private static double best(String text, int runs) {
    long best = Long.MAX_VALUE;
    for (int r = 0; r < runs; r++) {
      long t0 = cpuTime();
      QuantityPhrases.find(text);
      best = Math.min(best, cpuTime() - t0);
    }
    return Math.max(best, 1);
  }
}
