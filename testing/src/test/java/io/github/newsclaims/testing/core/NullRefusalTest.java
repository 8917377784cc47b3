package io.github.newsclaims.testing.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsclaims.core.Claim;
import io.github.newsclaims.testing.NullRefusals;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every public constructor and method of core's exported packages refuses {@code null} in each reference
 * parameter with a {@link NullPointerException} naming that parameter (issue 11, fault 7).
 */
class NullRefusalTest {
  @Test
  void everyPublicParameterOfCoreRefusesNullByName() {
    NullRefusals.Report report = NullRefusals.withDefaultSamples().checkModuleOf(Claim.class);

    assertEquals(List.of(), report.violations(), report.violations().size() + " of "
        + report.checked().size() + " parameters do not refuse null by name");
    // Not vacuous: the enumeration reaches the builders' inherited generated methods and the subpackages.
    assertTrue(report.checked().containsAll(List.of(
        "Claim.Builder.addAllEvidence(elements)", "Claim.Builder.addEvidence(elements)",
        "Claim.Builder.key(key)", "Actor.isKnownAs(name)", "Estimates.conflicts(articles)",
        "VaguenessPolicy.reading(approximator)", "QuantityPhrases.find(text)")), report.checked().toString());
    assertTrue(report.checked().size() > 250, "only " + report.checked().size() + " parameters checked");
  }
}
