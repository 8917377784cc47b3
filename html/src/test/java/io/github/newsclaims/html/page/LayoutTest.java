package io.github.newsclaims.html.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.github.newsclaims.core.TextSpan;
import io.github.newsclaims.testing.Generators;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LayoutTest {
  private static Mark mark(String id, Role role, String text, int start, int end) {
    return new Mark(id, role, TextSpan.in(text, start, end), List.of(0), List.of("c1"), List.of("card-0"), null);
  }

  /** The nodes as bracketed text: {@code [id:...]} per fragment. */
  private static String show(List<Node> nodes) {
    StringBuilder out = new StringBuilder();
    for (Node node : nodes) {
      if (node.isText()) {
        out.append(node.text());
      } else {
        out.append('[').append(node.mark().id()).append(node.isFirst() ? "" : "'").append(':')
            .append(show(node.children())).append(']');
      }
    }
    return out.toString();
  }

  @Test
  void nestedSpansNest() {
    String text = "a reportedly big claim";
    List<Node> nodes = Layout.of(text, List.of(mark("e", Role.EVIDENCE, text, 0, 22),
        mark("h", Role.HEDGE, text, 2, 12)));
    assertEquals("[e:a [h:reportedly] big claim]", show(nodes));
  }

  @Test
  void aCrossingSpanIsSplitAtTheEndOfTheOneItStartsIn() {
    String text = "one two three";
    List<Node> nodes = Layout.of(text, List.of(mark("a", Role.EVIDENCE, text, 0, 7),
        mark("b", Role.EVIDENCE, text, 4, 13)));
    assertEquals("[a:one [b:two]][b': three]", show(nodes));
  }

  @Test
  void sameRangeNestsByRoleEvidenceOutermost() {
    String text = "about 15,000";
    List<Node> nodes = Layout.of(text, List.of(mark("x", Role.ESTIMATE, text, 0, 12),
        mark("y", Role.EVIDENCE, text, 0, 12)));
    assertEquals("[y:[x:about 15,000]]", show(nodes));
  }

  @Test
  void emojiStayWhole() {
    String text = "🚀🇰🇵 go";
    List<Node> nodes = Layout.of(text, List.of(mark("a", Role.EVIDENCE, text, 0, 2),
        mark("b", Role.HEDGE, text, 2, 6)));
    assertEquals("[a:🚀][b:🇰🇵] go", show(nodes));
  }

  /** For any spans over a generated text: the nodes spell the text, and each mark's fragments spell its span. */
  @Test
  void fragmentsAlwaysSpellTheirSpan() {
    qt().forAll(Generators.spansInText(), Generators.spansInText()).checkAssert((first, second) -> {
      String text = first.text();
      List<Mark> marks = new ArrayList<>();
      marks.add(mark("a", Role.EVIDENCE, text, first.span().getStart(), first.span().getEnd()));
      int start = Math.min(second.span().getStart(), text.length() - 1);
      int end = Math.min(second.span().getEnd(), text.length());
      if (start < end && !Character.isLowSurrogate(text.charAt(start))
          && !(end < text.length() && Character.isLowSurrogate(text.charAt(end)))) {
        marks.add(mark("b", Role.HEDGE, text, start, end));
      }
      List<Node> nodes = Layout.of(text, marks);
      Map<String, StringBuilder> spelled = new LinkedHashMap<>();
      assertEquals(text, spell(nodes, spelled));
      for (Mark mark : marks) {
        assertEquals(mark.span().getText(), spelled.get(mark.id()).toString(), mark.toString());
      }
    });
  }

  private static String spell(List<Node> nodes, Map<String, StringBuilder> spelled) {
    StringBuilder out = new StringBuilder();
    for (Node node : nodes) {
      if (node.isText()) {
        out.append(node.text());
      } else {
        String inner = spell(node.children(), spelled);
        spelled.computeIfAbsent(node.mark().id(), id -> new StringBuilder()).append(inner);
        out.append(inner);
      }
    }
    return out.toString();
  }
}
