package io.github.newsclaims.jsonld;

/**
 * How an imported selector was found again in the article text.
 *
 * @since 0.1.0
 */
public enum Anchoring {
  /** The {@code TextPositionSelector} still points at the quoted text (or there is no quote to check). */
  POSITION,
  /**
   * The text moved: the {@code TextQuoteSelector}'s exact text was found elsewhere, the occurrence
   * chosen whose surroundings best match the quoted prefix and suffix, then the one nearest the old
   * position.
   */
  QUOTE
}
