package io.github.newsclaims.testing;

import io.github.newsclaims.core.AnnotationMethod;
import io.github.newsclaims.core.AnnotationProvenance;
import io.github.newsclaims.core.ClaimReview;
import io.github.newsclaims.core.Rating;
import io.github.newsclaims.testing.Generators.Draw;
import java.net.URI;
import java.util.List;

/** The parts of {@link Generators} that describe who annotated and who reviewed: provenance and reviews. */
final class ReviewGenerators {
  private ReviewGenerators() {}

  /** Provenance of every method, with and without a confidence. */
  static AnnotationProvenance provenance(Draw draw) {
    AnnotationMethod method = draw.pick(AnnotationMethod.class);
    String annotator = method == AnnotationMethod.MANUAL ? "Annotator " + draw.between(0, 9) + " — naïve"
        : "extractor " + draw.between(1, 3) + "." + draw.between(0, 9) + ".0";
    return draw.chance() ? AnnotationProvenance.of(annotator, method)
        : AnnotationProvenance.of(annotator, method, draw.between(0, 100) / 100.0);
  }

  /** A review by {@code reviewer}: a label alone or with a numeric scale, sometimes dated and summarised. */
  static ClaimReview review(Draw draw, String reviewer, int n) {
    Rating rating = draw.chance() ? Rating.of(draw.pick(List.of("False", "Mostly true", "Misleading “spin”")))
        : Rating.of("Rated " + n, draw.between(1, 5), 1, 5);
    ClaimReview.Builder review = ClaimReview.builder().reviewer(reviewer).rating(rating)
        .url(URI.create("https://factcheck.example/review/" + n));
    if (draw.chance()) {
      review.date(Generators.partialDate(draw));
    }
    if (draw.chance()) {
      review.summary("Summary " + n + " 🚀");
    }
    return review.build();
  }
}
