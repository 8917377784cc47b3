package io.github.newsclaims.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Each invariant of the model refuses a broken value with one message that names the owner and the
 * attribute, on the branches the generated values rarely reach: blank entries, lists longer than
 * the short-list comparison (more than eight), a relation to the claim itself at the first place,
 * cycles that the search reaches only after backing out of a dead end. Found by mutation testing
 * (CONTRIBUTING.md, "Mutation testing"): each test here failed for a surviving mutant.
 */
class RefusalMessagesTest {
  private static final String TEXT = "One. Two. Three. Four.";

  private static Claim.Builder claim(String id) {
    return Claim.builder().id(id).proposition("Something happened.").kind(ClaimKind.EVENT)
        .addEvidence(TextSpan.in(TEXT, 0, 4)).factuality(Factuality.UNDERSPECIFIED);
  }

  private static Estimate.Builder estimate(String id) {
    return Estimate.builder().id(id).measure("troops").unit(Unit.count("soldiers")).approximator(Approximator.EXACT)
        .interval(Interval.point(5));
  }

  private static Article article() {
    return Article.builder().id("a1").headline("Troops").language("en").text(TEXT).build();
  }

  private static String refusal(Supplier<?> build) {
    return assertThrows(IllegalArgumentException.class, build::get).getMessage();
  }

  @Test
  void blankTextsAreRefusedByName() {
    assertEquals("claim id must not be blank, was \" \"", refusal(() -> claim(" ").build()));
    assertEquals("claim c1 key must not be blank, was \"\"", refusal(() -> claim("c1").key("").build()));
    assertEquals("claim c1 about must not contain a blank entry, was [\"Korea\", \" \"]",
        refusal(() -> claim("c1").addAllAbout(List.of("Korea", " ")).build()));
    assertEquals("claim c1 about must not contain a blank entry, was [\"\"]", refusal(() -> claim("c1").addAbout("").build()));
    assertEquals("article id must not be blank, was \" \"", refusal(() -> Article.builder().from(article()).id(" ").build()));
    assertEquals("article a1 headline must not be blank, was \"\"",
        refusal(() -> Article.builder().from(article()).headline("").build()));
    assertEquals("article a1 outlet must not be blank, was \" \"",
        refusal(() -> Article.builder().from(article()).outlet(" ").build()));
    assertEquals("estimate id must not be blank, was \"\"", refusal(() -> estimate("").build()));
    assertEquals("estimate e1 measure must not be blank, was \" \"", refusal(() -> estimate("e1").measure(" ").build()));
    assertEquals("actor a1 aliases must not contain a blank entry, was [\"Kim\", \" \"]",
        refusal(() -> Actor.builder().id("a1").name("Kim Jong Un").kind(ActorKind.PERSON).addAllAliases(List.of("Kim", " ")).build()));
    assertEquals("claim relation target must not be blank, was \" \"",
        refusal(() -> ClaimRelation.of(ClaimRelationKind.SUPPORTS, " ")));
  }

  @Test
  void derivedFromIsCheckedEntryByEntry() {
    Estimate derived = estimate("e1").approximator(Approximator.DERIVED).interval(Interval.closed(1, 2)).addDerivedFrom("e9")
        .build();
    assertEquals("estimate e1 derivedFrom must not contain a blank entry, was [\"e2\", \" \"]",
        refusal(() -> Estimate.builder().from(derived).derivedFrom(List.of("e2", " ")).build()));
    assertEquals("estimate e1 derivedFrom must not repeat \"e2\"",
        refusal(() -> Estimate.builder().from(derived).derivedFrom(List.of("e2", "e3", "e2")).build()));
    assertEquals(List.of("e2", "e3"), Estimate.builder().from(derived).derivedFrom(List.of("e2", "e3")).build()
        .getDerivedFrom());
  }

  @Test
  void aStatedNegativeZeroBecomesZero() {
    Estimate zero = estimate("e1").interval(Interval.point(0)).statedValue(-0.0).build();
    assertEquals(Double.doubleToRawLongBits(0.0), Double.doubleToRawLongBits(zero.getStatedValue().getAsDouble()));
    assertEquals("e1", zero.getId());
  }

  @Test
  void aRelationToTheClaimItselfIsRefusedWhereverItStands() {
    ClaimRelation self = ClaimRelation.of(ClaimRelationKind.SUPPORTS, "c1");
    assertEquals("claim c1 must not relate to itself (" + self + ")", refusal(() -> claim("c1").addRelation(self).build()));
    ClaimRelation selfContradiction = ClaimRelation.of(ClaimRelationKind.CONTRADICTS, "c1");
    // Of two relations to itself, the first is named.
    assertEquals("claim c1 must not relate to itself (" + self + ")",
        refusal(() -> claim("c1").addAllRelations(List.of(self, selfContradiction)).build()));
    assertEquals("claim c1 must not relate to itself (" + selfContradiction + ")",
        refusal(() -> claim("c1").addAllRelations(List.of(ClaimRelation.of(ClaimRelationKind.SUPPORTS, "c2"), selfContradiction)).build()));
  }

  @Test
  void supportAndContradictionOfOneClaimAreRefusedButOfTwoAllowed() {
    Claim both = claim("c1").addAllRelations(List.of(ClaimRelation.of(ClaimRelationKind.CONTRADICTS, "c2"),
        ClaimRelation.of(ClaimRelationKind.SUPPORTS, "c3"))).build();
    assertEquals(2, both.getRelations().size());
    assertEquals("claim c1 must not both support and contradict c2", refusal(() -> claim("c1")
        .addAllRelations(List.of(ClaimRelation.of(ClaimRelationKind.CONTRADICTS, "c2"), ClaimRelation.of(ClaimRelationKind.SUPPORTS, "c2")))
        .build()));
  }

  @Test
  void longListsAreCheckedForRepeatsToo() {
    List<ClaimRelation> relations = new ArrayList<>();
    List<Estimate> estimates = new ArrayList<>();
    for (int i = 2; i <= 11; i++) {
      relations.add(ClaimRelation.of(ClaimRelationKind.SUPPORTS, "c" + i));
      estimates.add(estimate("e" + i).build());
    }
    Claim many = claim("c1").relations(relations).estimates(estimates).build();
    assertEquals(relations, many.getRelations());
    assertEquals(estimates, many.getEstimates());

    List<ClaimRelation> repeated = new ArrayList<>(relations);
    repeated.add(ClaimRelation.of(ClaimRelationKind.SUPPORTS, "c7"));
    assertEquals("claim c1 must not repeat the relation " + ClaimRelation.of(ClaimRelationKind.SUPPORTS, "c7"),
        refusal(() -> claim("c1").relations(repeated).build()));
    List<Estimate> repeatedIds = new ArrayList<>(estimates);
    repeatedIds.add(estimate("e9").measure("other troops").build());
    assertEquals("claim c1 estimate ids must not repeat \"e9\"", refusal(() -> claim("c1").estimates(repeatedIds).build()));
  }

  @Test
  void repeatedActorIdsAreRefusedAndLongIdsShortenedOnlyPastSixtyCharacters() {
    Actor kim = Actor.builder().id("x").name("Kim Jong Un").kind(ActorKind.PERSON).build();
    Actor army = Actor.builder().id("x").name("the army").kind(ActorKind.MILITARY).build();
    assertEquals("article a1 actor ids must not repeat \"x\"",
        refusal(() -> AnnotatedArticle.builder().article(article()).addAllActors(List.of(kim, army)).build()));
    String sixty = "k".repeat(60);
    assertEquals("claim id must not be blank, was \"" + " ".repeat(60) + "\"", refusal(() -> claim(" ".repeat(60)).build()));
    assertEquals("article a1 claim ids must not repeat \"" + sixty + "\"",
        refusal(() -> AnnotatedArticle.builder().article(article()).addAllClaims(List.of(claim(sixty).build(), claim(sixty).build())).build()));
    String sixtyOne = "k".repeat(61);
    assertEquals("article a1 claim ids must not repeat \"" + "k".repeat(57) + "...\"",
        refusal(() -> AnnotatedArticle.builder().article(article()).addAllClaims(List.of(claim(sixtyOne).build(), claim(sixtyOne).build()))
            .build()));
  }

  @Test
  void overlappingNonContentIsFoundBetweenSpansFarApartInTheList() {
    // A thousand lines of page furniture; the last span overlaps the first: far apart in the list,
    // neighbours once sorted by start. (Moved from ScalingTest, which mutation testing leaves out.)
    String text = "ad\n".repeat(1_000);
    List<NonContentSpan> furniture = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      furniture.add(NonContentSpan.of(NonContentKind.ADVERTISEMENT, TextSpan.in(text, 3 * i, 3 * i + 3)));
    }
    Article ok = Article.builder().id("scaling").headline("Scaling").language("en").text(text).nonContent(furniture).build();
    assertEquals(furniture, ok.getNonContent());
    furniture.add(NonContentSpan.of(NonContentKind.ADVERTISEMENT, TextSpan.in(text, 1, 3)));
    assertEquals("article scaling nonContent[0] [0, 3) \"ad\\n\" overlaps nonContent[1000] [1, 3) \"d\\n\"",
        refusal(() -> Article.builder().from(ok).nonContent(furniture).build()).replace("\n", "\\n"));
  }

  @Test
  void cyclesAreFoundAfterBackingOutOfADeadEnd() {
    // c1 -> c2 -> c4 is a dead end the search backs out of before it follows c1 -> c3 -> c1.
    Claim c1 = claim("c1").addAllRelations(List.of(ClaimRelation.of(ClaimRelationKind.SUPPORTS, "c2"),
        ClaimRelation.of(ClaimRelationKind.SUPPORTS, "c3"))).build();
    Claim c2 = claim("c2").addRelation(ClaimRelation.of(ClaimRelationKind.SUPPORTS, "c4")).build();
    Claim c3 = claim("c3").addRelation(ClaimRelation.of(ClaimRelationKind.SUPPORTS, "c1")).build();
    Claim c4 = claim("c4").build();
    assertEquals("article a1 has a cycle in claim relations SUPPORTS: c1 -> c3 -> c1",
        refusal(() -> AnnotatedArticle.builder().article(article()).addAllClaims(List.of(c1, c2, c3, c4)).build()));
    Claim c3Elsewhere = claim("c3").addRelation(ClaimRelation.of(ClaimRelationKind.SUPPORTS, "c4")).build();
    assertEquals(4, AnnotatedArticle.builder().article(article()).addAllClaims(List.of(c1, c2, c3Elsewhere, c4)).build().getClaims().size());
  }

  @Test
  void aCycleEnteredFromTwoSidesIsFound() {
    // c1 -> c2 and c4 -> c3 lead into the cycle c2 -> c3 -> c2: the quick test for "no cycle" counts
    // the claims it can take away one by one, and must not count one of the cycle's twice.
    Claim c1 = claim("c1").addRelation(ClaimRelation.of(ClaimRelationKind.SUPPORTS, "c2")).build();
    Claim c2 = claim("c2").addRelation(ClaimRelation.of(ClaimRelationKind.SUPPORTS, "c3")).build();
    Claim c3 = claim("c3").addRelation(ClaimRelation.of(ClaimRelationKind.SUPPORTS, "c2")).build();
    Claim c4 = claim("c4").addRelation(ClaimRelation.of(ClaimRelationKind.SUPPORTS, "c3")).build();
    assertEquals("article a1 has a cycle in claim relations SUPPORTS: c2 -> c3 -> c2",
        refusal(() -> AnnotatedArticle.builder().article(article()).addAllClaims(List.of(c1, c2, c3, c4)).build()));
    // Entered from one side only: the quick test must not start from the claims that have supporters.
    assertEquals("article a1 has a cycle in claim relations SUPPORTS: c2 -> c3 -> c2",
        refusal(() -> AnnotatedArticle.builder().article(article()).addAllClaims(List.of(c1, c2, c3)).build()));
  }

  @Test
  void cyclesThroughDerivedFromAloneOrRelativeToAloneAreRefused() {
    Estimate e1 = estimate("e1").approximator(Approximator.DERIVED).interval(Interval.closed(1, 2)).addDerivedFrom("e2").build();
    Estimate e2 = estimate("e2").approximator(Approximator.DERIVED).interval(Interval.closed(1, 2)).addDerivedFrom("e1").build();
    assertEquals("article a1 has a cycle in estimates (relativeTo and derivedFrom): e1 -> e2 -> e1",
        refusal(() -> AnnotatedArticle.builder().article(article()).addClaim(claim("c1").addAllEstimates(List.of(e1, e2)).build()).build()));
    Estimate r1 = estimate("r1").relativeTo("r2").build();
    Estimate r2 = estimate("r2").relativeTo("r1").build();
    assertEquals("article a1 has a cycle in estimates (relativeTo and derivedFrom): r1 -> r2 -> r1",
        refusal(() -> AnnotatedArticle.builder().article(article()).addClaim(claim("c1").addAllEstimates(List.of(r1, r2)).build()).build()));
  }

  @Test
  void anIndexFindsItsArticlesAndTellsPartiesApart() {
    AnnotatedArticle first = AnnotatedArticle.builder().article(article()).build();
    AnnotatedArticle second = AnnotatedArticle.builder().article(Article.builder().from(article()).id("a2").build()).build();
    ClaimIndex index = ClaimIndex.of(List.of(first, second));
    assertEquals(List.of(first, second), index.articles());
    assertEquals(Optional.of(second), index.article("a2"));
    assertEquals(Optional.empty(), index.article("a3"));

    Actor kim = Actor.builder().id("kim").name("Kim Jong Un").kind(ActorKind.PERSON).build();
    Actor army = Actor.builder().id("army").name("the army").kind(ActorKind.MILITARY).build();
    assertFalse(ClaimIndex.sameParty(kim, army));
    assertTrue(ClaimIndex.sameParty(kim, Actor.builder().from(kim).name("Kim").build()));

    Estimate x = estimate("e1").build();
    Estimate y = estimate("e2").interval(Interval.point(9)).build();
    assertFalse(EstimateConflict.of("a1", x, "a2", y).isWithinOneArticle());
    assertTrue(EstimateConflict.of("a1", x, "a1", y).isWithinOneArticle());
  }
}
