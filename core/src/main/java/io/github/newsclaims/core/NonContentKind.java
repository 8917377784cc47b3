package io.github.newsclaims.core;

/**
 * What kind of page furniture a {@link NonContentSpan} is.
 *
 * @since 0.1.0
 */
public enum NonContentKind {
  /** A link to another story, such as "READ ALSO: …". */
  TEASER,
  /** An advertisement or its marker, such as "- Advertisement -". */
  ADVERTISEMENT,
  /** The headline printed again inside the body. */
  REPEATED_HEADLINE,
  /** A photo or video caption. */
  CAPTION,
  /** A byline, dateline or credit line. */
  BYLINE,
  /** Any other text that is not part of the article's content. */
  OTHER
}
