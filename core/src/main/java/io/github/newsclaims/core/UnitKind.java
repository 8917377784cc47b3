package io.github.newsclaims.core;

/**
 * The dimension of an {@link Estimate}.
 *
 * @since 0.1.0
 */
public enum UnitKind {
  /** A count of things or people, named by {@link Unit#getName()}: "soldiers". */
  COUNT,
  /** An amount of money in the ISO 4217 currency {@link Unit#getName()}: "USD". */
  CURRENCY,
  /** A share of a whole as a number from 0 to 1: "a third" is 1/3. */
  FRACTION,
  /** A share of a whole in percent, 0 to 100: "40 percent" is 40. */
  PERCENTAGE,
  /** A factor relative to an earlier value: "doubled" is 2, "halved" is 0.5. */
  MULTIPLIER,
  /**
   * A length of time in the UCUM unit {@link Unit#getName()}: "three days" is 3 {@code d}. The
   * names are {@code s}, {@code min}, {@code h}, {@code d}, {@code wk}, {@code mo} and {@code a}
   * (year).
   */
  DURATION,
  /**
   * A physical measure (mass, length, area, volume, temperature, energy…) in the UCUM unit
   * {@link Unit#getName()}, case-sensitive as UCUM writes it: "620,000 tonnes" is 620000
   * {@code t}, "40 miles" 40 {@code [mi_i]}, "2.4 million barrels" 2400000 {@code [bbl_us]}.
   */
  MEASURE
}
