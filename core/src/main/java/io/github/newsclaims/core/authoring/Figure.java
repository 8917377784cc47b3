package io.github.newsclaims.core.authoring;

import io.github.newsclaims.core.Approximator;
import io.github.newsclaims.core.Interval;
import io.github.newsclaims.core.Unit;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * An estimate written by quoting its phrase, for {@link ClaimAnnotator#estimate(Figure)}:
 * {@code Figure.of("e-soldiers", "about 15,000", "North Korean soldiers in Russia")}.
 *
 * <p>Defaults: the approximator, interval, unit and stated value are the ones
 * {@link io.github.newsclaims.core.quantity.QuantityPhrases} reads from the phrase in the article
 * under the annotator's {@link io.github.newsclaims.core.quantity.VaguenessPolicy} ("about 15,000
 * North Korean soldiers": {@code ABOUT [13500, 16500]}, unit {@code soldiers}, stated 15,000). Each
 * can be set instead; a phrase the reader does not understand needs at least approximator, interval
 * and unit. Immutable.
 *
 * @since 0.1.0
 */
public final class Figure {
  private final String id;
  private final Quote phrase;
  private final String measure;
  private final Unit unit;
  private final Approximator approximator;
  private final Interval interval;
  private final Double statedValue;
  private final String relativeTo;

  private Figure(String id, Quote phrase, String measure, Unit unit, Approximator approximator, Interval interval,
      Double statedValue, String relativeTo) {
    this.id = Objects.requireNonNull(id, "id");
    this.phrase = Objects.requireNonNull(phrase, "phrase");
    this.measure = Objects.requireNonNull(measure, "measure");
    this.unit = unit;
    this.approximator = approximator;
    this.interval = interval;
    this.statedValue = statedValue;
    this.relativeTo = relativeTo;
  }

  /**
   * The estimate {@code id} of what {@code measure} names, stated by the words {@code phrase}.
   *
   * @param id the estimate's id, unique within the article
   * @param phrase the words of the quantity phrase, such as "about 15,000"
   * @param measure what is measured, in plain words
   * @return the figure, every reading taken from the phrase
   */
  public static Figure of(String id, String phrase, String measure) {
    Objects.requireNonNull(phrase, "phrase");
    return of(id, Quote.of(phrase), measure);
  }

  /**
   * The estimate {@code id} of what {@code measure} names, stated by the quoted {@code phrase}.
   *
   * @param id the estimate's id, unique within the article
   * @param phrase the quantity phrase, as a quote
   * @param measure what is measured, in plain words
   * @return the figure, every reading taken from the phrase
   */
  public static Figure of(String id, Quote phrase, String measure) {
    Objects.requireNonNull(phrase, "phrase");
    return new Figure(id, phrase, measure, null, null, null, null, null);
  }

  /**
   * The unit, instead of the one read from the phrase.
   *
   * @param unit the unit; not null
   * @return a copy of this figure with the unit
   */
  public Figure unit(Unit unit) {
    return new Figure(id, phrase, measure, Objects.requireNonNull(unit, "unit"), approximator, interval, statedValue,
        relativeTo);
  }

  /**
   * The approximator, instead of the one read from the phrase.
   *
   * @param approximator the approximator; not null
   * @return a copy of this figure with the approximator
   */
  public Figure approximator(Approximator approximator) {
    return new Figure(id, phrase, measure, unit, Objects.requireNonNull(approximator, "approximator"), interval,
        statedValue, relativeTo);
  }

  /**
   * The interval, instead of the one read from the phrase.
   *
   * @param interval the interval; not null
   * @return a copy of this figure with the interval
   */
  public Figure interval(Interval interval) {
    return new Figure(id, phrase, measure, unit, approximator, Objects.requireNonNull(interval, "interval"),
        statedValue, relativeTo);
  }

  /**
   * The value as stated, instead of the one read from the phrase.
   *
   * @param value the value as stated
   * @return a copy of this figure with the stated value
   */
  public Figure statedValue(double value) {
    return new Figure(id, phrase, measure, unit, approximator, interval, value, relativeTo);
  }

  /**
   * The estimate this one is a share of ("a third <em>of them</em>").
   *
   * @param estimateId the id of the estimate this one is a share of
   * @return a copy of this figure relative to that estimate
   */
  public Figure relativeTo(String estimateId) {
    return new Figure(id, phrase, measure, unit, approximator, interval, statedValue,
        Objects.requireNonNull(estimateId, "estimateId"));
  }

  String id() {
    return id;
  }

  Quote phrase() {
    return phrase;
  }

  String measure() {
    return measure;
  }

  Optional<Unit> unit() {
    return Optional.ofNullable(unit);
  }

  Optional<Approximator> approximator() {
    return Optional.ofNullable(approximator);
  }

  Optional<Interval> interval() {
    return Optional.ofNullable(interval);
  }

  OptionalDouble statedValue() {
    return statedValue == null ? OptionalDouble.empty() : OptionalDouble.of(statedValue);
  }

  Optional<String> relativeTo() {
    return Optional.ofNullable(relativeTo);
  }
}
