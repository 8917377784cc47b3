package io.github.newsclaims.json;

import io.github.newsclaims.json.NewsClaimsJsonException.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;

/**
 * One parsed JSON value, a minimal tree that the mappings read with pointers in hand. Numbers keep
 * their text, so an integer property can tell {@code 3} from {@code 3.5} exactly and a number
 * property parses the shortest text the writer wrote back into the same {@code double}.
 */
sealed interface JsonValue {
  /**
   * An object; its members in document order, names unique. Objects of the format have at most
   * eleven members and are read in the order they are written, so members live in two arrays and
   * are found by looking first where the last lookup left off; a large object (only ever a wrong
   * one) gets a hash index, so that no input makes reading quadratic.
   */
  final class Obj implements JsonValue {
    private static final int INDEXED = 16;

    private String[] names = new String[4];
    private JsonValue[] values = new JsonValue[4];
    private int size;
    private int cursor;
    private Map<String, Integer> index;

    /** The number of members. */
    int size() {
      return size;
    }

    /** The name of member {@code i}, in document order. */
    String name(int i) {
      return names[i];
    }

    /** The value of the member {@code name}, or {@code null} if there is none. */
    JsonValue get(String name) {
      if (index != null) {
        Integer i = index.get(name);
        return i == null ? null : values[i];
      }
      for (int n = 0, i = cursor; n < size; n++, i = i + 1 == size ? 0 : i + 1) {
        if (names[i].equals(name)) {
          cursor = i + 1 == size ? 0 : i + 1;
          return values[i];
        }
      }
      return null;
    }

    /** Whether there is a member {@code name}. */
    boolean has(String name) {
      return index != null ? index.containsKey(name) : get(name) != null;
    }

    /** Adds a member whose name is not yet taken. */
    void add(String name, JsonValue value) {
      if (size == names.length) {
        // Not Arrays.copyOf, which makes a JsonValue[] reflectively.
        String[] moreNames = new String[size * 2];
        JsonValue[] moreValues = new JsonValue[size * 2];
        System.arraycopy(names, 0, moreNames, 0, size);
        System.arraycopy(values, 0, moreValues, 0, size);
        names = moreNames;
        values = moreValues;
      }
      names[size] = name;
      values[size] = value;
      if (index != null) {
        index.put(name, size);
      } else if (size + 1 == INDEXED) {
        index = new HashMap<>();
        for (int i = 0; i <= size; i++) {
          index.put(names[i], i);
        }
      }
      size++;
      cursor = 0;
    }
  }

  /** An array. */
  record Arr(List<JsonValue> elements) implements JsonValue {}

  /** A string. */
  record Str(String value) implements JsonValue {}

  /** A number, as written. */
  record Num(String text) implements JsonValue {}

  /** {@code true} or {@code false}. */
  record Bool(boolean value) implements JsonValue {}

  /** {@code null}. */
  record Null() implements JsonValue {}

  /** The value in words for a message: {@code an object}, {@code a string ("abc")}, {@code null}. */
  default String describe() {
    if (this instanceof Obj) {
      return "an object";
    } else if (this instanceof Arr) {
      return "an array";
    } else if (this instanceof Str s) {
      String v = s.value();
      return "a string (" + Text.quote(v) + ")";
    } else if (this instanceof Num n) {
      return "a number (" + (n.text().length() > 40 ? n.text().substring(0, 37) + "..." : n.text()) + ")";
    } else if (this instanceof Bool b) {
      return String.valueOf(b.value());
    }
    return "null";
  }

  /**
   * Reads the value the parser stands on (its first token, or a property name inside an object
   * whose start was consumed) and leaves the parser on the value's last token.
   *
   * @throws NewsClaimsJsonException for a syntax error, a duplicate property or a read limit
   */
  static JsonValue read(JsonParser parser) {
    try {
      return value(parser);
    } catch (StreamConstraintsException e) {
      throw Problems.single(Kind.LIMIT, Pointer.at(parser), Text.jacksonMessage(e, parser), 0);
    } catch (StreamReadException e) {
      throw Problems.single(Kind.SYNTAX, Pointer.at(parser), Text.jacksonMessage(e, parser), 0);
    }
  }

  private static JsonValue value(JsonParser p) {
    JsonToken token = p.currentToken();
    if (token == null) {
      throw syntax(p, "expected a JSON value, found the end of the input");
    }
    return switch (token) {
      case START_OBJECT -> members(p, p.nextToken());
      case PROPERTY_NAME -> members(p, token);
      case START_ARRAY -> {
        List<JsonValue> elements = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          elements.add(value(p));
        }
        yield new Arr(elements);
      }
      case VALUE_STRING -> new Str(p.getString());
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new Num(p.getString());
      case VALUE_TRUE -> new Bool(true);
      case VALUE_FALSE -> new Bool(false);
      case VALUE_NULL -> new Null();
      default -> throw syntax(p, "unexpected token " + token);
    };
  }

  private static Obj members(JsonParser p, JsonToken first) {
    Obj members = new Obj();
    for (JsonToken token = first; token == JsonToken.PROPERTY_NAME; token = p.nextToken()) {
      String name = p.currentName();
      if (members.has(name)) {
        // Checked here rather than by the parser so that a mapper configured by the caller is as strict.
        throw syntax(p, "duplicate property " + Text.quote(name));
      }
      p.nextToken();
      members.add(name, value(p));
    }
    return members;
  }

  private static StreamReadException syntax(JsonParser p, String message) {
    return new StreamReadException(p, message, p.currentTokenLocation());
  }

  /** The location for a message, e.g. {@code line 3, column 17}, or empty when unknown. */
  static String location(TokenStreamLocation at) {
    if (at == null || at.getLineNr() < 1) {
      return "";
    }
    return " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
  }
}
