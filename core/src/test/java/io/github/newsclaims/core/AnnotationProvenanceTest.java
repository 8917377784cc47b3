package io.github.newsclaims.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class AnnotationProvenanceTest {
  @Test
  void keepsAnnotatorMethodAndConfidence() {
    AnnotationProvenance extractor = AnnotationProvenance.of("claim-extractor 2.1.0", AnnotationMethod.AUTOMATIC, 0.82);
    assertEquals("claim-extractor 2.1.0", extractor.getAnnotator());
    assertEquals(AnnotationMethod.AUTOMATIC, extractor.getMethod());
    assertEquals(OptionalDouble.of(0.82), extractor.getConfidence());
    assertEquals(OptionalDouble.empty(), AnnotationProvenance.of("Jane Doe", AnnotationMethod.MANUAL).getConfidence());
  }

  @Test
  void acceptsTheEndsOfTheConfidenceRange() {
    assertEquals(OptionalDouble.of(0.0), AnnotationProvenance.of("x", AnnotationMethod.AUTOMATIC, 0).getConfidence());
    assertEquals(OptionalDouble.of(1.0), AnnotationProvenance.of("x", AnnotationMethod.AUTOMATIC, 1).getConfidence());
    // -0.0 is 0, stored as 0.0 so that equal provenance is equal.
    assertEquals(AnnotationProvenance.of("x", AnnotationMethod.AUTOMATIC, 0.0),
        AnnotationProvenance.of("x", AnnotationMethod.AUTOMATIC, -0.0));
  }

  @Test
  void rejectsAConfidenceOutsideZeroToOne() {
    for (double bad : new double[] {-0.01, 1.01, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertEquals("annotation provenance confidence must be from 0 to 1, was " + bad,
          assertThrows(IllegalArgumentException.class,
              () -> AnnotationProvenance.of("x", AnnotationMethod.AUTOMATIC, bad)).getMessage());
    }
  }

  @Test
  void rejectsABlankAnnotator() {
    assertEquals("annotation provenance annotator must not be blank, was \" \"",
        assertThrows(IllegalArgumentException.class, () -> AnnotationProvenance.of(" ", AnnotationMethod.MANUAL))
            .getMessage());
  }
}
