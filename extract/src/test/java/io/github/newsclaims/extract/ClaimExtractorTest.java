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
    assertEquals(Factuality.CERTAINLY_SO, c.getAttribution().get(0).getCommitment());
    assertEquals(Factuality.UNDERSPECIFIED, c.getFactuality());
    assertEquals("about 15,000 soldiers had crossed the border", c.getProposition());
    assertEquals(1, c.getEstimates().size());
    assertEquals(ActorKind.GOVERNMENT, d.getActors().get(0).getKind());
    assertEquals(AnnotationMethod.AUTOMATIC, c.getProvenance().orElseThrow().getMethod());
  }

  @Test
  void heAfterAnUnnamedOfficialIsThatOfficial() {
    AnnotatedArticle d = draft("A security official in Peshawar confirmed the attack. He said five militants were killed.");
    Claim c = d.getClaims().get(1);
    assertEquals("said", c.getAttribution().get(0).getCue().orElseThrow().getText());
    assertEquals("A security official in Peshawar", source(d, c));
    assertEquals("He", c.getAttribution().get(0).getSourceMention().orElseThrow().getText());
  }

  @Test
  void saidItExpectsIsOneHopWhoseCueSetsTheCommitment() {
    AnnotatedArticle d = draft("The central bank said it expects inflation of 4.8 percent this year.");
    Claim c = d.getClaims().get(0);
    assertEquals(1, c.getAttribution().size());
    assertEquals("expects", c.getAttribution().get(0).getCue().orElseThrow().getText());
    assertEquals(Factuality.PROBABLY_SO, c.getAttribution().get(0).getCommitment());
    assertEquals("The central bank", c.getAttribution().get(0).getSourceMention().orElseThrow().getText());
  }

  @Test
  void stateIsACueOnlyWithThat() {
    assertEquals(List.of(), draft("The government won by using state resources.").getClaims().get(0)
        .getAttribution());
    Claim accused = draft("The party accused the government of using state resources.").getClaims().get(0);
    assertEquals(1, accused.getAttribution().size());
    assertEquals("accused", accused.getAttribution().get(0).getCue().orElseThrow().getText());
    assertEquals("states", draft("The report states that 40 people died.").getClaims().get(0).getAttribution().get(0)
        .getCue().orElseThrow().getText());
  }

  @Test
  void aComparisonIsNoCue() {
    Claim c = draft("The price rose 12 percent, more sharply than expected.").getClaims().get(0);
    assertEquals(List.of(), c.getAttribution());
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
    assertEquals(Factuality.PROBABLY_NOT, d.getClaims().get(2).getAttribution().get(0).getCommitment());
    assertEquals(ActorKind.UNNAMED_SOURCE, d.actor(d.getClaims().get(2).sources().get(0)).orElseThrow().getKind());
    assertTrue(d.getClaims().get(3).isAuthorial());
    assertEquals(Factuality.CERTAINLY_SO, d.getClaims().get(3).getFactuality());
  }

  @Test
  void furnitureIsNeverAClaim() {
    // The headline on the first line is content (the guide: its claims are the article's); printed
    // again in the body it is furniture, as are the byline, the dateline, the teaser, the marker and the copyright.
    AnnotatedArticle d = draft("Troops mass at border\n\nBy Jane Doe\n\nKYIV, March 3 (Reuters) - Soldiers gathered.\n\n"
        + "Troops mass at border\n\nREAD ALSO: Something else\n\nAdvertisement\n\n© 2024 Example News");
    assertEquals(List.of(NonContentKind.BYLINE, NonContentKind.BYLINE, NonContentKind.REPEATED_HEADLINE,
            NonContentKind.TEASER, NonContentKind.ADVERTISEMENT, NonContentKind.OTHER),
        d.getArticle().getNonContent().stream().map(n -> n.getKind()).toList());
    assertEquals("KYIV, March 3 (Reuters) -", d.getArticle().getNonContent().get(1).getSpan().getText());
    assertEquals(List.of("Troops mass at border", "Soldiers gathered."),
        d.getClaims().stream().map(c -> c.getProposition()).toList());
  }

  @Test
  void nestingGivesAChainOuterFirst() {
    AnnotatedArticle d = draft("State media reported that the defence minister said the drills would continue.");
    Claim c = d.getClaims().get(0);
    assertEquals(2, c.getAttribution().size(), c.toString());
    assertEquals("State media", d.actor(c.getAttribution().get(0).getSource().orElseThrow()).orElseThrow().getName());
    assertEquals("reported", c.getAttribution().get(0).getCue().orElseThrow().getText());
    assertEquals("the defence minister", c.getAttribution().get(1).getSourceMention().orElseThrow().getText());
    assertEquals("said", c.getAttribution().get(1).getCue().orElseThrow().getText());
    assertEquals("the drills would continue", c.getProposition());
  }

  @Test
  void aQuotedPhraseIsAPartialQuoteAndAWholeQuoteDirect() {
    AnnotatedArticle d = draft("Julian Jessop said the economy risked falling into a “doom loop”.\n\n"
        + "“The economy is in a doom loop,” Jessop said.");
    assertEquals(AttributionMode.PARTIAL_QUOTE, d.getClaims().get(0).getAttribution().get(0).getMode());
    assertEquals(AttributionMode.DIRECT_QUOTE, d.getClaims().get(1).getAttribution().get(0).getMode());
    assertEquals(d.getClaims().get(0).sources(), d.getClaims().get(1).sources());
  }

  @Test
  void timesAreTimeReferences() {
    AnnotatedArticle d = draft("In April, the ministry confirmed the outbreak.\n\n"
        + "The alert came on 22nd January 2023.\n\nFighting resumed on Monday.\n\n"
        + "About 15,000 soldiers are now in Russia.\n\nAnnual output doubled.\n\nPrices rose.");
    List<io.github.newsclaims.core.TimeReference> times = d.getClaims().stream()
        .map(c -> c.getTime().orElse(null)).toList();
    assertEquals(io.github.newsclaims.core.TimeKind.DATE, times.get(0).getKind());
    assertEquals("In April", times.get(0).getExpression().orElseThrow().getText());
    assertEquals(4, times.get(0).getMonth().orElseThrow());
    assertTrue(times.get(0).getYear().isEmpty());
    assertEquals(List.of(2023, 1, 22), List.of(times.get(1).getYear().orElseThrow(), times.get(1).getMonth()
        .orElseThrow(), times.get(1).getDay().orElseThrow()));
    assertEquals(io.github.newsclaims.core.TimeKind.RELATIVE, times.get(2).getKind());
    assertEquals("on Monday", times.get(2).getExpression().orElseThrow().getText());
    assertEquals(io.github.newsclaims.core.TimeKind.PRESENT, times.get(3).getKind());
    assertEquals(java.time.Period.ofYears(1), times.get(4).getPeriod().orElseThrow());
    assertEquals(null, times.get(5));
  }

  @Test
  void aDescriptionIsThePersonItDescribedBefore() {
    AnnotatedArticle d = draft("North Korean leader Kim Jong Un said production must double.\n\n"
        + "The weapons are critical, the North Korean leader said.\n\nThe leader said more would follow.");
    assertEquals(List.of("Kim Jong Un"), d.getActors().stream().map(a -> a.getName()).toList());
    assertEquals(ActorKind.PERSON, d.getActors().get(0).getKind());
    for (Claim c : d.getClaims()) {
      assertEquals(List.of(d.getActors().get(0).getId()), c.sources(), c.toString());
    }
  }

  @Test
  void aDatelineIsFurnitureAndTheRestOfItsParagraphContent() {
    AnnotatedArticle d = draft("Troops mass at border\n\nGAZA/JERUSALEM (Reuters) - Hamas fired rockets on Thursday.");
    assertEquals("GAZA/JERUSALEM (Reuters) -", d.getArticle().getNonContent().get(0).getSpan().getText());
    assertEquals("Hamas fired rockets on Thursday.", d.getClaims().get(1).getEvidence().get(0).getText());
  }
}
