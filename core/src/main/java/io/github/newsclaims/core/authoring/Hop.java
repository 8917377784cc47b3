package io.github.newsclaims.core.authoring;

import io.github.newsclaims.core.AttributionMode;
import io.github.newsclaims.core.Factuality;
import java.util.ArrayList;
import java.util.List;
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
 *       "suggests" PS+), lowered by the hop's own {@linkplain #hedge hedges} ("could" PS+); a hop
 *       without a cue, or with a cue the table lacks, needs {@link #commitment(Factuality)};</li>
 *   <li><b>source mention</b>: the one place inside the claim's evidence where the source actor's
 *       name or an alias is written, not overlapping the cue; none if there is no such place
 *       ({@link #mention} sets it, {@link #noMention()} suppresses it).</li>
 * </ul>
 *
 * @since 0.1.0
 */
public final class Hop {
  private String source;
  private AttributionMode mode;
  private Quote cue;
  private Quote mention;
  private boolean noMention;
  private Factuality commitment;
  private When time;
  private List<Quote> hedges = List.of();
  private boolean carriedOver;

  private Hop(String source) {
    this.source = source;
  }

  private Hop copy() {
    Hop copy = new Hop(source);
    copy.mode = mode;
    copy.cue = cue;
    copy.mention = mention;
    copy.noMention = noMention;
    copy.commitment = commitment;
    copy.time = time;
    copy.hedges = hedges;
    copy.carriedOver = carriedOver;
    return copy;
  }

  /**
   * A hop whose source is the actor {@code actorId}.
   *
   * @param actorId the id of the source actor; not null
   * @return the hop, its cue, mode and commitment not yet set
   */
  public static Hop by(String actorId) {
    return new Hop(Objects.requireNonNull(actorId, "actorId"));
  }

  /** {@return a hop without a source actor: faceless hearsay ("reportedly"), or an {@code AUTHORIAL} cue} */
  public static Hop unnamed() {
    return new Hop(null);
  }

  /**
   * The cue words, e.g. {@code "according to"}.
   *
   * @param quote the cue words as the article writes them
   * @return a copy of this hop with the cue
   */
  public Hop cue(String quote) {
    Objects.requireNonNull(quote, "quote");
    return cue(Quote.of(quote));
  }

  /**
   * The cue, as a quote with disambiguators.
   *
   * @param quote the cue as a quote; not null
   * @return a copy of this hop with the cue
   */
  public Hop cue(Quote quote) {
    Objects.requireNonNull(quote, "quote");
    Hop copy = copy();
    copy.cue = Objects.requireNonNull(quote, "quote");
    return copy;
  }

  /**
   * How the source's words are reported, instead of the cue table's hint.
   *
   * @param mode how the source's words are reported; not null
   * @return a copy of this hop with the mode
   */
  public Hop mode(AttributionMode mode) {
    Hop copy = copy();
    copy.mode = Objects.requireNonNull(mode, "mode");
    return copy;
  }

  /**
   * Where the text names the source, e.g. {@code "state media"}, {@code "He"}.
   *
   * @param quote the words that name the source
   * @return a copy of this hop with the mention
   */
  public Hop mention(String quote) {
    Objects.requireNonNull(quote, "quote");
    return mention(Quote.of(quote));
  }

  /**
   * Where the text names the source, as a quote with disambiguators.
   *
   * @param quote the words that name the source, as a quote; not null
   * @return a copy of this hop with the mention
   */
  public Hop mention(Quote quote) {
    Objects.requireNonNull(quote, "quote");
    Hop copy = copy();
    copy.mention = Objects.requireNonNull(quote, "quote");
    copy.noMention = false;
    return copy;
  }

  /**
   * No source mention, even where the source's name stands in the evidence.
   *
   * @return a copy of this hop without a source mention
   */
  public Hop noMention() {
    Hop copy = copy();
    copy.mention = null;
    copy.noMention = true;
    return copy;
  }

  /**
   * The source's commitment, instead of the cue table's.
   *
   * @param commitment how firmly the source presents the content; not null
   * @return a copy of this hop with the commitment
   */
  public Hop commitment(Factuality commitment) {
    Hop copy = copy();
    copy.commitment = Objects.requireNonNull(commitment, "commitment");
    return copy;
  }

  /**
   * When the source said it ("In April").
   *
   * @param time when the source said it; not null
   * @return a copy of this hop with the time
   */
  public Hop at(When time) {
    Hop copy = copy();
    copy.time = Objects.requireNonNull(time, "time");
    return copy;
  }

  /**
   * Hedge words of this source, which lower its commitment: the experts' "could" in "experts
   * believe the value could run into billions". Looked for in the claim's evidence first.
   *
   * @param quotes the quoted hedge words of this source
   * @return a copy of this hop with the hedges added
   */
  public Hop hedge(String... quotes) {
    Objects.requireNonNull(quotes, "quotes");
    Hop hop = this;
    for (String quote : quotes) {
      hop = hop.hedge(Quote.of(quote));
    }
    return hop;
  }

  /**
   * A hedge of this source, as a quote with disambiguators.
   *
   * @param quote the hedge as a quote; not null
   * @return a copy of this hop with the hedge added
   */
  public Hop hedge(Quote quote) {
    List<Quote> more = new ArrayList<>(hedges);
    more.add(Objects.requireNonNull(quote, "quote"));
    Hop copy = copy();
    copy.hedges = List.copyOf(more);
    return copy;
  }

  /**
   * Marks the hop as carried over: the claim's sentence inherits it from an earlier one (paragraphs
   * two and three of a report introduced once by "according to state media"); its cue and mention,
   * if given, are the earlier sentence's.
   *
   * @return a copy of this hop, marked as carried over
   */
  public Hop carriedOver() {
    Hop copy = copy();
    copy.carriedOver = true;
    return copy;
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

  List<Quote> hedges() {
    return hedges;
  }

  boolean isCarriedOver() {
    return carriedOver;
  }

  @Override
  public String toString() {
    return "hop by " + (source == null ? "(unnamed)" : source) + (cue == null ? "" : ", cue " + cue);
  }
}
