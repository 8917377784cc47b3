package io.github.newsclaims.core;

/**
 * What sort of proposition a {@link Claim} is.
 *
 * @since 0.1.0
 */
public enum ClaimKind {
  /** Something happened: "Pyongyang has sent thousands of civilian workers". */
  EVENT,
  /** Something is the case: "North Korean soldiers are now in Russia". */
  STATE,
  /** A speech act reported as such: ordering, urging, thanking, acknowledging. */
  STATEMENT,
  /** A figure is the point of the claim: "about 15,000 soldiers". */
  QUANTITY,
  /** A judgement or interpretation: "part of a strategy to solidify long-term ties". */
  ASSESSMENT,
  /** Something may or will happen: "could dramatically increase the threat". */
  PREDICTION,
  /** Something is not evidenced or not said: "no clear evidence of direct cash payments". */
  ABSENCE_OF_EVIDENCE
}
