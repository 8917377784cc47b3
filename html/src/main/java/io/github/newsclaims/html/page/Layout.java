package io.github.newsclaims.html.page;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Lays marks over a text as properly nested nodes. Marks nest and overlap freely in the model (a
 * hedge inside evidence inside another claim's evidence, two claims' evidence crossing); HTML
 * elements must nest. Walking the text from boundary to boundary with a stack of open fragments,
 * a mark that must close while marks opened inside it are still open closes them first and
 * reopens them as continuation fragments. Every boundary lies on a span boundary, and spans never
 * cut a surrogate pair, so no text node splits an emoji.
 */
final class Layout {
  /** Outer before inner: earlier start, then later end, then the role's nesting order. */
  private static final Comparator<Mark> OPENING = Comparator.comparingInt(Mark::start)
      .thenComparing(Comparator.comparingInt(Mark::end).reversed())
      .thenComparing(Mark::role);

  private Layout() {}

  /** The text with the marks laid over it, as top-level nodes. */
  static List<Node> of(String text, List<Mark> marks) {
    List<Mark> sorted = new ArrayList<>(marks);
    sorted.sort(OPENING);
    TreeSet<Integer> boundaries = new TreeSet<>();
    boundaries.add(0);
    boundaries.add(text.length());
    for (Mark mark : sorted) {
      boundaries.add(mark.start());
      boundaries.add(mark.end());
    }

    List<Node> roots = new ArrayList<>();
    Deque<Node> open = new ArrayDeque<>();
    int[] parts = new int[sorted.size()];
    Map<Mark, Integer> index = new IdentityHashMap<>();
    for (int i = 0; i < sorted.size(); i++) {
      index.put(sorted.get(i), i);
    }
    int next = 0;
    Integer at = boundaries.first();
    while (at != null) {
      int position = at;
      close(open, position, roots, parts, index);
      while (next < sorted.size() && sorted.get(next).start() == position) {
        Mark mark = sorted.get(next++);
        Node fragment = Node.fragment(mark, parts[index.get(mark)]++);
        add(open, roots, fragment);
        open.push(fragment);
      }
      Integer following = boundaries.higher(position);
      if (following != null) {
        add(open, roots, Node.text(text.substring(position, following)));
      }
      at = following;
    }
    return roots;
  }

  /** Closes the marks ending at {@code position}, reopening those opened inside them that go on. */
  private static void close(Deque<Node> open, int position, List<Node> roots, int[] parts,
      Map<Mark, Integer> index) {
    long ending = open.stream().filter(node -> node.mark().end() == position).count();
    if (ending == 0) {
      return;
    }
    Deque<Mark> reopen = new ArrayDeque<>();
    while (ending > 0) {
      Node top = open.pop();
      if (top.mark().end() == position) {
        ending--;
      } else {
        reopen.push(top.mark());
      }
    }
    // Outermost first, as they were opened.
    for (Mark mark : reopen) {
      Node fragment = Node.fragment(mark, parts[index.get(mark)]++);
      add(open, roots, fragment);
      open.push(fragment);
    }
  }

  private static void add(Deque<Node> open, List<Node> roots, Node node) {
    if (open.isEmpty()) {
      roots.add(node);
    } else {
      open.peek().children().add(node);
    }
  }
}
