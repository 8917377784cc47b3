package io.github.newsclaims.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AttributionTest {
  private static Claim claimWith(Attribution... hops) {
    return Claim.builder().id("c1").proposition("p").kind(ClaimKind.STATEMENT).factuality(Factuality.UNDERSPECIFIED)
        .addEvidence(TextSpan.of(0, 1, "p")).addAttribution(hops).build();
  }

  @Test
  void hearsayIsTheOnlyReportedModeThatMayBeFaceless() {
    Attribution reportedly = Attribution.builder().mode(AttributionMode.UNNAMED_HEARSAY)
        .cue(TextSpan.of(0, 10, "reportedly")).commitment(Factuality.PROBABLY_SO).build();
    // A faceless hop adds no source to the chain, yet the claim is still not the article's own.
    Claim claim = claimWith(reportedly);
    assertEquals(List.of(), claim.sources());
    assertFalse(claim.isAuthorial());
    assertEquals(Optional.of(reportedly), claim.innermostAttribution());
    // Every other reported mode needs a source actor, and the message names the mode.
    for (AttributionMode mode : AttributionMode.values()) {
      if (mode == AttributionMode.UNNAMED_HEARSAY || mode == AttributionMode.AUTHORIAL) {
        continue;
      }
      assertEquals("attribution of mode " + mode + " needs a source actor",
          assertThrows(IllegalArgumentException.class, () -> Attribution.builder().mode(mode)
              .commitment(Factuality.CERTAINLY_SO).build()).getMessage());
      assertEquals(List.of("kcna"), claimWith(Attribution.builder().mode(mode).source("kcna")
          .commitment(Factuality.CERTAINLY_SO).build()).sources());
    }
  }

  @Test
  void refusesABlankSourceByName() {
    assertEquals("attribution source must not be blank, was \" \"",
        assertThrows(IllegalArgumentException.class, () -> Attribution.builder().mode(AttributionMode.INDIRECT)
            .source(" ").commitment(Factuality.CERTAINLY_SO).build()).getMessage());
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
    // With a cue and nothing else it is the article's own voice: the claim stays authorial.
    Attribution weHave = Attribution.builder().mode(AttributionMode.AUTHORIAL).cue(TextSpan.of(3, 7, "have"))
        .commitment(Factuality.CERTAINLY_SO).build();
    assertTrue(claimWith(weHave).isAuthorial());
    assertEquals(List.of(), claimWith(weHave).sources());
  }

  @Test
  void aHopIsStatedInItsSentenceUnlessSaidToBeCarriedOver() {
    Attribution stated = Attribution.builder().source("nis").mode(AttributionMode.INDIRECT)
        .commitment(Factuality.POSSIBLY_SO).build();
    assertFalse(stated.isCarriedOver());
    assertEquals(List.of(), stated.getHedges());
    Attribution carried = Attribution.builder().from(stated).carriedOver(true).build();
    assertTrue(carried.isCarriedOver());
    // Carrying over is part of the value: the same words, restated or inherited, are different hops.
    assertNotEquals(stated, carried);
    assertEquals(stated, Attribution.builder().from(carried).carriedOver(false).build());
    assertEquals(stated.hashCode(), Attribution.builder().from(carried).carriedOver(false).build().hashCode());
  }

  @Test
  void hopsCarryTheirOwnHedgesEachOnce() {
    TextSpan suggests = TextSpan.of(10, 18, "suggests");
    TextSpan potentially = TextSpan.of(30, 41, "potentially");
    Attribution hop = Attribution.builder().source("nis").mode(AttributionMode.INDIRECT).commitment(Factuality.POSSIBLY_SO)
        .addHedge(suggests).build();
    // A hop's hedge is its own: the claim's article-voice hedges stay empty.
    assertEquals(List.of(), claimWith(hop).getHedges());
    assertNotEquals(hop, Attribution.builder().from(hop).addHedge(potentially).build());
    assertEquals("attribution hedges must not repeat a span, were [[10, 18) \"suggests\", [10, 18) \"suggests\"]",
        assertThrows(IllegalArgumentException.class, () -> Attribution.builder().from(hop).addHedge(suggests).build())
            .getMessage());
    // The same word at another place is another hedge.
    assertEquals(2, Attribution.builder().from(hop).addHedge(TextSpan.of(50, 58, "suggests")).build().getHedges().size());
  }
}
