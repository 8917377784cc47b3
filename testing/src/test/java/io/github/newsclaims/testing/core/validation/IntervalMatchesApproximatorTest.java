package io.github.newsclaims.testing.core.validation;

import static io.github.newsclaims.testing.Samples.violations;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.Approximator;
import io.github.newsclaims.core.Claim;
import io.github.newsclaims.core.Estimate;
import io.github.newsclaims.core.Interval;
import io.github.newsclaims.core.Unit;
import io.github.newsclaims.core.validation.IntervalMatchesApproximator;
import io.github.newsclaims.testing.Samples;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntervalMatchesApproximatorTest {
  private static Estimate estimate(Approximator approximator, String interval, Double stated) {
    Estimate.Builder builder = Estimate.builder().id("e1").measure("soldiers").unit(Unit.count("soldiers"))
        .approximator(approximator).interval(Interval.parse(interval));
    if (stated != null) {
      builder.statedValue(stated);
    }
    return builder.build();
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', nullValues = "-", value = {
      "EXACT;              [217, 217];         217",
      "ABOUT;              [13500, 16500];     15000",
      "NEARLY;             [0.3, 0.5);         0.5",
      "AT_LEAST;           [200, +∞);          200",
      "MORE_THAN;          (200, +∞);          200",
      "AT_MOST;            (-∞, 40];           40",
      "UP_TO;              [0, 40];            40",
      "FEWER_THAN;         [0, 40);            40",
      "BETWEEN;            [10, 20];           -",
      "ORDER_OF_MAGNITUDE; [2000, 10000);      -"})
  void acceptsIntervalsThatAgree(Approximator approximator, String interval, Double stated) {
    assertEquals(List.of(), violations(estimate(approximator, interval, stated)));
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', nullValues = "-", value = {
      "EXACT;              [216, 218];     217;   must be the point [v, v] of the stated value",
      "ABOUT;              [15000, 15000]; 15000; must be bounded, wider than a point, and contain the stated value",
      "ABOUT;              [13500, +∞);    15000; must be bounded, wider than a point, and contain the stated value",
      "NEARLY;             [0.3, 0.5];     0.5;   'must be bounded and end at the stated value, excluded: [l, v)'",
      "AT_LEAST;           (200, +∞);      200;   'must start at the stated value, included: [v, …'",
      "MORE_THAN;          [200, +∞);      200;   'must start at the stated value, excluded: (v, …'",
      "AT_MOST;            (-∞, 40);       40;    'must end at the stated value, included: …, v]'",
      "UP_TO;              [0, 50];        40;    'must end at the stated value, included: …, v]'",
      "FEWER_THAN;         [0, 40];        40;    'must end at the stated value, excluded: …, v)'",
      "BETWEEN;            [10, +∞);       -;     must have both bounds",
      "ORDER_OF_MAGNITUDE; [0, 10000);     -;     'must have both bounds, above zero'"})
  void rejectsIntervalsThatDisagree(Approximator approximator, String interval, Double stated, String problem) {
    assertEquals(List.of("interval: estimate e1 interval " + Interval.parse(interval)
            + " does not agree with approximator " + approximator + ": it " + problem),
        violations(estimate(approximator, interval, stated)));
  }

  @Test
  void requiresAStatedValueWhereTheApproximatorHasOne() {
    assertEquals(List.of("statedValue: estimate e1 with approximator ABOUT needs the stated value"),
        violations(estimate(Approximator.ABOUT, "[1, 2]", null)));
  }

  @Test
  void requiresTheStatedValueInsideTheInterval() {
    assertEquals(List.of("statedValue: estimate e1 stated value 9.0 lies outside its interval [1, 2]"),
        violations(estimate(Approximator.BETWEEN, "[1, 2]", 9.0)));
  }

  @Test
  void reportsAStatedValueOutsideAndADisagreeingIntervalTogether() {
    assertEquals(List.of(
            "interval: estimate e1 interval [1, 2] does not agree with approximator EXACT: it must be the point [v, v]"
                + " of the stated value",
            "statedValue: estimate e1 stated value 9.0 lies outside its interval [1, 2]"),
        violations(estimate(Approximator.EXACT, "[1, 2]", 9.0)));
  }

  @Test
  void requiresAMultiplierForRelativeChange() {
    assertEquals(List.of("unit: estimate e1 with approximator RELATIVE_CHANGE must have a MULTIPLIER unit, was COUNT"),
        violations(estimate(Approximator.RELATIVE_CHANGE, "[2, 2]", 2.0)));
  }

  @Test
  void isReachedThroughTheArticle() {
    Estimate bad = Estimate.builder().from(Samples.soldiers()).interval(Interval.point(15_000)).build();
    var sample = Samples.annotated();
    var claim = io.github.newsclaims.core.Claim.builder().from(sample.getClaims().get(1)).estimates(List.of(bad)).build();
    assertEquals(List.of("claims[1].estimates[0].interval: estimate e-soldiers interval [15000, 15000] does not agree"
            + " with approximator ABOUT: it must be bounded, wider than a point, and contain the stated value"),
        violations(io.github.newsclaims.core.AnnotatedArticle.builder().from(sample)
            .claims(List.of(sample.getClaims().get(0), claim)).build()));
  }

  private static final String ABOUT_A_POINT = "estimate %s interval [15000, 15000] does not agree with approximator"
      + " ABOUT: it must be bounded, wider than a point, and contain the stated value";

  private static Estimate pointFor(String id) {
    return Estimate.builder().from(Samples.soldiers()).id(id).interval(Interval.point(15_000)).build();
  }

  @Test
  void aStandaloneEstimateIsStillChecked() {
    Set<ConstraintViolation<Estimate>> found = Samples.validator().validate(pointFor("e-alone"));
    assertEquals(1, found.size(), found::toString);
    ConstraintViolation<Estimate> violation = found.iterator().next();
    assertEquals("interval", violation.getPropertyPath().toString());
    assertEquals(ABOUT_A_POINT.formatted("e-alone"), violation.getMessage());
    assertEquals(IntervalMatchesApproximator.class,
        violation.getConstraintDescriptor().getAnnotation().annotationType());
  }

  @Test
  void aClaimValidatedByItselfReportsItsEstimates() {
    Claim claim = Claim.builder().from(Samples.annotated().getClaims().get(1))
        .estimates(List.of(Samples.soldiers(), pointFor("e-bad"))).build();
    assertEquals(List.of("estimates[1].interval: " + ABOUT_A_POINT.formatted("e-bad")), violations(claim));
  }

  @Test
  void aBadEstimateInTheFourthClaimIsReportedOnceAtItsPath() {
    AnnotatedArticle sample = Samples.annotated();
    Claim second = sample.getClaims().get(1);
    Claim third = Claim.builder().from(second).id("c3")
        .estimates(List.of(Estimate.builder().from(Samples.soldiers()).id("e-3").build())).build();
    Claim fourth = Claim.builder().from(second).id("c4")
        .estimates(List.of(Estimate.builder().from(Samples.soldiers()).id("e-4a").build(), pointFor("e-4b")))
        .build();
    AnnotatedArticle article = AnnotatedArticle.builder().from(sample)
        .claims(List.of(sample.getClaims().get(0), second, third, fourth)).build();

    Set<ConstraintViolation<AnnotatedArticle>> found = Samples.validator().validate(article);
    assertEquals(1, found.size(), found::toString);
    ConstraintViolation<AnnotatedArticle> violation = found.iterator().next();
    assertEquals("claims[3].estimates[1].interval", violation.getPropertyPath().toString());
    assertEquals(ABOUT_A_POINT.formatted("e-4b"), violation.getMessage());
    assertEquals(IntervalMatchesApproximator.class,
        violation.getConstraintDescriptor().getAnnotation().annotationType());
    // The nodes a cascade through List<@Valid Claim> and List<@Valid Estimate> made: a list index
    // sits on the node after the list, which is how the JSON reader turns the path into
    // /claims/3/estimates/1/interval.
    List<String> nodes = new ArrayList<>();
    for (Path.Node node : violation.getPropertyPath()) {
      nodes.add(node.getKind() + " " + node.getName() + " " + node.getIndex() + " " + node.isInIterable());
    }
    assertEquals(List.of("PROPERTY claims null false", "PROPERTY estimates 3 true", "PROPERTY interval 1 true"),
        nodes);
  }

  /**
   * A relative change sets no interval rule of its own, so only the stated value decides: it must be given for a relative change, and lie inside the interval. Checked on
   * a standalone estimate and in an article, whose rule first asks a quick check without paths
   * (found by mutation testing: its negated conditions survived).
   */
  @ParameterizedTest
  @CsvSource(delimiter = ';', nullValues = "-", value = {
      "RELATIVE_CHANGE; [2, 3]; -;   statedValue; estimate e1 with approximator RELATIVE_CHANGE needs the stated value",
      "RELATIVE_CHANGE; [2, 3]; 1.0; statedValue; estimate e1 stated value 1.0 lies outside its interval [2, 3]",
      "RELATIVE_CHANGE; [2, 3]; 4.0; statedValue; estimate e1 stated value 4.0 lies outside its interval [2, 3]"})
  void withoutAnIntervalRuleTheStatedValueDecides(Approximator approximator, String interval, Double stated,
      String property, String message) {
    Estimate.Builder builder = Estimate.builder().id("e1").measure("growth").unit(Unit.multiplier())
        .approximator(approximator).interval(Interval.parse(interval));
    if (stated != null) {
      builder.statedValue(stated);
    }
    Estimate estimate = builder.build();
    assertEquals(List.of(property + ": " + message), violations(estimate));
    Claim claim = Claim.builder().from(Samples.annotated().getClaims().get(1)).estimates(List.of(estimate)).build();
    AnnotatedArticle article = Samples.withSecondClaim(claim);
    assertEquals(List.of("claims[1].estimates[0]." + property + ": " + message), violations(article));
  }
}
