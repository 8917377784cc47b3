package io.github.newsclaims.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsclaims.core.Actor;
import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.Claim;
import io.github.newsclaims.testing.Generators;
import io.github.newsclaims.testing.Samples;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Reads, writes, validation and lookups from 16 threads at once on shared objects — one reader,
 * one writer, one validator, the same articles — give exactly the results one thread gets.
 */
class ConcurrencyTest {
  private static final int THREADS = 16;
  private static final int ROUNDS = 60;

  @Test
  void sixteenThreadsOnSharedObjectsGetTheSingleThreadedResults() throws Exception {
    List<AnnotatedArticle> articles = new ArrayList<>(List.of(Samples.annotated()));
    IntStream.range(0, 7).mapToObj(i -> Generators.synthetic(i, 3)).forEach(articles::add);
    List<String> compact = articles.stream().map(NewsClaimsJson::write).toList();
    List<String> pretty = articles.stream().map(NewsClaimsJson::writePretty).toList();
    String broken = compact.get(0).replace("\"approximator\":\"about\"", "\"approximator\":\"exact\"");
    String expectedProblem = problems(broken);

    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      Validator validator = factory.getValidator();
      NewsClaimsJsonReader reader = NewsClaimsJson.reader().withValidator(validator);
      NewsClaimsJsonReader trusting = NewsClaimsJson.reader().withoutDocumentRules();
      NewsClaimsJsonWriter writer = NewsClaimsJson.writer().pretty();
      CountDownLatch start = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      try {
        List<Future<Integer>> results = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          int thread = t;
          Callable<Integer> work = () -> {
            start.await();
            int checks = 0;
            for (int round = 0; round < ROUNDS; round++) {
              int i = (thread + round) % articles.size();
              AnnotatedArticle shared = articles.get(i);
              assertEquals(shared, reader.read(compact.get(i)));
              assertEquals(shared, trusting.read(new StringReader(pretty.get(i))));
              assertEquals(shared, NewsClaimsJson.read(new ByteArrayInputStream(compact.get(i).getBytes(StandardCharsets.UTF_8))));
              assertEquals(compact.get(i), NewsClaimsJson.write(shared));
              assertEquals(pretty.get(i), writer.write(shared));
              ByteArrayOutputStream bytes = new ByteArrayOutputStream();
              NewsClaimsJson.write(shared, bytes);
              assertEquals(compact.get(i), bytes.toString(StandardCharsets.UTF_8));
              assertTrue(validator.validate(shared).isEmpty());
              for (Actor actor : shared.getActors()) {
                assertEquals(actor, shared.actor(actor.getId()).orElseThrow());
                assertTrue(actor.isKnownAs(actor.getName()));
              }
              for (Claim claim : shared.getClaims()) {
                assertEquals(claim, shared.claim(claim.getId()).orElseThrow());
                claim.getEstimates().forEach(e -> assertEquals(e, shared.estimate(e.getId()).orElseThrow()));
              }
              assertEquals(expectedProblem, problems(broken));
              checks++;
            }
            return checks;
          };
          results.add(pool.submit(work));
        }
        start.countDown();
        for (Future<Integer> result : results) {
          assertEquals(ROUNDS, result.get(5, TimeUnit.MINUTES));
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }

  private static String problems(String json) {
    try {
      NewsClaimsJson.read(json);
      throw new AssertionError("read a broken document");
    } catch (NewsClaimsJsonException e) {
      return e.getMessage();
    }
  }
}
