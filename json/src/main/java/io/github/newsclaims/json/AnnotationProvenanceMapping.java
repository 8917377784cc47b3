package io.github.newsclaims.json;

import tools.jackson.core.JsonGenerator;
import io.github.newsclaims.core.AnnotationMethod;
import io.github.newsclaims.core.AnnotationProvenance;

/** {@link AnnotationProvenance} as {@code {"annotator": "claim-extractor 2.1.0", "method": "automatic", "confidence": 0.82}}. */
final class AnnotationProvenanceMapping {
  private AnnotationProvenanceMapping() {}

  static final Property<AnnotationProvenance, String> ANNOTATOR =
      Property.required("annotator", Values.STRING, AnnotationProvenance::getAnnotator);
  static final Property<AnnotationProvenance, AnnotationMethod> METHOD =
      Property.required("method", Values.enumeration(AnnotationMethod.class), AnnotationProvenance::getMethod);
  static final Property<AnnotationProvenance, Double> CONFIDENCE =
      Property.optionalDouble("confidence", AnnotationProvenance::getConfidence);

  static final ObjectType<AnnotationProvenance> TYPE = ObjectType.of("provenance", v -> AnnotationProvenance.builder()
      .annotator(v.get(ANNOTATOR)).method(v.get(METHOD)).confidence(v.optionalDouble(CONFIDENCE)).build(),
      ANNOTATOR, METHOD, CONFIDENCE).writtenBy(AnnotationProvenanceMapping::members);

  static void members(AnnotationProvenance provenance, JsonGenerator out) {
    MemberWriting.string(ANNOTATOR, provenance.getAnnotator(), out);
    MemberWriting.value(METHOD, provenance.getMethod(), out);
    MemberWriting.number(CONFIDENCE, provenance.getConfidence(), out);
  }
}
