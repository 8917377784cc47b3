package io.github.newsclaims.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlaceTest {
  @Test
  void namesThePlaceAndWhereTheTextGivesIt() {
    Place russia = Place.builder().name("Russia").mention(TextSpan.of(10, 16, "Russia"))
        .addSameAs(URI.create("http://www.wikidata.org/entity/Q159")).build();
    assertEquals("Russia", russia.getName());
    assertEquals(Optional.of("Q159"), russia.wikidataId());
    assertEquals(Optional.of(TextSpan.of(10, 16, "Russia")), russia.getMention());
    assertEquals(Optional.empty(), Place.of("near the northern border").wikidataId());
  }

  @Test
  void rejectsABlankNameAndARelativeSameAs() {
    assertEquals("place name must not be blank, was \"\"",
        assertThrows(IllegalArgumentException.class, () -> Place.of("")).getMessage());
    assertEquals("place \"Kursk\" sameAs must hold absolute URIs (with a scheme such as http:), was \"Q159\"",
        assertThrows(IllegalArgumentException.class,
            () -> Place.builder().name("Kursk").addSameAs(URI.create("Q159")).build()).getMessage());
  }
}
