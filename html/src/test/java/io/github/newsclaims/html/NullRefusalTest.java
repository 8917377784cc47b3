package io.github.newsclaims.html;

import io.github.newsclaims.testing.NullRefusals;
import org.junit.jupiter.api.Test;

/** The web view refuses {@code null} in every public parameter by name (issue 11, fault 7). */
class NullRefusalTest {
  @Test
  void everyPublicParameterOfTheViewRefusesNullByName() {
    NullRefusals.withDefaultSamples().checkModuleOf(HtmlView.class)
        .assertClean("HtmlView.render(annotated)", "HtmlView.render(out)", "HtmlView.write(file)");
  }
}
