package io.github.newsclaims.core;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One hop of "who says so": a source, the cue that introduces it, how its words are reported and
 * how firmly it commits — PARC 3.0's attribution relation (source, cue, content) with FactBank's
 * per-source factuality. A {@link Claim} holds a chain of hops from the article's own voice
 * inward: the article reports that state media reports that Kim said X.
 *
 * <p>Invariants: an {@link AttributionMode#AUTHORIAL AUTHORIAL} hop has no source actor nor source mention and has a
 * cue (without one it would say no more than an empty chain); every other mode except
 * {@link AttributionMode#UNNAMED_HEARSAY UNNAMED_HEARSAY} names a source actor; hedges are
 * distinct; an authorial hop is never carried over.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Attribution {
  Attribution() {}

  /** {@return the id of the actor that says it; empty for the article's own voice and faceless hearsay} */
  public abstract Optional<String> getSource();

  /**
   * Where the text names the source — "state media", "Analysts", "South Korean intelligence",
   * "He" — when it does (PARC's source span); empty for faceless hearsay such as "reportedly".
   *
   * @return the span naming the source, or empty
   */
  public abstract Optional<TextSpan> getSourceMention();

  /** {@return the cue word(s) and where: "according to", "estimates", "say", "reportedly", "stating"} */
  public abstract Optional<TextSpan> getCue();

  /** {@return how the source's words are reported} */
  public abstract AttributionMode getMode();

  /** {@return how firmly the source presents what it says (its FactBank value for the content)} */
  public abstract Factuality getCommitment();

  /**
   * The hedge cues that lower this hop's commitment: "reportedly", "potentially", "suggests". The
   * claim's own {@link Claim#getHedges() hedges} are those of the article's voice.
   *
   * @return the hedge cues of this hop; possibly empty
   */
  public abstract List<TextSpan> getHedges();

  /** {@return when the source said it ("In April"), when the text tells} */
  public abstract Optional<TimeReference> getTime();

  /**
   * Whether the sentence inherits this attribution from an earlier one rather than stating it: after
   * "Kim praised efforts …", the next sentence "He also ordered …" or one with no attribution words
   * at all still reports Kim. The source mention and cue, if given, are then the earlier sentence's.
   *
   * @return true if this attribution is carried over from an earlier sentence
   */
  @Value.Default
  public boolean isCarriedOver() {
    return false;
  }

  /** {@return a builder for an attribution hop} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    getSource().ifPresent(id -> Checks.nonBlank("attribution", "source", id));
    if (getMode() == AttributionMode.AUTHORIAL) {
      Checks.check(getSource().isEmpty(), "attribution of mode AUTHORIAL has no source, was %s",
          getSource().map(Checks::quote).orElse(""));
      Checks.check(getSourceMention().isEmpty(), "attribution of mode AUTHORIAL has no source mention, was %s",
          getSourceMention().orElse(null));
      Checks.check(getCue().isPresent(), "attribution of mode AUTHORIAL needs a cue; without one, leave the hop out");
      Checks.check(!isCarriedOver(), "attribution of mode AUTHORIAL is never carried over");
    } else if (getMode() != AttributionMode.UNNAMED_HEARSAY) {
      Checks.check(getSource().isPresent(), "attribution of mode %s needs a source actor", getMode());
    }
    if (Checks.firstRepeat(getHedges()) >= 0) {
      Checks.fail("attribution hedges must not repeat a span, were %s", getHedges());
    }
  }

  /**
   * Builds an {@link Attribution}; mode and commitment are required.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableAttribution.Builder {
    Builder() {}
  }
}
