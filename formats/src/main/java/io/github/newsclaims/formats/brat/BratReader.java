package io.github.newsclaims.formats.brat;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a brat {@code .ann} file against its text into the layer graph, then the article; every
 * problem is collected with its line number before one {@link FormatException} is thrown.
 */
final class BratReader {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Pattern TEXT_BOUND = Pattern.compile("(T\\d+)\\t(\\S+) (\\d+ \\d+(?:;\\d+ \\d+)*)\\t(.*)");
  private static final Pattern ATTRIBUTE = Pattern.compile("(A\\d+)\\t(\\S+) (\\S+)(?: (\\S+))?");
  private static final Pattern RELATION = Pattern.compile("(R\\d+)\\t(\\S+) Arg1:(\\S+) Arg2:(\\S+)\\s*");
  private static final Pattern LINE = Pattern.compile("line (\\d+)");
  private static final Pattern NORMALISATION = Pattern.compile("(N\\d+)\\tReference (\\S+) ([^:\\s]+):(\\S+)(?:\\t.*)?");
  private static final Pattern NOTE = Pattern.compile("(#\\d+)\\tAnnotatorNotes (\\S+)\\t(.*)");

  private final String text;
  private final Offsets offsets;
  private final List<FormatException.Problem> problems = new ArrayList<>();
  /** brat id to the annotation read so far. */
  private final Map<String, Entity> entities = new LinkedHashMap<>();
  private final List<Link> links = new ArrayList<>();
  private final List<String> ids = new ArrayList<>();

  /** A text-bound annotation being read. */
  private static final class Entity {
    final String id;
    final String type;
    final List<TextSpan> spans;
    final String where;
    final Map<String, Object> values = new LinkedHashMap<>();
    boolean unanchored;

    Entity(String id, String type, List<TextSpan> spans, String where) {
      this.id = id;
      this.type = type;
      this.spans = spans;
      this.where = where;
    }
  }

  private BratReader(String text) {
    this.text = text;
    this.offsets = new Offsets(text);
  }

  static AnnotatedArticle read(String text, String ann) {
    BratReader reader = new BratReader(text);
    String[] lines = ann.split("\\r?\\n", -1);
    List<Runnable> later = new ArrayList<>();
    List<Runnable> last = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      reader.line(i + 1, lines[i], later, last);
    }
    later.forEach(Runnable::run);
    last.forEach(Runnable::run);
    List<Node> nodes = new ArrayList<>();
    List<Link> evidence = new ArrayList<>();
    for (Entity entity : reader.entities.values()) {
      Optional<TextSpan> span = entity.unanchored || entity.spans.isEmpty()
          ? Optional.empty() : Optional.of(entity.spans.get(0));
      nodes.add(new Node(entity.id, entity.type, span, entity.values, entity.where));
      for (int more = 1; more < entity.spans.size(); more++) {
        String id = entity.id + "/" + more;
        nodes.add(new Node(id, "Evidence", Optional.of(entity.spans.get(more)), Map.of(), entity.where));
        evidence.add(new Link("evidence", entity.id, id, entity.where));
      }
    }
    reader.links.addAll(0, evidence);
    Optional<AnnotatedArticle> article = GraphToArticle.map(new Graph(text, nodes, reader.links), reader.problems);
    if (article.isEmpty() || !reader.problems.isEmpty()) {
      // Attributes, relations and notes are checked after every T line, the model last: back to line order.
      reader.problems.sort(java.util.Comparator.comparingInt(BratReader::lineOf));
      throw new FormatException("brat", reader.problems);
    }
    return article.get();
  }

  private void line(int number, String line, List<Runnable> later, List<Runnable> last) {
    if (line.isBlank()) {
      return;
    }
    String where = "line " + number;
    Matcher m;
    if ((m = TEXT_BOUND.matcher(line)).matches()) {
      String id = m.group(1);
      where += " (" + id + ")";
      if (!fresh(id, where)) {
        return;
      }
      List<TextSpan> spans = spans(m.group(3), m.group(4), m.group(2), where);
      entities.put(id, new Entity(id, m.group(2), spans, where));
    } else if ((m = ATTRIBUTE.matcher(line)).matches()) {
      Matcher a = m;
      String at = where + " (" + a.group(1) + ")";
      if (fresh(a.group(1), at)) {
        later.add(() -> attribute(a.group(2), a.group(3), a.group(4), at));
      }
    } else if ((m = RELATION.matcher(line)).matches()) {
      Matcher r = m;
      String at = where + " (" + r.group(1) + ")";
      if (fresh(r.group(1), at)) {
        later.add(() -> relation(r.group(2), r.group(3), r.group(4), at));
      }
    } else if ((m = NOTE.matcher(line)).matches()) {
      Matcher n = m;
      String at = where + " (" + n.group(1) + ")";
      if (fresh(n.group(1), at)) {
        later.add(() -> note(n.group(2), n.group(3), at));
      }
    } else if ((m = NORMALISATION.matcher(line)).matches()) {
      Matcher n = m;
      String at = where + " (" + n.group(1) + ")";
      if (fresh(n.group(1), at)) {
        last.add(() -> normalisation(n.group(2), n.group(3), n.group(4), at));
      }
    } else {
      String kind = line.isEmpty() ? "" : switch (line.charAt(0)) {
        case 'E' -> "event annotations (E) are not used by newsclaims; attribution is R relations";
        case 'N' -> "malformed normalisation; expected N1<tab>Reference T3 Wikidata:Q423<tab>text";
        case '*' -> "equivalence (*) lines are not used by newsclaims";
        default -> "";
      };
      problem(where, kind.isEmpty() ? "malformed line " + quote(line.length() > 80 ? line.substring(0, 80) + "…" : line)
          + "; expected a T, A, R or # (AnnotatorNotes) line" : kind);
    }
  }

  private static int lineOf(FormatException.Problem problem) {
    Matcher m = LINE.matcher(problem.where());
    return m.lookingAt() ? Integer.parseInt(m.group(1)) : Integer.MAX_VALUE;
  }

  private boolean fresh(String id, String where) {
    if (ids.contains(id)) {
      problem(where, "id " + id + " is used twice");
      return false;
    }
    ids.add(id);
    return true;
  }

  private List<TextSpan> spans(String ranges, String quoted, String type, String where) {
    int points = offsets.length();
    List<int[]> fragments = new ArrayList<>();
    StringBuilder covered = new StringBuilder();
    for (String range : ranges.split(";")) {
      String[] ends = range.split(" ");
      long start;
      long end;
      try {
        start = Long.parseLong(ends[0]);
        end = Long.parseLong(ends[1]);
      } catch (NumberFormatException e) {
        problem(where, "offsets " + range + " are too large");
        return List.of();
      }
      if (start >= end || end > points) {
        problem(where, "offsets " + range + " do not lie in the text of " + points + " code points (start < end <= "
            + points + ")");
        return List.of();
      }
      int from = offsets.toUtf16((int) start);
      int to = offsets.toUtf16((int) end);
      covered.append(covered.length() == 0 && fragments.isEmpty() ? "" : " ")
          .append(BratFormat.oneLine(text.substring(from, to)));
      fragments.add(new int[] {from, to});
    }
    if (!covered.toString().equals(quoted)) {
      problem(where, "offsets " + ranges + " cover " + quote(covered.toString()) + " in the text, but the line says "
          + quote(quoted));
      return List.of();
    }
    // Join fragments that only a line break separates, as the writer splits them.
    List<int[]> joined = new ArrayList<>();
    for (int[] fragment : fragments) {
      int[] last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
      if (last != null && fragment[0] >= last[1] && text.substring(last[1], fragment[0]).chars().allMatch(c -> c == '\n' || c == '\r')) {
        last[1] = Math.max(last[1], fragment[1]);
      } else {
        joined.add(fragment.clone());
      }
    }
    if (joined.size() > 1 && !type.equals("Claim")) {
      problem(where, type + " must be one stretch of text; only a Claim may have fragments apart");
      return List.of();
    }
    return joined.stream().map(f -> TextSpan.in(text, f[0], f[1])).toList();
  }

  private void attribute(String name, String target, String value, String where) {
    Entity entity = entity(target, where);
    if (entity == null) {
      return;
    }
    Optional<Schema.Field> flag = Schema.type(entity.type).flatMap(t -> t.field(BratFormat.fieldName(name)))
        .filter(f -> f.kind() == Schema.FieldKind.FLAG);
    if (flag.isPresent()) {
      if (value != null) {
        problem(where, name + " takes no value, was " + quote(value));
      } else if (entity.values.putIfAbsent(flag.get().name(), "true") != null) {
        problem(where, entity.id + " has attribute " + name + " twice");
      }
      return;
    }
    if (name.equals(BratFormat.UNANCHORED)) {
      if (value != null) {
        problem(where, BratFormat.UNANCHORED + " takes no value, was " + quote(value));
      }
      entity.unanchored = true;
      return;
    }
    String field = BratFormat.fieldName(name);
    Optional<Schema.Field> declared = Schema.type(entity.type).flatMap(t -> t.field(field))
        .filter(f -> f.kind() == Schema.FieldKind.ENUM);
    if (Schema.type(entity.type).isPresent() && declared.isEmpty()) {
      problem(where, "unknown attribute " + quote(name) + " for a " + entity.type);
    } else if (value == null) {
      problem(where, "attribute " + name + " needs a value");
    } else if (declared.isPresent() && !declared.get().enumValues().contains(value)) {
      problem(where, "unknown " + name + " value " + quote(value) + "; one of "
          + String.join(", ", declared.get().enumValues()));
    } else if (entity.values.putIfAbsent(field, value) != null) {
      problem(where, entity.id + " has attribute " + name + " twice");
    }
  }

  private void normalisation(String target, String database, String key, String where) {
    Entity entity = entity(target, where);
    if (entity == null) {
      return;
    }
    if (!database.equals("Wikidata") || !key.matches("Q[1-9][0-9]*")) {
      problem(where, "unsupported normalisation " + quote(database + ":" + key) + "; newsclaims reads Wikidata:Q…");
    } else if (Schema.type(entity.type).flatMap(t -> t.field("sameAs")).isEmpty()) {
      problem(where, "a " + entity.type + " has no sameAs to normalise");
    } else {
      @SuppressWarnings("unchecked")
      List<String> sameAs = entity.values.get("sameAs") instanceof List<?> list ? new ArrayList<>((List<String>) list)
          : new ArrayList<>();
      boolean known = sameAs.stream().map(BratFormat.WIKIDATA::matcher)
          .anyMatch(uri -> uri.matches() && uri.group(1).equals(key));
      if (!known) {
        sameAs.add(BratFormat.WIKIDATA_ENTITY + key);
        entity.values.put("sameAs", List.copyOf(sameAs));
      }
    }
  }

  private void relation(String name, String from, String to, String where) {
    Optional<Schema.Role> role = Schema.bratRole(name);
    Entity source = entity(from, where);
    Entity target = entity(to, where);
    if (role.isEmpty()) {
      problem(where, "unknown relation type " + quote(name));
    } else if (source != null && target != null) {
      links.add(new Link(role.get().name(), from, to, where));
    }
  }

  private void note(String target, String note, String where) {
    Entity entity = entity(target, where);
    if (entity == null) {
      return;
    }
    if (!note.startsWith("{")) {
      String field = switch (entity.type) {
        case "Claim" -> "proposition";
        case "Actor" -> "name";
        case "Quantity" -> "measure";
        default -> null;
      };
      if (field == null) {
        problem(where, "a note on a " + entity.type + " must be a JSON object of its fields");
      } else if (entity.values.putIfAbsent(field, note) != null) {
        problem(where, entity.id + " has " + field + " twice");
      }
      return;
    }
    JsonNode object;
    try {
      object = JSON.readTree(note);
    } catch (JacksonException e) {
      problem(where, "note is not a JSON object: " + e.getOriginalMessage());
      return;
    }
    if (!object.isObject()) {
      problem(where, "note is not a JSON object");
      return;
    }
    for (Map.Entry<String, JsonNode> value : object.properties()) {
      Object read;
      if (value.getValue().isString()) {
        read = value.getValue().stringValue();
      } else if (value.getValue().isArray() && value.getValue().valueStream().allMatch(JsonNode::isString)) {
        read = value.getValue().valueStream().map(JsonNode::stringValue).toList();
      } else {
        problem(where, "note value " + value.getKey() + " must be a string or a list of strings");
        continue;
      }
      if (entity.values.putIfAbsent(value.getKey(), read) != null) {
        problem(where, entity.id + " has " + value.getKey() + " twice");
      }
    }
  }

  private Entity entity(String id, String where) {
    Entity entity = entities.get(id);
    if (entity == null) {
      problem(where, "refers to " + id + ", which is not a text-bound annotation of this file");
    }
    return entity;
  }

  private void problem(String where, String message) {
    problems.add(new FormatException.Problem(where, message));
  }

  private static String quote(String text) {
    return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
