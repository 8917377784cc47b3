package io.github.newsclaims.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AttributionTest {
  @Test
  void hearsayMayBeFaceless() {
    Attribution reportedly = Attribution.builder().mode(AttributionMode.UNNAMED_HEARSAY)
        .cue(TextSpan.of(0, 10, "reportedly")).commitment(Factuality.PROBABLY_SO).build();
    assertEquals(AttributionMode.UNNAMED_HEARSAY, reportedly.getMode());
  }

  @Test
  void namedModesNeedASource() {
    assertEquals("attribution of mode INDIRECT needs a source actor",
        assertThrows(IllegalArgumentException.class, () -> Attribution.builder().mode(AttributionMode.INDIRECT)
            .commitment(Factuality.CERTAINLY_SO).build()).getMessage());
  }

  @Test
  void authorialHopsHaveNoSourceAndACue() {
    assertEquals("attribution of mode AUTHORIAL has no source, was \"kcna\"",
        assertThrows(IllegalArgumentException.class, () -> Attribution.builder().mode(AttributionMode.AUTHORIAL)
            .source("kcna").commitment(Factuality.CERTAINLY_SO).build()).getMessage());
    assertEquals("attribution of mode AUTHORIAL has no source mention, was [0, 2) \"We\"",
        assertThrows(IllegalArgumentException.class, () -> Attribution.builder().mode(AttributionMode.AUTHORIAL)
            .sourceMention(TextSpan.of(0, 2, "We")).cue(TextSpan.of(3, 7, "have")).commitment(Factuality.CERTAINLY_SO)
            .build()).getMessage());
    assertEquals("attribution of mode AUTHORIAL needs a cue; without one, leave the hop out",
        assertThrows(IllegalArgumentException.class, () -> Attribution.builder().mode(AttributionMode.AUTHORIAL)
            .commitment(Factuality.CERTAINLY_SO).build()).getMessage());
    assertEquals("attribution of mode AUTHORIAL is never carried over",
        assertThrows(IllegalArgumentException.class, () -> Attribution.builder().mode(AttributionMode.AUTHORIAL)
            .cue(TextSpan.of(3, 7, "have")).commitment(Factuality.CERTAINLY_SO).carriedOver(true).build()).getMessage());
  }

  @Test
  void hopsCarryTheirOwnHedgesAndMayBeCarriedOver() {
    TextSpan suggests = TextSpan.of(10, 18, "suggests");
    Attribution hop = Attribution.builder().source("nis").mode(AttributionMode.INDIRECT).commitment(Factuality.POSSIBLY_SO)
        .addHedge(suggests).build();
    assertEquals(List.of(suggests), hop.getHedges());
    assertFalse(hop.isCarriedOver());
    assertTrue(Attribution.builder().from(hop).carriedOver(true).build().isCarriedOver());
    assertEquals("attribution hedges must not repeat a span, were [[10, 18) \"suggests\", [10, 18) \"suggests\"]",
        assertThrows(IllegalArgumentException.class, () -> Attribution.builder().from(hop).addHedge(suggests).build())
            .getMessage());
  }
}
