package io.github.newsclaims.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.testing.Generators;
import io.github.newsclaims.examples.ArticleFixtures;
import io.github.newsclaims.json.NewsClaimsJson;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/** The baseline reads and writes the same documents as newsclaims, so the two measure the same work. */
class BaselineTest {
  @Test
  void readsAndWritesTheFixtureAsTheSameDocument() {
    PlainDocument plain = Baseline.check(ArticleFixtures.kimJongUnArtillerySurge());
    assertEquals("newsclaims/1", plain.format());
    assertEquals(ArticleFixtures.kimJongUnArtillerySurge().getClaims().size(), plain.claims().size());
  }

  @Test
  void readsAndWritesSyntheticArticlesAsTheSameDocument() {
    for (long seed = 0; seed < 50; seed++) {
      AnnotatedArticle article = Generators.synthetic(seed, (int) seed);
      PlainDocument plain = Baseline.check(article);
      // Plain records read an absent (empty) list as null.
      int claims = plain.claims() == null ? 0 : plain.claims().size();
      assertEquals(article.getClaims().size(), claims, "claims of synthetic article " + seed);
      assertEquals(article.getArticle().getText(), plain.article().text(), "text of synthetic article " + seed);
    }
  }

  @Test
  void writesTheSameTokensInTheSameOrder() {
    for (AnnotatedArticle article : List.of(ArticleFixtures.kimJongUnArtillerySurge(), Generators.synthetic(7, 40))) {
      String ours = NewsClaimsJson.write(article);
      String plain = new String(Baseline.WRITER.writeValueAsBytes(Baseline.READER.readValue(ours)), StandardCharsets.UTF_8);
      assertSameTokens(ours, plain);
    }
  }

  /** The same names, strings and literals in the same order, and numbers of the same value (15000 and 15000.0). */
  private static void assertSameTokens(String expected, String actual) {
    try (JsonParser e = Baseline.MAPPER.createParser(expected); JsonParser a = Baseline.MAPPER.createParser(actual)) {
      for (JsonToken token = e.nextToken(); token != null; token = e.nextToken()) {
        JsonToken other = a.nextToken();
        String where = " at " + e.currentLocation();
        if (token.isNumeric()) {
          assertTrue(other != null && other.isNumeric(), "a number" + where);
          assertEquals(0, e.getDecimalValue().compareTo(a.getDecimalValue()), e.getString() + " vs " + a.getString() + where);
        } else {
          assertEquals(token, other, where);
          assertEquals(e.getString(), a.getString(), where);
        }
      }
      assertNull(a.nextToken(), "more after the document");
    }
  }
}
