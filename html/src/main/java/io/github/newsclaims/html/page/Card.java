package io.github.newsclaims.html.page;

import java.util.List;

/**
 * What focus on a claim's span shows: the claim in full, in words.
 *
 * @param elementId the card element's id, {@code card-<index>}
 * @param claimId the claim's id in the model
 * @param kind the claim's kind in words
 * @param proposition the proposition
 * @param chain the attribution chain, outermost hop first; empty when the article says it itself
 * @param factuality the article's own commitment in words
 * @param estimates the claim's estimates in words
 * @param hedges the hedge words
 * @param time when the claim holds, in words, or {@code null}
 * @param place where the claim holds, in words, or {@code null}
 * @param about the names of the actors the claim is about
 * @param relations the claim's relations to other claims
 * @param reviews published fact-checks of the claim, in words
 */
record Card(String elementId, String claimId, String kind, String proposition, List<Hop> chain, String factuality,
    List<EstimateLine> estimates, List<String> hedges, String time, String place, List<String> about,
    List<Relation> relations, List<String> reviews) {

  /**
   * One hop of the chain.
   *
   * @param source who says it: the actor's name, or "unnamed source"
   * @param mention how the text names the source, or {@code null}
   * @param mode how the words are reported
   * @param cue the cue words, or {@code null}
   * @param commitment how firmly the source commits, in words
   * @param time when the source said it, or {@code null}
   * @param hedges the words that lower this hop's commitment
   * @param carriedOver whether the hop is inherited from an earlier sentence rather than stated
   */
  record Hop(String source, String mention, String mode, String cue, String commitment, String time,
      List<String> hedges, boolean carriedOver) {}

  /**
   * One estimate.
   *
   * @param id the estimate's id
   * @param measure what is measured
   * @param words the interval in words, with the phrase as written
   * @param note how it relates to other estimates ("of e1", "derived from e1 and e2"), or {@code null}
   */
  record EstimateLine(String id, String measure, String words, String note) {}

  /**
   * A relation to another claim.
   *
   * @param kind the relation in words, e.g. "elaborates"
   * @param targetId the other claim's id
   * @param href the link to the other claim's evidence, or {@code null} when it is not in the article
   */
  record Relation(String kind, String targetId, String href) {}
}
