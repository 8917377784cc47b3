package io.github.newsclaims.core.quantity;

import io.github.newsclaims.core.Estimate;
import io.github.newsclaims.core.TextSpan;
import org.immutables.value.Value;

/**
 * A quantity phrase found in a text by {@link QuantityPhrases#find(String)}: where it is and the
 * {@link Estimate} it stands for.
 *
 * <p>Invariant: the estimate's {@link Estimate#getPhrase() phrase} — the quantity words, "about
 * 15,000" — starts where this mention's span does and lies inside it; the span may go on over what
 * is counted, "about 15,000 North Korean soldiers".
 */
@Value.Immutable
public abstract class QuantityMention {
  QuantityMention() {}

  /** Where the whole phrase is, in UTF-16 code units of the searched text, with the exact text it covers. */
  public abstract TextSpan getSpan();

  /** What the phrase stands for; its phrase is the quantity words at the start of {@link #getSpan()}. */
  public abstract Estimate getEstimate();

  /**
   * A mention of {@code estimate} at {@code span}.
   *
   * @throws IllegalArgumentException if the estimate has no phrase, or one that does not start the span
   */
  public static QuantityMention of(TextSpan span, Estimate estimate) {
    return ImmutableQuantityMention.builder().span(span).estimate(estimate).build();
  }

  /** The span and the estimate's interval, e.g. {@code [5, 17) "about 15,000" ABOUT [13500, 16500]}. */
  @Override
  public String toString() {
    return getSpan() + " " + getEstimate().getApproximator() + " " + getEstimate().getInterval()
        + " " + getEstimate().getUnit();
  }

  @Value.Check
  final void check() {
    Checks.check(getEstimate().getPhrase()
            .filter(phrase -> phrase.getStart() == getSpan().getStart() && getSpan().contains(phrase)).isPresent(),
        "quantity mention at %s: estimate %s has the phrase %s, which does not start the mention's span",
        getSpan(), getEstimate().getId(), getEstimate().getPhrase().map(TextSpan::toString).orElse("(none)"));
  }
}
