package io.github.newsclaims.jsonld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.github.newsclaims.core.Claim;
import io.github.newsclaims.core.Estimate;
import io.github.newsclaims.jsonld.checks.OfflineJsonLd;
import io.github.newsclaims.testing.Generators;
import java.util.List;
import java.util.Optional;
import org.apache.jena.shacl.Shapes;
import org.junit.jupiter.api.Test;

/**
 * Generated articles — texts with curly quotes, CJK, flags and emoji outside the BMP — export to
 * JSON-LD that Jena reads offline and that meets the shapes, and their Web Annotations come back
 * onto the same text exactly, by position.
 */
class GeneratedArticlesProperties {
  private static final Shapes SCHEMA_ORG = OfflineJsonLd.shapes("/io/github/newsclaims/jsonld/shapes/schema-org.ttl");
  private static final Shapes WEB_ANNOTATION = OfflineJsonLd.shapes("/io/github/newsclaims/jsonld/shapes/web-annotation.ttl");
  private static final Shapes PROV = OfflineJsonLd.shapes("/io/github/newsclaims/jsonld/shapes/prov.ttl");

  @Test
  void everyExportParsesOfflineAndMeetsItsShapes() {
    qt().withExamples(60).forAll(Generators.annotatedArticles()).checkAssert(article -> {
      assertEquals(List.of(), OfflineJsonLd.violations(SCHEMA_ORG, OfflineJsonLd.parse(NewsClaimsJsonLd.schemaOrg(article)).getGraph()));
      assertEquals(List.of(), OfflineJsonLd.violations(WEB_ANNOTATION,
          OfflineJsonLd.parse(NewsClaimsJsonLd.webAnnotations(article)).getGraph()));
      assertEquals(List.of(), OfflineJsonLd.violations(PROV, OfflineJsonLd.parse(NewsClaimsJsonLd.prov(article)).getGraph()));
    });
  }

  @Test
  void webAnnotationsComeBackOntoTheSameTextByPosition() {
    qt().withExamples(200).forAll(Generators.annotatedArticles()).checkAssert(article -> {
      ImportedAnnotations imported = NewsClaimsJsonLd.readWebAnnotations(NewsClaimsJsonLd.webAnnotations(article), article.getArticle());
      assertEquals(List.of(), imported.lost());
      assertEquals(List.of(), imported.anchored().stream().filter(a -> a.anchoring() != Anchoring.POSITION).toList());
      for (Claim claim : article.getClaims()) {
        assertEquals(claim.getEvidence(), imported.evidence(claim.getId()));
        assertEquals(claim.getHedges(), imported.hedges(claim.getId()));
        for (Estimate estimate : claim.getEstimates()) {
          assertEquals(estimate.getPhrase(), estimate.getPhrase().isPresent()
              ? imported.estimatePhrase(estimate.getId()) : Optional.empty());
        }
      }
    });
  }

  @Test
  void positionsConvertBetweenCodeUnitsAndCodePointsBothWays() {
    qt().withExamples(300).forAll(Generators.spansInText()).checkAssert(sample -> {
      String text = sample.text();
      int start = sample.span().getStart();
      int codePoints = CodePoints.fromUtf16(text, start);
      assertEquals(start, CodePoints.toUtf16(text, codePoints));
      assertEquals(text.codePointCount(0, start), codePoints);
    });
  }
}
