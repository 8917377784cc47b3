package io.github.newsclaims.core.authoring;

import io.github.newsclaims.core.AttributionMode;
import io.github.newsclaims.core.Factuality;
import java.util.Objects;
import java.util.Optional;

/**
 * One hop of an attribution chain written by quotation, for {@link ClaimAnnotator#hop(Hop)}:
 * {@code Hop.by("kcna").cue("according to").mention("state media")}. Immutable, so one hop can
 * be given to every claim it covers (a report carried over several paragraphs).
 *
 * <p>Defaults, applied when the claim is built:
 * <ul>
 *   <li><b>mode</b>: the cue's mode in the {@link Cues cue table}, else {@code INDIRECT} for a
 *       named source and {@code UNNAMED_HEARSAY} for {@link #unnamed()};</li>
 *   <li><b>commitment</b>: the cue's commitment in the cue table ("said" CT+, "estimates" PR+,
 *       "suggests" PS+), lowered for the innermost hop by the claim's hedges ("could" PS+); a hop
 *       without a cue, or with a cue the table lacks, needs {@link #commitment(Factuality)};</li>
 *   <li><b>source mention</b>: the one place inside the claim's evidence where the source actor's
 *       name or an alias is written, not overlapping the cue; none if there is no such place
 *       ({@link #mention} sets it, {@link #noMention()} suppresses it).</li>
 * </ul>
 */
public final class Hop {
  private final String source;
  private final AttributionMode mode;
  private final Quote cue;
  private final Quote mention;
  private final boolean noMention;
  private final Factuality commitment;
  private final When time;

  private Hop(String source, AttributionMode mode, Quote cue, Quote mention, boolean noMention,
      Factuality commitment, When time) {
    this.source = source;
    this.mode = mode;
    this.cue = cue;
    this.mention = mention;
    this.noMention = noMention;
    this.commitment = commitment;
    this.time = time;
  }

  /** A hop whose source is the actor {@code actorId}. */
  public static Hop by(String actorId) {
    return new Hop(Objects.requireNonNull(actorId, "actorId"), null, null, null, false, null, null);
  }

  /** A hop without a source actor: faceless hearsay ("reportedly"), or an {@code AUTHORIAL} cue. */
  public static Hop unnamed() {
    return new Hop(null, null, null, null, false, null, null);
  }

  /** The cue words, e.g. {@code "according to"}. */
  public Hop cue(String quote) {
    return cue(Quote.of(quote));
  }

  /** The cue, as a quote with disambiguators. */
  public Hop cue(Quote quote) {
    return new Hop(source, mode, Objects.requireNonNull(quote, "quote"), mention, noMention, commitment, time);
  }

  /** How the source's words are reported, instead of the cue table's hint. */
  public Hop mode(AttributionMode mode) {
    return new Hop(source, Objects.requireNonNull(mode, "mode"), cue, mention, noMention, commitment, time);
  }

  /** Where the text names the source, e.g. {@code "state media"}, {@code "He"}. */
  public Hop mention(String quote) {
    return mention(Quote.of(quote));
  }

  /** Where the text names the source, as a quote with disambiguators. */
  public Hop mention(Quote quote) {
    return new Hop(source, mode, cue, Objects.requireNonNull(quote, "quote"), false, commitment, time);
  }

  /** No source mention, even where the source's name stands in the evidence. */
  public Hop noMention() {
    return new Hop(source, mode, cue, null, true, commitment, time);
  }

  /** The source's commitment, instead of the cue table's. */
  public Hop commitment(Factuality commitment) {
    return new Hop(source, mode, cue, mention, noMention,
        Objects.requireNonNull(commitment, "commitment"), time);
  }

  /** When the source said it ("In April"). */
  public Hop at(When time) {
    return new Hop(source, mode, cue, mention, noMention, commitment, Objects.requireNonNull(time, "time"));
  }

  Optional<String> source() {
    return Optional.ofNullable(source);
  }

  Optional<AttributionMode> mode() {
    return Optional.ofNullable(mode);
  }

  Optional<Quote> cue() {
    return Optional.ofNullable(cue);
  }

  Optional<Quote> mention() {
    return Optional.ofNullable(mention);
  }

  boolean withoutMention() {
    return noMention;
  }

  Optional<Factuality> commitment() {
    return Optional.ofNullable(commitment);
  }

  Optional<When> time() {
    return Optional.ofNullable(time);
  }

  @Override
  public String toString() {
    return "hop by " + (source == null ? "(unnamed)" : source) + (cue == null ? "" : ", cue " + cue);
  }
}
