package io.github.newsclaims.testing.core.validation;

import static io.github.newsclaims.testing.Samples.violations;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.newsclaims.core.Actor;
import io.github.newsclaims.core.ActorKind;
import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.Approximator;
import io.github.newsclaims.core.Article;
import io.github.newsclaims.core.Attribution;
import io.github.newsclaims.core.AttributionMode;
import io.github.newsclaims.core.Claim;
import io.github.newsclaims.core.ClaimKind;
import io.github.newsclaims.core.Estimate;
import io.github.newsclaims.core.Factuality;
import io.github.newsclaims.core.Interval;
import io.github.newsclaims.core.NonContentKind;
import io.github.newsclaims.core.NonContentSpan;
import io.github.newsclaims.core.Place;
import io.github.newsclaims.core.TextSpan;
import io.github.newsclaims.core.TimeKind;
import io.github.newsclaims.core.TimeReference;
import io.github.newsclaims.core.Unit;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A span that does not match the text, or lies in page furniture, is reported even when it is the
 * only such span of the article. The two rules first ask a quick loop whether every span of every
 * claim passes, and walk again with paths only to report; in these articles the broken span is the
 * only one of its kind and no span after it is broken, so the quick loop alone must see it. Found
 * by mutation testing (CONTRIBUTING.md, "Mutation testing"): the negated checks of the quick loop,
 * one per place a span can sit, survived the tests whose articles had several broken spans.
 */
class SingleBrokenSpanTest {
  private static final String TEXT = "Troops rose by about 300 in Seoul on Monday, Kim said, perhaps. - Ad -";
  private static final TextSpan AD = TextSpan.find(TEXT, "- Ad -");
  private static final Article ARTICLE = Article.builder().id("a1").headline("Troops").language("en").text(TEXT)
      .addNonContent(NonContentSpan.of(NonContentKind.ADVERTISEMENT, AD)).build();
  private static final Actor KIM = Actor.builder().id("kim").name("Kim").kind(ActorKind.PERSON).build();
  /** "Kim" where the text has "Tro": matches nothing. */
  private static final TextSpan WRONG = TextSpan.of(0, 3, "Kim");
  /** "Ad" inside the advertisement marker: matches the text, but lies in furniture. */
  private static final TextSpan IN_AD = TextSpan.find(TEXT, "Ad");
  private static final String WRONG_MESSAGE =
      "span [0, 3) \"Kim\" does not match the article text, which has \"Tro\" there";

  private static Claim.Builder claim() {
    return Claim.builder().id("c1").proposition("Troops rose.").kind(ClaimKind.EVENT)
        .addEvidence(TextSpan.find(TEXT, "Troops rose")).factuality(Factuality.UNDERSPECIFIED);
  }

  private static Attribution.Builder hop() {
    return Attribution.builder().source("kim").mode(AttributionMode.INDIRECT).commitment(Factuality.CERTAINLY_SO);
  }

  private static Estimate.Builder estimate() {
    return Estimate.builder().id("e1").measure("troops").unit(Unit.count()).approximator(Approximator.ABOUT)
        .statedValue(300).interval(Interval.closed(270, 330));
  }

  private static TimeReference time(TextSpan expression) {
    return TimeReference.builder().kind(TimeKind.RELATIVE).expression(expression).build();
  }

  /** Each place a claim holds a span: its path, and the claim with {@code span} in that place and nowhere else. */
  static Stream<Arguments> places() {
    return Stream.of(
        place("claims[0].evidence[0]", span -> claim().evidence(List.of(span)).build()),
        place("claims[0].hedges[0]", span -> claim().addHedge(span).build()),
        place("claims[0].attribution[0].sourceMention", span -> claim().addAttribution(hop().sourceMention(span).build()).build()),
        place("claims[0].attribution[0].cue", span -> claim().addAttribution(hop().cue(span).build()).build()),
        place("claims[0].attribution[0].hedges[0]", span -> claim().addAttribution(hop().addHedges(span).build()).build()),
        place("claims[0].attribution[0].time.expression",
            span -> claim().addAttribution(hop().time(time(span)).build()).build()),
        place("claims[0].estimates[0].phrase", span -> claim().addEstimate(estimate().phrase(span).build()).build()),
        place("claims[0].time.expression", span -> claim().time(time(span)).build()),
        place("claims[0].place.mention",
            span -> claim().place(Place.builder().name("Seoul").mention(span).build()).build()));
  }

  private static Arguments place(String path, Function<TextSpan, Claim> claim) {
    return Arguments.of(path, claim);
  }

  private static List<String> check(Claim claim) {
    return violations(AnnotatedArticle.builder().article(ARTICLE).addActor(KIM).addClaim(claim).build());
  }

  @Test
  void theArticleWithNothingBrokenIsValid() {
    Claim everything = claim().addHedge(TextSpan.find(TEXT, "perhaps"))
        .addAttribution(hop().sourceMention(TextSpan.find(TEXT, "Kim")).cue(TextSpan.find(TEXT, "said"))
            .addHedges(TextSpan.find(TEXT, "perhaps")).time(time(TextSpan.find(TEXT, "Monday"))).build())
        .addEstimate(estimate().phrase(TextSpan.find(TEXT, "about 300")).build())
        .time(time(TextSpan.find(TEXT, "on Monday")))
        .place(Place.builder().name("Seoul").mention(TextSpan.find(TEXT, "Seoul")).build()).build();
    assertEquals(List.of(), check(everything));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("places")
  void theOnlySpanThatDoesNotMatchTheText(String path, Function<TextSpan, Claim> claim) {
    assertEquals(List.of(path + ".text: " + WRONG_MESSAGE), check(claim.apply(WRONG)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("places")
  void theOnlySpanInPageFurniture(String path, Function<TextSpan, Claim> claim) {
    assertEquals(List.of(path + ": span " + IN_AD + " lies in non-content (advertisement) " + AD),
        check(claim.apply(IN_AD)));
  }
}
