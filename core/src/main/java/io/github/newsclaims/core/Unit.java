package io.github.newsclaims.core;

import java.util.Currency;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The unit of an {@link Estimate}: its {@link UnitKind} and, for counts and money, what is counted
 * or the currency.
 *
 * <p>Invariants: a currency has a valid ISO 4217 code; a duration or a physical measure names a
 * UCUM symbol from the closed list its kind documents; fractions, percentages and multipliers are
 * dimensionless and have no name; a name is never blank.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Unit {
  Unit() {}

  /** {@return the dimension: a count, money, a fraction or percentage, a multiplier, a duration or a physical measure} */
  public abstract UnitKind getKind();

  /**
   * The counted noun ("soldiers") for a count, the ISO 4217 code ("USD") for a currency, the UCUM
   * symbol ("d", "t", "[mi_i]") for a duration or a physical measure.
   *
   * @return the noun, currency code or UCUM symbol; empty for a unit that needs none
   */
  public abstract Optional<String> getName();

  /**
   * A count of the things named by {@code noun}, e.g. "soldiers".
   *
   * @param noun the counted noun, such as "soldiers"
   * @return the count unit
   */
  public static Unit count(String noun) {
    Objects.requireNonNull(noun, "noun");
    return ImmutableUnit.builder().kind(UnitKind.COUNT).name(noun).build();
  }

  /** {@return a count of unnamed things} */
  public static Unit count() {
    return ImmutableUnit.builder().kind(UnitKind.COUNT).build();
  }

  /**
   * Money in the ISO 4217 currency {@code code}, e.g. "USD".
   *
   * @param code the ISO 4217 currency code, such as "USD"
   * @return the currency unit
   */
  public static Unit currency(String code) {
    Objects.requireNonNull(code, "code");
    return ImmutableUnit.builder().kind(UnitKind.CURRENCY).name(code).build();
  }

  /** {@return a share of a whole, 0 to 1} */
  public static Unit fraction() {
    return ImmutableUnit.builder().kind(UnitKind.FRACTION).build();
  }

  /** {@return a share of a whole in percent, 0 to 100} */
  public static Unit percentage() {
    return ImmutableUnit.builder().kind(UnitKind.PERCENTAGE).build();
  }

  /** {@return a factor relative to an earlier value} */
  public static Unit multiplier() {
    return ImmutableUnit.builder().kind(UnitKind.MULTIPLIER).build();
  }

  /**
   * A length of time in the UCUM unit {@code symbol}: {@code s}, {@code min}, {@code h}, {@code d},
   * {@code wk}, {@code mo} or {@code a}.
   *
   * @param symbol the UCUM symbol of the time unit
   * @return the duration unit
   * @throws IllegalArgumentException for any other symbol
   */
  public static Unit duration(String symbol) {
    Objects.requireNonNull(symbol, "symbol");
    return ImmutableUnit.builder().kind(UnitKind.DURATION).name(symbol).build();
  }

  /**
   * A physical measure in the UCUM unit {@code symbol}, case-sensitive: {@code t}, {@code km},
   * {@code [mi_i]}, {@code [bbl_us]}, {@code Cel}, {@code km2}, …
   *
   * @param symbol the UCUM symbol, case-sensitive
   * @return the measure unit
   * @throws IllegalArgumentException for a symbol outside the list {@link UnitKind#MEASURE} reads
   */
  public static Unit measure(String symbol) {
    Objects.requireNonNull(symbol, "symbol");
    return ImmutableUnit.builder().kind(UnitKind.MEASURE).name(symbol).build();
  }

  /**
   * A unit of the given kind without a name, checked as the factories check it.
   *
   * @param kind the kind; currencies, durations and measures need a name and are refused here
   * @return the unit
   */
  public static Unit of(UnitKind kind) {
    Objects.requireNonNull(kind, "kind");
    return ImmutableUnit.builder().kind(kind).build();
  }

  /**
   * A unit of the given kind and name, checked as the factories check it.
   *
   * @param kind the kind
   * @param name the counted noun, ISO 4217 code or UCUM symbol; fractions, percentages and multipliers
   *     take no name and are refused here
   * @return the unit
   */
  public static Unit of(UnitKind kind, String name) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    return ImmutableUnit.builder().kind(kind).name(name).build();
  }

  /**
   * Whether quantities in the two units can be compared: the same kind and, for money, durations
   * and measures, the same currency or UCUM symbol. The counted noun of a count is not compared — "soldiers" and "soldiers killed or
   * injured" are both head counts; what is counted is the estimate's measure.
   *
   * @param other another unit
   * @return true if quantities in the two units can be compared
   */
  public final boolean isCommensurableWith(Unit other) {
    Objects.requireNonNull(other, "other");
    return getKind() == other.getKind()
        && (getKind() == UnitKind.COUNT || getName().equals(other.getName()));
  }

  /**
   * Short form: {@code soldiers}, {@code USD}, {@code fraction}, {@code percent}, {@code multiplier},
   * and the UCUM symbol of a duration or measure ({@code d}, {@code km}).
   */
  @Override
  public String toString() {
    return switch (getKind()) {
      case COUNT -> getName().orElse("count");
      case CURRENCY -> getName().orElseThrow();
      case FRACTION -> "fraction";
      case PERCENTAGE -> "percent";
      case MULTIPLIER -> "multiplier";
      case DURATION, MEASURE -> getName().orElseThrow();
    };
  }

  @Value.Check
  final void check() {
    getName().ifPresent(name -> Checks.nonBlank("unit", "name", name));
    switch (getKind()) {
      case COUNT -> { }
      case CURRENCY -> {
        String code = getName().orElseThrow(
            () -> new IllegalArgumentException("unit of kind CURRENCY needs an ISO 4217 code as its name"));
        boolean known;
        try {
          known = Currency.getInstance(code).getCurrencyCode().equals(code);
        } catch (IllegalArgumentException e) {
          known = false;
        }
        Checks.check(known, "unit currency code must be ISO 4217, was %s", Checks.quote(code));
      }
      case DURATION, MEASURE -> {
        String symbol = getName().orElseThrow(() -> new IllegalArgumentException(
            "unit of kind " + getKind() + " needs a UCUM symbol as its name"));
        Checks.check(UcumUnits.known(getKind(), symbol), "unit of kind %s must name one of the UCUM symbols %s, was %s",
            getKind(), new java.util.TreeSet<>(getKind() == UnitKind.DURATION ? UcumUnits.DURATIONS : UcumUnits.MEASURES),
            Checks.quote(symbol));
      }
      default -> Checks.check(getName().isEmpty(),
          "unit of kind %s takes no name, was %s", getKind(), getName().map(Checks::quote).orElse(""));
    }
  }
}
