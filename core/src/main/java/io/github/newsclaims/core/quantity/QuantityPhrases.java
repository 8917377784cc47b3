package io.github.newsclaims.core.quantity;

import io.github.newsclaims.core.Approximator;
import io.github.newsclaims.core.Estimate;
import io.github.newsclaims.core.Estimates;
import io.github.newsclaims.core.TextSpan;
import io.github.newsclaims.core.Unit;
import io.github.newsclaims.core.UnitKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads quantity phrases as news writes them — "about 15,000 North Korean soldiers", "nearly a
 * third", "doubled", "thousands of civilian workers", "billions of dollars" — into
 * {@link Estimate}s that keep the approximator and give it the width a {@link VaguenessPolicy}
 * documents.
 *
 * <p>Anchors: Stanford CoreNLP's {@code QuantifiableEntityNormalizer} maps "more than", "about" and
 * "up to" to {@code >}, {@code ~} and {@code <=} but loses how wide "about" is; Microsoft
 * Recognizers-Text writes intervals such as {@code (30,)}; Duckling drops approximators. Here the
 * approximator is kept, its width is explicit, and the interval has open or closed bounds.
 *
 * <p><b>What is read</b> (English, case-insensitive):
 * <ul>
 *   <li>numerals with thousands separators and decimals, with scale words and currency: "15,000",
 *       "2.3 million", "$1.5 billion", "$1.5bn", "€3m", "2 billion yen", "40%", "40 per cent";</li>
 *   <li>spelled-out numbers: "two hundred and fifty", "a dozen", "half a million";</li>
 *   <li>fractions: "half", "a third", "two-thirds", "three quarters", "one in five";</li>
 *   <li>approximators: "about", "around", "some", "roughly", "approximately", "an estimated",
 *       "close to" ({@link Approximator#ABOUT ABOUT}); "nearly", "almost", "just under"
 *       ({@code NEARLY}); "more than", "over", "above", "in excess of", "just over"
 *       ({@code MORE_THAN}); "at least", "no fewer than" ({@code AT_LEAST}); "at most", "no more
 *       than" ({@code AT_MOST}); "up to", "as many as" ({@code UP_TO}); "fewer than", "less than",
 *       "under", "below" ({@code FEWER_THAN}); "between X and Y", "X to Y", "X-Y"
 *       ({@code BETWEEN}, closed at both ends);</li>
 *   <li>vague magnitudes: "dozens", "scores of", "hundreds", "thousands of", "tens of thousands",
 *       "hundreds of millions", "several hundred", "billions of dollars"
 *       ({@code ORDER_OF_MAGNITUDE});</li>
 *   <li>relative change: "doubled", "tripled", "halved", "tenfold", "3-fold"
 *       ({@code RELATIVE_CHANGE}, unit {@link UnitKind#MULTIPLIER MULTIPLIER}). A hedged change
 *       keeps the hedge as its approximator: "more than doubled" is {@code MORE_THAN} {@code (2,
 *       +∞)}. For a decrease the hedge turns around: "nearly halved" is {@code MORE_THAN}
 *       {@code (0.5, 0.55]} and "more than halved" {@code FEWER_THAN} {@code [0, 0.5)};</li>
 *   <li>the counted noun after a number ("soldiers", "civilian workers"): the unit is the noun
 *       with its lower-case modifiers ({@code Unit.count("soldiers")} for "North Korean
 *       soldiers"), the measure is the noun phrase as written. "$", "dollars" and "US dollars" are
 *       USD; "€"/"euros" EUR; "£"/"pounds" GBP; "¥"/"yen" JPY; "yuan" CNY; "rubles"/"roubles" RUB;
 *       "won" KRW; "rupees" INR; "318.4p" and "60 pence" are 3.184 and 0.6 GBP, "8 cents" 0.08 USD;</li>
 *   <li>what news writes around numbers: glued scales ("620K", "2.4M", "£40m"), "past 8,000" and
 *       "beyond 40" ({@code MORE_THAN}), "near 500,000" and "a near 30%" ({@code NEARLY}), "ten or
 *       more" ({@code AT_LEAST}), "15 or so" ({@code ABOUT}), "as high as" ({@code UP_TO}); "rose
 *       to 61,000" and "edged up to 61,000" are the value reached ({@code EXACT}); "a fifth of a
 *       million", "one and a half million"; "twice as many", "three and a half times higher", "more
 *       than double", "a factor of 10" ({@code MULTIPLIER}); "forty-two Britons", "only one
 *       hospital", "two of her grandsons"; "a 40-million-pound contract"; "-3%" and "down 3.5
 *       percent" (negative percentages);</li>
 *   <li>durations and physical measures ({@link UnitKind#DURATION DURATION},
 *       {@link UnitKind#MEASURE MEASURE}, named by UCUM symbol): "under two weeks", "about an
 *       hour", "a 38-day campaign", "several days", "half a century", "620K tonnes", "250 miles",
 *       "120 square kilometres", "140 miles per hour", "0.9 degrees Fahrenheit".</li>
 * </ul>
 *
 * <p><b>What comes back.</b> A parsed estimate has the id {@code "q1"} (the finder numbers them
 * {@code "q1"}, {@code "q2"}, … in text order) and, as its measure, the counted noun phrase as
 * written, or else the phrase itself; callers that put it in a {@link io.github.newsclaims.core.Claim} will usually rebuild
 * it with their own id and measure ({@code Estimate.builder().from(e).id(…)}). Every estimate
 * satisfies the document rule {@link io.github.newsclaims.core.validation.IntervalMatchesApproximator}.
 *
 * <p><b>Never throws</b> on any string, and takes time linear in its length: what is not a quantity
 * phrase is simply not one. Not read: years as the end of a range ("from $2,100 in 2005 to $7,400"
 * is two amounts), "Sept. 3", numbers inside names ("S&amp;P 500", "Boeing 737"), spans that place an
 * event ("three months ago"), runs of more than 24 digits and separators, negative counts, ordinals, "a few", hedged magnitudes ("at least hundreds"), ranges written
 * "from X to Y" (usually a change, not a range), numbers glued to letters ("F-16", "1990s",
 * "15-year-old"), and languages other than English.
 *
 * <p>All methods are thread-safe.
 *
 * @since 0.1.0
 */
public final class QuantityPhrases {
  private QuantityPhrases() {}

  /**
   * The estimate a quantity phrase stands for under the {@linkplain VaguenessPolicy#defaults()
   * default policy}: {@code parse("about 15,000 North Korean soldiers")} is an {@code ABOUT}
   * estimate of {@code [13500, 16500]} soldiers.
   *
   * @param phrase a phrase starting with a quantity
   * @return the estimate, or empty if the phrase is not a quantity phrase
   * @see #parse(String, VaguenessPolicy)
   */
  public static Optional<Estimate> parse(String phrase) {
    return parse(phrase, VaguenessPolicy.defaults());
  }

  /**
   * The estimate a quantity phrase stands for under {@code policy}. The phrase must start with the
   * quantity (surrounding white space aside); words after it may describe what is counted ("nearly
   * a third of them", "15,000 soldiers in Russia") but must not hold another quantity. The estimate
   * has id {@code "q1"}, no phrase span (the caller knows where the phrase is), and as measure the
   * counted noun phrase as written, or else the whole phrase.
   *
   * @param phrase a phrase starting with a quantity
   * @param policy the vagueness policy to read with
   * @return the estimate, or empty if the text does not start with a quantity phrase or holds more
   *     than one; never throws for any string
   */
  public static Optional<Estimate> parse(String phrase, VaguenessPolicy policy) {
    Objects.requireNonNull(phrase, "phrase");
    Objects.requireNonNull(policy, "policy");
    QuantityReader reader = new QuantityReader(phrase, policy);
    if (reader.size() == 0) {
      return Optional.empty();
    }
    QuantityReader.Found found = reader.mentionAt(0);
    if (found == null || !reader.findFrom(found.end()).isEmpty()) {
      return Optional.empty();
    }
    String measure = found.measure() != null ? found.measure() : QuantityReader.normalSpace(phrase);
    return Optional.ofNullable(found.estimate("q1", measure, null));
  }

  /**
   * Every quantity phrase in {@code text}, in order, under the
   * {@linkplain VaguenessPolicy#defaults() default policy}.
   *
   * @param text any text
   * @return the quantity mentions; empty when there are none
   * @see #find(String, VaguenessPolicy)
   */
  public static List<QuantityMention> find(String text) {
    return find(text, VaguenessPolicy.defaults());
  }

  /**
   * Every quantity phrase in {@code text}, in order and not overlapping, under {@code policy}. Each
   * mention's span, in UTF-16 code units of {@code text} as {@link TextSpan} defines, covers the
   * whole phrase ("about 15,000 North Korean soldiers"); its estimate's
   * {@linkplain Estimate#getPhrase() phrase} covers the quantity words alone ("about 15,000"; money
   * keeps its currency words, "billions of dollars"), as annotators mark it. Estimates are numbered {@code "q1"}, {@code "q2"}, … and measure the
   * counted noun phrase as written, or else the phrase itself. A phrase is the longest reading
   * starting at a word: "between 10,000 and 12,000 soldiers" is one mention, not two.
   *
   * <p>Unlike {@link #parse(String)} the finder skips what is rarely a quantity in running text: a
   * year or a day of a month ("in 2024", "over 2023 prices fell", "on 12 March" — news writes counts
   * from a thousand up with a separator, "2,000"), and a bare spelled-out number with nothing
   * counted ("one of them", "the two met").
   *
   * @param text any text
   * @param policy the vagueness policy to read with
   * @return the mentions, possibly none; never throws for any string
   */
  public static List<QuantityMention> find(String text, VaguenessPolicy policy) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(policy, "policy");
    QuantityReader reader = new QuantityReader(text, policy);
    List<QuantityMention> mentions = new ArrayList<>();
    // Each estimate is built once, with its final id, measure and span; a phrase whose estimate the
    // model refuses is not read, and the search goes on at the next word.
    reader.scan(0, false, found -> {
      TextSpan span = reader.span(found);
      String measure = found.measure() != null ? found.measure() : QuantityReader.normalSpace(span.getText());
      Estimate estimate = found.estimate("q" + (mentions.size() + 1), measure, reader.quantitySpan(found));
      return estimate != null && mentions.add(QuantityMention.of(span, estimate, Optional.ofNullable(found.measure())));
    });
    return List.copyOf(mentions);
  }
}
