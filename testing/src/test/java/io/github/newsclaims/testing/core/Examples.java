package io.github.newsclaims.testing.core;

/**
 * How many examples a property test of core in this module draws. A normal build draws the number written in the
 * test; the mutation-testing run (CONTRIBUTING.md, "Mutation testing") sets the system property
 * {@code newsclaims.examples.percent} to draw a share of it, since PIT runs a test once per mutant
 * it covers.
 */
final class Examples {
  private static final int PERCENT = Integer.getInteger("newsclaims.examples.percent", 100);

  private Examples() {}

  /**
   * {@return {@code written} examples, or the configured percentage of them (at least 10)}
   *
   * @param written the number of examples the test names
   */
  static int of(int written) {
    return PERCENT >= 100 ? written : Math.max(10, written * PERCENT / 100);
  }
}
