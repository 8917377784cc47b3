package io.github.newsclaims.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.Interval;
import io.github.newsclaims.core.Approximator;
import io.github.newsclaims.core.Estimate;
import io.github.newsclaims.core.Estimates;
import io.github.newsclaims.core.quantity.QuantityMention;
import io.github.newsclaims.core.quantity.QuantityPhrases;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fixture's estimates agree with what the library computes from the same words. */
class FixtureEstimatesTest {
  private final AnnotatedArticle fixture = ArticleFixtures.kimJongUnArtillerySurge();

  @Test
  void everyStatedEstimateIsWhatTheParserReadsFromItsPhrase() {
    List<Estimate> stated = fixture.estimates().stream().filter(estimate -> estimate.getPhrase().isPresent()).toList();
    assertEquals(5, stated.size());
    for (Estimate estimate : stated) {
      String phrase = estimate.getPhrase().orElseThrow().getText();
      Estimate parsed = QuantityPhrases.parse(phrase).orElseThrow(() -> new AssertionError("unparsed: " + phrase));
      assertEquals(estimate.getApproximator(), parsed.getApproximator(), phrase);
      assertEquals(estimate.getInterval(), parsed.getInterval(), phrase);
      assertEquals(estimate.getUnit().getKind(), parsed.getUnit().getKind(), phrase);
      assertEquals(estimate.getStatedValue(), parsed.getStatedValue(), phrase);
    }
  }

  @Test
  void theFinderMarksEveryAnnotatedPhraseAsTheAnnotatorDid() {
    List<Estimate> found = QuantityPhrases.find(fixture.getArticle().getText()).stream()
        .map(QuantityMention::getEstimate).toList();
    fixture.estimates().stream().filter(estimate -> estimate.getPhrase().isPresent()).forEach(annotated -> {
      Estimate mention = found.stream().filter(f -> f.getPhrase().equals(annotated.getPhrase())).findFirst()
          .orElseThrow(() -> new AssertionError("not found: " + annotated.getPhrase().orElseThrow() + " in " + found));
      assertEquals(annotated.getApproximator(), mention.getApproximator());
      assertEquals(annotated.getInterval(), mention.getInterval());
    });
  }

  @Test
  void theDerivedCasualtiesAreTheShareOfTheSoldiers() {
    Estimate fraction = fixture.estimate("e-casualty-fraction").orElseThrow();
    Estimate soldiers = fixture.estimate("e-soldiers").orElseThrow();
    Estimate casualties = fixture.estimate("e-casualties").orElseThrow();
    // Worked by hand, not with the call that built it: "nearly a third" is [0.3, 1/3), "about 15,000"
    // is [13,500, 16,500]; the share runs from 0.3 × 13,500 = 4,050 up to, not including, 16,500 / 3 = 5,500.
    assertEquals(Interval.closedOpen(0.3, 1.0 / 3), fraction.getInterval());
    assertEquals(Interval.closed(13_500, 16_500), soldiers.getInterval());
    assertEquals(Interval.closedOpen(4_050, 5_500), casualties.getInterval());
    assertEquals(java.util.List.of("e-casualty-fraction", "e-soldiers"), casualties.getDerivedFrom());
    assertEquals(Approximator.DERIVED, casualties.getApproximator());
  }

  @Test
  void theArticleHasNoConflictingEstimates() {
    assertEquals(List.of(), Estimates.conflicts(fixture));
  }
}
