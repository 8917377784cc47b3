package io.github.newsclaims.testing.core.validation;

import static io.github.newsclaims.testing.Samples.violations;
import static io.github.newsclaims.testing.Samples.withSecondClaim;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.newsclaims.core.Actor;
import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.Approximator;
import io.github.newsclaims.core.Attribution;
import io.github.newsclaims.core.Claim;
import io.github.newsclaims.core.ClaimRelation;
import io.github.newsclaims.core.ClaimRelationKind;
import io.github.newsclaims.core.ClaimReview;
import io.github.newsclaims.core.Estimate;
import io.github.newsclaims.core.Interval;
import io.github.newsclaims.core.Rating;
import io.github.newsclaims.core.Unit;
import io.github.newsclaims.testing.Samples;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferencesResolveTest {
  private final AnnotatedArticle sample = Samples.annotated();

  private Claim.Builder second() {
    return Claim.builder().from(sample.getClaims().get(1));
  }

  @Test
  void reportsADanglingAffiliation() {
    Actor media = Actor.builder().from(sample.getActors().get(1)).affiliation("south-korea").build();
    assertEquals(List.of("actors[1].affiliation: refers to actor \"south-korea\", which the article does not have"),
        violations(AnnotatedArticle.builder().from(sample).actors(List.of(sample.getActors().get(0), media)).build()));
  }

  @Test
  void reportsADanglingSource() {
    Attribution hop = Attribution.builder().from(sample.getClaims().get(1).getAttribution().get(0))
        .source("analysts").build();
    assertEquals(List.of("claims[1].attribution[0].source: refers to actor \"analysts\", which the article does not have"),
        violations(withSecondClaim(second().attribution(List.of(hop)).build())));
  }

  @Test
  void reportsADanglingSubject() {
    assertEquals(List.of("claims[1].about[0]: refers to actor \"russia\", which the article does not have"),
        violations(withSecondClaim(second().addAbout("russia").build())));
  }

  @Test
  void reportsADanglingRelation() {
    assertEquals(List.of("claims[1].relations[1].target: refers to claim \"c9\", which the article does not have"),
        violations(withSecondClaim(second().addRelation(ClaimRelation.of(ClaimRelationKind.SUPPORTS, "c9")).build())));
  }

  @Test
  void reportsADanglingReviewer() {
    ClaimReview known = ClaimReview.builder().reviewer("kcna").rating(Rating.of("True"))
        .url(URI.create("https://kcna.example/1")).build();
    ClaimReview unknown = ClaimReview.builder().reviewer("factcheck").rating(Rating.of("False"))
        .url(URI.create("https://factcheck.example/1")).build();
    assertEquals(List.of("claims[1].reviews[1].reviewer: refers to actor \"factcheck\", which the article does not have"),
        violations(withSecondClaim(second().addReviews(known, unknown).build())));
  }

  @Test
  void reportsDanglingEstimateReferences() {
    Estimate fraction = Estimate.builder().id("e-fraction").measure("share killed or injured").unit(Unit.fraction())
        .approximator(Approximator.NEARLY).statedValue(1.0 / 3).interval(Interval.closedOpen(0.3, 1.0 / 3))
        .relativeTo("e-missing").build();
    Estimate derived = Estimate.builder().id("e-casualties").measure("killed or injured").unit(Unit.count())
        .approximator(Approximator.DERIVED).interval(Interval.closedOpen(4050, 5500))
        .addDerivedFrom("e-soldiers", "e-gone").build();
    assertEquals(List.of(
            "claims[1].estimates[1].relativeTo: refers to estimate \"e-missing\", which the article does not have",
            "claims[1].estimates[2].derivedFrom[1]: refers to estimate \"e-gone\", which the article does not have"),
        violations(withSecondClaim(second().addEstimates(fraction, derived).build())));
  }
}
