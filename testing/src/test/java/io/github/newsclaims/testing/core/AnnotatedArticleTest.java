package io.github.newsclaims.testing.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.newsclaims.core.Actor;
import io.github.newsclaims.core.ActorKind;
import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.AnnotationMethod;
import io.github.newsclaims.core.AnnotationProvenance;
import io.github.newsclaims.core.Claim;
import io.github.newsclaims.core.ClaimKind;
import io.github.newsclaims.core.ClaimRelation;
import io.github.newsclaims.core.ClaimRelationKind;
import io.github.newsclaims.core.Estimate;
import io.github.newsclaims.testing.Samples;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AnnotatedArticleTest {
  private final AnnotatedArticle sample = Samples.annotated();

  private static List<String> ids(List<Claim> claims) {
    return claims.stream().map(Claim::getId).toList();
  }

  @Test
  void findsActorsClaimsAndEstimatesById() {
    assertEquals("Korean Central News Agency", sample.actor("kcna").orElseThrow().getName());
    assertEquals(Optional.empty(), sample.actor("russia"));
    assertEquals(ClaimKind.QUANTITY, sample.claim("c2").orElseThrow().getKind());
    assertEquals(Samples.soldiers(), sample.estimate("e-soldiers").orElseThrow());
  }

  @Test
  void selectsClaimsBySourceSubjectAndEstimates() {
    assertEquals(List.of("c1", "c2"), ids(sample.claimsAttributedTo("kcna")));
    assertEquals(List.of("c1"), ids(sample.claimsAbout("north-korea")));
    assertEquals(List.of("c2"), ids(sample.claimsWithEstimates()));
    assertEquals(List.of(), ids(sample.claimsAttributedTo("north-korea")));
  }

  @Test
  void rejectsRepeatedClaimIds() {
    Claim first = sample.getClaims().get(0);
    assertEquals("article sample claim ids must not repeat \"c1\"", assertThrows(IllegalArgumentException.class,
        () -> AnnotatedArticle.builder().from(sample).addClaim(first).build()).getMessage());
  }

  @Test
  void rejectsRepeatedEstimateIdsAcrossClaims() {
    Claim copy = Claim.builder().from(sample.getClaims().get(1)).id("c3").build();
    assertEquals("article sample estimate ids must not repeat \"e-soldiers\"",
        assertThrows(IllegalArgumentException.class,
            () -> AnnotatedArticle.builder().from(sample).addClaim(copy).build()).getMessage());
  }

  @Test
  void rejectsAffiliationCycles() {
    Actor state = Actor.builder().from(sample.getActors().get(0)).affiliation("kcna").build();
    assertEquals("article sample has a cycle in actor affiliations: kcna -> north-korea -> kcna",
        assertThrows(IllegalArgumentException.class, () -> AnnotatedArticle.builder().from(sample)
            .actors(List.of(state, sample.getActors().get(1))).build()).getMessage());
  }

  @Test
  void rejectsClaimRelationCycles() {
    Claim c1 = Claim.builder().from(sample.getClaims().get(0))
        .addRelation(ClaimRelation.of(ClaimRelationKind.ELABORATES, "c2")).build();
    assertEquals("article sample has a cycle in claim relations ELABORATES: c1 -> c2 -> c1",
        assertThrows(IllegalArgumentException.class, () -> AnnotatedArticle.builder().from(sample)
            .claims(List.of(c1, sample.getClaims().get(1))).build()).getMessage());
  }

  @Test
  void checksLongAffiliationChainsWithoutOverflowingTheStack() {
    List<Actor> chain = new java.util.ArrayList<>();
    for (int i = 0; i < 100_000; i++) {
      Actor.Builder actor = Actor.builder().id("a" + i).name("Actor " + i).kind(ActorKind.PERSON);
      if (i > 0) {
        actor.affiliation("a" + (i - 1));
      }
      chain.add(actor.build());
    }
    AnnotatedArticle deep = AnnotatedArticle.builder().from(sample).actors(chain).build();
    assertEquals(java.util.Optional.of("a99998"), deep.actor("a99999").orElseThrow().getAffiliation());
    chain.set(0, Actor.builder().from(chain.get(0)).affiliation("a99999").build());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> AnnotatedArticle.builder().from(sample).actors(chain).build());
    assertEquals("article sample has a cycle in actor affiliations: a0 -> a99999 -> a99998",
        e.getMessage().substring(0, e.getMessage().indexOf(" -> a99997")));
  }

  @Test
  void allowsMutualContradiction() {
    Claim c1 = Claim.builder().from(sample.getClaims().get(0))
        .addRelation(ClaimRelation.of(ClaimRelationKind.CONTRADICTS, "c2")).build();
    Claim c2 = Claim.builder().from(sample.getClaims().get(1))
        .relations(List.of(ClaimRelation.of(ClaimRelationKind.CONTRADICTS, "c1"))).build();
    AnnotatedArticle disputed = AnnotatedArticle.builder().from(sample).claims(List.of(c1, c2)).build();
    // Each side stays findable with its relation: contradiction is symmetric, not a cycle to refuse.
    assertEquals(ClaimRelationKind.CONTRADICTS, disputed.claim("c1").orElseThrow().getRelations().get(0).getKind());
    assertEquals("c1", disputed.claim("c2").orElseThrow().getRelations().get(0).getTarget());
    assertEquals(List.of("c1", "c2"), ids(disputed.claimsAttributedTo("kcna")));
  }

  @Test
  void allowsMutualContrastButNoCycleOfReports() {
    Claim c1 = Claim.builder().from(sample.getClaims().get(0))
        .addRelation(ClaimRelation.of(ClaimRelationKind.CONTRASTS, "c2")).build();
    Claim c2 = Claim.builder().from(sample.getClaims().get(1))
        .relations(List.of(ClaimRelation.of(ClaimRelationKind.CONTRASTS, "c1"))).build();
    assertEquals(c2, AnnotatedArticle.builder().from(sample).claims(List.of(c1, c2)).build().claim("c2").orElseThrow());
    Claim r1 = Claim.builder().from(sample.getClaims().get(0))
        .addRelation(ClaimRelation.of(ClaimRelationKind.REPORTS, "c2")).build();
    Claim r2 = Claim.builder().from(sample.getClaims().get(1))
        .relations(List.of(ClaimRelation.of(ClaimRelationKind.REPORTS, "c1"))).build();
    assertEquals("article sample has a cycle in claim relations REPORTS: c1 -> c2 -> c1",
        assertThrows(IllegalArgumentException.class, () -> AnnotatedArticle.builder().from(sample)
            .claims(List.of(r1, r2)).build()).getMessage());
  }

  @Test
  void aClaimsOwnProvenanceOverridesTheArticles() {
    AnnotationProvenance extractor = AnnotationProvenance.of("claim-extractor 2.1.0", AnnotationMethod.AUTOMATIC, 0.8);
    AnnotationProvenance reviewer = AnnotationProvenance.of("Jane Doe", AnnotationMethod.REVIEWED);
    Claim reviewed = Claim.builder().from(sample.getClaims().get(1)).provenance(reviewer).build();
    AnnotatedArticle article = AnnotatedArticle.builder().from(sample).provenance(extractor)
        .claims(List.of(sample.getClaims().get(0), reviewed)).build();
    assertEquals(java.util.Optional.of(extractor), article.provenanceOf(article.getClaims().get(0)));
    assertEquals(java.util.Optional.of(reviewer), article.provenanceOf(article.getClaims().get(1)));
    assertEquals(java.util.Optional.empty(), sample.provenanceOf(sample.getClaims().get(0)));
  }

  @Test
  void rejectsEstimateCycles() {
    Estimate a = Estimate.builder().from(Samples.soldiers()).id("e-a").relativeTo("e-b").build();
    Estimate b = Estimate.builder().from(Samples.soldiers()).id("e-b").relativeTo("e-a").build();
    Claim claim = Claim.builder().from(sample.getClaims().get(1)).estimates(List.of(a, b)).build();
    assertEquals("article sample has a cycle in estimates (relativeTo and derivedFrom): e-a -> e-b -> e-a",
        assertThrows(IllegalArgumentException.class, () -> AnnotatedArticle.builder().from(sample)
            .claims(List.of(sample.getClaims().get(0), claim)).build()).getMessage());
  }

  @Test
  void findsEveryEstimateInClaimOrderAndSelectsNothingForUnknownIds() {
    Estimate other = Estimate.builder().from(Samples.soldiers()).id("e-other").build();
    Claim first = Claim.builder().from(sample.getClaims().get(0)).estimates(List.of(other)).build();
    AnnotatedArticle both = AnnotatedArticle.builder().from(sample).claims(List.of(first, sample.getClaims().get(1)))
        .build();
    assertEquals(List.of("e-other", "e-soldiers"), both.estimates().stream().map(Estimate::getId).toList());
    assertEquals(other, both.estimate("e-other").orElseThrow());
    assertEquals(List.of("c1", "c2"), ids(both.claimsWithEstimates()));
    assertEquals(Optional.empty(), both.estimate("e-missing"));
    assertEquals(Optional.empty(), both.claim("c9"));
    assertEquals(List.of(), ids(both.claimsAbout("nobody")));
  }

  @Test
  void printsCountsInTheSingularAndPlural() {
    AnnotatedArticle bare = AnnotatedArticle.builder().from(sample).actors(List.of(sample.getActors().get(0)))
        .claims(List.of()).build();
    assertEquals("AnnotatedArticle sample \"Headline 🚀\": 1 actor, 0 claims, 0 estimates", bare.toString());
  }

  @Test
  void printsShortlyForPeople() {
    assertEquals("AnnotatedArticle sample \"Headline 🚀\": 2 actors, 2 claims, 1 estimate", sample.toString());
    assertEquals("Article sample \"Headline 🚀\" (" + Samples.TEXT.length() + " chars, 1 non-content span)",
        sample.getArticle().toString());
    // A long headline is cut, but never between the halves of a surrogate pair, and the text is never printed.
    String headline = "x".repeat(56) + "🚀 and more words after the cut";
    io.github.newsclaims.core.Article long_ = io.github.newsclaims.core.Article.builder().from(sample.getArticle())
        .headline(headline).outlet("Yonhap").publicationDate(io.github.newsclaims.core.PartialDate.parse("2024-11-28")).build();
    assertEquals("Article sample \"" + "x".repeat(56) + "...\" (Yonhap, 2024-11-28; " + Samples.TEXT.length()
        + " chars, 1 non-content span)", long_.toString());
  }
}
