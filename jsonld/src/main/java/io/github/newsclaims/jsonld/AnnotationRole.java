package io.github.newsclaims.jsonld;

/**
 * What an imported Web Annotation marks, as the newsclaims export tags it ({@code nc:role}).
 *
 * @since 0.1.0
 */
public enum AnnotationRole {
  /** Evidence of a claim: the words where the article makes it. */
  CLAIM,
  /** A hedge cue of a claim: "reportedly", "could". */
  HEDGE,
  /** The phrase of an estimate: "about 15,000". */
  ESTIMATE,
  /** An annotation without a newsclaims role, e.g. made by another tool. */
  OTHER
}
