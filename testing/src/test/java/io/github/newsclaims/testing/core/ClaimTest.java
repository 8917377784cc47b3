package io.github.newsclaims.testing.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsclaims.core.Attribution;
import io.github.newsclaims.core.AttributionMode;
import io.github.newsclaims.core.Claim;
import io.github.newsclaims.core.ClaimKind;
import io.github.newsclaims.core.ClaimRelation;
import io.github.newsclaims.core.ClaimRelationKind;
import io.github.newsclaims.core.ClaimReview;
import io.github.newsclaims.core.Rating;
import io.github.newsclaims.core.Factuality;
import io.github.newsclaims.core.TextSpan;
import io.github.newsclaims.testing.Samples;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClaimTest {
  private static final Attribution KCNA = Attribution.builder().source("kcna")
      .mode(AttributionMode.ACCORDING_TO).commitment(Factuality.CERTAINLY_SO).build();
  private static final Attribution KIM = Attribution.builder().source("kim-jong-un")
      .mode(AttributionMode.PARTIAL_QUOTE).commitment(Factuality.CERTAINLY_SO).build();

  private static Claim.Builder claim() {
    return Claim.builder().id("c1").proposition("Kim called production critical.").kind(ClaimKind.STATEMENT)
        .factuality(Factuality.CERTAINLY_SO).addEvidence(TextSpan.of(0, 3, "Kim"));
  }

  @Test
  void nestsSourcesOutermostFirst() {
    Claim nested = claim().addAttribution(KCNA, KIM).build();
    assertEquals(List.of("kcna", "kim-jong-un"), nested.sources());
    assertEquals(Optional.of(KIM), nested.innermostAttribution());
    assertFalse(nested.isAuthorial());
    assertTrue(claim().build().isAuthorial());
  }

  @Test
  void rejectsAnActorNestedInsideItsOwnStatement() {
    assertEquals("claim c1 attribution chain is cyclic: actor \"kcna\" appears twice in [kcna, kim-jong-un, kcna]",
        assertThrows(IllegalArgumentException.class, () -> claim().addAttribution(KCNA, KIM, KCNA).build()).getMessage());
  }

  @Test
  void rejectsTheArticlesVoiceInsideAChain() {
    Attribution authorial = Attribution.builder().mode(AttributionMode.AUTHORIAL).cue(TextSpan.of(0, 3, "Kim"))
        .commitment(Factuality.CERTAINLY_SO).build();
    // First, the article's voice frames the report: the chain's sources are the reported ones only.
    Claim framed = claim().addAttribution(authorial, KCNA).build();
    assertEquals(List.of("kcna"), framed.sources());
    assertEquals(Optional.of(KCNA), framed.innermostAttribution());
    assertFalse(framed.isAuthorial());
    assertEquals("claim c1 attribution[1] is AUTHORIAL; the article's own voice can only be the first hop",
        assertThrows(IllegalArgumentException.class, () -> claim().addAttribution(KCNA, authorial).build()).getMessage());
  }

  @Test
  void rejectsAClaimWithoutEvidence() {
    assertEquals("claim c1 evidence must hold at least one span", assertThrows(IllegalArgumentException.class,
        () -> claim().evidence(List.of()).build()).getMessage());
  }

  @Test
  void reportsTheFirstBrokenRelationInOrder() {
    ClaimRelation self = ClaimRelation.of(ClaimRelationKind.SUPPORTS, "c1");
    ClaimRelation supports = ClaimRelation.of(ClaimRelationKind.SUPPORTS, "c2");
    assertEquals("claim c1 must not repeat the relation supports c2", assertThrows(IllegalArgumentException.class,
        () -> claim().addRelations(supports, supports, self).build()).getMessage());
    assertEquals("claim c1 must not relate to itself (supports c1)", assertThrows(IllegalArgumentException.class,
        () -> claim().addRelations(supports, self, supports).build()).getMessage());
    assertEquals("claim c1 must not relate to itself (supports c1)", assertThrows(IllegalArgumentException.class,
        () -> claim().addRelations(self, self).build()).getMessage());
  }

  @Test
  void anAuthorialChainHasNoSourcesAndNoInnermostHop() {
    Claim own = claim().build();
    assertTrue(own.isAuthorial());
    assertEquals(List.of(), own.sources());
    assertEquals(Optional.empty(), own.innermostAttribution());
  }

  @Test
  void rejectsARelationToItself() {
    assertEquals("claim c1 must not relate to itself (supports c1)", assertThrows(IllegalArgumentException.class,
        () -> claim().addRelation(ClaimRelation.of(ClaimRelationKind.SUPPORTS, "c1")).build()).getMessage());
  }

  @Test
  void rejectsRepeatedAndContradictoryRelations() {
    ClaimRelation supports = ClaimRelation.of(ClaimRelationKind.SUPPORTS, "c2");
    assertEquals("claim c1 must not repeat the relation supports c2", assertThrows(IllegalArgumentException.class,
        () -> claim().addRelations(supports, supports).build()).getMessage());
    assertEquals("claim c1 must not both support and contradict c2", assertThrows(IllegalArgumentException.class,
        () -> claim().addRelations(supports, ClaimRelation.of(ClaimRelationKind.CONTRADICTS, "c2")).build())
        .getMessage());
  }

  @Test
  void rejectsRepeatedEstimateIds() {
    assertEquals("claim c1 estimate ids must not repeat \"e-soldiers\"", assertThrows(IllegalArgumentException.class,
        () -> claim().addEstimates(Samples.soldiers(), Samples.soldiers()).build()).getMessage());
  }

  @Test
  void rejectsABlankKey() {
    // The key tells appearances of one claim apart from others: it is part of the value.
    assertNotEquals(claim().build(), claim().key("nk-troops").build());
    assertEquals("claim c1 key must not be blank, was \" \"", assertThrows(IllegalArgumentException.class,
        () -> claim().key(" ").build()).getMessage());
  }

  @Test
  void rejectsTwoReviewsByOneReviewerAtOneUrl() {
    ClaimReview review = ClaimReview.builder().reviewer("factcheck").rating(Rating.of("False"))
        .url(URI.create("https://factcheck.example/1")).build();
    ClaimReview other = ClaimReview.builder().from(review).rating(Rating.of("Misleading")).build();
    ClaimReview elsewhere = ClaimReview.builder().from(review).url(URI.create("https://factcheck.example/2")).build();
    // The same reviewer at another URL, or another reviewer at the same URL, is another review.
    ClaimReview byOther = ClaimReview.builder().from(review).reviewer("other-checker").build();
    assertEquals(List.of(review, elsewhere, byOther),
        claim().addReviews(review, elsewhere, byOther).build().getReviews());
    assertEquals("claim c1 reviews (reviewer and url) must not repeat \"factcheck https://factcheck.example/1\"",
        assertThrows(IllegalArgumentException.class, () -> claim().addReviews(review, other).build()).getMessage());
  }

  @Test
  void copiesThroughTheBuilderAndEveryAttributeCounts() {
    Claim claim = claim().addAttribution(KCNA).addHedge(TextSpan.of(0, 3, "Kim")).build();
    assertEquals(claim, Claim.builder().from(claim).build());
    assertEquals(claim.hashCode(), Claim.builder().from(claim).build().hashCode());
    assertNotEquals(claim, Claim.builder().from(claim).factuality(Factuality.PROBABLY_SO).build());
    assertNotEquals(claim, Claim.builder().from(claim).hedges(List.of()).build());
    assertNotEquals(claim, Claim.builder().from(claim).addAttribution(KIM).build());
  }
}
