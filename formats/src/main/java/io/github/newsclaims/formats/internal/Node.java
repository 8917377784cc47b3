package io.github.newsclaims.formats.internal;

import io.github.newsclaims.core.TextSpan;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One annotation of the format-neutral layer graph: its type (a {@link Schema} type name), the
 * span it covers if any, and its values — strings, or lists of strings for list fields.
 *
 * @param id identifier unique within its graph
 * @param type the schema type name, e.g. {@code Claim}
 * @param span the text covered, or empty for annotations without a place in the text (actors)
 * @param values field name to a {@code String} or {@code List<String>}, in schema order
 * @param where where the annotation was read from, for messages: {@code line 3 (T2)}
 */
public record Node(String id, String type, Optional<TextSpan> span, Map<String, Object> values, String where) {
  /**
   * Copies the values.
   *
   * @param id identifier unique within its graph
   * @param type the schema type name
   * @param span the text covered, or empty
   * @param values field name to a {@code String} or {@code List<String>}, copied
   * @param where where the annotation was read from, for messages
   */
  public Node {
    values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /**
   * The string value of a field, if present.
   *
   * @param field a field name of the node's type
   * @return its string value, or empty when absent
   */
  public Optional<String> text(String field) {
    Object value = values.get(field);
    return value instanceof String s ? Optional.of(s) : Optional.empty();
  }

  /**
   * The list value of a field, empty if absent.
   *
   * @param field a list field name of the node's type
   * @return its list value; empty when absent
   */
  @SuppressWarnings("unchecked")
  public List<String> list(String field) {
    Object value = values.get(field);
    return value instanceof List<?> list ? (List<String>) list : List.of();
  }
}
