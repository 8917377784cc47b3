package io.github.newsclaims.core;

import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * Who made an annotation and how, after PROV-O's {@code wasAttributedTo} and ninjs' {@code creator}:
 * the annotator (a person, or a tool with its version), the {@link AnnotationMethod method} and,
 * for automatic annotation, how confident the tool is. An {@link AnnotatedArticle} carries the
 * provenance of the whole annotation; a {@link Claim} carries its own only where it differs, so an
 * extractor's claims and a reviewer's corrections keep their marks apart.
 *
 * <p>Invariants: the annotator is not blank; the confidence, when given, is a number from 0 to 1.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class AnnotationProvenance {
  AnnotationProvenance() {}

  /** {@return who annotated: a person ("Jane Doe") or a tool and its version ("claim-extractor 2.1.0")} */
  public abstract String getAnnotator();

  /** {@return how the annotation came about} */
  public abstract AnnotationMethod getMethod();

  /** {@return how confident the annotator is that the annotation is right, from 0 to 1, when it says} */
  public abstract OptionalDouble getConfidence();

  /**
   * Provenance without a confidence.
   *
   * @param annotator who annotated: a person or a tool and its version; not blank
   * @param method how the annotation came about; not null
   * @return the provenance
   */
  public static AnnotationProvenance of(String annotator, AnnotationMethod method) {
    return builder().annotator(annotator).method(method).build();
  }

  /**
   * Provenance with a confidence from 0 to 1.
   *
   * @param annotator who annotated: a person or a tool and its version; not blank
   * @param method how the annotation came about; not null
   * @param confidence how confident the annotator is, from 0 to 1
   * @return the provenance
   */
  public static AnnotationProvenance of(String annotator, AnnotationMethod method, double confidence) {
    return builder().annotator(annotator).method(method).confidence(confidence).build();
  }

  /** {@return a builder for provenance} */
  public static Builder builder() {
    return new Builder();
  }

  /** Checks the invariants and normalises a confidence of {@code -0.0} to {@code 0.0}. */
  @Value.Check
  final AnnotationProvenance check() {
    Checks.nonBlank("annotation provenance", "annotator", getAnnotator());
    if (getConfidence().isPresent()) {
      double confidence = getConfidence().getAsDouble();
      Checks.check(confidence >= 0 && confidence <= 1,
          "annotation provenance confidence must be from 0 to 1, was %s", confidence);
      if (Double.doubleToRawLongBits(confidence) == Double.doubleToRawLongBits(-0.0)) {
        return builder().from(this).confidence(0.0).build();
      }
    }
    return this;
  }

  /**
   * Builds {@link AnnotationProvenance}; annotator and method are required.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableAnnotationProvenance.Builder {
    Builder() {}
  }
}
