package io.github.newsclaims.testing.core.validation;

import static io.github.newsclaims.testing.Samples.violations;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.Article;
import io.github.newsclaims.core.Attribution;
import io.github.newsclaims.core.Claim;
import io.github.newsclaims.core.ClaimKind;
import io.github.newsclaims.core.Factuality;
import io.github.newsclaims.core.NonContentKind;
import io.github.newsclaims.core.NonContentSpan;
import io.github.newsclaims.core.Place;
import io.github.newsclaims.core.TextSpan;
import io.github.newsclaims.testing.Samples;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimsOutsideNonContentTest {
  @Test
  void reportsAClaimInsideAnAdvertisementMarker() {
    AnnotatedArticle sample = Samples.annotated();
    TextSpan ad = TextSpan.find(Samples.TEXT, "Advertisement");
    Claim claim = Claim.builder().from(sample.getClaims().get(0)).addEvidence(ad).build();
    assertEquals(List.of("claims[0].evidence[1]: span " + ad + " lies in non-content (advertisement) "
            + sample.getArticle().getNonContent().get(0).getSpan()),
        violations(AnnotatedArticle.builder().from(sample).claims(List.of(claim, sample.getClaims().get(1))).build()));
  }

  @Test
  void reportsAPlaceMentionAndAHopHedgeInsideAnAdvertisementMarker() {
    AnnotatedArticle sample = Samples.annotated();
    TextSpan ad = TextSpan.find(Samples.TEXT, "Advertisement");
    Claim first = sample.getClaims().get(0);
    Attribution hop = Attribution.builder().from(first.getAttribution().get(0)).addHedge(ad).build();
    Claim claim = Claim.builder().from(first).attribution(List.of(hop))
        .place(Place.builder().name("an advertisement").mention(ad).build()).build();
    String furniture = sample.getArticle().getNonContent().get(0).getSpan().toString();
    assertEquals(List.of(
            "claims[0].attribution[0].hedges[0]: span " + ad + " lies in non-content (advertisement) " + furniture,
            "claims[0].place.mention: span " + ad + " lies in non-content (advertisement) " + furniture),
        violations(AnnotatedArticle.builder().from(sample).claims(List.of(claim, sample.getClaims().get(1))).build()));
  }

  @Test
  void findsEverySpanInFurnitureWhateverTheOrderOfTheFurniture() {
    String text = "News one. - Advertisement - News two. READ ALSO: Other story News three. - Advertisement - End.";
    TextSpan firstAd = TextSpan.find(text, "- Advertisement -");
    TextSpan teaser = TextSpan.find(text, "READ ALSO: Other story");
    TextSpan lastAd = TextSpan.find(text, "- Advertisement -", teaser.getEnd());
    Article article = Article.builder().id("a").headline("News").language("en").text(text)
        .addNonContent(NonContentSpan.of(NonContentKind.ADVERTISEMENT, lastAd))
        .addNonContent(NonContentSpan.of(NonContentKind.TEASER, teaser))
        .addNonContent(NonContentSpan.of(NonContentKind.ADVERTISEMENT, firstAd))
        .build();
    TextSpan acrossTwo = TextSpan.find(text, "Advertisement - News two. READ");
    TextSpan between = TextSpan.find(text, "News two.");
    TextSpan endsWhereAdStarts = TextSpan.find(text, "News three. ");
    TextSpan last = TextSpan.find(text, "- End");
    Claim claim = Claim.builder().id("c").proposition("p").kind(ClaimKind.EVENT).factuality(Factuality.CERTAINLY_SO)
        .addEvidence(acrossTwo, between, endsWhereAdStarts, last).build();
    assertEquals(List.of(
            "claims[0].evidence[0]: span " + acrossTwo + " lies in non-content (advertisement) " + firstAd,
            "claims[0].evidence[0]: span " + acrossTwo + " lies in non-content (teaser) " + teaser,
            "claims[0].evidence[3]: span " + last + " lies in non-content (advertisement) " + lastAd),
        violations(AnnotatedArticle.builder().article(article).addClaim(claim).build()));
  }

  /**
   * The furniture is searched by start, so it is sorted first: listed middle, last, first, a binary
   * search over the unsorted starts would stop before the first advertisement (found by mutation
   * testing: a comparator that keeps the listed order survived the test above).
   */
  @Test
  void findsASpanInTheFirstFurnitureWhenItIsListedLast() {
    String text = "Intro. - Ad one - Body text. - Ad two - More text. - Ad three - End.";
    TextSpan one = TextSpan.find(text, "- Ad one -");
    TextSpan two = TextSpan.find(text, "- Ad two -");
    TextSpan three = TextSpan.find(text, "- Ad three -");
    Article article = Article.builder().id("a").headline("News").language("en").text(text)
        .addNonContent(NonContentSpan.of(NonContentKind.ADVERTISEMENT, two))
        .addNonContent(NonContentSpan.of(NonContentKind.ADVERTISEMENT, three))
        .addNonContent(NonContentSpan.of(NonContentKind.TEASER, one))
        .build();
    TextSpan inOne = TextSpan.find(text, "Ad one");
    Claim claim = Claim.builder().id("c").proposition("p").kind(ClaimKind.EVENT).factuality(Factuality.CERTAINLY_SO)
        .addEvidence(TextSpan.find(text, "Body text."), inOne).build();
    assertEquals(List.of("claims[0].evidence[1]: span " + inOne + " lies in non-content (teaser) " + one),
        violations(AnnotatedArticle.builder().article(article).addClaim(claim).build()));
  }
}
