package io.github.newsclaims.jsonld;

import io.github.newsclaims.core.Actor;
import io.github.newsclaims.core.ActorKind;
import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.AnnotationMethod;
import io.github.newsclaims.core.AnnotationProvenance;
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
import io.github.newsclaims.core.PartialDate;
import io.github.newsclaims.core.Place;
import io.github.newsclaims.core.Rating;
import io.github.newsclaims.core.TextSpan;
import io.github.newsclaims.core.TimeKind;
import io.github.newsclaims.core.TimeReference;
import io.github.newsclaims.core.Unit;
import java.net.URI;

/** Hand-built articles whose text has emoji outside the BMP before and inside the annotated spans. */
final class EmojiArticles {
  /** 🚀 and 🇰🇵 are two code units per code point (the flag is two code points, four units). */
  static final String TEXT = "Rockets 🚀🚀 over 🇰🇵\n\n"
      + "According to state media, Kim called production “critical” 🚀.\n"
      + "Analysts say about 15,000 soldiers are reportedly in Russia, and nearly a third of them were killed or injured.\n"
      + "“We will win,” Kim said in April 2024.";

  private EmojiArticles() {}

  static Article article(String text, boolean withUrl) {
    Article.Builder article = Article.builder().id("emoji 1/α").headline("Rockets 🚀 over 🇰🇵").language("en").text(text)
        .outlet("The Example Times").publicationDate(PartialDate.of(2024, 11, 26));
    if (withUrl) {
      article.url(URI.create("https://news.example/2024/rockets#top"));
    }
    return article.build();
  }

  static AnnotatedArticle annotated(boolean withUrl) {
    String t = TEXT;
    Actor state = Actor.builder().id("north-korea").name("North Korea").kind(ActorKind.STATE).addAlias("Pyongyang")
        .addSameAs(URI.create("http://www.wikidata.org/entity/Q423")).build();
    Actor checker = Actor.builder().id("checker").name("Example Fact Check").kind(ActorKind.NEWS_OUTLET).build();
    Actor kcna = Actor.builder().id("kcna").name("Korean Central News Agency").kind(ActorKind.STATE_MEDIA)
        .addAlias("state media").affiliation("north-korea").build();
    Actor kim = Actor.builder().id("kim").name("Kim Jong Un").kind(ActorKind.PERSON).affiliation("north-korea")
        .addSameAs(URI.create("http://www.wikidata.org/entity/Q56226"), URI.create("https://en.wikipedia.org/wiki/Kim_Jong_Un"))
        .build();
    Actor analysts = Actor.builder().id("analysts").name("Analysts").kind(ActorKind.EXPERT_GROUP).build();
    Claim critical = Claim.builder().id("c1").proposition("Kim called artillery production critical 🚀.")
        .kind(ClaimKind.STATEMENT).factuality(Factuality.CERTAINLY_SO)
        .addEvidence(TextSpan.find(t, "Kim called production “critical” 🚀"))
        .addAttribution(Attribution.builder().source("kcna").mode(AttributionMode.ACCORDING_TO)
            .cue(TextSpan.find(t, "According to")).commitment(Factuality.CERTAINLY_SO).build())
        .addAttribution(Attribution.builder().source("kim").mode(AttributionMode.PARTIAL_QUOTE)
            .cue(TextSpan.find(t, "called")).commitment(Factuality.CERTAINLY_SO).build())
        .build();
    Estimate soldiers = Estimate.builder().id("e-soldiers").measure("soldiers in Russia").unit(Unit.count("soldiers"))
        .phrase(TextSpan.find(t, "about 15,000")).approximator(Approximator.ABOUT)
        .interval(Interval.closed(13_500, 16_500)).statedValue(15_000.0).build();
    Estimate share = Estimate.builder().id("e-share").measure("share killed or injured").unit(Unit.fraction())
        .phrase(TextSpan.find(t, "nearly a third")).approximator(Approximator.NEARLY)
        .interval(Interval.of(0.3, true, 1.0 / 3, false)).statedValue(1.0 / 3).relativeTo("e-soldiers").build();
    Estimate casualties = Estimate.builder().id("e-casualties").measure("soldiers killed or injured")
        .unit(Unit.count("soldiers")).approximator(Approximator.DERIVED)
        .interval(Interval.of(4050, true, 5500, false)).addDerivedFrom("e-share", "e-soldiers").build();
    Claim troops = Claim.builder().id("c2").key("nk-troops-in-russia")
        .proposition("About 15,000 North Korean soldiers are in Russia.")
        .place(Place.builder().name("Russia").mention(TextSpan.find(t, "Russia"))
            .addSameAs(URI.create("http://www.wikidata.org/entity/Q159")).build())
        .addReview(ClaimReview.builder().reviewer("checker").rating(Rating.of("Mostly true", 4, 1, 5))
            .url(URI.create("https://factcheck.example/nk-troops")).date(PartialDate.of(2024, 12, 2))
            .summary("Several intelligence services give 11,000 to 15,000.").build())
        .kind(ClaimKind.QUANTITY).factuality(Factuality.UNDERSPECIFIED)
        .addEvidence(TextSpan.find(t, "about 15,000 soldiers are reportedly in Russia"))
        .addAttribution(Attribution.builder().source("analysts").mode(AttributionMode.INDIRECT)
            .cue(TextSpan.find(t, "say")).commitment(Factuality.PROBABLY_SO).build())
        .addHedge(TextSpan.find(t, "reportedly"))
        .addEstimate(soldiers).build();
    Claim killed = Claim.builder().id("c3").proposition("Nearly a third of them were killed or injured.")
        .kind(ClaimKind.QUANTITY).factuality(Factuality.UNDERSPECIFIED)
        .addEvidence(TextSpan.find(t, "nearly a third of them were killed or injured"))
        .addAttribution(Attribution.builder().source("analysts").mode(AttributionMode.INDIRECT).carriedOver(true)
            .cue(TextSpan.find(t, "say")).commitment(Factuality.PROBABLY_SO).build())
        .provenance(AnnotationProvenance.of("claim-extractor 2.1.0", AnnotationMethod.AUTOMATIC, 0.83))
        .addEstimates(share, casualties)
        .addRelation(ClaimRelation.of(ClaimRelationKind.DERIVED_FROM, "c2")).build();
    Claim win = Claim.builder().id("c4").key("https://claims.example/kim-will-win").proposition("North Korea will win.")
        .kind(ClaimKind.PREDICTION).factuality(Factuality.UNDERSPECIFIED)
        .addEvidence(TextSpan.find(t, "“We will win,”"))
        .addAttribution(Attribution.builder().source("kim").mode(AttributionMode.DIRECT_QUOTE)
            .cue(TextSpan.find(t, "Kim said")).commitment(Factuality.CERTAINLY_SO)
            .time(TimeReference.builder().kind(TimeKind.DATE).year(2024).month(4)
                .expression(TextSpan.find(t, "in April 2024")).build()).build())
        .build();
    Claim rockets = Claim.builder().id("c5").proposition("Rockets fly over North Korea.")
        .kind(ClaimKind.EVENT).factuality(Factuality.CERTAINLY_SO)
        .addEvidence(TextSpan.find(t, "Rockets 🚀🚀 over 🇰🇵"))
        .addReview(ClaimReview.builder().reviewer("checker").rating(Rating.of("Unproven"))
            .url(URI.create("https://factcheck.example/rockets")).build())
        .build();
    return AnnotatedArticle.builder().article(article(t, withUrl)).addActors(state, kcna, kim, analysts, checker)
        .addClaims(critical, troops, killed, win, rockets)
        .provenance(AnnotationProvenance.of("Jane Doe", AnnotationMethod.MANUAL)).build();
  }
}
