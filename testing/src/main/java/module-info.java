/**
 * Generators and samples of the newsclaims model for the tests of downstream projects:
 * {@link io.github.newsclaims.testing.Generators} (QuickTheories) and
 * {@link io.github.newsclaims.testing.Samples}.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module io.github.newsclaims.testing {
  requires transitive io.github.newsclaims.core;
  // QuickTheories' Gen appears in the generators' signatures; its jar has no module name of its own.
  requires transitive quicktheories;

  exports io.github.newsclaims.testing;
}
