package io.github.newsclaims.core;

import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * A fact-checker's verdict on a claim, as schema.org's {@code Rating} inside a {@code ClaimReview}
 * carries it: always a textual label ("False", "Mostly true", "Misleading" — Google's
 * {@code alternateName}), and optionally a number on the reviewer's scale with the scale's best and
 * worst values ({@code ratingValue}, {@code bestRating}, {@code worstRating}).
 *
 * <p>Invariants: the label is not blank; the value, the best and the worst are given all three or
 * none; they are finite; the worst is below the best, and the value lies from the worst to the best.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Rating {
  Rating() {}

  /** {@return the verdict in words, e.g. "False"} */
  public abstract String getLabel();

  /** {@return the verdict on the numeric scale, e.g. 1 on a scale from 1 (worst) to 5 (best)} */
  public abstract OptionalDouble getValue();

  /** {@return the best value of the scale, e.g. 5} */
  public abstract OptionalDouble getBest();

  /** {@return the worst value of the scale, e.g. 1} */
  public abstract OptionalDouble getWorst();

  /**
   * A rating given only in words.
   *
   * @param label the verdict in words, such as "False"
   * @return the rating
   */
  public static Rating of(String label) {
    return builder().label(label).build();
  }

  /**
   * A rating in words and on a numeric scale from {@code worst} to {@code best}.
   *
   * @param label the verdict in words, such as "False"
   * @param value the verdict on the scale, between {@code worst} and {@code best}
   * @param worst the worst value of the scale
   * @param best the best value of the scale
   * @return the rating
   */
  public static Rating of(String label, double value, double worst, double best) {
    return builder().label(label).value(value).worst(worst).best(best).build();
  }

  /** {@return a builder for a rating} */
  public static Builder builder() {
    return new Builder();
  }

  /** Checks the invariants and normalises {@code -0.0} to {@code 0.0} in the numbers. */
  @Value.Check
  final Rating check() {
    // Every rating read or built runs these: the owner text and the messages are made only on failure.
    Checks.nonBlank("rating", "label", getLabel());
    boolean value = getValue().isPresent();
    if (value != getBest().isPresent() || value != getWorst().isPresent()) {
      Checks.fail("%s: value, best and worst go together, all three or none (value %s, best %s, worst %s)", owner(),
          text(getValue()), text(getBest()), text(getWorst()));
    }
    if (!value) {
      return this;
    }
    double v = getValue().getAsDouble();
    double best = getBest().getAsDouble();
    double worst = getWorst().getAsDouble();
    if (!Double.isFinite(v) || !Double.isFinite(best) || !Double.isFinite(worst)) {
      Checks.finite(owner(), "value", v);
      Checks.finite(owner(), "best", best);
      Checks.finite(owner(), "worst", worst);
    }
    if (!(worst < best)) {
      Checks.fail("%s worst (%s) must be below best (%s)", owner(), worst, best);
    }
    if (!(worst <= v && v <= best)) {
      Checks.fail("%s value (%s) must lie from worst (%s) to best (%s)", owner(), v, worst, best);
    }
    if (isNegativeZero(v) || isNegativeZero(best) || isNegativeZero(worst)) {
      return builder().from(this).value(v + 0.0).best(best + 0.0).worst(worst + 0.0).build();
    }
    return this;
  }

  private String owner() {
    return "rating " + Checks.quote(getLabel());
  }

  private static String text(OptionalDouble number) {
    return number.isPresent() ? String.valueOf(number.getAsDouble()) : "none";
  }

  private static boolean isNegativeZero(double d) {
    return Double.doubleToRawLongBits(d) == Double.doubleToRawLongBits(-0.0);
  }

  /**
   * Builds a {@link Rating}; the label is required.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableRating.Builder {
    Builder() {}
  }
}
