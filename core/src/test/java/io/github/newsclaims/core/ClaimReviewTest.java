package io.github.newsclaims.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClaimReviewTest {
  private static ClaimReview.Builder review() {
    return ClaimReview.builder().reviewer("factcheck").rating(Rating.of("False"))
        .url(URI.create("https://factcheck.example/2024/11/troops"));
  }

  @Test
  void holdsWhatAFactCheckerPublishes() {
    ClaimReview review = review().date(PartialDate.of(2024, 11, 28)).summary("No evidence of 150,000 troops.").build();
    assertEquals("factcheck", review.getReviewer());
    assertEquals("False", review.getRating().getLabel());
    assertEquals(Optional.of(PartialDate.of(2024, 11, 28)), review.getDate());
    assertEquals(Optional.of("No evidence of 150,000 troops."), review.getSummary());
  }

  @Test
  void rejectsARelativeUrlABlankReviewerAndABlankSummary() {
    assertEquals("claim review by factcheck url must be an absolute URI, was \"/2024/11/troops\"",
        assertThrows(IllegalArgumentException.class, () -> review().url(URI.create("/2024/11/troops")).build())
            .getMessage());
    assertEquals("claim review reviewer must not be blank, was \"\"",
        assertThrows(IllegalArgumentException.class, () -> review().reviewer("").build()).getMessage());
    assertEquals("claim review by factcheck summary must not be blank, was \" \"",
        assertThrows(IllegalArgumentException.class, () -> review().summary(" ").build()).getMessage());
  }

  @Test
  void needsAReviewerARatingAndAUrl() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ClaimReview.builder().reviewer("factcheck").build());
    assertEquals(true, e.getMessage().contains("rating") && e.getMessage().contains("url"), e.getMessage());
  }
}
