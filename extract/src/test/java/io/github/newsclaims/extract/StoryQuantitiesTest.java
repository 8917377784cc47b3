package io.github.newsclaims.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.Article;
import io.github.newsclaims.core.Estimate;
import io.github.newsclaims.core.Interval;
import io.github.newsclaims.core.UnitKind;
import io.github.newsclaims.core.quantity.QuantityMention;
import io.github.newsclaims.testing.Samples;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The quantities the extractor drafts: the reader's phrases, bounded as figures of the story. */
class StoryQuantitiesTest {
  private static final ClaimExtractor EXTRACTOR = ClaimExtractor.english();

  /** Each drafted estimate as "phrase [low, high] kind", in text order. */
  private static List<String> drafted(String text) {
    AnnotatedArticle draft = EXTRACTOR.extract(
        Article.builder().id("t").headline("Figures").language("en").text(text).build());
    assertEquals(List.of(), Samples.violations(draft));
    return draft.getClaims().stream().flatMap(c -> c.getEstimates().stream()).map(StoryQuantitiesTest::show).toList();
  }

  private static String show(Estimate e) {
    Interval i = e.getInterval();
    return e.getPhrase().orElseThrow().getText() + " " + (i.isLowClosed() ? "[" : "(") + fmt(i.getLow()) + ", "
        + fmt(i.getHigh()) + (i.isHighClosed() ? "]" : ")") + " " + e.getUnit().getKind();
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }

  private static List<String> found(String text) {
    return StoryQuantities.find(text).stream().map(QuantityMention::getEstimate).map(StoryQuantitiesTest::show).toList();
  }

  @Test
  void aSuspendedHyphenRangeIsOneFigure() {
    assertEquals(List.of("17- to 22-year [17, 22] DURATION"),
        drafted("Prosecutors sought a 17- to 22-year prison sentence for Ring."));
  }

  @Test
  void aRangeWhoseUpperEndHasItsOwnApproximatorIsOneFigure() {
    assertEquals(List.of("between 600 and as many as 1,500 [600, 1500] COUNT"),
        drafted("The number of injured was put at between 600 and as many as 1,500."));
    assertEquals(List.of("between 3 and up to 5 [3, 5] COUNT"), found("between 3 and up to 5 were held"));
  }

  @Test
  void outOfGivesThePartAndTheWhole() {
    assertEquals(List.of("Twelve [12, 12] COUNT", "15 [15, 15] COUNT"),
        drafted("Twelve out of 15 analysts polled by Reuters expect a cut."));
  }

  @Test
  void aBareNumberWordIsACountAsTheSubjectOfAClauseOrBeforeOfThem() {
    assertEquals(List.of("Six [6, 6] COUNT", "two [2, 2] COUNT"),
        found("Six soldiers died and two were wounded, he said."));
    assertEquals(List.of("three [3, 3] COUNT"), found("Most expect a hold, while three predicted a cut."));
    assertEquals(List.of("Eleven [11, 11] COUNT"), found("Eleven of them are in isolation."));
    assertEquals(List.of("seven [7, 7] COUNT", "298 [298, 298] COUNT"), found("It won seven of 298 seats."));
    assertEquals(List.of("one [1, 1] COUNT"), found("Of those cases, one was reported from a neighbouring district."));
  }

  @Test
  void aBareNumberWordIsNoCountElsewhere() {
    assertEquals(List.of(), found("No one was hurt. Every one of us knows. Which one is it?"));
    assertEquals(List.of("two-thirds [0.6666666666666666, 0.6666666666666666] FRACTION"),
        found("two-thirds of twenty-five-year-olds were there"), "inside a hyphenated word the reader alone reads");
    assertEquals(List.of(), found("They want one more try and two or none."));
  }

  @Test
  void figuresLeaveOutPeriodsNextToNowVerbsAndSpelledModifiers() {
    assertEquals(List.of(), drafted("The past two weeks haven't been easy."));
    assertEquals(List.of("five minutes [5, 5] DURATION"), drafted("It took five minutes."));
    assertEquals(List.of(), drafted("Noah scored later to double the lead."));
    assertEquals(List.of("double [2, 2] MULTIPLIER"), drafted("Output could double."));
    assertEquals(List.of(), drafted("Inflation stands at a four-year high amid a seven-year insurgency."));
  }

  @Test
  void aSmallCountAfterTheIsAFigure() {
    assertEquals(List.of("six [6, 6] COUNT"), found("Of the six new cases, most were mild."));
    assertEquals(List.of("six [6, 6] COUNT"), drafted("Of the six new cases, most were mild."));
  }

  @Test
  void theResultIsInTextOrderWithoutOverlaps() {
    List<QuantityMention> all = StoryQuantities.find(
        "Two were killed, between 600 and as many as 1,500 hurt, and 12 out of 15 fled; four of them died.");
    for (int i = 1; i < all.size(); i++) {
      assertEquals(true, all.get(i - 1).getSpan().getEnd() <= all.get(i).getSpan().getStart(), all.toString());
    }
    assertEquals(UnitKind.COUNT, all.get(0).getEstimate().getUnit().getKind());
    assertEquals(5, all.size(), all.toString());
  }
}
