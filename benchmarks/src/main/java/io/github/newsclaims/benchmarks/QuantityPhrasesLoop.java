package io.github.newsclaims.benchmarks;

import io.github.newsclaims.core.quantity.QuantityPhrases;
import io.github.newsclaims.examples.ArticleFixtures;

/**
 * Runs {@link QuantityPhrasesBenchmark}'s work in a plain loop, for counting instructions where
 * timings are unreliable (a machine shared with other work): run it under {@code valgrind
 * --tool=callgrind} twice, with the same warm-up and two numbers of measured rounds, and divide the
 * difference in instructions by the difference in operations. Instruction counts do not depend on
 * the load; the JIT's work is in both runs and cancels out.
 *
 * <pre>
 * java -Xbatch -cp benchmarks/target/benchmarks.jar io.github.newsclaims.benchmarks.QuantityPhrasesLoop parse 20000 10000
 * </pre>
 *
 * <p>Arguments: {@code parse} (one operation per phrase, 20 a round) or {@code find} (one per article),
 * the warm-up rounds, the measured rounds. Prints a checksum so that no work is optimised away.
 */
public final class QuantityPhrasesLoop {
  private QuantityPhrasesLoop() {}

  /**
   * Runs the loop.
   *
   * @param args {@code parse|find}, warm-up rounds, measured rounds
   */
  public static void main(String[] args) {
    if (args.length != 3 || !args[0].equals("parse") && !args[0].equals("find")) {
      System.err.println("usage: QuantityPhrasesLoop parse|find <warm-up rounds> <measured rounds>");
      System.exit(2);
    }
    boolean parse = args[0].equals("parse");
    int warmUp = Integer.parseInt(args[1]);
    int rounds = Integer.parseInt(args[2]);
    String text = ArticleFixtures.kimJongUnArtillerySurgeText();
    long sum = 0;
    for (int r = 0; r < warmUp + rounds; r++) {
      sum += parse ? parseAll() : QuantityPhrases.find(text).size();
    }
    System.out.println(args[0] + " " + warmUp + " + " + rounds + " rounds, checksum " + sum);
  }

  private static long parseAll() {
    long sum = 0;
    for (String phrase : QuantityPhrasesBenchmark.PHRASES) {
      sum += QuantityPhrases.parse(phrase).map(e -> e.getInterval().hashCode()).orElse(0);
    }
    return sum;
  }
}
