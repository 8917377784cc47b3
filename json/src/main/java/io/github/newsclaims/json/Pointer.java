package io.github.newsclaims.json;

import java.util.ArrayDeque;
import java.util.Deque;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;

/**
 * A JSON Pointer (RFC 6901) to a value of the document being read, built while descending. The
 * text is assembled only when a problem is reported, so the happy path allocates one small node
 * per value and no strings.
 */
final class Pointer implements Comparable<Pointer> {
  /** The whole document: the empty pointer. */
  static final Pointer ROOT = new Pointer(null, null, -1, "");

  private final Pointer parent;
  private final String name;
  private final int index;
  private String text;

  private Pointer(Pointer parent, String name, int index, String text) {
    this.parent = parent;
    this.name = name;
    this.index = index;
    this.text = text;
  }

  /** A pointer given as text, e.g. the position of a value inside a caller's larger document. */
  static Pointer of(String pointer) {
    return pointer.isEmpty() ? ROOT : new Pointer(null, null, -1, pointer);
  }

  /** Where the parser stands: the current value, or the current property of an object. */
  static Pointer at(JsonParser parser) {
    return of(parser.streamReadContext().pathAsPointer().toString());
  }

  /**
   * The pointer of the value a deserializer is asked to read: the value the parser stands on, or
   * the object whose start token a caller already consumed when the parser stands on a property name.
   */
  static Pointer ofValue(JsonParser parser) {
    TokenStreamContext context = parser.streamReadContext();
    if (parser.currentToken() == JsonToken.PROPERTY_NAME && context.getParent() != null) {
      context = context.getParent();
    }
    return of(context.pathAsPointer().toString());
  }

  /** The pointer to the property {@code name} of the object this points to. */
  Pointer property(String name) {
    return new Pointer(this, name, -1, null);
  }

  /** The pointer to element {@code index} of the array this points to. */
  Pointer index(int index) {
    return new Pointer(this, null, index, null);
  }

  /** Whether this is the whole document. */
  boolean isRoot() {
    return toString().isEmpty();
  }

  /** The RFC 6901 text, e.g. {@code /claims/3/estimates/0/interval}; empty for the whole document. */
  @Override
  public String toString() {
    if (text == null) {
      StringBuilder out = new StringBuilder();
      Deque<Pointer> chain = new ArrayDeque<>();
      Pointer p = this;
      while (p.text == null) {
        chain.push(p);
        p = p.parent;
      }
      out.append(p.text);
      for (Pointer step : chain) {
        out.append('/');
        if (step.name != null) {
          out.append(step.name.replace("~", "~0").replace("/", "~1"));
        } else {
          out.append(step.index);
        }
      }
      text = out.toString();
    }
    return text;
  }

  /** Orders pointers segment by segment, array indexes numerically, so problems read in document order. */
  @Override
  public int compareTo(Pointer other) {
    String[] a = toString().split("/", -1);
    String[] b = other.toString().split("/", -1);
    for (int i = 0; i < Math.min(a.length, b.length); i++) {
      int c = compareSegments(a[i], b[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.length, b.length);
  }

  private static int compareSegments(String a, String b) {
    boolean numbers = isIndex(a) && isIndex(b);
    return numbers ? Integer.compare(Integer.parseInt(a), Integer.parseInt(b)) : a.compareTo(b);
  }

  private static boolean isIndex(String segment) {
    return !segment.isEmpty() && segment.length() < 10 && segment.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Pointer pointer && toString().equals(pointer.toString());
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
  }
}
