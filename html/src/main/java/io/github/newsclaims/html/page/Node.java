package io.github.newsclaims.html.page;

import java.util.ArrayList;
import java.util.List;

/**
 * A piece of the marked-up article text: either plain text, or one fragment of a {@link Mark}
 * holding further nodes. A mark that crosses the end of another is split into fragments, so that
 * the elements nest as HTML requires; the fragments of one mark share its id and together cover
 * exactly its text.
 */
final class Node {
  private final String text;
  private final Mark mark;
  private final int part;
  private final List<Node> children;

  private Node(String text, Mark mark, int part) {
    this.text = text;
    this.mark = mark;
    this.part = part;
    this.children = mark == null ? List.of() : new ArrayList<>();
  }

  static Node text(String text) {
    return new Node(text, null, 0);
  }

  static Node fragment(Mark mark, int part) {
    return new Node(null, mark, part);
  }

  /** Whether this is plain text rather than a fragment of a mark. */
  boolean isText() {
    return mark == null;
  }

  /** The plain text; {@code null} for a fragment. */
  String text() {
    return text;
  }

  /** The mark this is a fragment of; {@code null} for plain text. */
  Mark mark() {
    return mark;
  }

  /** Which fragment of its mark this is, from 0; only the first is a stop for the Tab key. */
  int part() {
    return part;
  }

  /** Whether this is the first fragment of its mark. */
  boolean isFirst() {
    return part == 0;
  }

  /** The nodes inside this fragment. */
  List<Node> children() {
    return children;
  }
}
