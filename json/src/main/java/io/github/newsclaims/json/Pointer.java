package io.github.newsclaims.json;

import java.util.ArrayDeque;
import java.util.Deque;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;

/**
 * A JSON Pointer (RFC 6901) to a value of the document being read, built while descending. The
 * text is assembled only when a problem is reported, so the happy path allocates no strings.
 *
 * <p>Reading an object or an array does not make a pointer per member or element: it makes one
 * {@linkplain #cursor() cursor}, a pointer below its own that it {@linkplain #moveTo(String) moves}
 * from member to member. A cursor is only good while its reader is on that member, which is all a
 * reader needs: {@link Problems} turns a pointer into its text the moment a problem is recorded,
 * and nothing else keeps one. The cursor below a cursor is made once and reused, so cursors, like
 * the parser's own contexts, number the levels of nesting, not the values read; a cursor belongs
 * to one read, on one thread. Pointers made by {@link #property(String)} and {@link #index(int)}
 * are fixed.
 */
final class Pointer implements Comparable<Pointer> {
  /** The whole document: the empty pointer. */
  static final Pointer ROOT = new Pointer(null, null, -1, "");

  private final Pointer parent;
  private String name;
  private int index;
  private String text;
  private final boolean cursor;
  /** The cursor below this cursor, made on first use and reused for every member or element after. */
  private Pointer child;

  private Pointer(Pointer parent, String name, int index, String text) {
    this(parent, name, index, text, false);
  }

  private Pointer(Pointer parent, String name, int index, String text, boolean cursor) {
    this.parent = parent;
    this.name = name;
    this.index = index;
    this.text = text;
    this.cursor = cursor;
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

  /**
   * A cursor below this pointer, not yet on any member or element: one per object or array read,
   * {@linkplain #moveTo(String) moved} to each of its members or elements in turn.
   */
  Pointer cursor() {
    if (!cursor) {
      // A fixed pointer may be shared (ROOT is): its cursors are made per read.
      return new Pointer(this, null, -1, null, true);
    }
    // Below a cursor, one cursor serves every object or array read there in turn: each is moved
    // before it is used, and a read never outlives the member or element it reads. So a document
    // of a million objects makes a cursor per level of nesting, not per object.
    if (child == null) {
      child = new Pointer(this, null, -1, null, true);
    }
    return child;
  }

  /** Moves this cursor to the property {@code name} of its parent; returns it. */
  Pointer moveTo(String name) {
    assert cursor : "only a cursor moves";
    this.name = name;
    this.index = -1;
    this.text = null;
    return this;
  }

  /** Moves this cursor to element {@code index} of its parent; returns it. */
  Pointer moveTo(int index) {
    assert cursor : "only a cursor moves";
    this.name = null;
    this.index = index;
    this.text = null;
    return this;
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
