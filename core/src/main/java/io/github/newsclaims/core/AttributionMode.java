package io.github.newsclaims.core;

/**
 * How a source's words reach the article, after PARC 3.0's direct / indirect / mixed distinction,
 * plus the cues news leans on.
 *
 * @since 0.1.0
 */
public enum AttributionMode {
  /** The source's words in quotation marks, whole. */
  DIRECT_QUOTE,
  /** Some of the source's words quoted inside reported speech: calling production "critical". */
  PARTIAL_QUOTE,
  /** Reported speech without quotation: "Analysts say North Korea's acknowledgement is …". */
  INDIRECT,
  /** "according to state media". */
  ACCORDING_TO,
  /** Hearsay without a named source: "reportedly", "growing reports". */
  UNNAMED_HEARSAY,
  /**
   * The article's own voice made explicit, e.g. a byline's "we have seen"; it may only be the
   * first hop of a chain. A claim with an empty chain is in the article's voice too.
   */
  AUTHORIAL
}
