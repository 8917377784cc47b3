package io.github.newsclaims.testing.core.validation;

import static io.github.newsclaims.testing.Samples.violations;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.newsclaims.core.Actor;
import io.github.newsclaims.core.ActorKind;
import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.Approximator;
import io.github.newsclaims.core.Article;
import io.github.newsclaims.core.Attribution;
import io.github.newsclaims.core.AttributionMode;
import io.github.newsclaims.core.Claim;
import io.github.newsclaims.core.ClaimKind;
import io.github.newsclaims.core.ClaimRelation;
import io.github.newsclaims.core.ClaimRelationKind;
import io.github.newsclaims.core.ClaimReview;
import io.github.newsclaims.core.Estimate;
import io.github.newsclaims.core.Factuality;
import io.github.newsclaims.core.Interval;
import io.github.newsclaims.core.Rating;
import io.github.newsclaims.core.TextSpan;
import io.github.newsclaims.core.Unit;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A reference that resolves nowhere is reported even when it is the only reference of its kind in
 * the article. The rule first asks a quick loop whether every reference resolves and walks again
 * only to report; in these articles no good reference of the same kind stands before the broken
 * one, so the quick loop alone must see it. Found by mutation testing (CONTRIBUTING.md, "Mutation
 * testing"): the negated checks of the quick loop survived the tests with many references.
 */
class SingleBrokenReferenceTest {
  private static final String TEXT = "Troops rose, Kim said.";
  private static final Article ARTICLE =
      Article.builder().id("a1").headline("Troops").language("en").text(TEXT).build();
  private static final Actor KIM = Actor.builder().id("kim").name("Kim").kind(ActorKind.PERSON).build();

  private static Claim.Builder claim() {
    return Claim.builder().id("c1").proposition("Troops rose.").kind(ClaimKind.EVENT)
        .addEvidence(TextSpan.in(TEXT, 0, 11)).factuality(Factuality.UNDERSPECIFIED);
  }

  private static List<String> check(Claim claim, Actor... actors) {
    return violations(AnnotatedArticle.builder().article(ARTICLE).addAllActors(List.of(actors)).addClaim(claim).build());
  }

  @Test
  void theArticleWithNothingBrokenIsValid() {
    assertEquals(List.of(), check(claim().addAttribution(Attribution.builder().source("kim")
        .mode(AttributionMode.INDIRECT).commitment(Factuality.CERTAINLY_SO).build()).build(), KIM));
  }

  @Test
  void theOnlyAffiliation() {
    assertEquals(List.of("actors[0].affiliation: refers to actor \"army\", which the article does not have"),
        check(claim().build(), Actor.builder().from(KIM).affiliation("army").build()));
  }

  @Test
  void theOnlySource() {
    assertEquals(List.of("claims[0].attribution[0].source: refers to actor \"nobody\", which the article does not have"),
        check(claim().addAttribution(Attribution.builder().source("nobody").mode(AttributionMode.INDIRECT)
            .commitment(Factuality.CERTAINLY_SO).build()).build(), KIM));
  }

  @Test
  void theOnlySubject() {
    assertEquals(List.of("claims[0].about[0]: refers to actor \"nobody\", which the article does not have"),
        check(claim().addAbout("nobody").build(), KIM));
  }

  @Test
  void theOnlyReviewer() {
    ClaimReview review = ClaimReview.builder().reviewer("nobody").rating(Rating.of("False"))
        .url(URI.create("https://factcheck.example/1")).build();
    assertEquals(List.of("claims[0].reviews[0].reviewer: refers to actor \"nobody\", which the article does not have"),
        check(claim().addReview(review).build(), KIM));
  }

  @Test
  void theOnlyRelation() {
    assertEquals(List.of("claims[0].relations[0].target: refers to claim \"c9\", which the article does not have"),
        check(claim().addRelation(ClaimRelation.of(ClaimRelationKind.SUPPORTS, "c9")).build(), KIM));
  }

  @Test
  void theOnlyRelativeTo() {
    Estimate fraction = Estimate.builder().id("e-fraction").measure("share killed or injured").unit(Unit.fraction())
        .approximator(Approximator.NEARLY).statedValue(1.0 / 3).interval(Interval.closedOpen(0.3, 1.0 / 3))
        .relativeTo("e-missing").build();
    assertEquals(List.of("claims[0].estimates[0].relativeTo: refers to estimate \"e-missing\", which the article does not have"),
        check(claim().addEstimate(fraction).build(), KIM));
  }

  @Test
  void theOnlyDerivedFrom() {
    Estimate derived = Estimate.builder().id("e-casualties").measure("killed or injured").unit(Unit.count())
        .approximator(Approximator.DERIVED).interval(Interval.closedOpen(4050, 5500)).addDerivedFrom("e-gone").build();
    assertEquals(List.of("claims[0].estimates[0].derivedFrom[0]: refers to estimate \"e-gone\", which the article does not have"),
        check(claim().addEstimate(derived).build(), KIM));
  }
}
