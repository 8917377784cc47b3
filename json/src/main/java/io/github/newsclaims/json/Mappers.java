package io.github.newsclaims.json;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/** The Jackson configuration of the format's own reading and writing: its read limits and its exact layout. */
final class Mappers {
  private Mappers() {}

  static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder()
              .maxNestingDepth(NewsClaimsJson.MAX_NESTING_DEPTH)
              .maxStringLength(NewsClaimsJson.MAX_STRING_LENGTH)
              .maxDocumentLength(NewsClaimsJson.MAX_DOCUMENT_LENGTH)
              .maxNameLength(NewsClaimsJson.MAX_NAME_LENGTH)
              .maxNumberLength(NewsClaimsJson.MAX_NUMBER_LENGTH)
              .build())
          // Property names then are the very strings the mappings declare, so finding a property is
          // a reference comparison; Jackson interns each name once, in its symbol table.
          .enable(TokenStreamFactory.Feature.INTERN_PROPERTY_NAMES)
          .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
          .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          // Shortest round-tripping digits, the same on every JDK (Double.toString changed in JDK 19).
          .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
          .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
          .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
          .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
          .build())
      .addModule(new NewsClaimsModule())
      .build();

  static final ObjectWriter COMPACT = MAPPER.writer().withRootValueSeparator("");
  static final ObjectWriter PRETTY = MAPPER.writer().with(new DefaultPrettyPrinter(
          Separators.createDefaultInstance().withObjectNameValueSpacing(Separators.Spacing.AFTER))
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n")));
}
