package io.github.newsclaims.formats.brat;

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
import tools.jackson.databind.json.JsonMapper;

/** Writes the layer graph of an article as a brat {@code .ann} file. */
final class BratWriter {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private BratWriter() {}

  static BratDocument write(AnnotatedArticle annotated) {
    Graph graph = ArticleToGraph.map(annotated);
    String text = graph.text();
    Offsets offsets = new Offsets(text);
    StringBuilder ann = new StringBuilder();
    Map<String, String> bratIds = new HashMap<>();
    int attributes = 0;
    int normalised = 0;
    StringBuilder normalisations = new StringBuilder();
    int notes = 0;
    for (Node node : graph.nodes()) {
      String id = "T" + (bratIds.size() + 1);
      bratIds.put(node.id(), id);
      List<int[]> fragments = new ArrayList<>();
      if (node.span().isPresent()) {
        TextSpan span = node.span().get();
        fragments.addAll(BratFormat.fragments(text, span.getStart(), span.getEnd()));
      } else {
        if (text.isEmpty()) {
          throw new IllegalArgumentException("brat cannot hold a " + node.type()
              + " annotation for an article with an empty text: every brat annotation covers text");
        }
        fragments.add(new int[] {0, Character.charCount(text.codePointAt(0))});
      }
      ann.append(id).append('\t').append(node.type()).append(' ');
      StringBuilder covered = new StringBuilder();
      for (int i = 0; i < fragments.size(); i++) {
        int[] fragment = fragments.get(i);
        ann.append(i == 0 ? "" : ";").append(offsets.toCodePoint(fragment[0])).append(' ')
            .append(offsets.toCodePoint(fragment[1]));
        covered.append(i == 0 ? "" : " ").append(BratFormat.oneLine(text.substring(fragment[0], fragment[1])));
      }
      ann.append('\t').append(covered).append('\n');
      if (node.span().isEmpty()) {
        ann.append('A').append(++attributes).append('\t').append(BratFormat.UNANCHORED).append(' ').append(id).append('\n');
      }
      Map<String, Object> free = new LinkedHashMap<>();
      Schema.Type type = Schema.type(node.type()).orElseThrow();
      for (Map.Entry<String, Object> value : node.values().entrySet()) {
        Schema.FieldKind kind = type.field(value.getKey()).orElseThrow().kind();
        if (kind == Schema.FieldKind.FLAG) {
          ann.append('A').append(++attributes).append('\t').append(BratFormat.attributeName(value.getKey()))
              .append(' ').append(id).append('\n');
        } else if (kind == Schema.FieldKind.ENUM) {
          ann.append('A').append(++attributes).append('\t').append(BratFormat.attributeName(value.getKey()))
              .append(' ').append(id).append(' ').append(value.getValue()).append('\n');
        } else {
          free.put(value.getKey(), value.getValue());
        }
      }
      for (String uri : node.list("sameAs")) {
        java.util.regex.Matcher wikidata = BratFormat.WIKIDATA.matcher(uri);
        if (wikidata.matches()) {
          // Also as brat normalisation, which brat shows and links; the note keeps the full list.
          normalisations.append('N').append(++normalised).append("\tReference ").append(id).append(" Wikidata:")
              .append(wikidata.group(1)).append('\t').append(BratFormat.oneLine(node.text("name").orElse(""))).append('\n');
        }
      }
      if (!free.isEmpty()) {
        ann.append('#').append(++notes).append("\tAnnotatorNotes ").append(id).append('\t')
            .append(JSON.writeValueAsString(free)).append('\n');
      }
    }
    int relations = 0;
    for (Link link : graph.links()) {
      ann.append('R').append(++relations).append('\t').append(Schema.role(link.role()).orElseThrow().bratName())
          .append(" Arg1:").append(bratIds.get(link.from())).append(" Arg2:").append(bratIds.get(link.to()))
          .append('\n');
    }
    ann.append(normalisations);
    return new BratDocument(text, ann.toString());
  }
}
