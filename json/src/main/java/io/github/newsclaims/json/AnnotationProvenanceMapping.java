package io.github.newsclaims.json;

import io.github.newsclaims.core.AnnotationMethod;
import io.github.newsclaims.core.AnnotationProvenance;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;

/** {@link AnnotationProvenance} as {@code {"annotator": "claim-extractor 2.1.0", "method": "automatic", "confidence": 0.82}}. */
final class AnnotationProvenanceMapping {
  private AnnotationProvenanceMapping() {}

  static AnnotationProvenance read(JsonValue value, Pointer at, Problems problems) {
    PropertyReader in = PropertyReader.of(value, at, problems);
    if (in == null) {
      return null;
    }
    String annotator = in.required("annotator", Scalars::string);
    AnnotationMethod method = in.required("method", Scalars.enumeration(AnnotationMethod.class));
    Optional<Double> confidence = in.optional("confidence", Scalars::number);
    return in.build(() -> AnnotationProvenance.builder().annotator(annotator).method(method).confidence(confidence)
        .build());
  }

  static void write(AnnotationProvenance provenance, JsonGenerator out) {
    out.writeStartObject();
    PropertyWriter.string(out, PropertyNames.ANNOTATOR, provenance.getAnnotator());
    PropertyWriter.required(out, PropertyNames.METHOD, provenance.getMethod(), PropertyWriter::enumeration);
    PropertyWriter.optional(out, PropertyNames.CONFIDENCE, provenance.getConfidence(), PropertyWriter::number);
    out.writeEndObject();
  }
}
