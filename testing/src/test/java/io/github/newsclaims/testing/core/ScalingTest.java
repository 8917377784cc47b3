package io.github.newsclaims.testing.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsclaims.core.Actor;
import io.github.newsclaims.core.ActorKind;
import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.Article;
import io.github.newsclaims.core.Attribution;
import io.github.newsclaims.core.AttributionMode;
import io.github.newsclaims.core.Claim;
import io.github.newsclaims.core.ClaimKind;
import io.github.newsclaims.core.ClaimRelation;
import io.github.newsclaims.core.ClaimRelationKind;
import io.github.newsclaims.core.Factuality;
import io.github.newsclaims.core.NonContentKind;
import io.github.newsclaims.core.NonContentSpan;
import io.github.newsclaims.core.TextSpan;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every check of the model and every document rule grows linearly or as n log n: checking ten
 * times as many spans or claims costs about ten times as much, never a hundred. The tests compare
 * the growth between 10,000 and 100,000 in CPU time of this thread (not wall time, so other work
 * on the machine does not count), each the least of five runs taken in turn (garbage collection and
 * compilation only ever add time), and allow up to 40×; quadratic work gives about 100×.
 */
class ScalingTest {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final double MAX_GROWTH = 40;

  @Test
  void buildingAnArticleWithManyNonContentSpansIsNotQuadratic() {
    double growth = growth(() -> article(10_000), () -> article(100_000));
    assertTrue(growth < MAX_GROWTH, "10× the non-content spans cost " + growth + "× the CPU time");
  }

  @Test
  void checkingTheDocumentRulesOfManyClaimsIsNotQuadratic() {
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      Validator validator = factory.getValidator();
      AnnotatedArticle small = annotated(10_000);
      AnnotatedArticle large = annotated(100_000);
      assertEquals(0, validator.validate(small).size()); // the articles are valid: every rule runs in full
      double growth = growth(() -> validator.validate(small), () -> validator.validate(large));
      assertTrue(growth < MAX_GROWTH, "10× the claims cost " + growth + "× the CPU time of the document rules");
    }
  }

  @Test
  void buildingAnArticleWithManyClaimsIsNotQuadratic() {
    double growth = growth(() -> annotated(10_000), () -> annotated(100_000));
    assertTrue(growth < MAX_GROWTH, "10× the claims cost " + growth + "× the CPU time to build and check");
  }

  /** An article of {@code n} lines "ad", each page furniture. */
  private static Article article(int n) {
    String text = "ad\n".repeat(n);
    List<NonContentSpan> furniture = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      furniture.add(NonContentSpan.of(NonContentKind.ADVERTISEMENT, TextSpan.in(text, 3 * i, 3 * i + 3)));
    }
    return Article.builder().id("scaling").headline("Scaling").language("en").text(text).nonContent(furniture).build();
  }

  /** An annotated article of {@code n} sentences, each a claim by actor "a" that supports the one before. */
  private static AnnotatedArticle annotated(int n) {
    String sentence = "It rose.\n";
    String text = sentence.repeat(n);
    Article article = Article.builder().id("scaling").headline("Scaling").language("en").text(text).build();
    List<Claim> claims = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int start = i * sentence.length();
      Claim.Builder claim = Claim.builder().id("c" + i).proposition("It rose.").kind(ClaimKind.EVENT)
          .addEvidence(TextSpan.in(text, start, start + sentence.length() - 1))
          .addAttribution(Attribution.builder().source("a").mode(AttributionMode.INDIRECT)
              .commitment(Factuality.CERTAINLY_SO).build())
          .factuality(Factuality.UNDERSPECIFIED);
      if (i > 0) {
        claim.addRelation(ClaimRelation.of(ClaimRelationKind.SUPPORTS, "c" + (i - 1)));
      }
      claims.add(claim.build());
    }
    Actor actor = Actor.builder().id("a").name("A").kind(ActorKind.PERSON).build();
    return AnnotatedArticle.builder().article(article).addActor(actor).claims(claims).build();
  }

  /** The least CPU time of {@code large} over that of {@code small}, each run five times in turn. */
  private static double growth(Runnable small, Runnable large) {
    long leastSmall = Long.MAX_VALUE;
    long leastLarge = Long.MAX_VALUE;
    for (int run = 0; run < 5; run++) {
      leastSmall = Math.min(leastSmall, cpuNanos(small));
      leastLarge = Math.min(leastLarge, cpuNanos(large));
    }
    return leastLarge / (double) Math.max(1, leastSmall);
  }

  private static long cpuNanos(Runnable work) {
    long start = THREADS.getCurrentThreadCpuTime();
    work.run();
    return THREADS.getCurrentThreadCpuTime() - start;
  }
}
