package io.github.newsclaims.testing.core.validation;

import static io.github.newsclaims.testing.Samples.violations;
import static io.github.newsclaims.testing.Samples.withSecondClaim;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.Article;
import io.github.newsclaims.core.Attribution;
import io.github.newsclaims.core.Claim;
import io.github.newsclaims.core.Estimate;
import io.github.newsclaims.core.NonContentKind;
import io.github.newsclaims.core.NonContentSpan;
import io.github.newsclaims.core.Place;
import io.github.newsclaims.core.TextSpan;
import io.github.newsclaims.core.TimeKind;
import io.github.newsclaims.core.TimeReference;
import io.github.newsclaims.testing.Samples;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpansMatchTextTest {
  private final AnnotatedArticle sample = Samples.annotated();

  private Claim.Builder second() {
    return Claim.builder().from(sample.getClaims().get(1));
  }

  @Test
  void theSampleHasNoViolations() {
    assertEquals(List.of(), violations(sample));
  }

  @Test
  void reportsEvidenceThatDoesNotMatchTheText() {
    assertEquals(List.of("claims[1].evidence[0].text: span [0, 3) \"Kim\" does not match the article text,"
            + " which has \"Hea\" there"),
        violations(withSecondClaim(second().evidence(List.of(TextSpan.of(0, 3, "Kim"))).build())));
  }

  @Test
  void aLongMismatchShowsWhereTheTextsFirstDiffer() {
    String real = Samples.TEXT.substring(13, 99);
    String typo = real.substring(0, 67) + "X" + real.substring(68);
    assertEquals(List.of("claims[1].evidence[0].text: span [13, 99) \"Kim called production “critical” — state media "
            + "said about...\" does not match the article text: they first differ at offset 80 (character 67 of the "
            + "span), where the span has \"…said about 15,000 so[X]diers are now ther\" and the text has \"…said about "
            + "15,000 so[l]diers are now ther\""),
        violations(withSecondClaim(second().evidence(List.of(TextSpan.of(13, 99, typo))).build())));
  }

  @Test
  void reportsHopHedgesAndPlaceMentions() {
    Attribution hop = Attribution.builder().from(sample.getClaims().get(1).getAttribution().get(0))
        .addHedges(TextSpan.find(Samples.TEXT, "said"), TextSpan.of(0, 3, "Kim")).build();
    Place place = Place.builder().name("there").mention(TextSpan.of(1, 6, "there")).build();
    assertEquals(List.of(
            "claims[1].attribution[0].hedges[1].text: span [0, 3) \"Kim\" does not match the article text, which has \"Hea\" there",
            "claims[1].place.mention.text: span [1, 6) \"there\" does not match the article text, which has \"eadli\" there"),
        violations(withSecondClaim(second().attribution(List.of(hop)).place(place).build())));
    Place matching = Place.builder().name("there").mention(TextSpan.find(Samples.TEXT, "there")).build();
    assertEquals(List.of(), violations(withSecondClaim(second().place(matching).build())));
  }

  @Test
  void reportsASpanPastTheEndOfTheText() {
    int end = Samples.TEXT.length() + 5;
    assertEquals(List.of("claims[1].hedges[0].end: span [" + (end - 3) + ", " + end + ") \"Kim\" ends at " + end
            + ", past the end of the article text (length " + Samples.TEXT.length() + ")"),
        violations(withSecondClaim(second().addHedge(TextSpan.of(end - 3, end, "Kim")).build())));
  }

  @Test
  void reportsCuesPhrasesAndTimeExpressions() {
    Attribution hop = Attribution.builder().from(sample.getClaims().get(1).getAttribution().get(0))
        .cue(TextSpan.of(0, 4, "said")).sourceMention(TextSpan.of(0, 5, "media"))
        .time(TimeReference.builder().kind(TimeKind.RELATIVE).expression(TextSpan.of(2, 8, "recent")).build()).build();
    Estimate estimate = Estimate.builder().from(Samples.soldiers()).phrase(TextSpan.of(0, 5, "about")).build();
    TimeReference now = TimeReference.builder().kind(TimeKind.PRESENT).expression(TextSpan.of(1, 4, "now")).build();
    List<String> found = violations(withSecondClaim(second().attribution(List.of(hop)).estimates(List.of(estimate))
        .time(now).build()));
    assertEquals(List.of(
        "claims[1].attribution[0].cue.text: span [0, 4) \"said\" does not match the article text, which has \"Head\" there",
        "claims[1].attribution[0].sourceMention.text: span [0, 5) \"media\" does not match the article text, which has \"Headl\" there",
        "claims[1].attribution[0].time.expression.text: span [2, 8) \"recent\" does not match the article text, which has \"adline\" there",
        "claims[1].estimates[0].phrase.text: span [0, 5) \"about\" does not match the article text, which has \"Headl\" there",
        "claims[1].time.expression.text: span [1, 4) \"now\" does not match the article text, which has \"ead\" there"),
        found);
  }

  @Test
  void reportsNonContentSpansOfTheArticle() {
    Article article = Article.builder().from(Samples.article())
        .nonContent(List.of(NonContentSpan.of(NonContentKind.TEASER, TextSpan.of(0, 4, "READ")))).build();
    assertEquals(List.of("nonContent[0].span.text: span [0, 4) \"READ\" does not match the article text,"
        + " which has \"Head\" there"), violations(article));
    assertEquals(List.of("article.nonContent[0].span.text: span [0, 4) \"READ\" does not match the article text,"
        + " which has \"Head\" there"), violations(AnnotatedArticle.builder().from(sample).article(article).build()));
  }

  @Test
  void reportsEveryBadSpanAtOnce() {
    Claim bad = second().evidence(List.of(TextSpan.of(0, 1, "x"), TextSpan.of(1, 2, "y")))
        .addHedge(TextSpan.of(2, 3, "{")).build();
    assertEquals(3, violations(withSecondClaim(bad)).size());
    assertEquals("claims[1].hedges[0].text: span [2, 3) \"{\" does not match the article text, which has \"a\" there",
        violations(withSecondClaim(bad)).get(2));
  }
}
