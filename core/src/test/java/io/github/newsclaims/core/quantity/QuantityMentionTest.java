package io.github.newsclaims.core.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.newsclaims.core.Approximator;
import io.github.newsclaims.core.Estimate;
import io.github.newsclaims.core.Interval;
import io.github.newsclaims.core.TextSpan;
import io.github.newsclaims.core.Unit;
import org.junit.jupiter.api.Test;

class QuantityMentionTest {
  private final TextSpan span = TextSpan.of(0, 12, "about 15,000");

  private Estimate estimateAt(TextSpan phrase) {
    return Estimate.builder().id("q1").measure("soldiers").unit(Unit.count("soldiers"))
        .approximator(Approximator.ABOUT).interval(Interval.closed(13500, 16500)).statedValue(15000)
        .phrase(phrase).build();
  }

  @Test
  void theSpanMayRunOnOverWhatIsCountedButNotStopShortOfThePhrase() {
    TextSpan withNoun = TextSpan.of(0, 21, "about 15,000 soldiers");
    QuantityMention mention = QuantityMention.of(withNoun, estimateAt(span), java.util.Optional.of("soldiers"));
    assertEquals("[0, 21) \"about 15,000 soldiers\" ABOUT [13500, 16500] soldiers", mention.toString());
    // The phrase must lie inside the span, not merely start with it.
    TextSpan cut = TextSpan.of(0, 8, "about 15");
    assertEquals("quantity mention at [0, 8) \"about 15\": estimate q1 has the phrase [0, 12) \"about 15,000\", "
        + "which does not start the mention's span", assertThrows(IllegalArgumentException.class,
            () -> QuantityMention.of(cut, estimateAt(span))).getMessage());
    // An estimate without a phrase has nothing to stand at.
    Estimate unplaced = Estimate.builder().from(estimateAt(span)).phrase(java.util.Optional.empty()).build();
    assertEquals("quantity mention at [0, 12) \"about 15,000\": estimate q1 has the phrase (none), "
        + "which does not start the mention's span", assertThrows(IllegalArgumentException.class,
            () -> QuantityMention.of(span, unplaced)).getMessage());
  }

  @Test
  void equalMentionsAreTheSameSpanEstimateAndNoun() {
    QuantityMention bare = QuantityMention.of(span, estimateAt(span));
    assertEquals(bare, QuantityMention.of(span, estimateAt(span), java.util.Optional.empty()));
    assertEquals(bare.hashCode(), QuantityMention.of(span, estimateAt(span)).hashCode());
    TextSpan withNoun = TextSpan.of(0, 21, "about 15,000 soldiers");
    assertNotEquals(QuantityMention.of(withNoun, estimateAt(span)),
        QuantityMention.of(withNoun, estimateAt(span), java.util.Optional.of("soldiers")));
    assertEquals("[0, 12) \"about 15,000\" ABOUT [13500, 16500] soldiers", bare.toString());
  }

  @Test
  void rejectsAnEstimateWhosePhraseIsElsewhere() {
    TextSpan elsewhere = TextSpan.of(100, 112, "about 15,000");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> QuantityMention.of(span, estimateAt(elsewhere)));
    assertEquals("quantity mention at [0, 12) \"about 15,000\": estimate q1 has the phrase [100, 112) "
        + "\"about 15,000\", which does not start the mention's span", e.getMessage());
  }

  @Test
  void toEstimateKeepsTheReadingWithTheAnnotatorsIdAndMeasure() {
    QuantityMention mention = QuantityPhrases.find("They say about 15,000 North Korean soldiers are there.").get(0);
    Estimate estimate = mention.toEstimate("e-soldiers", "North Korean soldiers in Russia");
    assertEquals("e-soldiers", estimate.getId());
    assertEquals("North Korean soldiers in Russia", estimate.getMeasure());
    assertEquals(TextSpan.of(9, 21, "about 15,000"), estimate.getPhrase().orElseThrow());
    assertEquals(Interval.closed(13500, 16500), estimate.getInterval());
    assertEquals(Approximator.ABOUT, estimate.getApproximator());
    assertEquals(Unit.count("soldiers"), estimate.getUnit());
    assertThrows(IllegalArgumentException.class, () -> mention.toEstimate(" ", "soldiers"));
  }

  @Test
  void knowsWhatItCountsAndMakesTheCallersEstimate() {
    QuantityMention mention = QuantityPhrases.find("Officials said about 15,000 North Korean soldiers crossed.").get(0);
    assertEquals(java.util.Optional.of("North Korean soldiers"), mention.getCountedNoun());
    Estimate estimate = mention.toEstimate("e7", "North Korean troops in Russia");
    assertEquals("e7", estimate.getId());
    assertEquals("North Korean troops in Russia", estimate.getMeasure());
    assertEquals(Approximator.ABOUT, estimate.getApproximator());
    assertEquals(Interval.closed(13500, 16500), estimate.getInterval());
    assertEquals(mention.getEstimate().getPhrase(), estimate.getPhrase());
    assertEquals(java.util.Optional.empty(), QuantityPhrases.find("It cost $3bn.").get(0).getCountedNoun());
  }

  @Test
  void rejectsABlankCountedNoun() {
    TextSpan withNoun = TextSpan.of(0, 21, "about 15,000 soldiers");
    assertEquals("quantity mention at [0, 21) \"about 15,000 soldiers\": the counted noun \" \" is not written after "
        + "the quantity words", assertThrows(IllegalArgumentException.class,
            () -> QuantityMention.of(withNoun, estimateAt(span), java.util.Optional.of(" "))).getMessage());
  }

  @Test
  void rejectsACountedNounThatIsNotInTheSpan() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> QuantityMention.of(span, estimateAt(span), java.util.Optional.of("tanks")));
    assertEquals("quantity mention at [0, 12) \"about 15,000\": the counted noun \"tanks\" is not written after "
        + "the quantity words", e.getMessage());
  }
}
