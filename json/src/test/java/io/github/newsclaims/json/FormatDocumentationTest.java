package io.github.newsclaims.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.newsclaims.testing.Generators;
import io.github.newsclaims.testing.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * FORMAT.md, the JSON Schema and the code describe the same format: the minimal example is the
 * writer's output, each property table lists the schema's properties in the writer's order, the
 * enum table and the schema's enums are the Java enums, and the limits are the constants.
 */
class FormatDocumentationTest {
  private static final JsonMapper PLAIN = JsonMapper.builder().build();
  private static final JsonNode SCHEMA = PLAIN.readTree(NewsClaimsJson.schema());
  private static final String FORMAT_MD = read(Path.of("FORMAT.md"));
  private static final Pattern HEADING = Pattern.compile("(?m)^### `(\\w+)`$");
  private static final Pattern ROW_NAME = Pattern.compile("(?m)^\\| `([\\w.]+)` \\|(.*)$");
  /**
   * The type of each object in a document, named by the property (or array) that holds it: taken
   * from the mappings' property declarations, as everything else here is.
   */
  private static final Map<String, String> TYPE_OF_PROPERTY = typeOfProperty();

  private static Map<String, String> typeOfProperty() {
    Map<String, String> types = new TreeMap<>();
    for (ObjectType<?> type : NewsClaimsModule.objectTypes()) {
      for (Property<?, ?> property : type.properties()) {
        if (property.type() instanceof ObjectType<?> child) {
          String earlier = types.put(property.name(), child.name());
          assertTrue(earlier == null || earlier.equals(child.name()), property.name() + " holds two types");
        }
      }
    }
    return types;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The fenced block of the given language that follows {@code heading}. */
  private static String block(String heading, String language) {
    int at = FORMAT_MD.indexOf(heading);
    assertTrue(at >= 0, heading);
    int start = FORMAT_MD.indexOf("```" + language + "\n", at) + language.length() + 4;
    return FORMAT_MD.substring(start, FORMAT_MD.indexOf("```\n", start));
  }

  /** The property names of each schema type, in the schema's order; the top level is "document". */
  private static Map<String, List<String>> schemaProperties() {
    Map<String, List<String>> types = new LinkedHashMap<>();
    types.put("document", List.copyOf(SCHEMA.get("properties").propertyNames()));
    SCHEMA.get("$defs").properties().forEach(def -> {
      if (def.getValue().has("properties")) {
        types.put(def.getKey(), List.copyOf(def.getValue().get("properties").propertyNames()));
      }
    });
    return types;
  }

  @Test
  void minimalExampleIsTheWritersOutput() {
    assertEquals(NewsClaimsJson.writePretty(Samples.annotated()), block("## A minimal example", "json"));
  }

  @Test
  void errorExampleIsTheReadersMessage() {
    String altered = NewsClaimsJson.writePretty(Samples.annotated())
        .replace("about 15,000 soldiers are now there.", "about 16,000 soldiers are now there.");
    NewsClaimsJsonException e = assertThrows(NewsClaimsJsonException.class, () -> NewsClaimsJson.read(altered));
    assertEquals(e.getMessage() + "\n", block("## Reading strictly", ""));
  }

  @Test
  void propertyTablesListTheSchemasPropertiesInOrder() {
    Map<String, List<String>> documented = new LinkedHashMap<>();
    Matcher heading = HEADING.matcher(FORMAT_MD);
    List<int[]> sections = new ArrayList<>();
    List<String> names = new ArrayList<>();
    while (heading.find()) {
      sections.add(new int[] {heading.end()});
      names.add(heading.group(1));
    }
    for (int i = 0; i < names.size(); i++) {
      int end = i + 1 < names.size() ? FORMAT_MD.indexOf("### `" + names.get(i + 1), sections.get(i)[0])
          : FORMAT_MD.indexOf("\n## ", sections.get(i)[0]);
      Matcher row = ROW_NAME.matcher(FORMAT_MD.substring(sections.get(i)[0], end));
      List<String> properties = new ArrayList<>();
      while (row.find()) {
        properties.add(row.group(1));
      }
      documented.put(names.get(i), properties);
    }
    assertEquals(new TreeMap<>(schemaProperties()), new TreeMap<>(documented));
  }

  @Test
  void declaredPropertiesAreTheSchemasInItsOrderWithTheSameRequiredOnes() {
    Map<String, List<String>> declared = new TreeMap<>();
    Map<String, List<String>> required = new TreeMap<>();
    Map<String, List<String>> schemaRequired = new TreeMap<>();
    for (ObjectType<?> type : NewsClaimsModule.objectTypes()) {
      declared.put(type.name(), type.properties().stream().map(Property::name).toList());
      required.put(type.name(), type.properties().stream().filter(Property::isRequired).map(Property::name).toList());
      JsonNode schema = type.name().equals("document") ? SCHEMA : SCHEMA.get("$defs").get(type.name());
      schemaRequired.put(type.name(), schema.get("required").values().stream().map(JsonNode::asString).toList());
    }
    assertEquals(new TreeMap<>(schemaProperties()), declared);
    assertEquals(schemaRequired, required);
  }

  @Test
  void writerWritesEveryPropertyOfTheSchemaInItsOrder() {
    Map<String, List<String>> schema = schemaProperties();
    Map<String, Set<String>> written = new TreeMap<>();
    qt().withExamples(Examples.of(300)).forAll(Generators.annotatedArticles()).checkAssert(article ->
        walk("document", PLAIN.readTree(NewsClaimsJson.write(article)), schema, written));
    Map<String, Set<String>> expected = new TreeMap<>();
    schema.forEach((type, properties) -> expected.put(type, new LinkedHashSet<>(properties)));
    assertEquals(expected, written);
  }

  private static void walk(String type, JsonNode object, Map<String, List<String>> schema,
      Map<String, Set<String>> written) {
    List<String> order = schema.get(type);
    List<String> keys = List.copyOf(object.propertyNames());
    List<String> inSchemaOrder = order.stream().filter(keys::contains).toList();
    assertEquals(inSchemaOrder, keys, type);
    written.computeIfAbsent(type, t -> new LinkedHashSet<>()).addAll(keys);
    written.put(type, sorted(written.get(type), order));
    object.properties().forEach(entry -> {
      String child = TYPE_OF_PROPERTY.get(entry.getKey());
      JsonNode value = entry.getValue();
      if (child != null && value.isObject()) {
        walk(child, value, schema, written);
      } else if (child != null && value.isArray()) {
        value.values().stream().filter(JsonNode::isObject).forEach(element -> walk(child, element, schema, written));
      }
    });
  }

  private static Set<String> sorted(Set<String> names, List<String> order) {
    Set<String> out = new LinkedHashSet<>();
    order.stream().filter(names::contains).forEach(out::add);
    return out;
  }

  @Test
  void enumTableAndSchemaEnumsAreTheJavaEnums() {
    Map<String, List<String>> documented = new TreeMap<>();
    Matcher row = ROW_NAME.matcher(FORMAT_MD.substring(FORMAT_MD.indexOf("## Enumerations")));
    while (row.find() && row.group(1).contains(".")) {
      documented.put(row.group(1), Arrays.stream(row.group(2).split(","))
          .map(value -> value.replaceAll("[`|\\s]", "")).toList());
    }
    Map<String, List<String>> inSchema = new TreeMap<>();
    SCHEMA.get("$defs").properties().forEach(def -> {
      if (def.getValue().has("properties")) {
        def.getValue().get("properties").properties().forEach(property -> {
          if (property.getValue().has("enum")) {
            inSchema.put(def.getKey() + "." + property.getKey(),
                property.getValue().get("enum").values().stream().map(JsonNode::asString).toList());
          }
        });
      }
    });
    assertEquals(inSchema, documented);
    // Which Java enum backs which property, from the mappings' declarations.
    Map<String, List<String>> inJava = new TreeMap<>();
    for (ObjectType<?> type : NewsClaimsModule.objectTypes()) {
      for (Property<?, ?> property : type.properties()) {
        Class<?> backing = Values.enumOf(property.type());
        if (backing != null) {
          inJava.put(type.name() + "." + property.name(), Arrays.stream(backing.getEnumConstants())
              .map(constant -> ((Enum<?>) constant).name().toLowerCase(Locale.ROOT)).toList());
        }
      }
    }
    assertEquals(inJava, inSchema);
  }

  @Test
  void limitsTableHasTheConstants() throws ReflectiveOperationException {
    for (String name : List.of("MAX_NESTING_DEPTH", "MAX_STRING_LENGTH", "MAX_DOCUMENT_LENGTH", "MAX_NAME_LENGTH",
        "MAX_NUMBER_LENGTH", "MAX_REPORTED_PROBLEMS")) {
      Object value = NewsClaimsJson.class.getField(name).get(null);
      Pattern row = Pattern.compile("(?m)^\\|[^|\\n]+\\| " + value + "( \\([^)]*\\))? \\| `" + name + "` \\|$");
      assertTrue(row.matcher(FORMAT_MD).find(), name + " = " + value);
    }
  }
}
