package io.github.newsclaims.benchmarks;

import java.util.List;

/**
 * The baseline: a newsclaims document as plain Java records of exactly the same JSON shape — the
 * same property names in the same order, enums as their lower-case strings, absent optionals and
 * empty arrays as {@code null} — read and written by a plain Jackson {@code JsonMapper} with no
 * strictness, no invariants and no document rules. What a team would write by hand for the same
 * files, and so the practical ceiling for a Jackson-based format.
 */
public record PlainDocument(String format, Article article, List<Actor> actors, List<Claim> claims,
    Provenance provenance) {
  /** {@code article}. */
  public record Article(String id, String headline, String outlet, String url, String publicationDate,
      String language, String text, List<NonContentSpan> nonContent) {}

  /** {@code nonContentSpan}. */
  public record NonContentSpan(String kind, Span span) {}

  /** {@code span}: UTF-16 offsets and the text covered. */
  public record Span(int start, int end, String text) {}

  /** {@code actor}. */
  public record Actor(String id, String name, String kind, List<String> aliases, String affiliation,
      List<String> sameAs) {}

  /** {@code claim}. */
  public record Claim(String id, String key, String proposition, List<Span> evidence, String kind,
      List<Attribution> attribution, Factuality factuality, List<Span> hedges, List<Estimate> estimates,
      TimeReference time, Place place, List<String> about, List<ClaimRelation> relations, List<ClaimReview> reviews,
      Provenance provenance) {}

  /** {@code place}. */
  public record Place(String name, Span mention, List<String> sameAs) {}

  /** {@code claimReview}. */
  public record ClaimReview(String reviewer, Rating rating, String url, String date, String summary) {}

  /** {@code rating}. */
  public record Rating(String label, Double value, Double best, Double worst) {}

  /** {@code provenance}. */
  public record Provenance(String annotator, String method, Double confidence) {}

  /** {@code attribution}. */
  public record Attribution(String source, Span sourceMention, Span cue, String mode, Factuality commitment,
      List<Span> hedges, TimeReference time, Boolean carriedOver) {}

  /** {@code factuality}. */
  public record Factuality(String polarity, String certainty, String likelihood) {}

  /** {@code estimate}. */
  public record Estimate(String id, String measure, Unit unit, Span phrase, String approximator, Interval interval,
      Double statedValue, String relativeTo, List<String> derivedFrom) {}

  /** {@code unit}. */
  public record Unit(String kind, String name) {}

  /** {@code interval}: a bound left out is infinite. */
  public record Interval(Double low, boolean lowClosed, Double high, boolean highClosed) {}

  /** {@code timeReference}. */
  public record TimeReference(String kind, Span expression, Integer year, Integer month, Integer day, String period) {}

  /** {@code claimRelation}. */
  public record ClaimRelation(String kind, String target) {}
}
