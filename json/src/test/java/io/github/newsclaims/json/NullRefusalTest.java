package io.github.newsclaims.json;

import io.github.newsclaims.testing.NullRefusals;
import org.junit.jupiter.api.Test;

/** The json facade refuses {@code null} in every public parameter with a message naming it (issue 11, fault 7). */
class NullRefusalTest {
  @Test
  void everyPublicParameterOfTheFacadeRefusesNullByName() {
    NullRefusals.withDefaultSamples()
        .sample(NewsClaimsJsonReader.class, NewsClaimsJson::reader)
        .sample(NewsClaimsJsonWriter.class, NewsClaimsJson::writer)
        .checkModuleOf(NewsClaimsJson.class)
        .assertClean("NewsClaimsJson.read(json)", "NewsClaimsJson.readLines(onBadLine)",
            "NewsClaimsJsonReader.read(in)", "NewsClaimsJsonWriter.write(article)",
            "new NewsClaimsJsonException.Problem(pointer)", "NewsClaimsModule.setupModule(context)");
  }
}
