package io.github.newsclaims.core.quantity;

import io.github.newsclaims.core.Approximator;
import io.github.newsclaims.core.Interval;
import io.github.newsclaims.core.UnitKind;
import java.math.BigDecimal;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * How wide vague quantity words are: the one place where newsclaims decides what "about",
 * "nearly", "more than" and "thousands" stand for as intervals. {@link QuantityPhrases} reads
 * phrases with {@link #defaults()} unless given another policy; build one with {@link #builder()}
 * to change any default.
 *
 * <p>Number normalisers each bake in a reading and hide it: Stanford CoreNLP maps "about" to
 * {@code ~} with no width, Duckling drops approximators, ACLED codes "dozens" as 12. Here every
 * reading is a documented, replaceable number. With {@code v} the stated value:
 *
 * <table>
 * <caption>Defaults and their rationale</caption>
 * <tr><th>phrase</th><th>attribute (default)</th><th>interval</th><th>why</th></tr>
 * <tr><td>"about", "some", "roughly", "approximately", "around", "an estimated", "close to"</td>
 *     <td>{@link #getAboutWidth() aboutWidth} (0.10)</td><td>{@code [v - 10%, v + 10%]}</td>
 *     <td>News figures given with "about" are rounded to one or two significant digits ("about
 *     15,000"); ±10% covers that rounding and an estimate's usual spread while staying narrow
 *     enough for conflicting reports to show. Symmetric because "about" does not say which way.</td></tr>
 * <tr><td>"nearly", "almost", "just under", "just shy of"</td>
 *     <td>{@link #getNearlyReach() nearlyReach} (0.10)</td><td>{@code [v - 10%, v)}</td>
 *     <td>"Nearly a third" is below a third, so {@code v} is excluded; a writer whose figure were
 *     more than 10% below would round to a smaller round number ("a quarter", not "nearly a
 *     third").</td></tr>
 * <tr><td>"just over", "just above", "slightly more than"</td>
 *     <td>{@link #getNearlyReach() nearlyReach} (0.10)</td><td>{@code (v, v + 10%]}</td>
 *     <td>The mirror image of "nearly".</td></tr>
 * <tr><td>"more than", "over", "above", "in excess of"; "fewer than", "less than", "under"</td>
 *     <td>{@link #isStrictComparatives() strictComparatives} (true)</td>
 *     <td>{@code (v, +∞)}; {@code [0, v)}</td>
 *     <td>"More than 200" says 200 is not enough, so 200 is excluded (CoreNLP's {@code >} and
 *     Recognizers-Text's {@code (200,)} agree). Nothing is said about how much more, so the upper
 *     side stays unbounded. Set false to read them as "at least" / "at most".</td></tr>
 * <tr><td>"at least", "no fewer than"; "at most", "no more than", "up to", "as many as"</td>
 *     <td>—</td><td>{@code [v, +∞)}; {@code [0, v]}</td>
 *     <td>The words say the bound is included. Counts, money, shares and multipliers are never
 *     negative, so upper-bounded phrases start at 0.</td></tr>
 * <tr><td>"more than a third", "up to 40 percent", "about 95 percent"</td>
 *     <td>{@link #isSharesWithinWhole() sharesWithinWhole} (true)</td>
 *     <td>capped at 1 or 100</td>
 *     <td>A {@link UnitKind#FRACTION FRACTION} or {@link UnitKind#PERCENTAGE PERCENTAGE} is a share
 *     of a whole, which cannot exceed the whole. Stated values above the whole ("rose 150
 *     percent") are left uncapped.</td></tr>
 * <tr><td>"dozens", "hundreds", "thousands", "tens of thousands", "millions", "billions of
 *     dollars"</td>
 *     <td>{@link #getMagnitudeLowMultiple() magnitudeLowMultiple} (2),
 *     {@link #getMagnitudeUpperFactor() magnitudeUpperFactor} (10)</td>
 *     <td>{@code [2b, 10 × 10^k)}: "thousands" is {@code [2000, 10000)}, "dozens" {@code [24,
 *     100)}, "tens of thousands" {@code [20000, 100000)}</td>
 *     <td>The plural means at least two of the unit {@code b}; the next order of magnitude has its
 *     own phrase ("tens of thousands"), which a writer would have used. ACLED's conservative point
 *     reading ("dozens" = 12) lies below this interval by design: it is a floor for counting, not a
 *     reading of the words.</td></tr>
 * <tr><td>"several hundred", "several thousand"</td>
 *     <td>{@link #getSeveralLowMultiple() severalLowMultiple} (3)</td>
 *     <td>{@code [3b, 10 × 10^k)}</td><td>"Several" is more than a couple.</td></tr>
 * <tr><td>"doubled", "tripled", "halved", "tenfold"</td>
 *     <td>{@link #getRelativeChangeWidth() relativeChangeWidth} (0)</td><td>the point {@code [2, 2]}</td>
 *     <td>Taken at its word: the approximator already marks the figure as a relative change; set
 *     a width to allow for "doubled" meaning "roughly doubled".</td></tr>
 * </table>
 *
 * <p>Invariants: {@code 0 < aboutWidth <= 1}; {@code 0 < nearlyReach <= 1};
 * {@code 0 <= relativeChangeWidth < 1}; both low multiples at least 1; {@code magnitudeUpperFactor}
 * greater than twice the larger low multiple, so every magnitude word, "scores" (20) included,
 * spans a non-empty interval.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class VaguenessPolicy {
  private static final BigDecimal FRACTION_WHOLE = BigDecimal.ONE;
  private static final BigDecimal PERCENTAGE_WHOLE = BigDecimal.valueOf(100);

  VaguenessPolicy() {}

  /** {@return the policy {@link QuantityPhrases} uses unless given another: every attribute at its default} */
  public static VaguenessPolicy defaults() {
    return Defaults.INSTANCE;
  }

  /** {@return a builder starting from the defaults} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Half the width of "about v", as a share of {@code v}: {@code [v(1 - w), v(1 + w)]}. Default 0.10.
   *
   * @return the half-width of "about", as a share of the stated value
   */
  @Value.Default
  public double getAboutWidth() {
    return 0.10;
  }

  /**
   * How far below {@code v} "nearly v" reaches (and above, "just over v"), as a share of {@code v}. Default 0.10.
   *
   * @return the reach of "nearly" and "just over", as a share of the stated value
   */
  @Value.Default
  public double getNearlyReach() {
    return 0.10;
  }

  /**
   * Whether "more than v" and "fewer than v" exclude {@code v}. Default true. When false they are
   * read as {@link Approximator#AT_LEAST AT_LEAST} and {@link Approximator#AT_MOST AT_MOST}.
   *
   * @return true if "more than" and "fewer than" exclude the stated value
   */
  @Value.Default
  public boolean isStrictComparatives() {
    return true;
  }

  /**
   * The least multiple of its unit a plural magnitude ("thousands") stands for. Default 2.
   *
   * @return the least multiple of its unit a plural magnitude stands for
   */
  @Value.Default
  public double getMagnitudeLowMultiple() {
    return 2;
  }

  /**
   * The least multiple of its unit "several" ("several hundred") stands for. Default 3.
   *
   * @return the least multiple of its unit "several" stands for
   */
  @Value.Default
  public double getSeveralLowMultiple() {
    return 3;
  }

  /**
   * Where a magnitude ends, as a multiple of the power of ten at or below its unit: "thousands"
   * ends below 10 × 1000, "dozens" below 10 × 10. Default 10, the next order of magnitude.
   *
   * @return where a magnitude ends, as a multiple of the power of ten at or below its unit
   */
  @Value.Default
  public double getMagnitudeUpperFactor() {
    return 10;
  }

  /**
   * Whether fractions stay within {@code [0, 1]} and percentages within {@code [0, 100]}. Default true.
   *
   * @return true if fractions and percentages are kept within the whole
   */
  @Value.Default
  public boolean isSharesWithinWhole() {
    return true;
  }

  /**
   * Half the width of "doubled" and other relative changes, as a share of the factor. Default 0: a point.
   *
   * @return the half-width of a relative change, as a share of the factor
   */
  @Value.Default
  public double getRelativeChangeWidth() {
    return 0;
  }

  /**
   * The approximator this policy reads a stated one as: with {@link #isStrictComparatives()} false,
   * {@code MORE_THAN} becomes {@code AT_LEAST} and {@code FEWER_THAN} becomes {@code AT_MOST}; every
   * other approximator is itself.
   *
   * @param approximator the approximator as stated; not null
   * @return the approximator it is read as under this policy
   */
  public final Approximator reading(Approximator approximator) {
    Objects.requireNonNull(approximator, "approximator");
    if (isStrictComparatives()) {
      return approximator;
    }
    return switch (approximator) {
      case MORE_THAN -> Approximator.AT_LEAST;
      case FEWER_THAN -> Approximator.AT_MOST;
      default -> approximator;
    };
  }

  /**
   * The interval a hedged stated value stands for under this policy, e.g. {@code (ABOUT, 15000,
   * COUNT)} gives {@code [13500, 16500]}; see the table above. The result satisfies
   * {@link io.github.newsclaims.core.validation.IntervalMatchesApproximator} for that approximator.
   *
   * @param approximator one of {@code EXACT}, {@code ABOUT}, {@code NEARLY}, {@code AT_LEAST},
   *     {@code MORE_THAN}, {@code AT_MOST}, {@code UP_TO}, {@code FEWER_THAN}, {@code RELATIVE_CHANGE}
   * @param statedValue the finite number as stated: 15000 for "about 15,000", 40 for "40 percent"
   * @param kind the unit kind, which decides whether the interval is capped at a whole
   * @return the interval the hedged value stands for under this policy
   * @throws IllegalArgumentException for {@code BETWEEN}, {@code ORDER_OF_MAGNITUDE} and
   *     {@code DERIVED}, which have no single stated value; for a stated value that is not finite;
   *     and where the approximator cannot hold, such as "about 0" or "fewer than 0"
   */
  public final Interval interval(Approximator approximator, double statedValue, UnitKind kind) {
    Objects.requireNonNull(approximator, "approximator");
    Objects.requireNonNull(kind, "kind");
    Checks.finite("vagueness policy", "stated value", statedValue);
    double v = statedValue;
    // Every phrase read runs this: exact decimals are made only for the approximators with a width,
    // and the messages only on failure.
    return switch (approximator) {
      case EXACT -> Interval.point(v);
      case ABOUT -> {
        if (v == 0) {
          Checks.fail("\"about %s\" has no width: the approximator ABOUT needs a non-zero value", Interval.format(v));
        }
        BigDecimal value = Decimals.exact(v);
        BigDecimal spread = value.abs().multiply(shares().about());
        Interval about = Interval.closed(bound("about", v, value.subtract(spread)), bound("about", v, value.add(spread)));
        if (about.isPoint()) {
          Checks.fail("\"about %s\" is too small to have a width in double precision", Interval.format(v));
        }
        yield capped(about, v, kind);
      }
      case NEARLY -> {
        Checks.check(v != 0, "\"nearly 0\" is empty: the approximator NEARLY needs a non-zero value");
        BigDecimal value = Decimals.exact(v);
        BigDecimal reach = value.abs().multiply(shares().nearly());
        double low = bound("nearly", v, value.subtract(reach));
        if (!(low < v)) {
          Checks.fail("\"nearly %s\" is too small to have a width in double precision", Interval.format(v));
        }
        yield Interval.closedOpen(low, v);
      }
      case AT_LEAST -> capped(Interval.atLeast(v), v, kind);
      case MORE_THAN -> v < whole(kind) ? capped(Interval.moreThan(v), v, kind) : Interval.moreThan(v);
      case AT_MOST, UP_TO -> v >= 0 ? Interval.closed(0, v) : Interval.atMost(v);
      case FEWER_THAN -> {
        Checks.check(v != 0, "\"fewer than 0\" is empty for quantities that are never negative");
        yield v > 0 ? Interval.closedOpen(0, v) : Interval.fewerThan(v);
      }
      case RELATIVE_CHANGE -> {
        if (getRelativeChangeWidth() == 0 || v == 0) {
          yield Interval.point(v);
        }
        BigDecimal value = Decimals.exact(v);
        BigDecimal spread = value.abs().multiply(shares().change());
        yield Interval.closed(bound("changed by", v, value.subtract(spread)), bound("changed by", v, value.add(spread)));
      }
      case BETWEEN, ORDER_OF_MAGNITUDE, DERIVED -> throw new IllegalArgumentException(
          "the approximator " + approximator + " has no single stated value to read an interval from");
    };
  }

  /** A bound read from {@code exact}, which must lie within the range of a double. */
  private static double bound(String words, double statedValue, BigDecimal exact) {
    double bound = nearest(exact);
    if (!Double.isFinite(bound)) {
      Checks.fail("\"%s %s\" reaches beyond the range of a double", words, Interval.format(statedValue));
    }
    return bound;
  }

  /**
   * The interval "just over v" stands for: {@code (v, v + nearlyReach × |v|]}, capped at the whole
   * for shares below it. The approximator is {@link Approximator#MORE_THAN MORE_THAN}.
   *
   * @param statedValue the stated value {@code v}; not zero, finite
   * @param kind the kind of unit, which decides whether shares are capped at the whole
   * @return the interval "just over v" stands for
   * @throws IllegalArgumentException if the value is zero or not finite
   */
  public final Interval justOver(double statedValue, UnitKind kind) {
    Objects.requireNonNull(kind, "kind");
    Checks.finite("vagueness policy", "stated value", statedValue);
    Checks.check(statedValue != 0, "\"just over 0\" has no width: it needs a non-zero value");
    BigDecimal value = Decimals.exact(statedValue);
    BigDecimal reach = value.abs().multiply(shares().nearly());
    double high = bound("just over", statedValue, value.add(reach));
    if (!(high > statedValue)) {
      Checks.fail("\"just over %s\" is too small to have a width in double precision", Interval.format(statedValue));
    }
    Interval interval = Interval.openClosed(statedValue, high);
    return statedValue < whole(kind) ? capped(interval, statedValue, kind) : interval;
  }

  /**
   * The interval a plural magnitude of the unit {@code base} stands for: "thousands" is
   * {@code magnitude(1000)}, {@code [2000, 10000)}; "tens of thousands" is {@code magnitude(10000)};
   * "dozens" {@code magnitude(12)}, {@code [24, 100)}.
   *
   * @param base the unit of the magnitude, such as 1000 for "thousands"; positive and finite
   * @return the interval the plural magnitude stands for
   * @throws IllegalArgumentException if the base is not a positive finite number, or the interval
   *     would be empty
   */
  public final Interval magnitude(double base) {
    return magnitude(base, getMagnitudeLowMultiple(), shares().magnitudeLow());
  }

  /**
   * The interval "several" of the unit {@code base} stands for: "several hundred" is
   * {@code several(100)}, {@code [300, 1000)}.
   *
   * @param base the unit "several" counts, such as 100 for "several hundred"; positive and finite
   * @return the interval "several" of the unit stands for
   * @throws IllegalArgumentException if the base is not a positive finite number, or the interval
   *     would be empty
   */
  public final Interval several(double base) {
    return magnitude(base, getSeveralLowMultiple(), shares().severalLow());
  }

  private Interval magnitude(double base, double lowMultiple, BigDecimal exactLowMultiple) {
    if (!(Double.isFinite(base) && base > 0)) {
      Checks.fail("a magnitude needs a positive finite unit, was %s", base);
    }
    Interval whole = wholeMagnitude(base, lowMultiple, getMagnitudeUpperFactor());
    return whole != null ? whole : generalMagnitude(base, lowMultiple, exactLowMultiple, shares().upperFactor());
  }

  /** 2^53: whole doubles below it are exact, and so are their products below it. */
  private static final double EXACT_WHOLE = 0x1p53;

  /**
   * The magnitude of {@code base} when the unit and both multiples are whole numbers and both
   * bounds lie below 2^53: each bound is then a product of whole doubles computed exactly, equal to
   * the nearest double of {@link #generalMagnitude}'s exact decimal. Null otherwise, and when the
   * interval would be empty (the general path then says why).
   */
  static Interval wholeMagnitude(double base, double lowMultiple, double upperFactor) {
    if (!(isWhole(base) && base >= 1 && isWhole(lowMultiple) && isWhole(upperFactor))) {
      return null;
    }
    double power = 1; // the largest power of ten at or below base: 10^(digits - 1)
    while (power * 10 <= base) {
      power *= 10;
    }
    double low = base * lowMultiple;
    double high = power * upperFactor;
    if (!(low < EXACT_WHOLE && high < EXACT_WHOLE && low < high)) {
      return null;
    }
    return Interval.closedOpen(low, high);
  }

  private static boolean isWhole(double value) {
    return value >= 0 && value < EXACT_WHOLE && value == Math.rint(value);
  }

  /** The magnitude computed in exact decimals, which {@link #wholeMagnitude} must equal where it answers. */
  static Interval generalMagnitude(double base, double lowMultiple, BigDecimal exactLowMultiple, BigDecimal upperFactor) {
    // Digits before the point less one, whichever of the equal decimals Decimals.exact gives.
    BigDecimal unit = Decimals.exact(base);
    int exponent = unit.precision() - unit.scale() - 1;
    BigDecimal high = BigDecimal.ONE.scaleByPowerOfTen(exponent).multiply(upperFactor);
    BigDecimal low = unit.multiply(exactLowMultiple);
    if (low.compareTo(high) >= 0) {
      Checks.fail("magnitude of %s is empty: %s times it is not below %s",
          Interval.format(base), Interval.format(lowMultiple), high.toPlainString());
    }
    return Interval.closedOpen(nearest(low), nearest(high));
  }

  /** Caps a share at its whole, when the stated value lies within the whole. */
  private Interval capped(Interval interval, double statedValue, UnitKind kind) {
    double whole = whole(kind);
    if (statedValue > whole || interval.getHigh() <= whole) {
      return interval;
    }
    return Interval.of(interval.getLow(), interval.isLowClosed(), whole, true);
  }

  private double whole(UnitKind kind) {
    if (!isSharesWithinWhole()) {
      return Double.POSITIVE_INFINITY;
    }
    return switch (kind) {
      case FRACTION -> FRACTION_WHOLE.doubleValue();
      case PERCENTAGE -> PERCENTAGE_WHOLE.doubleValue();
      default -> Double.POSITIVE_INFINITY;
    };
  }

  /**
   * This policy's shares and multiples as exact decimals ({@link BigDecimal#valueOf(double)}), made
   * on first use rather than once per phrase, and kept by Immutables' lazy attribute.
   */
  @Value.Lazy
  Shares shares() {
    return new Shares(BigDecimal.valueOf(getAboutWidth()), BigDecimal.valueOf(getNearlyReach()),
        BigDecimal.valueOf(getRelativeChangeWidth()), BigDecimal.valueOf(getMagnitudeUpperFactor()),
        BigDecimal.valueOf(getMagnitudeLowMultiple()), BigDecimal.valueOf(getSeveralLowMultiple()));
  }

  /** The policy's numbers as exact decimals. */
  record Shares(BigDecimal about, BigDecimal nearly, BigDecimal change, BigDecimal upperFactor,
      BigDecimal magnitudeLow, BigDecimal severalLow) {}

  /** The double nearest to an exact decimal; out of range becomes infinite and fails the interval checks. */
  private static double nearest(BigDecimal value) {
    return value.doubleValue() + 0.0;
  }

  @Value.Check
  final void check() {
    Checks.check(getAboutWidth() > 0 && getAboutWidth() <= 1,
        "vagueness policy aboutWidth must be in (0, 1], was %s", getAboutWidth());
    Checks.check(getNearlyReach() > 0 && getNearlyReach() <= 1,
        "vagueness policy nearlyReach must be in (0, 1], was %s", getNearlyReach());
    Checks.check(getRelativeChangeWidth() >= 0 && getRelativeChangeWidth() < 1,
        "vagueness policy relativeChangeWidth must be in [0, 1), was %s", getRelativeChangeWidth());
    Checks.check(getMagnitudeLowMultiple() >= 1 && Double.isFinite(getMagnitudeLowMultiple()),
        "vagueness policy magnitudeLowMultiple must be at least 1, was %s", getMagnitudeLowMultiple());
    Checks.check(getSeveralLowMultiple() >= 1 && Double.isFinite(getSeveralLowMultiple()),
        "vagueness policy severalLowMultiple must be at least 1, was %s", getSeveralLowMultiple());
    double least = 2 * Math.max(getMagnitudeLowMultiple(), getSeveralLowMultiple());
    Checks.check(getMagnitudeUpperFactor() > least && Double.isFinite(getMagnitudeUpperFactor()),
        "vagueness policy magnitudeUpperFactor must exceed twice the larger low multiple (%s), was %s",
        least, getMagnitudeUpperFactor());
  }

  /**
   * Builds a {@link VaguenessPolicy}; every attribute left unset keeps its default.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableVaguenessPolicy.Builder {
    Builder() {}
  }

  /** Holds the default instance, created on first use. */
  private static final class Defaults {
    static final VaguenessPolicy INSTANCE = builder().build();
  }
}
