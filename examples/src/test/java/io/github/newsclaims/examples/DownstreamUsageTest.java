package io.github.newsclaims.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.Attribution;
import io.github.newsclaims.core.Certainty;
import io.github.newsclaims.core.Claim;
import io.github.newsclaims.core.ClaimKind;
import io.github.newsclaims.core.Estimate;
import io.github.newsclaims.core.Interval;
import io.github.newsclaims.json.NewsClaimsJson;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A test as a downstream project writes it against the bundled fixture — copy this class to start.
 * It needs {@code newsclaims-examples} (test scope) and {@code newsclaims-json}; nothing here uses
 * newsclaims' own test code.
 */
class DownstreamUsageTest {
  private static final AnnotatedArticle ARTICLE = ArticleFixtures.kimJongUnArtillerySurge();

  @Test
  void fixtureIsValidForAPlainJakartaValidator() {
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      assertEquals(0, factory.getValidator().validate(ARTICLE).size());
    }
  }

  @Test
  void myPipelineFindsTheIntelligenceEstimateOfTroops() {
    Estimate soldiers = ARTICLE.estimate("e-soldiers").orElseThrow();
    assertEquals(Interval.closed(13_500, 16_500), soldiers.getInterval());
    assertTrue(soldiers.getInterval().contains(15_000));

    Claim claim = ARTICLE.claimsWithEstimates().stream()
        .filter(c -> c.getEstimates().contains(soldiers)).findFirst().orElseThrow();
    Attribution source = claim.getAttribution().get(0);
    assertEquals("South Korean intelligence", ARTICLE.actor(source.getSource().orElseThrow()).orElseThrow().getName());
    assertEquals(Certainty.PROBABLE, source.getCommitment().getCertainty());
  }

  @Test
  void myFactCheckQueueSkipsAbsencesOfEvidence() {
    List<String> absences = ARTICLE.getClaims().stream()
        .filter(c -> c.getKind() == ClaimKind.ABSENCE_OF_EVIDENCE).map(Claim::getProposition).toList();
    assertEquals(2, absences.size());
    assertTrue(absences.stream().anyMatch(p -> p.contains("cash payments")), absences::toString);
  }

  @Test
  void myMonitorListsWhatExpertsAndAnalystsSay() {
    assertEquals(1, ARTICLE.claimsAttributedTo("experts").size());
    assertEquals(2, ARTICLE.claimsAttributedTo("analysts").size());
    assertEquals(6, ARTICLE.claimsAttributedTo("kcna").size());
  }

  @Test
  void myStoreRoundTripsTheFixtureThroughJson() {
    String json = NewsClaimsJson.write(ARTICLE);
    assertEquals(ARTICLE, NewsClaimsJson.read(json));
    assertEquals(ArticleFixtures.kimJongUnArtillerySurgeJson(), NewsClaimsJson.writePretty(NewsClaimsJson.read(json)));
  }

  @Test
  void myTokenizerSeesTheVerbatimText() {
    String text = ArticleFixtures.kimJongUnArtillerySurgeText();
    assertTrue(text.contains("calling artillery production “critical”"));
    assertTrue(text.endsWith("- Advertisement -"));
    for (Claim claim : ARTICLE.getClaims()) {
      claim.getEvidence().forEach(span -> assertEquals(span.getText(), text.substring(span.getStart(), span.getEnd())));
    }
  }
}
