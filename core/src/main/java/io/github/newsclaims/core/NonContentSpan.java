package io.github.newsclaims.core;

import org.immutables.value.Value;

/**
 * Text inside the article body that is not the article's content — a teaser, an advertisement
 * marker, a repeated headline — and therefore carries no claims.
 */
@Value.Immutable
public abstract class NonContentSpan {
  NonContentSpan() {}

  /** What kind of furniture this is. */
  public abstract NonContentKind getKind();

  /** Where it stands in the article text. */
  public abstract TextSpan getSpan();

  /** Furniture of the given kind at the given span. */
  public static NonContentSpan of(NonContentKind kind, TextSpan span) {
    return ImmutableNonContentSpan.builder().kind(kind).span(span).build();
  }
}
