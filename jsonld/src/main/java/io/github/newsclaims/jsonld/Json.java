package io.github.newsclaims.jsonld;

import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Jackson 3 tree building and writing for the exports: objects keep the order their properties are
 * put in, and the writer indents with two spaces and {@code \n}, so the same article always gives
 * the same bytes.
 */
final class Json {
  static final JsonMapper MAPPER = JsonMapper.builder()
      .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
      .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
      .build();
  private static final ObjectWriter PRETTY = MAPPER.writer().with(new DefaultPrettyPrinter(
          Separators.createDefaultInstance().withObjectNameValueSpacing(Separators.Spacing.AFTER))
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private Json() {}

  static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  static ArrayNode array() {
    return JsonNodeFactory.instance.arrayNode();
  }

  /** An object with one property {@code "@id"} (or {@code "id"} where the context aliases it). */
  static ObjectNode ref(String idKey, String iri) {
    return object().put(idKey, iri);
  }

  /** The node as indented JSON ending in a line feed. */
  static String write(JsonNode node) {
    return PRETTY.writeValueAsString(node) + "\n";
  }
}
