package io.github.newsclaims.formats.uima;

import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.TextSpan;
import io.github.newsclaims.formats.internal.ArticleToGraph;
import io.github.newsclaims.formats.internal.Graph;
import io.github.newsclaims.formats.internal.Link;
import io.github.newsclaims.formats.internal.Node;
import io.github.newsclaims.formats.internal.Schema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the layer graph of an article as UIMA CAS JSON (apache/uima-uimaj-io-jsoncas): the type
 * system under {@code %TYPES}, the feature structures as an array, one view, UTF-16 offsets.
 */
final class CasJsonWriter {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private CasJsonWriter() {}

  static ObjectNode write(AnnotatedArticle annotated) {
    Graph graph = ArticleToGraph.map(annotated);
    ObjectNode root = NODES.objectNode();
    root.set(CasJsonFormat.TYPES, types());
    ArrayNode structures = root.putArray(CasJsonFormat.FEATURE_STRUCTURES);
    List<Integer> members = new ArrayList<>();
    int sofa = 1;
    ObjectNode sofaNode = structures.addObject();
    sofaNode.put("%ID", sofa).put("%TYPE", "uima.cas.Sofa").put("sofaNum", 1).put("sofaID", "_InitialView")
        .put("mimeType", "text").put("sofaString", graph.text());
    Map<String, Integer> ids = new HashMap<>();
    int next = sofa + 1;
    for (Node node : graph.nodes()) {
      ids.put(node.id(), next++);
    }
    Map<String, List<Link>> linksFrom = new LinkedHashMap<>();
    graph.links().forEach(link -> linksFrom.computeIfAbsent(link.from(), k -> new ArrayList<>()).add(link));
    List<ObjectNode> later = new ArrayList<>();
    for (Node node : graph.nodes()) {
      int id = ids.get(node.id());
      members.add(id);
      ObjectNode fs = structures.addObject();
      fs.put("%ID", id).put("%TYPE", CasJsonFormat.PREFIX + node.type()).put("@sofa", sofa);
      fs.put("begin", node.span().map(TextSpan::getStart).orElse(0));
      fs.put("end", node.span().map(TextSpan::getEnd).orElse(0));
      for (Map.Entry<String, Object> value : node.values().entrySet()) {
        if (value.getValue() instanceof List<?> list) {
          int array = next++;
          fs.put("@" + value.getKey(), array);
          ObjectNode arrayFs = NODES.objectNode().put("%ID", array).put("%TYPE", "uima.cas.StringArray");
          ArrayNode elements = arrayFs.putArray("%ELEMENTS");
          list.forEach(element -> elements.add((String) element));
          later.add(arrayFs);
        } else {
          fs.put(value.getKey(), (String) value.getValue());
        }
      }
      List<Link> links = linksFrom.getOrDefault(node.id(), List.of());
      if (!links.isEmpty()) {
        int array = next++;
        fs.put("@links", array);
        ObjectNode arrayFs = NODES.objectNode().put("%ID", array).put("%TYPE", "uima.cas.FSArray");
        ArrayNode elements = arrayFs.putArray("%ELEMENTS");
        later.add(arrayFs);
        for (Link link : links) {
          int linkId = next++;
          elements.add(linkId);
          later.add(NODES.objectNode().put("%ID", linkId).put("%TYPE", CasJsonFormat.LINK)
              .put("role", link.role()).put("@target", ids.get(link.to())));
        }
      }
    }
    int document = next;
    structures.addObject().put("%ID", document).put("%TYPE", "uima.tcas.DocumentAnnotation").put("@sofa", sofa)
        .put("begin", 0).put("end", graph.text().length()).put("language", annotated.getArticle().getLanguage());
    members.add(document);
    later.forEach(structures::add);
    ObjectNode view = root.putObject(CasJsonFormat.VIEWS).putObject("_InitialView");
    view.put("%SOFA", sofa);
    ArrayNode memberIds = view.putArray("%MEMBERS");
    members.forEach(memberIds::add);
    return root;
  }

  /** The {@code %TYPES} section: the newsclaims types as the descriptor declares them. */
  private static ObjectNode types() {
    ObjectNode types = NODES.objectNode();
    ObjectNode link = types.putObject(CasJsonFormat.LINK);
    link.put("%NAME", CasJsonFormat.LINK).put("%SUPER_TYPE", "uima.cas.TOP");
    link.putObject("role").put("%NAME", "role").put("%RANGE", "uima.cas.String");
    link.putObject("target").put("%NAME", "target").put("%RANGE", "uima.tcas.Annotation");
    for (Schema.Type type : Schema.TYPES) {
      String name = CasJsonFormat.PREFIX + type.name();
      ObjectNode described = types.putObject(name);
      described.put("%NAME", name).put("%SUPER_TYPE", "uima.tcas.Annotation");
      for (Schema.Field field : type.fields()) {
        ObjectNode feature = described.putObject(field.name()).put("%NAME", field.name());
        if (field.kind() == Schema.FieldKind.LIST) {
          feature.put("%RANGE", "uima.cas.StringArray").put("%ELEMENT_TYPE", "uima.cas.String");
        } else {
          feature.put("%RANGE", "uima.cas.String");
        }
      }
      if (Schema.ROLES.stream().anyMatch(role -> role.from().equals(type.name()))) {
        described.putObject("links").put("%NAME", "links").put("%RANGE", CasJsonFormat.LINK + "[]");
      }
    }
    return types;
  }
}
