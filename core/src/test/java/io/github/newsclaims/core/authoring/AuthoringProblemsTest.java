package io.github.newsclaims.core.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.newsclaims.core.ActorKind;
import io.github.newsclaims.core.Approximator;
import io.github.newsclaims.core.Article;
import io.github.newsclaims.core.AttributionMode;
import io.github.newsclaims.core.ClaimKind;
import io.github.newsclaims.core.Estimate;
import io.github.newsclaims.core.Interval;
import io.github.newsclaims.core.NonContentKind;
import io.github.newsclaims.core.NonContentSpan;
import io.github.newsclaims.core.TextSpan;
import io.github.newsclaims.core.TimeKind;
import io.github.newsclaims.core.Unit;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Every kind of authoring error {@link ArticleAnnotator#build()} reports, each with its property path
 * and its message, all of them in one {@link AuthoringException}: an actor, claim, attribution, time,
 * place or estimate the model refuses; an unknown actor, claim or estimate reference; an estimate id
 * used twice; a share whose operands are missing or not a share; a cue the table does not know; a
 * figure whose phrase cannot be read; page furniture that overlaps.
 */
class AuthoringProblemsTest {
  private static final String TEXT = "Flood in the valley\n\n"
      + "The ministry said 15,000 people fled the valley. Officials estimate that nearly a third of them "
      + "returned. Water could rise again, the mayor whispered. READ MORE";
  private static final Article ARTICLE = Article.builder().id("a").headline("Flood in the valley").language("en")
      .text(TEXT).build();

  private static List<String> problems(Executable build) {
    AuthoringException e = assertThrows(AuthoringException.class, build);
    return e.getProblems().stream().map(AuthoringException.Problem::toString).toList();
  }

  @Test
  void unknownReferencesAndRefusedActorsAreListedWithTheirPaths() {
    ArticleAnnotator annotator = ArticleAnnotator.of(ARTICLE);
    annotator.actor("ministry", ActorKind.GOVERNMENT, "ministry")
        .actor("mayor", ActorKind.PERSON, "mayor").affiliation("council")
        .actor("blank", ActorKind.PERSON, " ")
        .claim("c0", ClaimKind.EVENT, "Nothing is quoted.")
        .claim("c1", ClaimKind.EVENT, "15,000 people fled.").evidence("The ministry said 15,000 people fled the valley")
        .hop(Hop.by("nobody").cue("said").noMention())
        .claim("c2", ClaimKind.QUANTITY, "Nearly a third returned.")
        .evidence("nearly a third of them returned")
        .estimate(Figure.of("e2", "nearly a third", "share returned").relativeTo("e9"));
    assertEquals(List.of(
        "actors[2]: actor blank name must not be blank, was \" \"",
        "claims[0].evidence: claim c0 needs at least one evidence quote",
        "actors[1].affiliation: no actor has the id council; known ids are mayor, ministry",
        "claims[1].attribution[0].source: no actor has the id nobody; known ids are mayor, ministry",
        "claims[2].estimates[0].relativeTo: no estimate has the id e9"), problems(annotator::build));
  }

  @Test
  void estimatesThatCannotBeMadeAreListedWithTheirPaths() {
    ClaimAnnotator annotator = ArticleAnnotator.of(ARTICLE)
        .claim("c0", ClaimKind.QUANTITY, "15,000 people fled.").evidence("The ministry said 15,000 people fled the valley")
        .estimate("e1", "15,000", "people who fled")
        .estimate(Figure.of("e1", "15,000 people", "people who fled, again"))
        .estimate(Figure.of("e3", "valley", "valleys").unit(Unit.count("valleys")).approximator(Approximator.EXACT))
        .estimate(Figure.of("e4", "the valley", "valleys").interval(Interval.point(1)).unit(Unit.count("valleys")))
        .estimate(Figure.of("e5", "people", "people").approximator(Approximator.EXACT).interval(Interval.point(1)))
        .estimate(Figure.of("e6", "15,000", "people").statedValue(Double.NaN))
        .claim("c1", ClaimKind.QUANTITY, "Nearly a third returned.").evidence("nearly a third of them returned")
        .estimate("e2", "nearly a third", "share returned")
        .share("e7", "people returned", Unit.count("people"), "e8", "e1")
        .share("e7", "people returned", Unit.count("people"), "e2", "e9")
        .share("e7", "people returned", Unit.count("people"), "e1", "e1")
        .share("e1", "people returned", Unit.count("people"), "e2", "e1")
        .estimate(Estimate.builder().id("e10").measure("dams").unit(Unit.count("dams")).approximator(Approximator.EXACT)
            .interval(Interval.point(1)).build())
        .share("e10", "people returned", Unit.count("people"), "e2", "e1");
    assertEquals(List.of(
        "claims[0].estimates[1].id: estimate id e1 is used twice in the article",
        "claims[0].estimates[2].phrase: the quantity reader does not understand [62, 68) \"valley\"; give the "
            + "estimate's approximator, interval and unit",
        "claims[0].estimates[3].phrase: the quantity reader does not understand [58, 68) \"the valley\"; give the "
            + "estimate's approximator, interval and unit",
        "claims[0].estimates[4].phrase: the quantity reader does not understand [46, 52) \"people\"; give the "
            + "estimate's approximator, interval and unit",
        "claims[0].estimates[5]: estimate e6 statedValue must be finite, was NaN",
        "claims[1].estimates[1]: the share e7 needs the estimates e8 and e1; e8 is not in the article",
        "claims[1].estimates[2]: the share e7 needs the estimates e2 and e9; e9 is not in the article",
        "claims[1].estimates[3]: estimate e1 is a share only if it is a FRACTION or PERCENTAGE, was COUNT",
        "claims[1].estimates[4]: estimate e1 derivedFrom must not name the estimate itself, was [e2, e1]",
        "claims[1].estimates[6].id: estimate id e10 is used twice in the article"), problems(annotator::build));
  }

  @Test
  void claimsHopsTimesAndPlacesTheModelRefusesAreListedWithTheirPaths() {
    ClaimAnnotator annotator = ArticleAnnotator.of(ARTICLE)
        .actor("ministry", ActorKind.GOVERNMENT, "ministry")
        .actor("mayor", ActorKind.PERSON, "mayor")
        .claim("c0", ClaimKind.EVENT, "15,000 people fled.").evidence("The ministry said 15,000 people fled the valley")
        .hop(Hop.unnamed().cue("said").mode(AttributionMode.INDIRECT))
        .claim("c1", ClaimKind.PREDICTION, "Water will rise.").evidence("Water could rise again, the mayor whispered")
        .said("mayor", "whispered")
        .claim("c2", ClaimKind.EVENT, "People fled.").evidence("15,000 people fled the valley")
        .time(When.of(TimeKind.DATE))
        .place("Valley", Quote.of("valley"), URI.create("valley"))
        .claim("c3", ClaimKind.EVENT, "People returned.").evidence("them returned").supports("c3");
    assertEquals(List.of(
        "claims[0].attribution[0]: attribution of mode INDIRECT needs a source actor",
        "claims[1].attribution[0].commitment: the cue table has no commitment for the cue whispered; give the hop a "
            + "commitment",
        "claims[2].time: time reference of kind DATE needs a year or a month",
        "claims[2].place: place \"Valley\" sameAs must hold absolute URIs (with a scheme such as http:), was \"valley\"",
        "claims[3]: claim c3 must not relate to itself (supports c3)"), problems(annotator::build));
  }

  @Test
  void furnitureGivenAndAddedIsCheckedTogether() {
    // The article's own furniture comes first: the annotator's quotes are nonContent[1] and [2].
    TextSpan readMore = TextSpan.in(TEXT, TEXT.indexOf("READ MORE"), TEXT.length());
    Article withTeaser = Article.builder().from(ARTICLE).addNonContent(NonContentSpan.of(NonContentKind.TEASER, readMore))
        .build();
    ClaimAnnotator annotator = ArticleAnnotator.of(withTeaser)
        .nonContent(NonContentKind.ADVERTISEMENT, "MORE")
        .nonContent(NonContentKind.ADVERTISEMENT, "SPONSORED")
        .claim("c0", ClaimKind.EVENT, "Read more.").evidence("whispered. READ MORE");
    assertEquals(List.of(
        "article.nonContent[2].span: quote \"SPONSORED\" does not occur in the text",
        "article: article a nonContent[0] [172, 181) \"READ MORE\" overlaps nonContent[1] [177, 181) \"MORE\"",
        "claims[0].evidence[0]: the evidence [161, 181) \"whispered. READ MORE\" overlaps page furniture "
            + "[172, 181) \"READ MORE\"",
        "claims[0].evidence[0]: the evidence [161, 181) \"whispered. READ MORE\" overlaps page furniture "
            + "[177, 181) \"MORE\""), problems(annotator::build));
  }

  @Test
  void theMessageSaysWhatAndWhereForOneProblemAndListsAtMostFifty() {
    AuthoringException.Problem one = new AuthoringException.Problem("claims[0].kind", "claim c0 needs a kind");
    assertEquals("cannot build the annotation: claims[0].kind: claim c0 needs a kind",
        new AuthoringException(List.of(one)).getMessage());
    AuthoringException.Problem whole = new AuthoringException.Problem("", "refused");
    assertEquals("cannot build the annotation: 2 problems\nclaims[0].kind: claim c0 needs a kind\n(article): refused",
        new AuthoringException(List.of(one, whole)).getMessage());
    List<AuthoringException.Problem> fifty = java.util.stream.IntStream.range(0, 50)
        .mapToObj(i -> new AuthoringException.Problem("claims[" + i + "]", "p" + i)).toList();
    String message = new AuthoringException(fifty).getMessage();
    assertEquals(51, message.lines().count(), message);
    assertEquals("claims[49]: p49", message.lines().reduce((a, b) -> b).orElseThrow());
    List<AuthoringException.Problem> fiftyTwo = new java.util.ArrayList<>(fifty);
    fiftyTwo.add(one);
    fiftyTwo.add(whole);
    List<String> lines = new AuthoringException(fiftyTwo).getMessage().lines().toList();
    assertEquals("cannot build the annotation: 52 problems", lines.get(0));
    assertEquals(52, lines.size());
    assertEquals("claims[49]: p49", lines.get(50));
    assertEquals("... and 2 more", lines.get(51));
    assertEquals(52, new AuthoringException(fiftyTwo).getProblems().size());
    assertThrows(IllegalArgumentException.class, () -> new AuthoringException(List.of()));
  }
}
