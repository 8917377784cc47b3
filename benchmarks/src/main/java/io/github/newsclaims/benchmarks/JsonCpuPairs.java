package io.github.newsclaims.benchmarks;

import com.sun.management.ThreadMXBean;
import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.json.NewsClaimsJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;

/**
 * The pairs of {@link JsonPairedBenchmark} in a plain loop timed by the thread's CPU time instead of
 * the wall clock, for a machine shared with other work, where a timed read is preempted at random:
 * the CPU time of the reading thread does not count the time it waited. Each round runs the five
 * operations — plain Jackson's read, newsclaims' read without and with the document rules, plain
 * Jackson's write, newsclaims' write — in an order that rotates every round, and after the warm-up
 * adds up each one's CPU time ({@code ThreadMXBean.getCurrentThreadCpuTime()}) and allocated bytes.
 * Indicative only: with {@code -XX:+UseSerialGC} the collector runs on another thread and is left
 * out (its cost follows the allocation, which is printed), and the caches are still shared; the
 * verdicts come from the paired benchmark on the idle machine.
 *
 * <pre>
 * java -XX:+UseSerialGC -cp benchmarks/target/benchmarks.jar \
 *     io.github.newsclaims.benchmarks.JsonCpuPairs synthetic1000 300 300
 * </pre>
 *
 * <p>Arguments: the workload ({@code fixture} or {@code synthetic1000}), the warm-up rounds, the
 * measured rounds. Prints each operation's CPU time and allocation per operation and the ratios
 * plain ÷ newsclaims (above 1: newsclaims is faster).
 */
public final class JsonCpuPairs {
  private static final String[] OPERATIONS = {"plain read", "read without rules", "read with rules", "plain write",
      "write"};

  private JsonCpuPairs() {}

  /**
   * Runs the loop.
   *
   * @param args workload, warm-up rounds, measured rounds
   */
  public static void main(String[] args) {
    if (args.length != 3) {
      System.err.println("usage: JsonCpuPairs <workload> <warm-up rounds> <measured rounds>");
      System.exit(2);
    }
    AnnotatedArticle article = Workloads.article(args[0]);
    byte[] json = Workloads.json(article);
    PlainDocument plain = Baseline.check(article);
    int warmUp = Integer.parseInt(args[1]);
    int rounds = Integer.parseInt(args[2]);
    ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().getId();
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 21);
    long[] cpu = new long[OPERATIONS.length];
    long[] allocated = new long[OPERATIONS.length];
    long checksum = 0;
    for (int r = 0; r < warmUp + rounds; r++) {
      for (int k = 0; k < OPERATIONS.length; k++) {
        int operation = (k + r) % OPERATIONS.length;
        long cpuBefore = threads.getCurrentThreadCpuTime();
        long allocatedBefore = threads.getThreadAllocatedBytes(thread);
        checksum += switch (operation) {
          case 0 -> Baseline.READER.<PlainDocument>readValue(new ByteArrayInputStream(json)).claims().size();
          case 1 -> NewsClaimsJson.readWithoutDocumentRules(new ByteArrayInputStream(json)).getClaims().size();
          case 2 -> NewsClaimsJson.read(new ByteArrayInputStream(json)).getClaims().size();
          case 3 -> {
            out.reset();
            Baseline.WRITER.writeValue(out, plain);
            yield out.size();
          }
          default -> {
            out.reset();
            NewsClaimsJson.write(article, out);
            yield out.size();
          }
        };
        if (r >= warmUp) {
          cpu[operation] += threads.getCurrentThreadCpuTime() - cpuBefore;
          allocated[operation] += threads.getThreadAllocatedBytes(thread) - allocatedBefore;
        }
      }
    }
    System.out.printf("%s, %d rounds after %d, checksum %d%n", args[0], rounds, warmUp, checksum);
    for (int i = 0; i < OPERATIONS.length; i++) {
      System.out.printf("  %-20s %9.3f ms CPU, %,12d bytes allocated per operation%n", OPERATIONS[i],
          cpu[i] / 1e6 / rounds, allocated[i] / rounds);
    }
    System.out.printf("  plain ÷ newsclaims: read without rules %.3f, read with rules %.3f, write %.3f%n",
        (double) cpu[0] / cpu[1], (double) cpu[0] / cpu[2], (double) cpu[3] / cpu[4]);
  }
}
