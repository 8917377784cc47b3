package io.github.newsclaims.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** How messages show values: quoted, shortened past 60 characters, with unsafe characters escaped. */
class TextTest {
  @Test
  void quotesWholeUpToSixtyCharactersAndShortensPastThem() {
    assertEquals("\"" + "x".repeat(60) + "\"", Text.quote("x".repeat(60)));
    assertEquals("\"" + "x".repeat(57) + "...\"", Text.quote("x".repeat(61)));
    assertEquals("\"a\\\"b\\\\c\\nd\\re\\tf\"", Text.quote("a\"b\\c\nd\re\tf"));
  }

  @Test
  void controlAndBidirectionalCharactersAreUnsafeAndTheirNeighboursAreNot() {
    for (char c : new char[] {0x00, 0x1F, 0x7F, 0x9F, 0x202A, 0x202E, 0x2066, 0x2069}) {
      assertTrue(Text.isUnsafe(c), () -> Integer.toHexString(c));
    }
    for (char c : new char[] {0x20, 0x7E, 0xA0, 0x2029, 0x202F, 0x2065, 0x206A}) {
      assertFalse(Text.isUnsafe(c), () -> Integer.toHexString(c));
    }
  }

  @Test
  void unsafeCharactersAreWrittenAsEscapes() {
    assertEquals("\"a\\u202eb\\u0001\\u009f\"", Text.quote("a\u202Eb\u0001\u009F"));
    assertEquals("a\\u2066b\\u007f", Text.safe("a\u2066b\u007F"));
    String plain = "nothing to escape";
    assertSame(plain, Text.safe(plain));
  }
}
