package io.github.newsclaims.testing.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsclaims.core.Claim;
import io.github.newsclaims.testing.NullRefusals;
import org.junit.jupiter.api.Test;

/**
 * Every public constructor and method of core's exported packages refuses {@code null} in each reference
 * parameter with a {@link NullPointerException} naming that parameter (issue 11, fault 7). No parameter of
 * core is nullable.
 */
class NullRefusalTest {
  @Test
  void everyPublicParameterOfCoreRefusesNullByName() {
    NullRefusals.Report report = NullRefusals.withDefaultSamples().checkModuleOf(Claim.class).assertClean(
        // The builders' generated methods, hand-written methods and the subpackages are reached.
        "Claim.Builder.addAllEvidence(elements)", "Claim.Builder.addEvidence(elements)",
        "Claim.Builder.evidence(elements)", "Claim.Builder.key(key)", "Claim.Builder.addEvidence(element)",
        "Actor.isKnownAs(name)", "Estimates.conflicts(articles)", "Estimates.conflicts(article)",
        "VaguenessPolicy.reading(approximator)", "QuantityPhrases.find(text)", "new ClaimAppearance(claim)",
        "ClaimAnnotator.said(cue)", "QuoteFinder.find(quote)");
    assertTrue(report.checked().size() > 400, "only " + report.checked().size() + " parameters checked");
  }
}
