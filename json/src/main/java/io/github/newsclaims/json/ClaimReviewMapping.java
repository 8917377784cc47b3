package io.github.newsclaims.json;

import io.github.newsclaims.core.ClaimReview;
import io.github.newsclaims.core.PartialDate;
import io.github.newsclaims.core.Rating;
import java.net.URI;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;

/**
 * {@link ClaimReview} as {@code {"reviewer": "factcheck-org", "rating": {...}, "url": "https://...",
 * "date": "2024-11-28", "summary": "..."}}; the reviewer is an actor id.
 */
final class ClaimReviewMapping {
  private ClaimReviewMapping() {}

  static ClaimReview read(JsonValue value, Pointer at, Problems problems) {
    PropertyReader in = PropertyReader.of(value, at, problems);
    if (in == null) {
      return null;
    }
    String reviewer = in.required("reviewer", Scalars::string);
    Rating rating = in.required("rating", RatingMapping::read);
    URI url = in.required("url", ArticleMapping::uri);
    Optional<PartialDate> date = in.optional("date", PartialDateMapping::read);
    Optional<String> summary = in.optional("summary", Scalars::string);
    return in.build(() -> ClaimReview.builder().reviewer(reviewer).rating(rating).url(url).date(date)
        .summary(summary).build());
  }

  static void write(ClaimReview review, JsonGenerator out) {
    out.writeStartObject();
    PropertyWriter.string(out, PropertyNames.REVIEWER, review.getReviewer());
    PropertyWriter.required(out, PropertyNames.RATING, review.getRating(), RatingMapping::write);
    PropertyWriter.required(out, PropertyNames.URL, review.getUrl(), PropertyWriter::uri);
    PropertyWriter.optional(out, PropertyNames.DATE, review.getDate(), PartialDateMapping::write);
    PropertyWriter.optional(out, PropertyNames.SUMMARY, review.getSummary(), PropertyWriter::string);
    out.writeEndObject();
  }
}
