package io.github.newsclaims.core.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsclaims.core.AttributionMode;
import io.github.newsclaims.core.Factuality;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CuesTest {
  @Test
  void theDocumentedDefaults() {
    assertEquals(Optional.of(Factuality.CERTAINLY_SO), Cues.commitment("said"));
    assertEquals(Optional.of(Factuality.CERTAINLY_SO), Cues.commitment("According to"));
    assertEquals(Optional.of(Factuality.PROBABLY_SO), Cues.commitment("believes"));
    assertEquals(Optional.of(Factuality.PROBABLY_SO), Cues.commitment("estimates"));
    assertEquals(Optional.of(Factuality.POSSIBLY_SO), Cues.commitment("suggests"));
    assertEquals(Optional.of(Factuality.POSSIBLY_SO), Cues.commitment("could"));
    assertEquals(Optional.of(Factuality.CERTAINLY_NOT), Cues.commitment("denied"));
    assertEquals(Optional.empty(), Cues.commitment("whispered"));
  }

  @Test
  void modesAndFactivity() {
    assertEquals(Optional.of(AttributionMode.ACCORDING_TO), Cues.mode("according to"));
    assertEquals(Optional.of(AttributionMode.UNNAMED_HEARSAY), Cues.mode("reportedly"));
    assertEquals(Optional.of(AttributionMode.PARTIAL_QUOTE), Cues.mode("calling"));
    assertEquals(Optional.empty(), Cues.mode("could"));
    assertTrue(Cues.find("could").orElseThrow().isHedgeOnly());
    assertTrue(Cues.isFactive("acknowledged"));
    assertFalse(Cues.isFactive("stating"));
  }

  @Test
  void aLongerCueFindsTheLongestFormItHoldsAsWholeWords() {
    assertEquals("suggest", Cues.find("also suggests").orElseThrow().lemma());
    assertEquals("report", Cues.find("growing reports").orElseThrow().lemma());
    assertEquals("according to", Cues.find("according  to").orElseThrow().lemma());
    assertEquals(Optional.empty(), Cues.find("saying-so"));
  }

  @Test
  void everyFormBelongsToOneRow() {
    Set<String> forms = new HashSet<>();
    for (Cue cue : Cues.all()) {
      assertFalse(cue.forms().isEmpty(), cue.lemma());
      for (String form : cue.forms()) {
        assertTrue(forms.add(form), "form " + form + " is in two rows");
        assertEquals(form, Cues.normalise(form), "forms are written normalised");
      }
    }
    assertTrue(Cues.all().size() >= 30, "rows: " + Cues.all().size());
  }
}
