package io.github.newsclaims.formats.uima;

import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.TextSpan;
import io.github.newsclaims.formats.FormatException;
import io.github.newsclaims.formats.internal.Graph;
import io.github.newsclaims.formats.internal.GraphToArticle;
import io.github.newsclaims.formats.internal.Link;
import io.github.newsclaims.formats.internal.Node;
import io.github.newsclaims.formats.internal.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Reads UIMA CAS JSON into the layer graph, then the article. Feature structures of types outside
 * {@code newsclaims.*} (tokens, sentences, INCEpTION's document metadata) are ignored; every
 * problem with a newsclaims annotation is collected with its {@code %ID}.
 */
final class CasJsonReader {
  private static final Set<String> STRUCTURAL = Set.of("begin", "end", "@sofa", "sofa");

  private final List<FormatException.Problem> problems = new ArrayList<>();
  private final Map<Integer, JsonNode> structures = new LinkedHashMap<>();
  private final List<Node> nodes = new ArrayList<>();
  private final List<Link> links = new ArrayList<>();
  /** The text of the initial view, once found. */
  private String text;

  private CasJsonReader() {}

  static AnnotatedArticle read(JsonNode root) {
    CasJsonReader reader = new CasJsonReader();
    reader.readRoot(root);
    if (reader.text != null) {
      Optional<AnnotatedArticle> article = GraphToArticle.map(new Graph(reader.text, reader.nodes, reader.links),
          reader.problems);
      if (article.isPresent() && reader.problems.isEmpty()) {
        return article.get();
      }
    }
    throw new FormatException(CasJsonFormat.NAME, reader.problems);
  }

  private void readRoot(JsonNode root) {
    if (!root.isObject()) {
      problem("document", "a CAS JSON document is a JSON object");
      return;
    }
    JsonNode encoding = root.path(CasJsonFormat.HEADER).path("offset-encoding");
    if (!encoding.isMissingNode() && !encoding.asString("").equals("UTF-16")) {
      problem("document", "offset encoding " + encoding + " is not supported; export with UTF-16 offsets, as INCEpTION does");
      return;
    }
    JsonNode all = root.path(CasJsonFormat.FEATURE_STRUCTURES);
    if (all.isArray()) {
      for (JsonNode fs : all) {
        JsonNode id = fs.path("%ID");
        if (!id.isInt()) {
          problem("document", "a feature structure has no integer %ID: " + abbreviate(fs));
        } else if (structures.putIfAbsent(id.intValue(), fs) != null) {
          problem("feature structure " + id.intValue(), "%ID is used twice");
        }
      }
    } else if (all.isObject()) {
      for (Map.Entry<String, JsonNode> entry : all.properties()) {
        try {
          structures.put(Integer.parseInt(entry.getKey()), entry.getValue());
        } catch (NumberFormatException e) {
          problem("document", "feature structure key " + entry.getKey() + " is not an integer id");
        }
      }
    } else {
      problem("document", "no " + CasJsonFormat.FEATURE_STRUCTURES + " array");
      return;
    }
    text = sofaText(root);
    if (text == null) {
      return;
    }
    for (Map.Entry<Integer, JsonNode> entry : structures.entrySet()) {
      String type = entry.getValue().path("%TYPE").asString("");
      if (type.startsWith(CasJsonFormat.PREFIX) && !type.equals(CasJsonFormat.LINK)) {
        node(entry.getKey(), entry.getValue(), type.substring(CasJsonFormat.PREFIX.length()));
      }
    }
  }

  /** The text of the initial view's sofa. */
  private String sofaText(JsonNode root) {
    JsonNode sofaId = root.path(CasJsonFormat.VIEWS).path("_InitialView").path("%SOFA");
    JsonNode sofa = sofaId.isInt() ? structures.get(sofaId.intValue()) : null;
    if (sofa == null) {
      sofa = structures.values().stream()
          .filter(fs -> fs.path("%TYPE").asString("").equals("uima.cas.Sofa")
              && fs.path("sofaID").asString("").equals("_InitialView"))
          .findFirst().orElse(null);
    }
    if (sofa == null || !sofa.path("sofaString").isString()) {
      problem("document", "no initial view with a sofaString holding the text");
      return null;
    }
    return sofa.path("sofaString").stringValue();
  }

  private void node(int id, JsonNode fs, String type) {
    String where = "feature structure " + id + " (" + CasJsonFormat.PREFIX + type + ")";
    int begin = fs.path("begin").asInt(0);
    int end = fs.path("end").asInt(0);
    Optional<TextSpan> span = Optional.empty();
    if (begin != end) {
      try {
        span = Optional.of(TextSpan.in(text, begin, end));
      } catch (IllegalArgumentException e) {
        problem(where, "begin " + begin + ", end " + end + ": " + e.getMessage());
      }
    }
    Map<String, Object> values = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> feature : fs.properties()) {
      String name = feature.getKey();
      JsonNode value = feature.getValue();
      if (name.startsWith("%") || STRUCTURAL.contains(name) || value.isNull()) {
        continue;
      }
      if (name.equals("@links")) {
        links(id, where, value);
      } else if (name.startsWith("@")) {
        strings(where, name.substring(1), value).ifPresent(list -> values.put(name.substring(1), list));
      } else if (value.isString()) {
        values.put(name, value.stringValue());
      } else if (value.isArray() && value.valueStream().allMatch(JsonNode::isString)) {
        values.put(name, value.valueStream().map(JsonNode::stringValue).toList());
      } else {
        problem(where, "feature " + name + " must be a string, was " + abbreviate(value));
      }
    }
    nodes.add(new Node(String.valueOf(id), type, span, values, where));
  }

  /** The strings of the StringArray a reference feature points at. */
  private Optional<List<String>> strings(String where, String feature, JsonNode ref) {
    JsonNode array = ref.isInt() ? structures.get(ref.intValue()) : null;
    if (array == null || !array.path("%TYPE").asString("").equals("uima.cas.StringArray")
        || !array.path("%ELEMENTS").isArray()) {
      problem(where, "feature " + feature + " must point at a uima.cas.StringArray, was " + abbreviate(ref));
      return Optional.empty();
    }
    List<String> strings = new ArrayList<>();
    for (JsonNode element : array.path("%ELEMENTS")) {
      strings.add(element.isString() ? element.stringValue() : null);
    }
    if (strings.contains(null)) {
      problem(where, "feature " + feature + " holds a value that is not a string");
      return Optional.empty();
    }
    return Optional.of(strings);
  }

  private void links(int from, String where, JsonNode ref) {
    JsonNode array = ref.isInt() ? structures.get(ref.intValue()) : null;
    JsonNode elements = array == null ? null : array.path("%ELEMENTS");
    if (elements == null || !elements.isArray()) {
      problem(where, "feature links must point at a uima.cas.FSArray of " + CasJsonFormat.LINK);
      return;
    }
    int index = 0;
    for (JsonNode element : elements) {
      String at = where + " links[" + index++ + "]";
      JsonNode link = element.isInt() ? structures.get(element.intValue()) : null;
      if (link == null || !link.path("%TYPE").asString("").equals(CasJsonFormat.LINK)) {
        problem(at, "is not a " + CasJsonFormat.LINK);
        continue;
      }
      JsonNode role = link.path("role");
      JsonNode target = link.path("@target");
      if (!role.isString() || !target.isInt()) {
        problem(at, "a link needs a role and a target");
        continue;
      }
      links.add(new Link(role.stringValue(), String.valueOf(from), String.valueOf(target.intValue()), at));
    }
  }

  private void problem(String where, String message) {
    problems.add(new FormatException.Problem(where, message));
  }

  private static String abbreviate(JsonNode value) {
    String text = value.toString();
    return text.length() > 60 ? text.substring(0, 60) + "…" : text;
  }

  static Set<String> typeNames() {
    return Set.copyOf(Schema.TYPES.stream().map(t -> CasJsonFormat.PREFIX + t.name()).toList());
  }
}
