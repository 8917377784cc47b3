package io.github.newsclaims.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PointerTest {
  @Test
  void escapesTildeAndSlashAsRfc6901Says() {
    assertEquals("/a~1b/c~0d/0", Pointer.ROOT.property("a/b").property("c~d").index(0).toString());
    assertEquals("", Pointer.ROOT.toString());
    assertTrue(Pointer.ROOT.isRoot());
  }

  @Test
  void extendsAPointerGivenAsText() {
    assertEquals("/units/3/kind", Pointer.of("/units").index(3).property("kind").toString());
  }

  @Test
  void ordersIndexesNumericallyAndParentsFirst() {
    List<Pointer> pointers = new ArrayList<>(List.of(Pointer.of("/claims/10/id"), Pointer.of("/claims/2"),
        Pointer.of("/claims/2/about/0"), Pointer.of("/article"), Pointer.ROOT, Pointer.of("/claims/9/id")));
    Collections.sort(pointers);
    assertEquals(List.of("", "/article", "/claims/2", "/claims/2/about/0", "/claims/9/id", "/claims/10/id"),
        pointers.stream().map(Pointer::toString).toList());
  }

  @Test
  void tenDigitSegmentsAreOrderedAsTextNotAsIndexes() {
    // An index has at most nine digits; "9999999999" is past int's range and orders as text.
    List<Pointer> pointers = new ArrayList<>(List.of(Pointer.of("/a/9999999999"), Pointer.of("/a/10"), Pointer.of("/a/123456789")));
    Collections.sort(pointers);
    assertEquals(List.of("/a/10", "/a/123456789", "/a/9999999999"), pointers.stream().map(Pointer::toString).toList());
  }

  @Test
  void pointersAreEqualByTheirText() {
    Pointer built = Pointer.ROOT.property("claims").index(3);
    Pointer read = Pointer.of("/claims/3");
    assertEquals(read, built);
    assertEquals(read.hashCode(), built.hashCode());
    assertNotEquals(read, Pointer.of("/claims/4"));
    assertNotEquals(read.hashCode(), Pointer.of("/claims/4").hashCode());
    assertNotEquals(read, "/claims/3");
    assertFalse(read.isRoot());
    assertFalse(Pointer.of("/").isRoot());
  }
}
