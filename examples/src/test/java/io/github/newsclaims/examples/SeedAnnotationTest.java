package io.github.newsclaims.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsclaims.core.ActorKind;
import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.Approximator;
import io.github.newsclaims.core.Article;
import io.github.newsclaims.core.Attribution;
import io.github.newsclaims.core.AttributionMode;
import io.github.newsclaims.core.Certainty;
import io.github.newsclaims.core.Claim;
import io.github.newsclaims.core.ClaimKind;
import io.github.newsclaims.core.ClaimRelation;
import io.github.newsclaims.core.ClaimRelationKind;
import io.github.newsclaims.core.Estimate;
import io.github.newsclaims.core.Factuality;
import io.github.newsclaims.core.Interval;
import io.github.newsclaims.core.NonContentKind;
import io.github.newsclaims.core.NonContentSpan;
import io.github.newsclaims.core.Polarity;
import io.github.newsclaims.core.TextSpan;
import io.github.newsclaims.core.TimeKind;
import io.github.newsclaims.core.TimeReference;
import io.github.newsclaims.core.Unit;
import io.github.newsclaims.core.UnitKind;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed annotation: valid, complete, and carrying the facts downstream users rely on. */
class SeedAnnotationTest {
  private static String text;
  private static AnnotatedArticle annotated;
  private static ValidatorFactory factory;

  @BeforeAll
  static void buildFromResource() {
    text = resourceText();
    annotated = SeedAnnotation.build(text);
    factory = Validation.buildDefaultValidatorFactory();
  }

  @AfterAll
  static void close() {
    factory.close();
  }

  private static String resourceText() {
    try (InputStream in = SeedAnnotationTest.class.getResourceAsStream(SeedAnnotation.RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource missing: " + SeedAnnotation.RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---------------------------------------------------------------- the text and the article

  @Test
  void articleTextIsTheResourceVerbatim() {
    assertEquals(text, annotated.getArticle().getText());
    // Spot checks of the byte-exact features the fixture must keep.
    assertTrue(text.contains("Russia\u2019s war"), "curly apostrophe");
    assertTrue(text.contains("\u201Ccritical\u201D"), "curly double quotes");
    assertTrue(text.contains("technology\u2014potentially"), "em dash");
    assertTrue(text.endsWith("dollars.\n\n- Advertisement -"), "no trailing newline after the ad marker");
    assertFalse(text.contains("\r"), "LF line ends only");
  }

  @Test
  void articleMetadataIsWhatTheTextGivesAndNothingMore() {
    Article article = annotated.getArticle();
    assertEquals("kim-jong-un-artillery-surge", article.getId());
    assertEquals("Kim Jong Un Orders Artillery Surge as North Korea Arms Russia", article.getHeadline());
    assertEquals(text.substring(0, text.indexOf('\n')), article.getHeadline());
    assertEquals("en", article.getLanguage());
    assertTrue(article.getOutlet().isEmpty());
    assertTrue(article.getUrl().isEmpty());
    assertTrue(article.getPublicationDate().isEmpty());
  }

  @Test
  void buildIsDeterministic() {
    assertEquals(annotated, SeedAnnotation.build(resourceText()));
  }

  @Test
  void buildRejectsATextWhereAQuotationIsMissing() {
    String altered = text.replace("about 15,000", "about 16,000");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SeedAnnotation.build(altered));
    assertTrue(e.getMessage().contains("15,000"), e.getMessage());
  }

  // ---------------------------------------------------------------- document rules

  @Test
  void hibernateValidatorReportsNoViolations() {
    Validator validator = factory.getValidator();
    Set<ConstraintViolation<AnnotatedArticle>> violations = validator.validate(annotated);
    assertEquals("", violations.stream()
        .map(v -> v.getPropertyPath() + ": " + v.getMessage()).sorted().collect(Collectors.joining("\n")));
  }

  @Test
  void theValidatorIsAwake() {
    // Guards the zero above: the same validator does see a broken estimate inside this article.
    Claim c14 = claim("c14");
    Estimate broken = Estimate.builder().from(c14.getEstimates().get(0)).interval(Interval.closed(16000, 17000)).build();
    AnnotatedArticle bad = AnnotatedArticle.builder().from(annotated)
        .claims(annotated.getClaims().stream()
            .map(c -> c.getId().equals("c14") ? Claim.builder().from(c).estimates(List.of(broken)).build() : c)
            .toList())
        .build();
    Set<ConstraintViolation<AnnotatedArticle>> violations = factory.getValidator().validate(bad);
    assertEquals(1, violations.size(), violations::toString);
    assertEquals("claims[13].estimates[0].statedValue",
        violations.iterator().next().getPropertyPath().toString());
  }

  @Test
  void everyContentParagraphCarriesAtLeastOneClaim() {
    List<TextSpan> paragraphs = annotated.getArticle().contentParagraphs();
    assertEquals(12, paragraphs.size(), "headline + 11 body paragraphs");
    for (TextSpan paragraph : paragraphs) {
      assertTrue(annotated.getClaims().stream().flatMap(c -> c.getEvidence().stream()).anyMatch(paragraph::contains),
          () -> "no claim evidence in paragraph " + paragraph);
    }
  }

  @Test
  void noClaimSpanLiesInPageFurniture() {
    Article article = annotated.getArticle();
    for (Claim claim : annotated.getClaims()) {
      for (TextSpan span : allSpans(claim)) {
        assertTrue(article.isContent(span), () -> claim.getId() + " span " + span + " lies in non-content");
      }
    }
  }

  @Test
  void pageFurnitureIsTheRepeatedHeadlineTheTeaserAndTheAdMarker() {
    Article article = annotated.getArticle();
    List<NonContentSpan> furniture = article.getNonContent();
    assertEquals(List.of(NonContentKind.REPEATED_HEADLINE, NonContentKind.TEASER, NonContentKind.ADVERTISEMENT),
        furniture.stream().map(NonContentSpan::getKind).toList());

    TextSpan repeated = furniture.get(0).getSpan();
    assertEquals(article.getHeadline(), repeated.getText());
    assertTrue(repeated.getStart() > 0, "the second printing, not the headline at offset 0");
    assertEquals(text.lastIndexOf(article.getHeadline()), repeated.getStart());
    assertTrue(article.isContent(TextSpan.in(text, 0, article.getHeadline().length())), "the real headline is content");

    TextSpan teaser = furniture.get(1).getSpan();
    assertEquals("READ ALSO: Colombia Arrests 217 Gulf Clan Members Amid Cartel Violence and Police Killings",
        teaser.getText());
    assertEquals('\n', text.charAt(teaser.getEnd()), "the teaser is a whole line");

    TextSpan ad = furniture.get(2).getSpan();
    assertEquals("- Advertisement -", ad.getText());
    assertEquals(text.length(), ad.getEnd());
  }

  // ---------------------------------------------------------------- claims overall

  @Test
  void claimsAreNumberedInArticleOrder() {
    List<Claim> claims = annotated.getClaims();
    assertTrue(claims.size() >= 20 && claims.size() <= 28, "about two dozen claims, was " + claims.size());
    for (int i = 0; i < claims.size(); i++) {
      assertEquals("c" + (i + 1), claims.get(i).getId());
      if (i > 0) {
        assertTrue(claims.get(i - 1).getEvidence().get(0).getStart() <= claims.get(i).getEvidence().get(0).getStart(),
            "claim " + claims.get(i).getId() + " out of article order");
      }
    }
  }

  @Test
  void headlineClaimsAreAuthorialAndTheBodyElaboratesThem() {
    Claim c1 = claim("c1");
    Claim c2 = claim("c2");
    assertEquals(0, c1.getEvidence().get(0).getStart());
    assertEquals("North Korea Arms Russia", c2.getEvidence().get(0).getText());
    assertTrue(c2.getEvidence().get(0).getEnd() <= annotated.getArticle().getHeadline().length());
    assertTrue(c1.isAuthorial() && c2.isAuthorial());
    assertEquals(Factuality.CERTAIN, c1.getFactuality());
    assertTrue(claim("c3").getRelations().contains(ClaimRelation.of(ClaimRelationKind.ELABORATES, "c1")));
    assertTrue(claim("c13").getRelations().contains(ClaimRelation.of(ClaimRelationKind.SUPPORTS, "c2")));
  }

  @Test
  void authorFactualityFollowsTheDocumentedConvention() {
    Set<String> factive = Set.of("c18");
    for (Claim claim : annotated.getClaims()) {
      if (claim.getAttribution().isEmpty()) {
        assertNotEquals(Certainty.UNDERSPECIFIED, claim.getFactuality().getCertainty(),
            claim.getId() + " is in the article's own voice and must say how firmly");
      } else if (factive.contains(claim.getId())) {
        assertEquals(Factuality.CERTAIN, claim.getFactuality(), claim.getId() + " has a factive cue");
      } else {
        assertEquals(Factuality.UNDERSPECIFIED, claim.getFactuality(), claim.getId() + " is reported content");
      }
      assertNotEquals(Polarity.NEGATIVE, claim.getFactuality().getPolarity(),
          claim.getId() + ": absence is modelled as ABSENCE_OF_EVIDENCE, not as a denial");
    }
    assertEquals("acknowledged", claim("c18").getAttribution().get(0).getCue().orElseThrow().getText());
  }

  @Test
  void everyReferenceResolvesAndEveryActorIsUsed() {
    Set<String> used = new HashSet<>();
    annotated.getClaims().forEach(c -> {
      used.addAll(c.getAbout());
      used.addAll(c.sources());
    });
    annotated.getActors().forEach(a -> a.getAffiliation().ifPresent(used::add));
    annotated.getActors().forEach(a -> assertTrue(used.contains(a.getId()), "unused actor " + a.getId()));
  }

  // ---------------------------------------------------------------- key facts

  @Test
  void southKoreanIntelligenceEstimatesAbout15000SoldiersProbably() {
    Estimate soldiers = annotated.estimate("e-soldiers").orElseThrow();
    assertEquals(Approximator.ABOUT, soldiers.getApproximator());
    assertEquals(Unit.count("soldiers"), soldiers.getUnit());
    assertEquals(Optional.of(15000.0), soldiers.getStatedValue());
    assertEquals(Interval.closed(13500, 16500), soldiers.getInterval());
    assertEquals("about 15,000", soldiers.getPhrase().orElseThrow().getText());

    Claim claim = holder("e-soldiers");
    assertEquals(ClaimKind.QUANTITY, claim.getKind());
    assertEquals(1, claim.getAttribution().size());
    Attribution hop = claim.getAttribution().get(0);
    assertEquals(Optional.of("south-korean-intelligence"), hop.getSource());
    assertEquals(AttributionMode.INDIRECT, hop.getMode());
    assertEquals("estimates", hop.getCue().orElseThrow().getText());
    assertEquals(Factuality.PROBABLE, hop.getCommitment());
    assertEquals(ActorKind.INTELLIGENCE_AGENCY, annotated.actor("south-korean-intelligence").orElseThrow().getKind());
    TimeReference now = claim.getTime().orElseThrow();
    assertEquals(TimeKind.PRESENT, now.getKind());
    assertEquals("now", now.getExpression().orElseThrow().getText());

    assertEquals(List.of("c14", "c15", "c16", "c26"),
        annotated.claimsAttributedTo("south-korean-intelligence").stream().map(Claim::getId).toList());
  }

  @Test
  void nearlyAThirdOfThemAndTheDerivedCasualties() {
    Estimate fraction = annotated.estimate("e-casualty-fraction").orElseThrow();
    assertEquals(Approximator.NEARLY, fraction.getApproximator());
    assertEquals(UnitKind.FRACTION, fraction.getUnit().getKind());
    assertEquals(Optional.of(1.0 / 3), fraction.getStatedValue());
    assertEquals(Interval.closedOpen(0.3, 1.0 / 3), fraction.getInterval());
    assertEquals(Optional.of("e-soldiers"), fraction.getRelativeTo());
    assertEquals("nearly a third", fraction.getPhrase().orElseThrow().getText());

    Estimate casualties = annotated.estimate("e-casualties").orElseThrow();
    assertTrue(casualties.isDerived());
    assertEquals(List.of("e-casualty-fraction", "e-soldiers"), casualties.getDerivedFrom());
    assertEquals(Interval.closedOpen(4050, 5500), casualties.getInterval());
    assertEquals("[4050, 5500)", casualties.getInterval().toString());
    assertEquals(Unit.count("soldiers killed or injured"), casualties.getUnit());
    assertTrue(casualties.getPhrase().isEmpty());
    assertTrue(casualties.getStatedValue().isEmpty());

    Claim derived = holder("e-casualties");
    Claim fractionClaim = holder("e-casualty-fraction");
    Claim soldiersClaim = holder("e-soldiers");
    assertEquals(ClaimKind.QUANTITY, derived.getKind());
    assertTrue(derived.getRelations().contains(ClaimRelation.of(ClaimRelationKind.DERIVED_FROM, fractionClaim.getId())));
    assertTrue(derived.getRelations().contains(ClaimRelation.of(ClaimRelationKind.DERIVED_FROM, soldiersClaim.getId())));
    assertEquals(soldiersClaim.getAttribution(), fractionClaim.getAttribution());
    assertEquals(soldiersClaim.getAttribution(), derived.getAttribution());
  }

  @Test
  void expertsPossiblyPutTheTransfersAtBillionsOfDollars() {
    Estimate value = annotated.estimate("e-tech-value").orElseThrow();
    assertEquals(Approximator.ORDER_OF_MAGNITUDE, value.getApproximator());
    assertEquals(Unit.currency("USD"), value.getUnit());
    assertEquals(Interval.closedOpen(2e9, 1e10), value.getInterval());
    assertTrue(value.getStatedValue().isEmpty());
    assertEquals("billions of dollars", value.getPhrase().orElseThrow().getText());

    Claim claim = holder("e-tech-value");
    assertEquals(List.of("experts"), claim.sources());
    Attribution hop = claim.getAttribution().get(0);
    assertEquals("believe", hop.getCue().orElseThrow().getText());
    assertEquals(Factuality.POSSIBLE, hop.getCommitment());
    assertEquals(List.of("could"), claim.getHedges().stream().map(TextSpan::getText).toList());
    assertEquals(text.lastIndexOf("could"), claim.getHedges().get(0).getStart(), "the second \"could\"");
    assertEquals(ActorKind.EXPERT_GROUP, annotated.actor("experts").orElseThrow().getKind());
  }

  @Test
  void noClearEvidenceOfCashPaymentsIsAnAbsenceOfEvidence() {
    Claim claim = single(c -> c.getKind() == ClaimKind.ABSENCE_OF_EVIDENCE
        && c.getEvidence().stream().anyMatch(s -> s.getText().contains("no clear evidence of direct cash payments")));
    assertTrue(claim.isAuthorial());
    assertEquals(Factuality.CERTAIN, claim.getFactuality());
    assertTrue(claim.getAbout().contains("russia"));

    Claim kcnaSilence = single(c -> c.getKind() == ClaimKind.ABSENCE_OF_EVIDENCE
        && c.getEvidence().get(0).getText().contains("did not directly reference"));
    assertTrue(kcnaSilence.isAuthorial());
    assertTrue(kcnaSilence.getAbout().contains("kcna"));
    assertEquals(2, annotated.getClaims().stream().filter(c -> c.getKind() == ClaimKind.ABSENCE_OF_EVIDENCE).count());
  }

  @Test
  void kimCallsArtilleryProductionCriticalInAPartialQuoteInsideStateMedia() {
    Claim claim = single(c -> c.getEvidence().stream().anyMatch(s -> s.getText().contains("\u201Ccritical\u201D")));
    assertEquals(List.of("kcna", "kim-jong-un"), claim.sources());
    Attribution stateMedia = claim.getAttribution().get(0);
    Attribution kim = claim.innermostAttribution().orElseThrow();
    assertEquals(AttributionMode.ACCORDING_TO, stateMedia.getMode());
    assertEquals(AttributionMode.PARTIAL_QUOTE, kim.getMode());
    assertEquals(Factuality.CERTAIN, kim.getCommitment());
    assertEquals("calling", kim.getCue().orElseThrow().getText());
    assertTrue(claim.getEvidence().get(0).contains(kim.getCue().orElseThrow()));
    assertEquals(Factuality.UNDERSPECIFIED, claim.getFactuality());
  }

  @Test
  void stateMediaCarriesTheFactoryVisitClaims() {
    Claim urging = claim("c3");
    Attribution hop = urging.getAttribution().get(0);
    assertEquals(Optional.of("kcna"), hop.getSource());
    assertEquals("according to", hop.getCue().orElseThrow().getText());
    assertTrue(urging.getEvidence().get(0).getText().endsWith("according to state media"));
    // Paragraphs two and three continue the same report with the same hop.
    for (String id : List.of("c5", "c6", "c8", "c10")) {
      assertEquals(List.of(hop), claim(id).getAttribution(), id);
      assertEquals(Factuality.UNDERSPECIFIED, claim(id).getFactuality(), id);
    }
    assertEquals(List.of("c3", "c5", "c6", "c8", "c9", "c10"),
        annotated.claimsAttributedTo("kcna").stream().map(Claim::getId).toList());
    var kcna = annotated.actor("kcna").orElseThrow();
    assertEquals("Korean Central News Agency", kcna.getName());
    assertTrue(kcna.isKnownAs("KCNA") && kcna.isKnownAs("state media"));
    assertEquals(ActorKind.STATE_MEDIA, kcna.getKind());
    assertEquals(Optional.of("north-korea"), kcna.getAffiliation());
  }

  @Test
  void reportedlyDoubledAnnualOutput() {
    Estimate doubled = annotated.estimate("e-output-doubled").orElseThrow();
    assertEquals(Approximator.RELATIVE_CHANGE, doubled.getApproximator());
    assertEquals(Unit.multiplier(), doubled.getUnit());
    assertEquals(Optional.of(2.0), doubled.getStatedValue());
    assertEquals(Interval.point(2), doubled.getInterval());

    Claim claim = holder("e-output-doubled");
    Attribution hop = claim.getAttribution().get(0);
    assertEquals(AttributionMode.UNNAMED_HEARSAY, hop.getMode());
    assertTrue(hop.getSource().isEmpty());
    assertEquals("reportedly", hop.getCue().orElseThrow().getText());
    assertEquals(List.of("reportedly"), claim.getHedges().stream().map(TextSpan::getText).toList());
    TimeReference annual = claim.getTime().orElseThrow();
    assertEquals(TimeKind.RECURRING, annual.getKind());
    assertEquals(Optional.of(Period.ofYears(1)), annual.getPeriod());
    assertEquals("annual", annual.getExpression().orElseThrow().getText());
    assertTrue(claim.getRelations().contains(ClaimRelation.of(ClaimRelationKind.ELABORATES, "c6")));
    assertTrue(claim("c6").getProposition().contains("praised"));
  }

  @Test
  void thousandsOfCivilianWorkersSuggested() {
    Estimate workers = annotated.estimate("e-civilian-workers").orElseThrow();
    assertEquals(Approximator.ORDER_OF_MAGNITUDE, workers.getApproximator());
    assertEquals(Unit.count("civilian workers"), workers.getUnit());
    assertEquals(Interval.closedOpen(2000, 10000), workers.getInterval());
    assertTrue(workers.getStatedValue().isEmpty());
    Attribution hop = holder("e-civilian-workers").getAttribution().get(0);
    assertEquals(Optional.of("south-korean-intelligence"), hop.getSource());
    assertEquals("suggests", hop.getCue().orElseThrow().getText());
    assertEquals(Factuality.PROBABLE, hop.getCommitment());
  }

  @Test
  void northKoreaAcknowledgedInAprilOfAnUnknownYear() {
    for (String id : List.of("c18", "c19")) {
      Attribution hop = claim(id).getAttribution().get(0);
      assertEquals(Optional.of("north-korea"), hop.getSource());
      TimeReference april = hop.getTime().orElseThrow();
      assertEquals(TimeKind.DATE, april.getKind());
      assertEquals(Optional.of(4), april.getMonth());
      assertTrue(april.getYear().isEmpty());
      assertFalse(april.isResolved());
      assertEquals("In April", april.getExpression().orElseThrow().getText());
    }
    assertEquals("stating", claim("c19").getAttribution().get(0).getCue().orElseThrow().getText());
    assertEquals(ClaimKind.STATEMENT, claim("c17").getKind());
    assertEquals(Optional.of(4), claim("c17").getTime().orElseThrow().getMonth());
  }

  @Test
  void hedgesAreReportedlyPotentiallyAndBothCoulds() {
    List<TextSpan> hedges = annotated.getClaims().stream().flatMap(c -> c.getHedges().stream()).toList();
    assertEquals(List.of("reportedly", "potentially", "could", "could"), hedges.stream().map(TextSpan::getText).toList());
    assertEquals(4, new HashSet<>(hedges).size(), "each hedge once, at its own place");
    Claim potentially = single(c -> c.getHedges().stream().anyMatch(h -> h.getText().equals("potentially")));
    assertEquals(List.of("analysts"), potentially.sources());
    assertEquals(Factuality.POSSIBLE, potentially.getAttribution().get(0).getCommitment());
    Claim firstCould = claim("c24");
    assertTrue(firstCould.isAuthorial());
    assertEquals(Factuality.POSSIBLE, firstCould.getFactuality());
    assertEquals(ClaimKind.PREDICTION, firstCould.getKind());
  }

  @Test
  void unnamedSourcesAndGroups() {
    Claim reports = claim("c13");
    Attribution hop = reports.getAttribution().get(0);
    assertEquals(AttributionMode.UNNAMED_HEARSAY, hop.getMode());
    assertEquals(Optional.of("growing-reports"), hop.getSource());
    assertEquals(ActorKind.UNNAMED_SOURCE, annotated.actor("growing-reports").orElseThrow().getKind());
    assertEquals(List.of("c22", "c23"), annotated.claimsAttributedTo("analysts").stream().map(Claim::getId).toList());
    assertEquals(ActorKind.EXPERT_GROUP, annotated.actor("analysts").orElseThrow().getKind());
  }

  @Test
  void actorsHaveKindsAliasesAndAffiliations() {
    var northKorea = annotated.actor("north-korea").orElseThrow();
    assertEquals(ActorKind.STATE, northKorea.getKind());
    assertTrue(northKorea.isKnownAs("Pyongyang"));
    assertTrue(annotated.actor("russia").orElseThrow().isKnownAs("Moscow"));
    assertEquals(Optional.of("north-korea"), annotated.actor("kim-jong-un").orElseThrow().getAffiliation());
    assertEquals(Optional.of("russia"), annotated.actor("vladimir-putin").orElseThrow().getAffiliation());
    assertEquals(Optional.of("ukraine"), annotated.actor("ukrainian-forces").orElseThrow().getAffiliation());
    assertEquals(Optional.of("russia"), annotated.actor("russian-forces").orElseThrow().getAffiliation());
    assertEquals(ActorKind.GROUP, annotated.actor("civilian-workers").orElseThrow().getKind());
    // Every alias the annotation gives is a name the article uses.
    annotated.getActors().forEach(actor -> actor.getAliases()
        .forEach(alias -> assertTrue(text.contains(alias), actor.getId() + " alias " + alias)));
  }

  // ---------------------------------------------------------------- helpers

  private static Claim claim(String id) {
    return annotated.claim(id).orElseThrow(() -> new AssertionError("no claim " + id));
  }

  private static Claim holder(String estimateId) {
    return single(c -> c.getEstimates().stream().anyMatch(e -> e.getId().equals(estimateId)));
  }

  private static Claim single(Predicate<Claim> test) {
    List<Claim> found = annotated.getClaims().stream().filter(test).toList();
    assertEquals(1, found.size(), () -> "expected one claim, found " + found.stream().map(Claim::getId).toList());
    return found.get(0);
  }

  private static List<TextSpan> allSpans(Claim claim) {
    List<TextSpan> spans = new ArrayList<>(claim.getEvidence());
    spans.addAll(claim.getHedges());
    claim.getAttribution().forEach(hop -> {
      hop.getCue().ifPresent(spans::add);
      hop.getTime().flatMap(TimeReference::getExpression).ifPresent(spans::add);
    });
    claim.getEstimates().forEach(e -> e.getPhrase().ifPresent(spans::add));
    claim.getTime().flatMap(TimeReference::getExpression).ifPresent(spans::add);
    return spans;
  }
}
