package io.github.newsclaims.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ActorTest {
  private static Actor.Builder northKorea() {
    return Actor.builder().id("north-korea").name("North Korea").kind(ActorKind.STATE);
  }

  @Test
  void knowsItsAliases() {
    Actor actor = northKorea().addAlias("Pyongyang").build();
    assertEquals(List.of("North Korea", "Pyongyang"), actor.names());
    assertTrue(actor.isKnownAs("pyongyang"));
    assertFalse(actor.isKnownAs("Moscow"));
  }

  @Test
  void rejectsABlankId() {
    assertEquals("actor id must not be blank, was \" \"",
        assertThrows(IllegalArgumentException.class, () -> northKorea().id(" ").build()).getMessage());
  }

  @Test
  void rejectsAnAliasEqualToTheName() {
    assertEquals("actor north-korea names (name and aliases, ignoring case) must not repeat \"North Korea\"",
        assertThrows(IllegalArgumentException.class, () -> northKorea().addAlias("North Korea").build()).getMessage());
    assertEquals("actor north-korea names (name and aliases, ignoring case) must not repeat \"PYONGYANG\"",
        assertThrows(IllegalArgumentException.class,
            () -> northKorea().addAliases("Pyongyang", "PYONGYANG").build()).getMessage());
  }

  @Test
  void comparesNamesOneWayWhenCheckingAndWhenLookingUp() {
    // Names that equalsIgnoreCase finds equal are refused as repeats, so a lookup never matches two.
    for (String[] pair : new String[][] {{"Kaſsel", "Kassel"}, {"İstanbul", "istanbul"}, {"ǅemal", "ǆemal"}}) {
      Actor.Builder actor = Actor.builder().id("a").name(pair[0]).kind(ActorKind.PERSON).addAlias(pair[1]);
      assertTrue(Actor.builder().id("b").name(pair[0]).kind(ActorKind.PERSON).build().isKnownAs(pair[1]), pair[1]);
      assertEquals("actor a names (name and aliases, ignoring case) must not repeat \"" + pair[1] + "\"",
          assertThrows(IllegalArgumentException.class, actor::build).getMessage());
    }
  }

  @Test
  void refusesNullAsANameToLookUp() {
    assertEquals("name", assertThrows(NullPointerException.class, () -> northKorea().build().isKnownAs(null)).getMessage());
  }

  @Test
  void rejectsABlankAffiliation() {
    assertEquals("actor north-korea affiliation must not be blank, was \" \"",
        assertThrows(IllegalArgumentException.class, () -> northKorea().affiliation(" ").build()).getMessage());
  }

  @Test
  void rejectsAffiliationWithItself() {
    assertEquals("actor north-korea affiliation must not be the actor itself",
        assertThrows(IllegalArgumentException.class, () -> northKorea().affiliation("north-korea").build()).getMessage());
  }

  @Test
  void reportsAMissingRequiredAttribute() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Actor.builder().id("x").name("X").build());
    assertTrue(e.getMessage().contains("[kind]"), e.getMessage());
  }

  @Test
  void copiesThroughTheBuilder() {
    Actor actor = northKorea().addAlias("Pyongyang").build();
    assertEquals(actor, Actor.builder().from(actor).build());
    assertEquals("Actor{id=north-korea, name=North Korea, kind=STATE, aliases=[Pyongyang], sameAs=[]}", actor.toString());
  }

  @Test
  void findsTheWikidataIdAmongItsSameAs() {
    Actor actor = northKorea().addSameAs(URI.create("https://www.mfa.gov.kp/"),
        URI.create("http://www.wikidata.org/entity/Q423")).build();
    assertEquals(Optional.of("Q423"), actor.wikidataId());
    assertEquals(Optional.of("Q7747"), northKorea().addSameAs(URI.create("https://www.wikidata.org/wiki/Q7747")).build()
        .wikidataId());
    assertEquals(Optional.empty(), northKorea().addSameAs(URI.create("https://www.mfa.gov.kp/")).build().wikidataId());
    assertEquals(Optional.empty(), northKorea().addSameAs(URI.create("http://www.wikidata.org/entity/P31")).build()
        .wikidataId());
    assertEquals(Optional.empty(), northKorea().build().wikidataId());
  }

  /** Wikidata answers on three host names, any case; another host with a Wikidata-like path is not Wikidata. */
  @Test
  void knowsWikidataByItsHostNames() {
    assertEquals(Optional.of("Q42"), northKorea().addSameAs(URI.create("https://wikidata.org/wiki/Q42")).build().wikidataId());
    assertEquals(Optional.of("Q43"), northKorea().addSameAs(URI.create("https://m.wikidata.org/wiki/Q43")).build().wikidataId());
    assertEquals(Optional.of("Q44"), northKorea().addSameAs(URI.create("https://WWW.Wikidata.org/entity/Q44")).build().wikidataId());
    assertEquals(Optional.empty(), northKorea().addSameAs(URI.create("https://example.org/entity/Q5"),
        URI.create("https://example.org/wiki/Q6")).build().wikidataId());
    assertEquals(Optional.of("Q7"), northKorea().addSameAs(URI.create("urn:isbn:0451450523"),
        URI.create("https://example.org/wiki/Q6"), URI.create("https://www.wikidata.org/wiki/Q7")).build().wikidataId());
  }

  @Test
  void rejectsARelativeOrRepeatedSameAs() {
    assertEquals("actor north-korea sameAs must hold absolute URIs (with a scheme such as http:), was \"Q423\"",
        assertThrows(IllegalArgumentException.class, () -> northKorea().addSameAs(URI.create("Q423")).build())
            .getMessage());
    URI q423 = URI.create("http://www.wikidata.org/entity/Q423");
    assertEquals("actor north-korea sameAs must not repeat \"http://www.wikidata.org/entity/Q423\"",
        assertThrows(IllegalArgumentException.class, () -> northKorea().addSameAs(q423, q423).build()).getMessage());
  }
}
