package io.github.newsclaims.benchmarks;

import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.json.NewsClaimsJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import tools.jackson.core.JsonParser;

/**
 * Runs one side of {@link JsonBenchmark} in a plain loop, for counting instructions where timings
 * are unreliable (as {@link QuantityPhrasesLoop}): run it under {@code valgrind --tool=callgrind}
 * twice, with the same warm-up and two numbers of measured rounds, and divide the difference in
 * instructions by the difference in rounds.
 *
 * <pre>
 * valgrind --tool=callgrind java -Xbatch -XX:+UseSerialGC -cp benchmarks/target/benchmarks.jar \
 *     io.github.newsclaims.benchmarks.JsonReadLoop plain fixture 3000 1000
 * </pre>
 *
 * <p>Arguments: what to run — {@code plain} (plain Jackson records read), {@code norules}
 * (newsclaims without document rules), {@code rules} (with every rule), {@code scan} (the bare
 * token scan), {@code writeplain} or {@code write} — the workload ({@code fixture} or
 * {@code synthetic1000}), the warm-up rounds, the measured rounds. Prints a checksum so that no work
 * is optimised away.
 */
public final class JsonReadLoop {
  private JsonReadLoop() {}

  /**
   * Runs the loop.
   *
   * @param args what to run, workload, warm-up rounds, measured rounds
   */
  public static void main(String[] args) {
    if (args.length != 4) {
      System.err.println("usage: JsonReadLoop plain|norules|rules|scan|writeplain|write <workload> <warm-up> <rounds>");
      System.exit(2);
    }
    AnnotatedArticle article = Workloads.article(args[1]);
    byte[] json = Workloads.json(article);
    PlainDocument plain = Baseline.check(article);
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
    int warmUp = Integer.parseInt(args[2]);
    int rounds = Integer.parseInt(args[3]);
    long sum = 0;
    for (int r = 0; r < warmUp + rounds; r++) {
      sum += switch (args[0]) {
        case "plain" -> Baseline.READER.<PlainDocument>readValue(new ByteArrayInputStream(json)).claims().size();
        case "norules" -> NewsClaimsJson.readWithoutDocumentRules(new ByteArrayInputStream(json)).getClaims().size();
        case "rules" -> NewsClaimsJson.read(new ByteArrayInputStream(json)).getClaims().size();
        case "scan" -> scan(json);
        case "writeplain" -> {
          out.reset();
          Baseline.WRITER.writeValue(out, plain);
          yield out.size();
        }
        case "write" -> {
          out.reset();
          NewsClaimsJson.write(article, out);
          yield out.size();
        }
        default -> throw new IllegalArgumentException("unknown operation " + args[0]);
      };
    }
    System.out.println(String.join(" ", args) + ", checksum " + sum);
  }

  private static int scan(byte[] json) {
    int tokens = 0;
    try (JsonParser parser = Baseline.MAPPER.createParser(new ByteArrayInputStream(json))) {
      while (parser.nextToken() != null) {
        tokens++;
      }
    }
    return tokens;
  }
}
