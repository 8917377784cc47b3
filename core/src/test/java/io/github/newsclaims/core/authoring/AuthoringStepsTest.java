package io.github.newsclaims.core.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import io.github.newsclaims.core.NonContentKind;
import io.github.newsclaims.core.NonContentSpan;
import io.github.newsclaims.core.Rating;
import io.github.newsclaims.core.TextSpan;
import io.github.newsclaims.core.TimeKind;
import io.github.newsclaims.core.TimeReference;
import io.github.newsclaims.core.Unit;
import java.net.URI;
import java.time.Period;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Each step of the authoring API lands in the built article: evidence and hedges given as quotes, a
 * complete estimate, a review, a derived-from relation, page furniture marked along the way, an actor
 * built elsewhere, times with their calendar fields, a figure's readings set over the reader's or in
 * place of it, a hop's explicit or refused source mention, and the cue-table defaults of a chain.
 */
class AuthoringStepsTest {
  private static final String TEXT = "Dam report\n\n"
      + "The agency said about 15,000 people fled in March 2024, according to the agency. "
      + "The mayor, Kim, warned that the dam could fail. Officials estimate the mayor said the dam is safe. "
      + "Inspections happen weekly. Reportedly, the dam could fail again. READ MORE";
  private static final Article ARTICLE = Article.builder().id("a").headline("Dam report").language("en")
      .text(TEXT).build();
  private static final ClaimReview REVIEW = ClaimReview.builder().reviewer("factcheck").rating(Rating.of("False"))
      .url(URI.create("https://factcheck.example/dam")).build();
  private static final Estimate ONE_DAM = Estimate.builder().id("e9").measure("dams").unit(Unit.count("dams"))
      .approximator(Approximator.EXACT).interval(Interval.point(1)).build();

  private static ArticleAnnotator actors() {
    return ArticleAnnotator.of(ARTICLE)
        .actor(Actor.builder().id("agency").kind(ActorKind.GOVERNMENT).name("agency").build())
        .actor("mayor", ActorKind.PERSON, "mayor")
        .actor("officials", ActorKind.GOVERNMENT, "Officials")
        .nonContent(NonContentKind.TEASER, Quote.of("READ"))
        .actor("kim", ActorKind.PERSON, "Kim").nonContent(NonContentKind.ADVERTISEMENT, Quote.of("MORE"));
  }

  @Test
  void quotesEstimatesReviewsRelationsAndFurnitureLandInTheArticle() {
    AnnotatedArticle annotated = actors()
        .claim("c1", ClaimKind.EVENT, "People fled.")
        .evidence(Quote.of("about 15,000 people fled"), Quote.of("the dam could fail").occurrence(2))
        .hedge(Quote.of("could").within("Reportedly, the dam could fail again"))
        .estimate(ONE_DAM).review(REVIEW)
        .claim("c2", ClaimKind.QUANTITY, "15,000 people fled.").evidence("15,000 people fled")
        .derivedFrom("c1").nonContent(NonContentKind.TEASER, Quote.of("Dam report").occurrence(1))
        .build();
    Claim first = annotated.claim("c1").orElseThrow();
    assertEquals(List.of("about 15,000 people fled", "the dam could fail"),
        first.getEvidence().stream().map(TextSpan::getText).toList());
    assertEquals(TEXT.lastIndexOf("the dam could fail"), first.getEvidence().get(1).getStart());
    assertEquals(List.of(TextSpan.in(TEXT, TEXT.lastIndexOf("could"), TEXT.lastIndexOf("could") + 5)),
        first.getHedges());
    assertEquals(Factuality.POSSIBLY_SO, first.getFactuality(), "the hedge given as a quote lowers the article");
    assertEquals(List.of(ONE_DAM), first.getEstimates());
    assertEquals(ONE_DAM, annotated.estimate("e9").orElseThrow());
    assertEquals(List.of(REVIEW), first.getReviews());
    assertEquals(List.of(ClaimRelation.of(ClaimRelationKind.DERIVED_FROM, "c1")),
        annotated.claim("c2").orElseThrow().getRelations());
    assertEquals(List.of("READ", "MORE", "Dam report"),
        annotated.getArticle().getNonContent().stream().map(n -> n.getSpan().getText()).toList());
    assertEquals(List.of(NonContentKind.TEASER, NonContentKind.ADVERTISEMENT, NonContentKind.TEASER),
        annotated.getArticle().getNonContent().stream().map(NonContentSpan::getKind).toList());
    assertEquals(List.of("agency", "mayor", "officials", "kim"),
        annotated.getActors().stream().map(Actor::getId).toList());
  }

  @Test
  void anActorMayEndTheAnnotationAndASpanIsLookedUpAtOnce() {
    AnnotatedArticle annotated = ArticleAnnotator.of(ARTICLE)
        .claim("c1", ClaimKind.EVENT, "Inspections happen weekly.").evidence("Inspections happen weekly")
        .actor("kim", ActorKind.PERSON, "Kim").build();
    assertEquals("Kim", annotated.actor("kim").orElseThrow().getName());
    assertEquals(1, annotated.getClaims().size());
    assertEquals(TextSpan.in(TEXT, TEXT.indexOf("Reportedly"), TEXT.indexOf("Reportedly") + 10),
        ArticleAnnotator.of(ARTICLE).span(Quote.of("Reportedly")));
  }

  @Test
  void timesKeepTheirExpressionAndCalendarFields() {
    Claim claim = actors()
        .claim("c1", ClaimKind.EVENT, "People fled in March 2024.")
        .evidence("The agency said about 15,000 people fled in March 2024")
        .hop(Hop.by("agency").cue(Quote.of("said")).at(When.of(TimeKind.DATE).year(2024).month(3).day(5)))
        .time(When.of(TimeKind.DATE, "March 2024").year(2024).month(3))
        .claim("c2", ClaimKind.STATE, "Inspections are weekly.").evidence("Inspections happen weekly")
        .time(When.of(TimeKind.RECURRING, Quote.of("weekly")).period(Period.ofWeeks(1)))
        .build().claim("c1").orElseThrow();
    TimeReference time = claim.getTime().orElseThrow();
    assertEquals(TimeKind.DATE, time.getKind());
    assertEquals("March 2024", time.getExpression().orElseThrow().getText());
    assertEquals(OptionalInt.of(2024), time.getYear());
    assertEquals(OptionalInt.of(3), time.getMonth());
    assertEquals(OptionalInt.empty(), time.getDay());
    TimeReference hopTime = claim.getAttribution().get(0).getTime().orElseThrow();
    assertEquals(OptionalInt.of(5), hopTime.getDay());
    assertTrue(hopTime.getExpression().isEmpty());
    TimeReference weekly = actors()
        .claim("c2", ClaimKind.STATE, "Inspections are weekly.").evidence("Inspections happen weekly")
        .time(When.of(TimeKind.RECURRING, Quote.of("weekly")).period(Period.ofWeeks(1)))
        .build().claim("c2").orElseThrow().getTime().orElseThrow();
    assertEquals(Period.ofWeeks(1), weekly.getPeriod().orElseThrow());
    assertEquals("weekly", weekly.getExpression().orElseThrow().getText());
  }

  @Test
  void aFiguresReadingsReplaceTheReadersAndStandInWhereItReadsNothing() {
    AnnotatedArticle annotated = actors()
        .claim("c1", ClaimKind.QUANTITY, "About 15,000 people fled.").evidence("about 15,000 people fled")
        .estimate(Figure.of("e1", "about 15,000", "people who fled").unit(Unit.count("residents"))
            .approximator(Approximator.NEARLY).interval(Interval.closedOpen(14000, 15000)).statedValue(14500))
        .estimate(Figure.of("e2", Quote.of("15,000"), "people who fled, as stated"))
        .claim("c2", ClaimKind.QUANTITY, "The dam is safe.").evidence("the dam is safe")
        .estimate(Figure.of("e3", "the dam", "dams").unit(Unit.count("dams")).approximator(Approximator.EXACT)
            .interval(Interval.point(1)))
        .build();
    Estimate set = annotated.estimate("e1").orElseThrow();
    assertEquals(Unit.count("residents"), set.getUnit());
    assertEquals(Approximator.NEARLY, set.getApproximator());
    assertEquals(Interval.closedOpen(14000, 15000), set.getInterval());
    assertEquals(14500, set.getStatedValue().orElseThrow());
    assertEquals("about 15,000", set.getPhrase().orElseThrow().getText());
    Estimate plain = annotated.estimate("e2").orElseThrow();
    assertEquals("15,000", plain.getPhrase().orElseThrow().getText(), "read on its own, without the reader's 'about'");
    assertEquals(Approximator.EXACT, plain.getApproximator());
    assertEquals(Interval.point(15000), plain.getInterval());
    Estimate given = annotated.estimate("e3").orElseThrow();
    assertEquals(List.of(Unit.count("dams"), Approximator.EXACT, Interval.point(1), "the dam"),
        List.of(given.getUnit(), given.getApproximator(), given.getInterval(), given.getPhrase().orElseThrow().getText()));
  }

  @Test
  void aHopsMentionIsTheOneGivenNoneWhenRefusedAndNeverTheCue() {
    AnnotatedArticle annotated = actors()
        .claim("c1", ClaimKind.PREDICTION, "The dam could fail.").evidence("The mayor, Kim, warned that the dam could fail")
        .hop(Hop.by("mayor").cue("warned").mention("Kim"))
        .claim("c2", ClaimKind.PREDICTION, "The dam could fail.").evidence("The mayor, Kim, warned that the dam could fail")
        .hop(Hop.by("mayor").cue("warned").noMention())
        .claim("c3", ClaimKind.EVENT, "People fled.").evidence("people fled in March 2024, according to the agency")
        .attributedTo("agency", "according to the agency")
        .build();
    Attribution named = annotated.claim("c1").orElseThrow().getAttribution().get(0);
    assertEquals("Kim", named.getSourceMention().orElseThrow().getText());
    assertFalse(named.isCarriedOver());
    assertTrue(annotated.claim("c2").orElseThrow().getAttribution().get(0).getSourceMention().isEmpty(),
        "noMention: the mayor named in the evidence is not taken");
    Attribution accordingTo = annotated.claim("c3").orElseThrow().getAttribution().get(0);
    assertTrue(accordingTo.getSourceMention().isEmpty(), "the only 'agency' in the evidence is inside the cue");
    assertEquals(AttributionMode.ACCORDING_TO, accordingTo.getMode(), "mode from the cue table");
  }

  @Test
  void aHedgeThatIsAnOuterHopsCueLowersNoHop() {
    Claim claim = actors()
        .claim("c1", ClaimKind.STATE, "The dam is safe.").evidence("Officials estimate the mayor said the dam is safe")
        .attributedTo("officials", "estimate").said("mayor", "said").hedge("estimate")
        .build().claim("c1").orElseThrow();
    assertEquals(List.of(Factuality.PROBABLY_SO, Factuality.CERTAINLY_SO),
        claim.getAttribution().stream().map(Attribution::getCommitment).toList());
    assertEquals(List.of("estimate"), claim.getHedges().stream().map(TextSpan::getText).toList());
  }

  @Test
  void quotesAreEqualExactlyWhenTextOccurrenceAndAnchorsAre() {
    Quote quote = Quote.of("said").occurrence(2).after("agency").within("The agency said");
    Quote same = Quote.of("said").occurrence(2).after(Quote.of("agency")).within(Quote.of("The agency said"));
    assertEquals(quote, same);
    assertEquals(quote.hashCode(), same.hashCode());
    assertEquals(quote, quote);
    assertNotEquals(quote, Quote.of("told").occurrence(2).after("agency").within("The agency said"));
    assertNotEquals(quote, Quote.of("said").occurrence(1).after("agency").within("The agency said"));
    assertNotEquals(quote, Quote.of("said").occurrence(2).after("mayor").within("The agency said"));
    assertNotEquals(quote, Quote.of("said").occurrence(2).after("agency").within("the mayor said"));
    assertNotEquals(quote, Quote.of("said").occurrence(2).after("agency"));
    assertNotEquals(Quote.of("said"), "said");
    assertNotEquals(Quote.of("said").hashCode(), Quote.of("said").occurrence(1).hashCode());
  }

  @Test
  void aHopNamesItsSourceAndCue() {
    assertEquals("hop by mayor, cue \"said\"", Hop.by("mayor").cue("said").toString());
    assertEquals("hop by (unnamed), cue \"Reportedly\" #1", Hop.unnamed().cue(Quote.of("Reportedly").occurrence(1))
        .toString());
    assertEquals("hop by mayor", Hop.by("mayor").toString());
  }

  @Test
  void aCueWithAModeIsNotOnlyAHedgeAndTheFirstRowWinsATie() {
    assertFalse(Cues.find("said").orElseThrow().isHedgeOnly());
    assertTrue(Cues.find("could").orElseThrow().isHedgeOnly());
    // "says" (say) and "told" (tell) are both four letters long: the row listed first is taken.
    assertEquals("say", Cues.find("told says").orElseThrow().lemma());
    assertEquals("say", Cues.find("says told").orElseThrow().lemma());
  }
}
