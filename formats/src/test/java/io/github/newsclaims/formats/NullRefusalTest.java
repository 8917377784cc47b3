package io.github.newsclaims.formats;

import io.github.newsclaims.formats.brat.BratFormat;
import io.github.newsclaims.testing.NullRefusals;
import org.junit.jupiter.api.Test;

/** brat and UIMA readers and writers refuse {@code null} in every public parameter by name (issue 11, fault 7). */
class NullRefusalTest {
  @Test
  void everyPublicParameterOfTheFormatsRefusesNullByName() {
    NullRefusals.withDefaultSamples().checkModuleOf(BratFormat.class)
        .assertClean("BratFormat.read(ann)", "BratFormat.write(article)", "CasJsonFormat.read(json)",
            "CasJsonFormat.write(out)", "new FormatException(problems)", "new BratDocument(text)");
  }
}
