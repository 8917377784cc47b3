/**
 * Annotation tool formats: brat standoff ({@link io.github.newsclaims.formats.brat.BratFormat}) and
 * UIMA CAS JSON as INCEpTION exchanges it ({@link io.github.newsclaims.formats.uima.CasJsonFormat}),
 * both reporting bad input as one {@link io.github.newsclaims.formats.FormatException}.
 */
module io.github.newsclaims.formats {
  requires transitive io.github.newsclaims.json;
  requires tools.jackson.databind;
  requires jakarta.validation;

  exports io.github.newsclaims.formats;
  exports io.github.newsclaims.formats.brat;
  exports io.github.newsclaims.formats.uima;
  // The resources (annotation.conf, visual.conf, the type system descriptor) are read by name.
  opens io.github.newsclaims.formats.brat;
  opens io.github.newsclaims.formats.uima;
}
