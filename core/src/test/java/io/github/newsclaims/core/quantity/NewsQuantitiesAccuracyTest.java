package io.github.newsclaims.core.quantity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link QuantityPhrases#find} on the labelled real-news set: fails if precision or recall (value
 * and direction, with the unit) drops below what the reader reaches today.
 */
class NewsQuantitiesAccuracyTest {
  /** Reached on this set when the test was last tightened; raise them, never lower them. */
  static final double MIN_PRECISION = 1.0;
  static final double MIN_RECALL = 1.0;
  static final int MIN_LABELS = 300;

  @Test
  void readsTheLabelledNewsQuantities() {
    Map<String, List<NewsQuantities.Label>> set = NewsQuantities.load();
    NewsQuantities.Score score = NewsQuantities.score(set,
        sentence -> QuantityPhrases.find(sentence).stream().map(NewsQuantities.Reading::of).toList());
    String report = score + "\n" + String.join("\n", score.problems());
    System.out.println(report);
    assertTrue(score.labels() >= MIN_LABELS, "the set has " + score.labels() + " labels");
    assertTrue(score.precision() >= MIN_PRECISION, "precision fell below " + MIN_PRECISION + ": " + report);
    assertTrue(score.recall() >= MIN_RECALL, "recall fell below " + MIN_RECALL + ": " + report);
  }
}
