package io.github.newsclaims.testing.core;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.newsclaims.testing.BrokenValues;
import io.github.newsclaims.testing.BrokenValues.Broken;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The model refuses every impossible value it is handed, at once and in one kind of exception,
 * with a message that names what is wrong.
 */
class BrokenValueProperties {
  @Test
  void everyBrokenValueIsRefusedWithAMessageNamingTheAttribute() {
    Set<String> seen = new HashSet<>();
    qt().withExamples(Examples.of(2000)).forAll(BrokenValues.brokenValues()).checkAssert(broken -> {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, broken.build()::get,
          () -> "built " + broken);
      assertTrue(BrokenValues.namesTheAttribute(broken, e.getMessage()),
          () -> broken + " was refused with \"" + e.getMessage() + "\"");
      seen.add(broken.what());
    });
    // Every way of breaking was drawn, so none is left untested.
    assertTrue(seen.size() >= 25, () -> "only these ways were drawn: " + seen);
  }
}
