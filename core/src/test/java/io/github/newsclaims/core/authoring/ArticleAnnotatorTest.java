package io.github.newsclaims.core.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsclaims.core.ActorKind;
import io.github.newsclaims.core.AnnotationMethod;
import io.github.newsclaims.core.AnnotationProvenance;
import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.Approximator;
import io.github.newsclaims.core.Article;
import io.github.newsclaims.core.Attribution;
import io.github.newsclaims.core.AttributionMode;
import io.github.newsclaims.core.Claim;
import io.github.newsclaims.core.ClaimKind;
import io.github.newsclaims.core.ClaimRelation;
import io.github.newsclaims.core.ClaimRelationKind;
import io.github.newsclaims.core.Estimate;
import io.github.newsclaims.core.Factuality;
import io.github.newsclaims.core.Interval;
import io.github.newsclaims.core.NonContentKind;
import io.github.newsclaims.core.TextSpan;
import io.github.newsclaims.core.TimeKind;
import io.github.newsclaims.core.Unit;
import io.github.newsclaims.core.quantity.VaguenessPolicy;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleAnnotatorTest {
  private static final String TEXT = "Troops in Russia\n\n"
      + "South Korean intelligence estimates that about 15,000 North Korean soldiers are now in Russia, with nearly "
      + "a third of them killed. Experts believe the transfers could be worth billions of dollars. North Korea "
      + "acknowledged its troop presence, the agency said. The war could end soon. Reportedly, talks failed.\n\n"
      + "READ ALSO: Other news";
  private static final Article ARTICLE = Article.builder().id("a").headline("Troops in Russia").language("en")
      .text(TEXT).build();

  private static ArticleAnnotator actors() {
    ArticleAnnotator annotator = ArticleAnnotator.of(ARTICLE);
    annotator.actor("nis", ActorKind.INTELLIGENCE_AGENCY, "South Korean intelligence");
    annotator.actor("north-korea", ActorKind.STATE, "North Korea", "Pyongyang");
    annotator.actor("experts", ActorKind.EXPERT_GROUP, "Experts");
    return annotator;
  }

  @Test
  void anAttributedClaimWithItsDefaults() {
    AnnotatedArticle annotated = actors()
        .claim("c1", ClaimKind.QUANTITY, "About 15,000 North Korean soldiers are in Russia.")
        .evidence("South Korean intelligence estimates that about 15,000 North Korean soldiers are now in Russia")
        .said("nis", "estimates")
        .estimate("e1", "about 15,000", "North Korean soldiers in Russia")
        .time(When.of(TimeKind.PRESENT, "now"))
        .build();
    Claim claim = annotated.claim("c1").orElseThrow();
    Attribution hop = claim.getAttribution().get(0);
    assertEquals(Factuality.PROBABLY_SO, hop.getCommitment(), "commitment from the cue table");
    assertEquals(AttributionMode.INDIRECT, hop.getMode());
    assertEquals(TextSpan.of(18, 43, "South Korean intelligence"), hop.getSourceMention().orElseThrow(),
        "the source's name inside the evidence is its mention");
    assertEquals(TextSpan.of(44, 53, "estimates"), hop.getCue().orElseThrow());
    assertEquals(Factuality.UNDERSPECIFIED, claim.getFactuality(), "reported content: the article does not commit");
    Estimate estimate = claim.getEstimates().get(0);
    assertEquals(Interval.closed(13500, 16500), estimate.getInterval());
    assertEquals(Approximator.ABOUT, estimate.getApproximator());
    assertEquals(Unit.count("soldiers"), estimate.getUnit());
    assertEquals("North Korean soldiers in Russia", estimate.getMeasure());
    assertEquals("about 15,000", estimate.getPhrase().orElseThrow().getText());
    assertEquals("now", claim.getTime().orElseThrow().getExpression().orElseThrow().getText());
  }

  @Test
  void anAuthorialClaimIsCertainAndAHedgeLowersIt() {
    AnnotatedArticle annotated = actors()
        .claim("c1", ClaimKind.ASSESSMENT, "North Korean soldiers are in Russia.")
        .evidence("about 15,000 North Korean soldiers are now in Russia")
        .claim("c2", ClaimKind.PREDICTION, "The war will end soon.").evidence("The war could end soon")
        .hedge("could")
        .build();
    assertEquals(Factuality.CERTAINLY_SO, annotated.claim("c1").orElseThrow().getFactuality());
    Claim hedged = annotated.claim("c2").orElseThrow();
    assertEquals(Factuality.POSSIBLY_SO, hedged.getFactuality());
    assertEquals(List.of(TextSpan.of(285, 290, "could")), hedged.getHedges(), "the 'could' inside the evidence");
  }

  @Test
  void aHedgeLowersTheInnermostHopNotTheArticle() {
    Claim claim = actors().claim("c1", ClaimKind.QUANTITY, "The transfers are worth billions of dollars.")
        .evidence("Experts believe the transfers could be worth billions of dollars")
        .said("experts", "believe").hedge("could")
        .estimate("e1", "billions of dollars", "value of the transfers")
        .build().claim("c1").orElseThrow();
    assertEquals(Factuality.POSSIBLY_SO, claim.getAttribution().get(0).getCommitment(), "PR+ lowered to PS+");
    assertEquals(Factuality.UNDERSPECIFIED, claim.getFactuality());
    assertEquals(Unit.currency("USD"), claim.getEstimates().get(0).getUnit());
    assertEquals(Interval.closedOpen(2e9, 1e10), claim.getEstimates().get(0).getInterval());
  }

  @Test
  void anExplicitCommitmentIsNotLowered() {
    Claim claim = actors().claim("c1", ClaimKind.QUANTITY, "The transfers are worth billions of dollars.")
        .evidence("Experts believe the transfers could be worth billions of dollars")
        .hop(Hop.by("experts").cue("believe").commitment(Factuality.CERTAINLY_SO)).hedge("could")
        .build().claim("c1").orElseThrow();
    assertEquals(Factuality.CERTAINLY_SO, claim.getAttribution().get(0).getCommitment());
  }

  @Test
  void aFactiveCueMakesTheArticleCommit() {
    Claim claim = actors().claim("c1", ClaimKind.STATE, "North Korean troops are in Russia.")
        .evidence("North Korea acknowledged its troop presence").attributedTo("north-korea", "acknowledged")
        .build().claim("c1").orElseThrow();
    assertEquals(Factuality.CERTAINLY_SO, claim.getFactuality());
    assertEquals(AttributionMode.INDIRECT, claim.getAttribution().get(0).getMode(), "mode from the cue table");
    assertEquals("North Korea", claim.getAttribution().get(0).getSourceMention().orElseThrow().getText());
  }

  @Test
  void hearsayThatIsAlsoAHedgeDoesNotLowerItself() {
    Claim claim = actors().claim("c1", ClaimKind.EVENT, "Talks failed.").evidence("Reportedly, talks failed")
        .hearsay("Reportedly").hedge("Reportedly")
        .build().claim("c1").orElseThrow();
    Attribution hop = claim.getAttribution().get(0);
    assertEquals(Factuality.CERTAINLY_SO, hop.getCommitment());
    assertEquals(AttributionMode.UNNAMED_HEARSAY, hop.getMode());
    assertTrue(hop.getSource().isEmpty() && hop.getSourceMention().isEmpty());
    assertEquals(Factuality.UNDERSPECIFIED, claim.getFactuality());
  }

  @Test
  void aRelativeEstimateAndAComputedShare() {
    AnnotatedArticle annotated = actors()
        .claim("c1", ClaimKind.QUANTITY, "About 15,000 soldiers are in Russia.")
        .evidence("about 15,000 North Korean soldiers are now in Russia")
        .estimate("e1", "about 15,000", "soldiers")
        .claim("c2", ClaimKind.QUANTITY, "Nearly a third of them were killed.")
        .evidence("nearly a third of them killed")
        .estimate(Figure.of("e2", "nearly a third", "share killed").relativeTo("e1"))
        .share("e3", "soldiers killed", Unit.count("soldiers killed"), "e2", "e1")
        .build();
    Claim claim = annotated.claim("c2").orElseThrow();
    assertEquals("e1", claim.getEstimates().get(0).getRelativeTo().orElseThrow());
    assertEquals(Interval.closedOpen(4050, 5500), claim.getEstimates().get(1).getInterval());
    assertEquals(List.of("e2", "e1"), claim.getEstimates().get(1).getDerivedFrom());
  }

  @Test
  void theVaguenessPolicyIsTheAnnotators() {
    Estimate estimate = actors().policy(VaguenessPolicy.builder().aboutWidth(0.05).build())
        .claim("c1", ClaimKind.QUANTITY, "About 15,000 soldiers are in Russia.")
        .evidence("about 15,000 North Korean soldiers are now in Russia")
        .estimate("e1", "about 15,000", "soldiers").build().estimate("e1").orElseThrow();
    assertEquals(Interval.closed(14250, 15750), estimate.getInterval());
  }

  @Test
  void pageFurnitureByQuotation() {
    AnnotatedArticle annotated = ArticleAnnotator.of(ARTICLE).nonContent(NonContentKind.TEASER, "READ ALSO: Other news")
        .claim("c1", ClaimKind.EVENT, "Talks failed.").evidence("talks failed").build();
    assertEquals("READ ALSO: Other news", annotated.getArticle().getNonContent().get(0).getSpan().getText());
  }

  @Test
  void everyProblemIsReportedAtOnceWithItsPath() {
    AuthoringException e = assertThrows(AuthoringException.class, () -> actors()
        .nonContent(NonContentKind.TEASER, "READ ALSO: Other news")
        .claim("c1", ClaimKind.EVENT, "Something.").evidence("could")
        .said("nobody", "whispered").hedge("perhaps")
        .claim("c2", "No kind.").evidence("Other news").about("ghost").supports("c9")
        .claim("c3", ClaimKind.QUANTITY, "A number.").evidence("talks failed").estimate("e1", "talks", "talks")
        .build());
    List<String> problems = e.getProblems().stream().map(AuthoringException.Problem::toString).toList();
    assertEquals(List.of(
        "claims[0].evidence[0]: quote \"could\" occurs 2 times in the text; add an occurrence, or an anchor it comes "
            + "after or lies within: at 179: \"…Experts believe the transfers [could] be worth billions of dollars.…\"; "
            + "at 285: \"…the agency said. The war [could] end soon. Reportedly, talks…\"",
        "claims[2].estimates[0].phrase: the quantity reader does not understand [313, 318) \"talks\"; give the "
            + "estimate's approximator, interval and unit",
        "claims[0].hedges[0]: quote \"perhaps\" does not occur in the text",
        "claims[0].attribution[0].cue: quote \"whispered\" does not occur in the text",
        "claims[1].kind: claim c2 needs a kind",
        "claims[1].about[0]: no actor has the id ghost; known ids are experts, nis, north-korea",
        "claims[1].relations[0].target: no claim has the id c9"), problems.subList(0, 7));
    assertTrue(e.getMessage().startsWith("cannot build the annotation: "), e.getMessage());
  }

  @Test
  void aClaimInPageFurnitureIsAProblem() {
    AuthoringException e = assertThrows(AuthoringException.class, () -> ArticleAnnotator.of(ARTICLE)
        .nonContent(NonContentKind.TEASER, "READ ALSO: Other news")
        .claim("c1", ClaimKind.EVENT, "Other news.").evidence("Other news").build());
    assertEquals("claims[0].evidence[0]: the evidence [339, 349) \"Other news\" overlaps page furniture "
        + "[328, 349) \"READ ALSO: Other news\"", e.getProblems().get(0).toString());
  }

  @Test
  void buildIsRepeatable() {
    ClaimAnnotator claim = actors().claim("c1", ClaimKind.EVENT, "Talks failed.").evidence("talks failed");
    assertEquals(claim.build(), claim.build());
  }

  @Test
  void aHopWithoutACueNeedsACommitmentAndGetsTheModeOfItsSource() {
    AuthoringException e = assertThrows(AuthoringException.class, () -> actors()
        .claim("c1", ClaimKind.EVENT, "Talks failed.").evidence("talks failed").hop(Hop.by("experts"))
        .claim("c2", ClaimKind.EVENT, "Talks failed.").evidence("Reportedly, talks failed")
        .hop(Hop.by("experts").cue("Reportedly").commitment(Factuality.PROBABLY_SO).noMention())
        .build());
    assertEquals(List.of("claims[0].attribution[0].commitment: a hop without a cue needs a commitment"),
        e.getProblems().stream().map(AuthoringException.Problem::toString).toList());
    AnnotatedArticle annotated = actors()
        .claim("c1", ClaimKind.EVENT, "Talks failed.").evidence("talks failed")
        .hop(Hop.by("experts").commitment(Factuality.CERTAINLY_SO))
        .claim("c2", ClaimKind.EVENT, "Talks failed.").evidence("Reportedly, talks failed")
        .hop(Hop.unnamed().commitment(Factuality.CERTAINLY_SO))
        .build();
    assertEquals(AttributionMode.INDIRECT, annotated.getClaims().get(0).getAttribution().get(0).getMode());
    assertEquals(AttributionMode.UNNAMED_HEARSAY, annotated.getClaims().get(1).getAttribution().get(0).getMode());
  }

  @Test
  void anExplicitMentionAndTimeOfAHop() {
    Attribution hop = actors().claim("c1", ClaimKind.STATE, "Troops are in Russia.")
        .evidence("North Korea acknowledged its troop presence")
        .hop(Hop.by("north-korea").cue("acknowledged").mention(Quote.of("North Korea").within("North Korea acknowledged"))
            .at(When.of(TimeKind.PRESENT, Quote.of("now"))))
        .build().claim("c1").orElseThrow().getAttribution().get(0);
    assertEquals(TextSpan.of(215, 226, "North Korea"), hop.getSourceMention().orElseThrow());
    assertEquals("now", hop.getTime().orElseThrow().getExpression().orElseThrow().getText());
  }

  @Test
  void quotesRefuseNonsense() {
    assertThrows(IllegalArgumentException.class, () -> Quote.of(""));
    assertThrows(IllegalArgumentException.class, () -> Quote.of("x").occurrence(0));
    assertEquals("\"said\" #2 after \"Then\"", Quote.of("said").occurrence(2).after("Then").toString());
  }

  @Test
  void aHopsOwnHedgesLowerItAndTheNewAttributesPassThrough() {
    URI wikidata = URI.create("http://www.wikidata.org/entity/Q423");
    AnnotatedArticle annotated = ArticleAnnotator.of(ARTICLE)
        .provenance(AnnotationProvenance.of("guide", AnnotationMethod.MANUAL))
        .actor("experts", ActorKind.EXPERT_GROUP, "Experts")
        .actor("north-korea", ActorKind.STATE, "North Korea").sameAs(wikidata)
        .claim("c1", ClaimKind.QUANTITY, "The transfers are worth billions of dollars.")
        .evidence("Experts believe the transfers could be worth billions of dollars")
        .hop(Hop.by("experts").cue("believe").hedge("could"))
        .key("transfers-value").place("Russia", Quote.of("Russia").occurrence(1))
        .claim("c2", ClaimKind.STATE, "Troops are in Russia.").evidence("North Korea acknowledged its troop presence")
        .hop(Hop.by("north-korea").cue("acknowledged").carriedOver()).reports("c1").contrasts("c1")
        .build();
    Claim first = annotated.claim("c1").orElseThrow();
    Attribution hop = first.getAttribution().get(0);
    assertEquals(Factuality.POSSIBLY_SO, hop.getCommitment(), "believe PR+ lowered by the hop's could");
    assertEquals(List.of("could"), hop.getHedges().stream().map(TextSpan::getText).toList());
    assertEquals(List.of(), first.getHedges());
    assertEquals("transfers-value", first.getKey().orElseThrow());
    assertEquals("Russia", first.getPlace().orElseThrow().getMention().orElseThrow().getText());
    assertEquals("Q423", annotated.actor("north-korea").orElseThrow().wikidataId().orElseThrow());
    assertEquals(AnnotationMethod.MANUAL, annotated.getProvenance().orElseThrow().getMethod());
    Claim second = annotated.claim("c2").orElseThrow();
    assertTrue(second.getAttribution().get(0).isCarriedOver());
    assertEquals(List.of(ClaimRelation.of(ClaimRelationKind.REPORTS, "c1"),
        ClaimRelation.of(ClaimRelationKind.CONTRASTS, "c1")), second.getRelations());
  }
}
