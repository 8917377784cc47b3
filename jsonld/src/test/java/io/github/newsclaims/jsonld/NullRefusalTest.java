package io.github.newsclaims.jsonld;

import io.github.newsclaims.testing.NullRefusals;
import org.junit.jupiter.api.Test;

/** The JSON-LD exports and the Web Annotation import refuse {@code null} by name (issue 11, fault 7). */
class NullRefusalTest {
  @Test
  void everyPublicParameterOfJsonLdRefusesNullByName() {
    NullRefusals.withDefaultSamples()
        .sample(ImportedAnnotations.class, () -> new ImportedAnnotations(java.util.List.of(), java.util.List.of()))
        .checkModuleOf(NewsClaimsJsonLd.class)
        .assertClean("NewsClaimsJsonLd.prov(article)", "NewsClaimsJsonLd.readWebAnnotations(article)",
            "ImportedAnnotations.evidence(claimId)", "new AnchoredSpan(span)", "new LostSpan(reason)");
  }
}
