package io.github.newsclaims.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlaceTest {
  @Test
  void namesThePlaceAndWhereTheTextGivesIt() {
    Place kursk = Place.builder().name("Kursk region").mention(TextSpan.of(10, 27, "the Kursk region"+"."))
        .addSameAs(URI.create("http://www.wikidata.org/entity/Q1749")).build();
    assertEquals("Kursk region", kursk.getName());
    assertEquals(Optional.of("Q1749"), kursk.wikidataId());
    assertEquals(Optional.empty(), Place.of("near the northern border").wikidataId());
  }

  @Test
  void rejectsABlankNameAndARelativeSameAs() {
    assertEquals("place name must not be blank, was \"\"",
        assertThrows(IllegalArgumentException.class, () -> Place.of("")).getMessage());
    assertEquals("place \"Kursk\" sameAs must hold absolute URIs (with a scheme such as http:), was \"Q1749\"",
        assertThrows(IllegalArgumentException.class,
            () -> Place.builder().name("Kursk").addSameAs(URI.create("Q1749")).build()).getMessage());
  }
}
