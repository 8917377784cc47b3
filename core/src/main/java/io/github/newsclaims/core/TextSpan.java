package io.github.newsclaims.core;

import java.util.Comparator;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * A stretch of the verbatim article text: the half-open range {@code [start, end)} plus the exact
 * text it covers, after the W3C Web Annotation TextPosition and TextQuote selectors together.
 *
 * <p><b>Offsets are UTF-16 code units</b>, exactly as {@link String#substring(int, int)} indexes a
 * Java string: an emoji outside the Basic Multilingual Plane counts as two, a curly quote as one.
 * Keeping the covered text beside the offsets makes every span checkable against its article; see
 * {@link #matches(String)}.
 *
 * <p>Invariants: {@code 0 <= start < end} (a span covers at least one code unit: every span of the
 * model points at words), {@code text.length() == end - start}, and the span does not cut a
 * surrogate pair in half.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class TextSpan implements Comparable<TextSpan> {
  private static final Comparator<TextSpan> ORDER =
      Comparator.comparingInt(TextSpan::getStart).thenComparingInt(TextSpan::getEnd).thenComparing(TextSpan::getText);

  TextSpan() {}

  /** {@return the first UTF-16 code unit covered, zero-based} */
  public abstract int getStart();

  /** {@return the first UTF-16 code unit after the span (exclusive); greater than {@link #getStart()}} */
  public abstract int getEnd();

  /** {@return the exact text covered, {@code end - start} code units long} */
  public abstract String getText();

  /**
   * A span from its offsets and the exact text they cover.
   *
   * @param start the first UTF-16 code unit covered, zero-based
   * @param end the first code unit after the span; above {@code start}
   * @param text the text covered, {@code end - start} code units long
   * @return the span
   */
  public static TextSpan of(int start, int end, String text) {
    return ImmutableTextSpan.builder().start(start).end(end).text(text).build();
  }

  /**
   * The span {@code [start, end)} of {@code source}, its text taken from the source.
   *
   * @param source the text the span indexes into
   * @param start the first code unit covered
   * @param end the first code unit after the span
   * @return the span
   * @throws IllegalArgumentException if the range does not lie inside the source
   */
  public static TextSpan in(String source, int start, int end) {
    Objects.requireNonNull(source, "source");
    Checks.check(start >= 0 && start <= end && end <= source.length(),
        "span [%s, %s) does not lie inside a text of length %s", start, end, source.length());
    return of(start, end, source.substring(start, end));
  }

  /**
   * The first occurrence of {@code quote} in {@code source}, the way an annotator points at text.
   *
   * @param source the text to search
   * @param quote the words to look for
   * @return the span of the first occurrence
   * @throws IllegalArgumentException if the quote does not occur in the source
   */
  public static TextSpan find(String source, String quote) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(quote, "quote");
    return find(source, quote, 0);
  }

  /**
   * The first occurrence of {@code quote} in {@code source} at or after {@code fromIndex}.
   *
   * @param source the text to search
   * @param quote the words to look for
   * @param fromIndex where the search starts, in code units
   * @return the span of the first occurrence at or after {@code fromIndex}
   * @throws IllegalArgumentException if the quote does not occur there
   */
  public static TextSpan find(String source, String quote, int fromIndex) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(quote, "quote");
    int start = source.indexOf(quote, fromIndex);
    Checks.check(start >= 0, "quote %s does not occur in the text at or after offset %s",
        Checks.quote(quote), fromIndex);
    return of(start, start + quote.length(), quote);
  }

  /** {@return the number of UTF-16 code units covered} */
  public final int length() {
    return getEnd() - getStart();
  }

  /**
   * Whether the span lies inside {@code source} and covers exactly {@link #getText()} there.
   *
   * @param source a text
   * @return true if the span covers exactly its text in {@code source}
   */
  public final boolean matches(String source) {
    Objects.requireNonNull(source, "source");
    return getEnd() <= source.length() && source.startsWith(getText(), getStart());
  }

  /**
   * Whether {@code other} lies wholly inside this span.
   *
   * @param other another span
   * @return true if {@code other} lies inside this span
   */
  public final boolean contains(TextSpan other) {
    Objects.requireNonNull(other, "other");
    return getStart() <= other.getStart() && other.getEnd() <= getEnd();
  }

  /**
   * Whether the two spans share at least one code unit.
   *
   * @param other another span
   * @return true if they overlap
   */
  public final boolean overlaps(TextSpan other) {
    Objects.requireNonNull(other, "other");
    return getStart() < other.getEnd() && other.getStart() < getEnd();
  }

  /**
   * Orders spans by start, then by end, then by text, consistently with {@link #equals(Object)}: two
   * spans compare as equal exactly when they are equal. Spans of one text differ only in their
   * offsets; the text decides only between spans of different texts (e.g. one read against an
   * edited copy), so a sorted set never merges two spans that are not equal.
   */
  @Override
  public final int compareTo(TextSpan other) {
    Objects.requireNonNull(other, "other");
    return ORDER.compare(this, other);
  }

  /** The range and the quoted text, e.g. {@code [5, 17) "about 15,000"}. */
  @Override
  public String toString() {
    return "[" + getStart() + ", " + getEnd() + ") " + Checks.quote(getText());
  }

  @Value.Check
  final void check() {
    // Plain conditions first: every span read or built runs these, and formatting the messages
    // (boxing the offsets, quoting the text) is left to the rare failure.
    if (getStart() < 0) {
      Checks.fail("span start must not be negative, was %s", getStart());
    }
    if (getStart() > getEnd()) {
      Checks.fail("span start (%s) must not exceed end (%s)", getStart(), getEnd());
    }
    if (getStart() == getEnd()) {
      Checks.fail("span [%s, %s) is empty; a span covers at least one code unit", getStart(), getEnd());
    }
    String text = getText();
    if (text.length() != length()) {
      Checks.fail("span text %s has length %s but [%s, %s) covers %s code units",
          Checks.quote(text), text.length(), getStart(), getEnd(), length());
    }
    if (Character.isLowSurrogate(text.charAt(0)) || Character.isHighSurrogate(text.charAt(text.length() - 1))) {
      Checks.fail("span [%s, %s) cuts a surrogate pair in half", getStart(), getEnd());
    }
  }
}
