package io.github.newsclaims.html;

import io.github.newsclaims.core.Actor;
import io.github.newsclaims.core.ActorKind;
import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.Approximator;
import io.github.newsclaims.core.Article;
import io.github.newsclaims.core.Attribution;
import io.github.newsclaims.core.AttributionMode;
import io.github.newsclaims.core.Claim;
import io.github.newsclaims.core.ClaimReview;
import io.github.newsclaims.core.ClaimKind;
import io.github.newsclaims.core.ClaimRelation;
import io.github.newsclaims.core.ClaimRelationKind;
import io.github.newsclaims.core.Estimate;
import io.github.newsclaims.core.Factuality;
import io.github.newsclaims.core.Interval;
import io.github.newsclaims.core.NonContentKind;
import io.github.newsclaims.core.NonContentSpan;
import io.github.newsclaims.core.PartialDate;
import io.github.newsclaims.core.Rating;
import io.github.newsclaims.core.Place;
import io.github.newsclaims.core.TextSpan;
import io.github.newsclaims.core.TimeKind;
import io.github.newsclaims.core.TimeReference;
import io.github.newsclaims.core.Unit;
import java.net.URI;

/** Hand-built annotated articles for the page tests, made with the core builders. */
final class TestArticles {
  /** Emoji outside the BMP, curly quotes, nesting and crossing spans. */
  static final String NESTED_TEXT = "🇰🇵 State media said Kim’s factories “could reportedly make about 15,000 shells” 🚀"
      + " in April, analysts say. Made in 🇰🇵 Pyongyang.\n\nREAD ALSO: 🚀 more news";

  private TestArticles() {}

  /**
   * Three claims whose spans nest and cross: c3's evidence ("reportedly make about 15,000") lies
   * inside c1's, with the hedge "reportedly" inside both; c2's evidence starts inside c1's and ends
   * after it; the cue "said" introduces c1 and c3 both, its hop hedged by "reportedly"; c2 happens in
   * "🇰🇵 Pyongyang". A teaser is page furniture.
   */
  static AnnotatedArticle nested() {
    String text = NESTED_TEXT;
    TextSpan stateMedia = TextSpan.find(text, "State media");
    TextSpan said = TextSpan.find(text, "said");
    TextSpan about = TextSpan.find(text, "about 15,000");
    TextSpan reportedly = TextSpan.find(text, "reportedly");
    Attribution byStateMedia = Attribution.builder().source("kcna").sourceMention(stateMedia).cue(said)
        .mode(AttributionMode.INDIRECT).commitment(Factuality.CERTAINLY_SO).addHedge(reportedly).build();
    Estimate shells = Estimate.builder().id("e1").measure("artillery shells a month").unit(Unit.count("shells"))
        .phrase(about).approximator(Approximator.ABOUT).interval(Interval.closed(13_500, 16_500))
        .statedValue(15_000.0).build();
    Claim c1 = Claim.builder().id("c1").proposition("Kim’s factories could make about 15,000 shells.")
        .addEvidence(TextSpan.find(text, "Kim’s factories “could reportedly make about 15,000 shells”"))
        .kind(ClaimKind.QUANTITY).addAttribution(byStateMedia).factuality(Factuality.UNDERSPECIFIED)
        .addHedges(TextSpan.find(text, "could"), reportedly).addEstimate(shells).addAbout("kim").build();
    Claim c2 = Claim.builder().id("c2").proposition("The shells will be made in April.")
        .addEvidence(TextSpan.find(text, "make about 15,000 shells” 🚀 in April"))
        .kind(ClaimKind.PREDICTION)
        .addAttribution(Attribution.builder().source("kcna").mode(AttributionMode.ACCORDING_TO)
            .commitment(Factuality.POSSIBLY_SO).build())
        .addAttribution(Attribution.builder().source("analysts").sourceMention(TextSpan.find(text, "analysts"))
            .cue(TextSpan.find(text, "say")).mode(AttributionMode.INDIRECT).commitment(Factuality.PROBABLY_SO).build())
        .factuality(Factuality.UNDERSPECIFIED)
        .time(TimeReference.builder().kind(TimeKind.DATE).month(4).expression(TextSpan.find(text, "in April")).build())
        .place(Place.builder().name("Pyongyang").mention(TextSpan.find(text, "🇰🇵 Pyongyang")).build())
        .addRelation(ClaimRelation.of(ClaimRelationKind.ELABORATES, "c1")).build();
    Claim c3 = Claim.builder().id("c3").proposition("Reportedly, the factories make about 15,000 shells.")
        .addEvidence(TextSpan.find(text, "reportedly make about 15,000")).kind(ClaimKind.STATE)
        .addAttribution(byStateMedia).factuality(Factuality.POSSIBLY_SO).addHedge(reportedly)
        .addRelation(ClaimRelation.of(ClaimRelationKind.SUPPORTS, "c1")).build();
    Article article = Article.builder().id("nested").headline("Kim’s 🚀 factories").language("en").text(text)
        .outlet("Test Wire").publicationDate(PartialDate.of(2024, 11, 26)).url(URI.create("https://example.org/kim"))
        .addNonContent(NonContentSpan.of(NonContentKind.TEASER, TextSpan.find(text, "READ ALSO: 🚀 more news")))
        .build();
    return AnnotatedArticle.builder().article(article)
        .addActor(Actor.builder().id("kcna").name("Korean Central News Agency").kind(ActorKind.STATE_MEDIA).build())
        .addActor(Actor.builder().id("analysts").name("Analysts").kind(ActorKind.EXPERT_GROUP).build())
        .addActor(Actor.builder().id("kim").name("Kim Jong Un").kind(ActorKind.PERSON).build())
        .addClaims(c1, c2, c3).build();
  }

  /** What a hostile payload would set: a script that runs marks the page as attacked. */
  static final String MARKER = "__newsclaimsPwned";

  /** Payloads that would run script if any text reached the page unescaped. */
  static final String[] PAYLOADS = {
      "<script>window." + MARKER + "=1</script>",
      "<img src=x onerror=\"window." + MARKER + "=2\">",
      "</style><script>window." + MARKER + "=3</script>",
      "<a href=\"javascript:window." + MARKER + "=4\">click</a>",
      "javascript:window." + MARKER + "=5",
      "\"><svg onload=window." + MARKER + "=6>",
      "</textarea></title><script>window." + MARKER + "=7</script>",
  };

  /**
   * An article whose text, headline, outlet, address, actor names, propositions, measure, unit,
   * place and fact-check rating all carry the payloads.
   */
  static AnnotatedArticle hostile() {
    StringBuilder text = new StringBuilder("Officials said: ");
    for (String payload : PAYLOADS) {
      text.append(payload).append(' ');
    }
    text.append("about 200 ").append(PAYLOADS[0]).append(" left.");
    String body = text.toString();
    String all = String.join(" ", PAYLOADS);
    Estimate estimate = Estimate.builder().id("e<1>").measure(all).unit(Unit.count(PAYLOADS[1]))
        .phrase(TextSpan.find(body, "about 200")).approximator(Approximator.ABOUT)
        .interval(Interval.closed(180, 220)).statedValue(200.0).build();
    Claim claim = Claim.builder().id("c\"1<script>").proposition(all)
        .addEvidence(TextSpan.find(body, PAYLOADS[0] + " " + PAYLOADS[1]))
        .addEvidence(TextSpan.find(body, "about 200 " + PAYLOADS[0]))
        .kind(ClaimKind.STATEMENT)
        .addAttribution(Attribution.builder().source(PAYLOADS[2]).sourceMention(TextSpan.find(body, "Officials"))
            .cue(TextSpan.find(body, "said")).mode(AttributionMode.INDIRECT).commitment(Factuality.CERTAINLY_SO).build())
        .factuality(Factuality.UNDERSPECIFIED).addHedge(TextSpan.find(body, PAYLOADS[3]))
        .addEstimate(estimate).addAbout(PAYLOADS[2])
        .place(Place.builder().name(PAYLOADS[6]).mention(TextSpan.find(body, "left")).build())
        .addReview(ClaimReview.builder().reviewer(PAYLOADS[2]).rating(Rating.of(PAYLOADS[0]))
            .url(URI.create("https://example.org/check")).summary(PAYLOADS[3]).build())
        .addRelation(ClaimRelation.of(ClaimRelationKind.SUPPORTS, PAYLOADS[4])).build();
    Article article = Article.builder().id("hostile").headline(all).language("en").text(body).outlet(all)
        .url(URI.create("javascript:window." + MARKER + "=8"))
        .addNonContent(NonContentSpan.of(NonContentKind.OTHER, TextSpan.find(body, PAYLOADS[5])))
        .build();
    return AnnotatedArticle.builder().article(article)
        .addActor(Actor.builder().id(PAYLOADS[2]).name(all).kind(ActorKind.PERSON).addAlias(PAYLOADS[6]).build())
        .addClaim(claim).build();
  }
}
