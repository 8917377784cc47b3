package io.github.newsclaims.json;

import io.github.newsclaims.json.JsonValue.Arr;
import io.github.newsclaims.json.JsonValue.Obj;
import io.github.newsclaims.json.NewsClaimsJsonException.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads the properties of one JSON object strictly: each property a mapping asks for is checked
 * and read with its pointer; any property it did not ask for is reported as unknown. Problems are
 * recorded, not thrown, so one pass finds all of them; {@link #build} then calls the model's
 * builder only if everything below was read, and turns a broken invariant into a problem at this
 * object.
 */
final class PropertyReader {
  private final Obj members;
  private final Pointer at;
  private final Problems problems;
  private final int problemsBefore;
  /** The names asked for, for the message about an unknown property. */
  private final List<String> known = new ArrayList<>(12);
  /** How many of the names asked for are present: when all members are, none is unknown. */
  private int found;

  private PropertyReader(Obj members, Pointer at, Problems problems) {
    this.members = members;
    this.at = at;
    this.problems = problems;
    this.problemsBefore = problems.count();
  }

  /** A reader for {@code value}, or {@code null} after reporting that it is not an object. */
  static PropertyReader of(JsonValue value, Pointer at, Problems problems) {
    if (value instanceof Obj object) {
      return new PropertyReader(object, at, problems);
    }
    problems.add(Kind.SHAPE, at, "must be an object, was " + value.describe());
    return null;
  }

  /** The property {@code name}, which must be present; {@code null} after a problem. */
  <T> T required(String name, Mapping.Read<T> read) {
    JsonValue value = lookup(name);
    if (value == null) {
      problems.add(Kind.SHAPE, at, "missing required property " + Text.quote(name));
      return null;
    }
    return read.read(value, at.property(name), problems);
  }

  /** The property {@code name} if present; empty when absent or after a problem. */
  <T> Optional<T> optional(String name, Mapping.Read<T> read) {
    JsonValue value = lookup(name);
    return value == null ? Optional.empty() : Optional.ofNullable(read.read(value, at.property(name), problems));
  }

  /** The array property {@code name}, empty when absent; elements that fail are left out after a problem. */
  <T> List<T> list(String name, Mapping.Read<T> read) {
    JsonValue value = lookup(name);
    return value == null ? List.of() : elements(value, at.property(name), read);
  }

  /** The array property {@code name}, which must be present. */
  <T> List<T> requiredList(String name, Mapping.Read<T> read) {
    JsonValue value = lookup(name);
    if (value == null) {
      problems.add(Kind.SHAPE, at, "missing required property " + Text.quote(name));
      return List.of();
    }
    return elements(value, at.property(name), read);
  }

  private <T> List<T> elements(JsonValue value, Pointer listAt, Mapping.Read<T> read) {
    if (!(value instanceof Arr array)) {
      problems.add(Kind.SHAPE, listAt, "must be an array, was " + value.describe());
      return List.of();
    }
    List<T> out = new ArrayList<>(array.elements().size());
    for (int i = 0; i < array.elements().size(); i++) {
      T element = read.read(array.elements().get(i), listAt.index(i), problems);
      if (element != null) {
        out.add(element);
      }
    }
    return out;
  }

  private JsonValue lookup(String name) {
    known.add(name);
    JsonValue value = members.get(name);
    if (value != null) {
      found++;
    }
    return value;
  }

  /** Reports a problem of this object's own, e.g. an unsupported format. */
  void problem(Kind kind, String name, String message) {
    problems.add(kind, at.property(name), message);
  }

  /**
   * Reports unknown properties, then builds the value if nothing below this object failed.
   *
   * @return the value, or {@code null} if a problem was found here or below, or the builder refused
   */
  <T> T build(Supplier<T> builder) {
    for (int i = 0; found < members.size() && i < members.size(); i++) {
      String name = members.name(i);
      if (!known.contains(name)) {
        problems.add(Kind.SHAPE, at.property(name), "unknown property " + Text.quote(name)
            + "; known properties are " + String.join(", ", known));
      }
    }
    if (problems.count() > problemsBefore) {
      return null;
    }
    try {
      return builder.get();
    } catch (IllegalArgumentException | IllegalStateException e) {
      problems.add(Kind.INVARIANT, at, e.getMessage() == null ? "refused by the model" : e.getMessage());
      return null;
    }
  }
}
