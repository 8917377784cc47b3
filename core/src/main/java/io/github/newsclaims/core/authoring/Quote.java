package io.github.newsclaims.core.authoring;

import io.github.newsclaims.core.TextSpan;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A quotation of the article text that stands for the span it covers: the words, and if they occur
 * more than once, what tells the occurrences apart. {@code Quote.of("about 15,000")};
 * {@code Quote.of("He").occurrence(2)}; {@code Quote.of("said").after("Kim")};
 * {@code Quote.of("could").within("Such support could dramatically increase")}.
 *
 * <p>A quote matches only at word boundaries ("he" never matches inside "the") and must pick
 * exactly one occurrence; {@link QuoteFinder} says how each disambiguator narrows the search.
 * Immutable; every method returns a new quote.
 *
 * @since 0.1.0
 */
public final class Quote {
  private final String text;
  private final int occurrence;
  private final Object after;
  private final Object within;

  private Quote(String text, int occurrence, Object after, Object within) {
    this.text = Objects.requireNonNull(text, "text");
    if (text.isEmpty()) {
      throw new IllegalArgumentException("a quote must not be empty");
    }
    this.occurrence = occurrence;
    this.after = after;
    this.within = within;
  }

  /**
   * The words, exactly as the article writes them.
   *
   * @param text the words, exactly as written; a single occurrence is expected unless narrowed
   * @return the quote
   */
  public static Quote of(String text) {
    return new Quote(text, 0, null, null);
  }

  /**
   * The {@code n}-th occurrence (1-based) in the searched range.
   *
   * @param n the 1-based occurrence
   * @return a copy of this quote that picks the {@code n}-th occurrence
   * @throws IllegalArgumentException if {@code n < 1}
   */
  public Quote occurrence(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("occurrence is 1-based, was " + n);
    }
    return new Quote(text, n, after, within);
  }

  /**
   * The first occurrence (or the {@link #occurrence n-th}) after the end of {@code anchor}.
   *
   * @param anchor the quote whose end the search starts after; not null
   * @return a copy of this quote looked for after {@code anchor}
   */
  public Quote after(Quote anchor) {
    Objects.requireNonNull(anchor, "anchor");
    return new Quote(text, occurrence, Objects.requireNonNull(anchor, "anchor"), within);
  }

  /**
   * The first occurrence after the end of the quotation {@code anchor}.
   *
   * @param anchor the words whose end the search starts after
   * @return a copy of this quote looked for after {@code anchor}
   */
  public Quote after(String anchor) {
    Objects.requireNonNull(anchor, "anchor");
    return after(of(anchor));
  }

  /**
   * The first occurrence after the end of {@code span}.
   *
   * @param span the span whose end the search starts after; not null
   * @return a copy of this quote looked for after {@code span}
   */
  public Quote after(TextSpan span) {
    return new Quote(text, occurrence, Objects.requireNonNull(span, "span"), within);
  }

  /**
   * The only occurrence (or the {@link #occurrence n-th}) inside {@code anchor}.
   *
   * @param anchor the quote to search inside; not null
   * @return a copy of this quote looked for inside {@code anchor}
   */
  public Quote within(Quote anchor) {
    Objects.requireNonNull(anchor, "anchor");
    return new Quote(text, occurrence, after, Objects.requireNonNull(anchor, "anchor"));
  }

  /**
   * The only occurrence inside the quotation {@code anchor}.
   *
   * @param anchor the words to search inside
   * @return a copy of this quote looked for inside {@code anchor}
   */
  public Quote within(String anchor) {
    Objects.requireNonNull(anchor, "anchor");
    return within(of(anchor));
  }

  /**
   * The only occurrence inside {@code span}, e.g. a paragraph or a claim's evidence.
   *
   * @param span the span to search inside; not null
   * @return a copy of this quote looked for inside {@code span}
   */
  public Quote within(TextSpan span) {
    return new Quote(text, occurrence, after, Objects.requireNonNull(span, "span"));
  }

  /** {@return the quoted words} */
  public String text() {
    return text;
  }

  /** {@return the 1-based occurrence asked for; empty when any single occurrence will do} */
  public OptionalInt occurrence() {
    return occurrence == 0 ? OptionalInt.empty() : OptionalInt.of(occurrence);
  }

  /** {@return whether a disambiguator ({@code occurrence}, {@code after}, {@code within}) is set} */
  public boolean isAnchored() {
    return after != null || within != null;
  }

  /** {@return the anchor the quote comes after: a {@link Quote} or a {@link TextSpan}; empty if none} */
  public Optional<Object> afterAnchor() {
    return Optional.ofNullable(after);
  }

  /** {@return the anchor the quote lies within: a {@link Quote} or a {@link TextSpan}; empty if none} */
  public Optional<Object> withinAnchor() {
    return Optional.ofNullable(within);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Quote that && text.equals(that.text) && occurrence == that.occurrence
        && Objects.equals(after, that.after) && Objects.equals(within, that.within);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, occurrence, after, within);
  }

  /** The quote and its disambiguators, e.g. {@code "He" #2 after "encouraged"}. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("\"").append(text).append('"');
    if (occurrence > 0) {
      out.append(" #").append(occurrence);
    }
    if (after != null) {
      out.append(" after ").append(after);
    }
    if (within != null) {
      out.append(" within ").append(within);
    }
    return out.toString();
  }
}
