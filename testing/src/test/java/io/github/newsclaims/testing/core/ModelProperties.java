package io.github.newsclaims.testing.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.newsclaims.core.Actor;
import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.Approximator;
import io.github.newsclaims.core.Article;
import io.github.newsclaims.core.Attribution;
import io.github.newsclaims.core.AttributionMode;
import io.github.newsclaims.core.Claim;
import io.github.newsclaims.core.ClaimKind;
import io.github.newsclaims.core.ClaimRelationKind;
import io.github.newsclaims.core.Factuality;
import io.github.newsclaims.core.Interval;
import io.github.newsclaims.core.PartialDate;
import io.github.newsclaims.core.TextSpan;
import io.github.newsclaims.core.TimeKind;
import io.github.newsclaims.core.TimeReference;
import io.github.newsclaims.core.UnitKind;
import io.github.newsclaims.testing.Generators;
import io.github.newsclaims.testing.IntervalGenerators;
import io.github.newsclaims.testing.IntervalGenerators.IntervalMember;
import io.github.newsclaims.testing.Samples;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Properties every generated model object satisfies. */
class ModelProperties {
  @Test
  void generatedArticlesHaveNoViolations() {
    qt().withExamples(Examples.of(300)).forAll(Generators.annotatedArticles())
        .checkAssert(article -> assertEquals(List.of(), Samples.violations(article)));
  }

  @Test
  void everyClaimSpanMatchesTheTextAndIsContent() {
    qt().withExamples(Examples.of(200)).forAll(Generators.annotatedArticles()).checkAssert(annotated -> {
      Article article = annotated.getArticle();
      for (Claim claim : annotated.getClaims()) {
        for (TextSpan span : claim.getEvidence()) {
          assertTrue(span.matches(article.getText()), span::toString);
          assertTrue(article.isContent(span), span::toString);
        }
      }
    });
  }

  @Test
  void builderCopiesAreEqual() {
    qt().withExamples(Examples.of(200)).forAll(Generators.annotatedArticles()).checkAssert(annotated -> {
      AnnotatedArticle copy = AnnotatedArticle.builder().from(annotated).build();
      assertEquals(annotated, copy);
      assertEquals(annotated.hashCode(), copy.hashCode());
      for (Claim claim : annotated.getClaims()) {
        assertEquals(claim, Claim.builder().from(claim).build());
      }
      for (Actor actor : annotated.getActors()) {
        assertEquals(actor, Actor.builder().from(actor).build());
      }
      assertEquals(annotated.getArticle(), Article.builder().from(annotated.getArticle()).build());
    });
  }

  @Test
  void everyPartGeneratorGivesValidParts() {
    qt().withExamples(Examples.of(300)).forAll(Generators.actors(), Generators.claims(), Generators.attributions(),
        Generators.timeReferences()).checkAssert((actor, claim, hop, time) -> {
          assertEquals(List.of(), Samples.violations(actor));
          assertEquals(List.of(), Samples.violations(claim));
          assertEquals(actor, Actor.builder().from(actor).build());
          assertEquals(claim, Claim.builder().from(claim).build());
          assertEquals(hop, Attribution.builder().from(hop).build());
          assertEquals(time, TimeReference.builder().from(time).build());
        });
  }

  @Test
  void generatedSpansCutNoSurrogatePairAndMatchTheirText() {
    qt().withExamples(Examples.of(500)).forAll(Generators.spansInText()).checkAssert(generated -> {
      TextSpan span = generated.span();
      assertTrue(span.matches(generated.text()), span::toString);
      assertEquals(span, TextSpan.in(generated.text(), span.getStart(), span.getEnd()));
      assertEquals(span.getText().codePointCount(0, span.length()),
          generated.text().codePointCount(span.getStart(), span.getEnd()));
    });
  }

  @Test
  void generatedEstimatesAgreeWithTheirApproximators() {
    qt().withExamples(Examples.of(500)).forAll(Generators.estimates())
        .checkAssert(estimate -> assertEquals(List.of(), Samples.violations(estimate)));
  }

  @Test
  void intervalNotationReadsBackWhatItPrints() {
    // Every shape, unbounded below included, with exponent notation (1e300, 4.9E-324) and -0.0.
    qt().withExamples(Examples.of(2000)).forAll(IntervalGenerators.intervalMembers().map(IntervalMember::interval))
        .checkAssert(interval -> assertEquals(interval, Interval.parse(interval.toString())));
  }

  @Test
  void partialDatesReadBackWhatTheyPrint() {
    qt().forAll(Generators.partialDates())
        .checkAssert(date -> assertEquals(date, PartialDate.parse(date.toString())));
  }

  @Test
  void factualityCodesReadBack() {
    // The code carries polarity and certainty (not the band): both must come back, so swapping PR+
    // and PS+ in either direction fails.
    qt().forAll(Generators.factualities()).checkAssert(value -> assertEquals(
        Factuality.of(value.getPolarity(), value.getCertainty()),
        Factuality.fromFactBankCode(value.factBankCode())));
  }

  @Test
  void syntheticArticlesAreDeterministicAndValid() {
    AnnotatedArticle big = Generators.synthetic(42, 300);
    assertEquals(300, big.getClaims().size());
    assertEquals(big, Generators.synthetic(42, 300));
    assertEquals(List.of(), Samples.violations(big));
  }

  @Test
  void syntheticArticlesCoverTheWholeModel() {
    AnnotatedArticle big = Generators.synthetic(7, 400);
    java.util.Set<Object> seen = new java.util.HashSet<>();
    big.getClaims().forEach(claim -> {
      seen.add(claim.getKind());
      claim.getAttribution().forEach(hop -> seen.add(hop.getMode()));
      claim.getTime().ifPresent(time -> seen.add(time.getKind()));
      claim.getEstimates().forEach(estimate -> {
        seen.add(estimate.getApproximator());
        seen.add(estimate.getUnit().getKind());
      });
      claim.getRelations().forEach(relation -> seen.add(relation.getKind()));
    });
    big.getActors().forEach(actor -> seen.add(actor.getKind()));
    for (Class<? extends Enum<?>> type : List.of(ClaimKind.class, AttributionMode.class, TimeKind.class,
        Approximator.class, UnitKind.class, ClaimRelationKind.class)) {
      for (Enum<?> value : type.getEnumConstants()) {
        assertTrue(seen.contains(value), () -> "synthetic article never uses " + value);
      }
    }
    String text = big.getArticle().getText();
    assertTrue(text.codePointCount(0, text.length()) < text.length(), "text has characters outside the BMP");
  }
}
