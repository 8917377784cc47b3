package io.github.newsclaims.core.quantity;

import io.github.newsclaims.core.Estimate;
import io.github.newsclaims.core.TextSpan;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A quantity phrase found in a text by {@link QuantityPhrases#find(String)}: where it is, the
 * {@link Estimate} it stands for, and what it counts.
 *
 * <p>Invariants: the estimate's {@link Estimate#getPhrase() phrase} — the quantity words, "about
 * 15,000" — starts where this mention's span does and lies inside it; the span may go on over what
 * is counted, "about 15,000 North Korean soldiers"; the counted noun, when there is one, is text of
 * the span after the estimate's phrase.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class QuantityMention {
  QuantityMention() {}

  /** {@return where the whole phrase is, in UTF-16 code units of the searched text, with the exact text it covers} */
  public abstract TextSpan getSpan();

  /** {@return what the phrase stands for; its phrase is the quantity words at the start of {@link #getSpan()}} */
  public abstract Estimate getEstimate();

  /**
   * The noun phrase the quantity counts, as written: "North Korean soldiers" in "about 15,000 North
   * Korean soldiers", "civilian workers" in "thousands of civilian workers" (runs of white
   * space written as one space); empty for money,
   * shares, changes, durations, measures and bare numbers.
   *
   * @return the counted noun phrase, or empty
   */
  public abstract Optional<String> getCountedNoun();

  /**
   * The estimate under the caller's id and measure, as a {@link io.github.newsclaims.core.Claim}
   * holds it: {@code find("about 15,000 North Korean soldiers").get(0).toEstimate("e1", "North
   * Korean troops in Russia")} keeps the approximator, interval, stated value, unit and phrase.
   *
   * @param id the estimate's id, unique within its article
   * @param measure what is measured, in plain words
   * @return the estimate
   * @throws IllegalArgumentException if the id or measure is blank
   */
  public final Estimate toEstimate(String id, String measure) {
    return Estimate.builder().from(getEstimate()).id(id).measure(measure).build();
  }

  /**
   * A mention of {@code estimate} at {@code span} with no counted noun.
   *
   * @param span the whole phrase in the text
   * @param estimate the estimate, its phrase starting the span
   * @return the mention
   * @throws IllegalArgumentException if the estimate has no phrase, or one that does not start the span
   */
  public static QuantityMention of(TextSpan span, Estimate estimate) {
    return of(span, estimate, Optional.empty());
  }

  /**
   * A mention of {@code estimate} at {@code span} counting {@code countedNoun}.
   *
   * @param span the whole phrase in the text
   * @param estimate the estimate, its phrase starting the span
   * @param countedNoun the counted noun phrase, after the quantity in the span; or empty
   * @return the mention
   * @throws IllegalArgumentException if the estimate has no phrase, or one that does not start the
   *     span, or the counted noun is blank or not in the span after the phrase
   */
  public static QuantityMention of(TextSpan span, Estimate estimate, Optional<String> countedNoun) {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(estimate, "estimate");
    Objects.requireNonNull(countedNoun, "countedNoun");
    return ImmutableQuantityMention.builder().span(span).estimate(estimate).countedNoun(countedNoun).build();
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
    getCountedNoun().ifPresent(noun -> {
      String rest = getSpan().getText().substring(getEstimate().getPhrase().orElseThrow().getText().length());
      Checks.check(!noun.isBlank() && QuantityReader.normalSpace(rest).contains(noun),
          "quantity mention at %s: the counted noun \"%s\" is not written after the quantity words", getSpan(), noun);
    });
  }
}
