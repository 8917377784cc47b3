package io.github.newsclaims.core.authoring;

import io.github.newsclaims.core.AttributionMode;
import io.github.newsclaims.core.Factuality;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the cue table ({@link Cues}): a cue word in all its written forms, the attribution
 * mode a hop it introduces usually has, and the commitment it gives by default.
 *
 * @param lemma the dictionary form, e.g. {@code "estimate"}
 * @param forms every written form, lower case, e.g. {@code [estimate, estimates, estimated, estimating]}
 * @param mode the usual mode of a hop with this cue; empty for a word that is only a hedge ("could")
 * @param commitment the default commitment of whoever uses the cue (the source of the hop, or, for a
 *     hedge, whoever voices the claim)
 * @param factive whether the cue makes the article presuppose the content ("acknowledged")
 * @param comment why, in a few words
 * @since 0.1.0
 */
public record Cue(String lemma, List<String> forms, Optional<AttributionMode> mode, Factuality commitment,
    boolean factive, String comment) {
  /**
   * Checks that no component is null and copies the forms.
   *
   * @param lemma the cue's dictionary form, such as "say"; not null
   * @param forms the written forms the cue is recognised by; not null
   * @param mode the usual attribution mode of the cue, or empty for a hedge only; not null
   * @param commitment the commitment the cue conveys; not null
   * @param factive whether the cue presupposes its content is true
   * @param comment why the cue has these values; not null
   */
  public Cue {
    Objects.requireNonNull(lemma, "lemma");
    forms = List.copyOf(Objects.requireNonNull(forms, "forms"));
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(commitment, "commitment");
    Objects.requireNonNull(comment, "comment");
  }

  /** {@return whether the cue only hedges and never introduces a source ("could", "potentially")} */
  public boolean isHedgeOnly() {
    return mode.isEmpty();
  }
}
