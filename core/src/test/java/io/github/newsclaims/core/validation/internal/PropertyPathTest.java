package io.github.newsclaims.core.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A property path prints as Jakarta Validation prints one: names joined by dots, list indices in brackets. */
class PropertyPathTest {
  @Test
  void printsNamesAndIndicesInOrder() {
    assertEquals("claims[3].estimates[0].interval",
        PropertyPath.of("claims", 3).then("estimates", 0).then("interval").toString());
    assertEquals("statedValue", PropertyPath.of("statedValue").toString());
    assertEquals("article.nonContent[12].span.text",
        PropertyPath.of("article").then("nonContent", 12).then("span").then("text").toString());
  }
}
