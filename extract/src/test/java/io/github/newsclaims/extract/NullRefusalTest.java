package io.github.newsclaims.extract;

import io.github.newsclaims.testing.NullRefusals;
import org.junit.jupiter.api.Test;

/** The extractor refuses a {@code null} article by name (issue 11, fault 7). */
class NullRefusalTest {
  @Test
  void extractRefusesNullByName() {
    NullRefusals.withDefaultSamples().checkModuleOf(ClaimExtractor.class).assertClean("ClaimExtractor.extract(article)");
  }
}
