package io.github.newsclaims.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsclaims.core.ActorKind;
import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.AnnotationMethod;
import io.github.newsclaims.core.Article;
import io.github.newsclaims.core.AttributionMode;
import io.github.newsclaims.core.Claim;
import io.github.newsclaims.core.Factuality;
import io.github.newsclaims.core.NonContentKind;
import io.github.newsclaims.testing.Samples;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimExtractorTest {
  private static final ClaimExtractor EXTRACTOR = ClaimExtractor.english();

  private static AnnotatedArticle draft(String text) {
    AnnotatedArticle draft = EXTRACTOR.extract(
        Article.builder().id("t").headline("Troops mass at border").language("en").text(text).build());
    assertEquals(List.of(), Samples.violations(draft));
    return draft;
  }

  private static String source(AnnotatedArticle draft, Claim claim) {
    return draft.actor(claim.sources().get(0)).orElseThrow().getName();
  }

  @Test
  void saidThat() {
    AnnotatedArticle d = draft("The defence ministry said that about 15,000 soldiers had crossed the border.");
    Claim c = d.getClaims().get(0);
    assertEquals("defence ministry", source(d, c).replaceFirst("^The ", "").toLowerCase());
    assertEquals("said", c.getAttribution().get(0).getCue().orElseThrow().getText());
    assertEquals(AttributionMode.INDIRECT, c.getAttribution().get(0).getMode());
    assertEquals(Factuality.CERTAIN, c.getAttribution().get(0).getCommitment());
    assertEquals(Factuality.UNDERSPECIFIED, c.getFactuality());
    assertEquals("about 15,000 soldiers had crossed the border", c.getProposition());
    assertEquals(1, c.getEstimates().size());
    assertEquals(ActorKind.GOVERNMENT, d.getActors().get(0).getKind());
    assertEquals(AnnotationMethod.AUTOMATIC, c.getProvenance().orElseThrow().getMethod());
  }

  @Test
  void trailingSpeakerAndQuote() {
    AnnotatedArticle d = draft("“We will respond,” said John Smith.\n\nThe army may move, Smith said.");
    Claim quote = d.getClaims().get(0);
    assertEquals(AttributionMode.DIRECT_QUOTE, quote.getAttribution().get(0).getMode());
    assertEquals("John Smith", source(d, quote));
    Claim second = d.getClaims().get(1);
    assertEquals(quote.sources(), second.sources(), "Smith is merged into John Smith");
    assertEquals(1, d.getActors().size());
    assertEquals(ActorKind.PERSON, d.getActors().get(0).getKind());
  }

  @Test
  void accordingToHearsayBeliefAndNegation() {
    AnnotatedArticle d = draft("According to the police, the suspect fled.\n\n"
        + "The leader is believed to be ill.\n\nAnalysts believe the talks will not resume.\n\n"
        + "Prices rose sharply.");
    assertEquals(AttributionMode.ACCORDING_TO, d.getClaims().get(0).getAttribution().get(0).getMode());
    assertEquals(AttributionMode.UNNAMED_HEARSAY, d.getClaims().get(1).getAttribution().get(0).getMode());
    assertTrue(d.getClaims().get(1).sources().isEmpty());
    assertEquals(Factuality.PROBABLE_NOT, d.getClaims().get(2).getAttribution().get(0).getCommitment());
    assertEquals(ActorKind.UNNAMED_SOURCE, d.actor(d.getClaims().get(2).sources().get(0)).orElseThrow().getKind());
    assertTrue(d.getClaims().get(3).isAuthorial());
    assertEquals(Factuality.CERTAIN, d.getClaims().get(3).getFactuality());
  }

  @Test
  void furnitureIsNeverAClaim() {
    AnnotatedArticle d = draft("Troops mass at border\n\nBy Jane Doe\n\nSoldiers gathered.\n\n"
        + "READ ALSO: Something else\n\nAdvertisement\n\n© 2024 Example News");
    assertEquals(List.of(NonContentKind.REPEATED_HEADLINE, NonContentKind.BYLINE, NonContentKind.TEASER,
            NonContentKind.ADVERTISEMENT, NonContentKind.OTHER),
        d.getArticle().getNonContent().stream().map(n -> n.getKind()).toList());
    assertEquals(1, d.getClaims().size());
    assertEquals("Soldiers gathered.", d.getClaims().get(0).getProposition());
  }
}
