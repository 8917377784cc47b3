package io.github.newsclaims.core;

import io.github.newsclaims.core.validation.IntervalMatchesApproximator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * A quantity inside a claim, with honest uncertainty: what is measured, in which {@link Unit}, the
 * phrase as written, how it was hedged ({@link Approximator}) and the {@link Interval} it stands
 * for. After Wikidata's {@code QuantityValue} (amount, bounds, unit), plus the approximator that
 * normalisers drop and the provenance of derived figures (W3C PROV-O {@code wasDerivedFrom}).
 *
 * <p>"nearly a third of them" is a {@link UnitKind#FRACTION} estimate
 * {@link #getRelativeTo() relative to} the "about 15,000" soldiers; the killed or injured it
 * implies is a {@link Approximator#DERIVED DERIVED} estimate whose
 * {@link #getDerivedFrom() derivedFrom} names both.
 *
 * <p>Invariants: id and measure not blank; a stated value is finite; an estimate is neither
 * relative to nor derived from itself; {@code derivedFrom} is non-empty exactly when the
 * approximator is {@code DERIVED}, and then there is no phrase. Whether the interval agrees with
 * the approximator is a document rule, {@link IntervalMatchesApproximator}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@IntervalMatchesApproximator
public abstract class Estimate {
  Estimate() {}

  /** {@return the identifier, unique within its {@link AnnotatedArticle}, so other estimates can refer to it} */
  public abstract String getId();

  /** {@return what is measured, in plain words: "North Korean soldiers in Russia"} */
  public abstract String getMeasure();

  /** {@return the unit} */
  public abstract Unit getUnit();

  /** {@return the phrase as written and where ("about 15,000"); empty for a derived estimate} */
  public abstract Optional<TextSpan> getPhrase();

  /** {@return how the quantity was hedged} */
  public abstract Approximator getApproximator();

  /** {@return the range the phrase stands for} */
  public abstract Interval getInterval();

  /** {@return the number as stated ("15,000" in "about 15,000"), when one was} */
  public abstract OptionalDouble getStatedValue();

  /** {@return the id of the estimate this one is a fraction or multiple of ("a third <em>of them</em>")} */
  public abstract Optional<String> getRelativeTo();

  /** {@return the ids of the estimates this one was computed from; non-empty only when {@code DERIVED}} */
  public abstract List<String> getDerivedFrom();

  /** {@return a builder for an estimate} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return whether this figure was computed rather than stated} */
  public final boolean isDerived() {
    return getApproximator() == Approximator.DERIVED;
  }

  /** Checks the invariants and normalises a stated {@code -0.0} to {@code 0.0}, as {@link Interval} does. */
  @Value.Check
  final Estimate check() {
    // Every estimate read or parsed runs these: the owner text ("estimate e1") and the messages
    // are made only on failure.
    String id = getId();
    Checks.nonBlank("estimate", "id", id);
    Checks.nonBlank("estimate", id, "measure", getMeasure());
    OptionalDouble stated = getStatedValue();
    if (stated.isPresent() && !Double.isFinite(stated.getAsDouble())) {
      Checks.finite("estimate " + id, "statedValue", stated.getAsDouble());
    }
    if (getRelativeTo().isPresent()) {
      String target = getRelativeTo().get();
      Checks.nonBlank("estimate", id, "relativeTo", target);
      if (target.equals(id)) {
        Checks.fail("estimate %s relativeTo must not name the estimate itself", id);
      }
    }
    List<String> derivedFrom = getDerivedFrom();
    if (derivedFrom.contains(id)) {
      Checks.fail("estimate %s derivedFrom must not name the estimate itself, was %s", id, derivedFrom);
    }
    Checks.allNonBlank("estimate", id, "derivedFrom", derivedFrom);
    Checks.distinct("estimate", id, "derivedFrom", derivedFrom);
    if (isDerived() == derivedFrom.isEmpty()) {
      Checks.fail("estimate %s: derivedFrom %s must be non-empty exactly when the approximator is DERIVED (was %s)",
          id, derivedFrom, getApproximator());
    }
    if (isDerived() && getPhrase().isPresent()) {
      Checks.fail("estimate %s is DERIVED and so has no phrase, was %s", id, getPhrase().get());
    }
    if (stated.isPresent() && Double.doubleToRawLongBits(stated.getAsDouble()) == Double.doubleToRawLongBits(-0.0)) {
      return builder().from(this).statedValue(0.0).build();
    }
    return this;
  }

  /**
   * Builds an {@link Estimate}; id, measure, unit, approximator and interval are required.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableEstimate.Builder {
    Builder() {}
  }
}
