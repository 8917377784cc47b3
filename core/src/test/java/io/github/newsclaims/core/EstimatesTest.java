package io.github.newsclaims.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.newsclaims.core.quantity.QuantityPhrases;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class EstimatesTest {
  private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

  private final Estimate soldiers = estimate("e1", "North Korean soldiers in Russia", Unit.count("soldiers"),
      Approximator.ABOUT, Interval.closed(13500, 16500), 15000.0);
  private final Estimate share = estimate("e2", "share of them killed or injured", Unit.fraction(),
      Approximator.NEARLY, Interval.closedOpen(0.3, 1.0 / 3), 1.0 / 3);

  private static Estimate estimate(String id, String measure, Unit unit, Approximator approximator, Interval interval,
      Double stated) {
    return Estimate.builder().id(id).measure(measure).unit(unit).approximator(approximator).interval(interval)
        .statedValue(stated == null ? OptionalDouble.empty() : OptionalDouble.of(stated)).build();
  }

  private static Estimate count(String id, String measure, Interval interval) {
    return estimate(id, measure, Unit.count("soldiers"), Approximator.BETWEEN, interval, null);
  }

  @Test
  void refusesNullsNamingTheParameter() {
    assertEquals("article", assertThrows(NullPointerException.class,
        () -> Estimates.conflicts((AnnotatedArticle) null)).getMessage());
    assertEquals("articles", assertThrows(NullPointerException.class,
        () -> Estimates.conflicts((java.util.Collection<AnnotatedArticle>) null)).getMessage());
    assertEquals("approximator", assertThrows(NullPointerException.class,
        () -> io.github.newsclaims.core.quantity.VaguenessPolicy.defaults().reading(null)).getMessage());
  }

  @Test
  void anEstimateIsNotRelativeToABlankId() {
    assertEquals("estimate e2 relativeTo must not be blank, was \" \"", assertThrows(IllegalArgumentException.class,
        () -> Estimate.builder().from(share).relativeTo(" ").build()).getMessage());
  }

  @Test
  void nearlyAThirdOfAbout15000IsADerivedEstimateFrom4050UpTo5500() {
    Estimate casualties = Estimates.share("e3", "North Korean soldiers killed or injured", Unit.count("soldiers"),
        share, soldiers);
    assertEquals(Interval.parse("[4050, 5500)"), casualties.getInterval());
    assertEquals(Approximator.DERIVED, casualties.getApproximator());
    assertEquals(List.of("e2", "e1"), casualties.getDerivedFrom());
    assertEquals(Optional.empty(), casualties.getPhrase());
    assertEquals(OptionalDouble.empty(), casualties.getStatedValue());
    assertEquals(List.of(), VALIDATOR.validate(casualties).stream().map(v -> v.getMessage()).toList());
  }

  @Test
  void derivesFromParsedPhrases() {
    Estimate third = QuantityPhrases.parse("nearly a third").orElseThrow();
    Estimate about = Estimate.builder().from(QuantityPhrases.parse("about 15,000 soldiers").orElseThrow())
        .id("q2").build();
    Estimate casualties = Estimates.share("q3", "killed or injured", Unit.count("soldiers"), third, about);
    assertEquals(Interval.parse("[4050, 5500)"), casualties.getInterval());
  }

  @Test
  void countsAPercentageShareAsHundredths() {
    Estimate percent = estimate("p", "share", Unit.percentage(), Approximator.ABOUT, Interval.closed(36, 44), 40.0);
    Estimate whole = estimate("w", "voters", Unit.count("voters"), Approximator.EXACT, Interval.point(1000), 1000.0);
    assertEquals(Interval.closed(360, 440), Estimates.share("v", "voters", Unit.count("voters"), percent, whole)
        .getInterval());
  }

  @Test
  void rejectsAShareThatIsNeitherAFractionNorAPercentage() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Estimates.share("x", "x", Unit.count(), soldiers, soldiers));
    assertEquals("estimate e1 is a share only if it is a FRACTION or PERCENTAGE, was COUNT", e.getMessage());
  }

  @Test
  void addsAndSubtractsEstimatesOfTheSameKind() {
    Estimate sent = count("a", "sent", Interval.closed(10000, 12000));
    Estimate lost = count("b", "lost", Interval.closedOpen(4050, 5500));
    assertEquals(Interval.parse("[14050, 17500)"),
        Estimates.sum("c", "total", Unit.count("soldiers"), sent, lost).getInterval());
    assertEquals(Interval.parse("(4500, 7950]"),
        Estimates.difference("d", "remaining", Unit.count("soldiers"), sent, lost).getInterval());
    assertEquals(List.of("a", "b"), Estimates.difference("d", "remaining", Unit.count("soldiers"), sent, lost)
        .getDerivedFrom());
  }

  @Test
  void rejectsAddingDifferentCurrencies() {
    Estimate dollars = estimate("a", "aid", Unit.currency("USD"), Approximator.EXACT, Interval.point(5), 5.0);
    Estimate euros = estimate("b", "aid", Unit.currency("EUR"), Approximator.EXACT, Interval.point(5), 5.0);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Estimates.sum("c", "aid", Unit.currency("USD"), dollars, euros));
    assertEquals("cannot add estimate a (USD) and estimate b (EUR) into USD: the currencies differ", e.getMessage());
  }

  @Test
  void rejectsAddingDifferentKindsOfUnit() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Estimates.sum("c", "x", Unit.count(), soldiers, share));
    assertEquals("cannot add estimate e1 (COUNT) and estimate e2 (FRACTION) into COUNT: the unit kinds differ",
        e.getMessage());
  }

  @Test
  void multipliesDividesAndScales() {
    Estimate output = estimate("o", "shells", Unit.count("shells"), Approximator.BETWEEN, Interval.closed(1e6, 2e6),
        null);
    Estimate doubled = estimate("m", "growth", Unit.multiplier(), Approximator.RELATIVE_CHANGE, Interval.point(2), 2.0);
    assertEquals(Interval.closed(2e6, 4e6),
        Estimates.product("n", "shells now", Unit.count("shells"), output, doubled).getInterval());
    assertEquals(Interval.closed(5e5, 1e6),
        Estimates.ratio("r", "shells before", Unit.count("shells"), output, doubled).getInterval());
    Estimate scaled = Estimates.scaled("s", "shells per half year", Unit.count("shells"), output, 0.5);
    assertEquals(List.of("o"), scaled.getDerivedFrom());
    assertEquals(Interval.closed(5e5, 1e6), scaled.getInterval());
  }

  @Test
  void namesAnEstimateCombinedWithItselfOnce() {
    assertEquals(List.of("e1"), Estimates.product("sq", "x", Unit.count(), soldiers, soldiers).getDerivedFrom());
  }

  @Test
  void rejectsARatioByAnEstimateThatMayBeZero() {
    Estimate few = estimate("f", "x", Unit.count(), Approximator.FEWER_THAN, Interval.closedOpen(0, 50), 50.0);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Estimates.ratio("r", "x", Unit.multiplier(), soldiers, few));
    assertEquals("cannot divide [13500, 16500] by the interval [0, 50), which contains 0", e.getMessage());
  }

  @Test
  void rejectsADerivedEstimateNamedLikeAnOperand() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Estimates.product("e1", "x", Unit.count(), soldiers, share));
    assertEquals("estimate e1 derivedFrom must not name the estimate itself, was [e1, e2]", e.getMessage());
  }

  @Test
  void comparesEstimatesByTheirIntervals() {
    assertEquals(EstimateComparison.CONSISTENT,
        Estimates.compare(soldiers, count("b", "m", Interval.closed(14000, 15000))));
    assertEquals(EstimateComparison.OVERLAPPING,
        Estimates.compare(soldiers, count("b", "m", Interval.closed(16000, 20000))));
    assertEquals(EstimateComparison.CONFLICTING,
        Estimates.compare(soldiers, count("b", "m", Interval.closedOpen(20000, 100000))));
    assertEquals(EstimateComparison.CONFLICTING,
        Estimates.compare(soldiers, count("b", "m", Interval.moreThan(16500))));
    assertEquals(EstimateComparison.OVERLAPPING,
        Estimates.compare(soldiers, count("b", "m", Interval.atLeast(16500))));
  }

  @Test
  void rejectsComparingEstimatesInDifferentUnits() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Estimates.compare(soldiers, share));
    assertEquals("cannot compare estimate e1 (soldiers) with estimate e2 (fraction): units differ", e.getMessage());
  }
  @Test
  void comparesCountsOfDifferentNounsAndRefusesDifferentCurrencies() {
    Estimate soldiers = count("a", "m", Interval.closed(13500, 16500));
    Estimate casualties = Estimate.builder().from(count("b", "m", Interval.closedOpen(4050, 5500)))
        .unit(Unit.count("soldiers killed or injured")).build();
    assertEquals(EstimateComparison.CONFLICTING, Estimates.compare(soldiers, casualties));
    Estimate dollars = Estimate.builder().id("d").measure("m").unit(Unit.currency("USD"))
        .approximator(Approximator.BETWEEN).interval(Interval.closed(1, 2)).build();
    Estimate euros = Estimate.builder().from(dollars).id("e").unit(Unit.currency("EUR")).build();
    assertEquals(EstimateComparison.CONSISTENT, Estimates.compare(dollars, dollars));
    assertEquals("cannot compare estimate d (USD) with estimate e (EUR): units differ",
        assertThrows(IllegalArgumentException.class, () -> Estimates.compare(dollars, euros)).getMessage());
  }


  private static AnnotatedArticle article(String id, Estimate... estimates) {
    String text = "About 15,000 soldiers are in Russia.";
    Article article = Article.builder().id(id).headline("Troops").language("en").text(text).build();
    Claim claim = Claim.builder().id("c1").proposition("Soldiers are in Russia")
        .addEvidence(TextSpan.find(text, text)).kind(ClaimKind.QUANTITY).factuality(Factuality.PROBABLY_SO)
        .addEstimates(estimates).build();
    return AnnotatedArticle.builder().article(article).addClaim(claim).build();
  }

  @Test
  void listsConflictingEstimatesOfTheSameMeasureWithinAnArticle() {
    Estimate high = count("e2", "north korean  soldiers in Russia", Interval.closedOpen(20000, 100000));
    Estimate other = count("e3", "South Korean soldiers", Interval.point(1));
    Estimate vague = count("e4", "North Korean soldiers in Russia", Interval.closedOpen(2000, 100000));
    AnnotatedArticle article = article("a1", soldiers, high, other, vague);
    List<EstimateConflict> conflicts = Estimates.conflicts(article);
    assertEquals(List.of(EstimateConflict.of("a1", soldiers, "a1", high)), conflicts);
    assertEquals(true, conflicts.get(0).isWithinOneArticle());
  }

  @Test
  void listsConflictingEstimatesAcrossArticles() {
    Estimate low = count("e1", "North Korean soldiers in Russia", Interval.closedOpen(0, 1000));
    Estimate lower = count("e2", "North Korean soldiers in Russia", Interval.closedOpen(0, 500));
    List<EstimateConflict> conflicts = Estimates.conflicts(List.of(article("a1", soldiers), article("a2", low, lower)));
    assertEquals(List.of(EstimateConflict.of("a1", soldiers, "a2", low),
        EstimateConflict.of("a1", soldiers, "a2", lower)), conflicts);
    assertEquals("a1/e1 [13500, 16500] conflicts with a2/e1 [0, 1000) (North Korean soldiers in Russia, soldiers)",
        conflicts.get(0).toString());
  }

  @Test
  void comparesCountsWhoseNounsDifferWhenTheMeasureIsTheSame() {
    // "soldiers" and "troops" are commensurable counts: conflicts used to throw building the conflict.
    Estimate troops = estimate("e1", "North Korean soldiers in Russia", Unit.count("troops"), Approximator.FEWER_THAN,
        Interval.closedOpen(0, 1000), 1000.0);
    Estimate headcount = estimate("e2", "North Korean soldiers in Russia", Unit.count(), Approximator.BETWEEN,
        Interval.closed(20000, 30000), null);
    String measure = " (North Korean soldiers in Russia, ";
    assertEquals(List.of(
            "a1/e1 [13500, 16500] conflicts with a2/e1 [0, 1000)" + measure + "soldiers / troops)",
            "a1/e1 [13500, 16500] conflicts with a2/e2 [20000, 30000]" + measure + "soldiers / count)",
            "a2/e1 [0, 1000) conflicts with a2/e2 [20000, 30000]" + measure + "troops / count)"),
        Estimates.conflicts(List.of(article("a1", soldiers), article("a2", troops, headcount))).stream()
            .map(EstimateConflict::toString).toList());
  }

  @Test
  void rejectsAConflictBetweenUnitsThatAreNotCommensurable() {
    Estimate dollars = estimate("x", "North Korean soldiers in Russia", Unit.currency("USD"), Approximator.EXACT,
        Interval.point(5), 5.0);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> EstimateConflict.of("a", soldiers, "b", dollars));
    assertEquals("estimates e1 (soldiers) and x (USD) have units that are not commensurable, so they cannot conflict",
        e.getMessage());
  }

  @Test
  void rejectsAConflictBetweenOverlappingEstimates() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> EstimateConflict.of("a", soldiers, "b", count("x", "m", Interval.closed(16000, 17000))));
    assertEquals("estimates e1 [13500, 16500] and x [16000, 17000] overlap, so they do not conflict", e.getMessage());
  }
}
