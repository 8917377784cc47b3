package io.github.newsclaims.core;

import org.immutables.value.Value;

/**
 * Text inside the article body that is not the article's content — a teaser, an advertisement
 * marker, a repeated headline — and therefore carries no claims.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class NonContentSpan {
  NonContentSpan() {}

  /** {@return what kind of furniture this is} */
  public abstract NonContentKind getKind();

  /** {@return where it stands in the article text} */
  public abstract TextSpan getSpan();

  /**
   * Furniture of the given kind at the given span.
   *
   * @param kind what sort of furniture it is; not null
   * @param span where it is in the text; not null
   * @return the non-content span
   */
  public static NonContentSpan of(NonContentKind kind, TextSpan span) {
    return ImmutableNonContentSpan.builder().kind(kind).span(span).build();
  }
}
