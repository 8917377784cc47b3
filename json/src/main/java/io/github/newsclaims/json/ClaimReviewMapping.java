package io.github.newsclaims.json;

import tools.jackson.core.JsonGenerator;
import io.github.newsclaims.core.ClaimReview;
import io.github.newsclaims.core.PartialDate;
import io.github.newsclaims.core.Rating;
import java.net.URI;

/**
 * {@link ClaimReview} as {@code {"reviewer": "factcheck-org", "rating": {...}, "url": "https://...",
 * "date": "2024-11-28", "summary": "..."}}; the reviewer is an actor id.
 */
final class ClaimReviewMapping {
  private ClaimReviewMapping() {}

  static final Property<ClaimReview, String> REVIEWER = Property.required("reviewer", Values.STRING, ClaimReview::getReviewer);
  static final Property<ClaimReview, Rating> RATING = Property.required("rating", RatingMapping.TYPE, ClaimReview::getRating);
  static final Property<ClaimReview, URI> URL = Property.required("url", ArticleMapping.URI_REFERENCE, ClaimReview::getUrl);
  static final Property<ClaimReview, PartialDate> DATE = Property.optional("date", PartialDateMapping.TYPE, ClaimReview::getDate);
  static final Property<ClaimReview, String> SUMMARY = Property.optional("summary", Values.STRING, ClaimReview::getSummary);

  static final ObjectType<ClaimReview> TYPE = ObjectType.of("claimReview", v -> ClaimReview.builder()
      .reviewer(v.get(REVIEWER)).rating(v.get(RATING)).url(v.get(URL)).date(v.optional(DATE))
      .summary(v.optional(SUMMARY)).build(),
      REVIEWER, RATING, URL, DATE, SUMMARY).writtenBy(ClaimReviewMapping::members);

  static void members(ClaimReview review, JsonGenerator out) {
    MemberWriting.string(REVIEWER, review.getReviewer(), out);
    MemberWriting.object(RATING, review.getRating(), RatingMapping::members, out);
    MemberWriting.value(URL, review.getUrl(), out);
    MemberWriting.value(DATE, review.getDate(), out);
    MemberWriting.string(SUMMARY, review.getSummary(), out);
  }
}
