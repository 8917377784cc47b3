package io.github.newsclaims.formats.uima;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.github.newsclaims.testing.Generators;
import org.junit.jupiter.api.Test;

class CasJsonRoundTripProperties {
  @Test
  void everyGeneratedArticleRoundTripsThroughCasJson() {
    qt().withExamples(300).forAll(Generators.annotatedArticles()).checkAssert(article ->
        assertEquals(article, CasJsonFormat.read(CasJsonFormat.write(article))));
  }

  @Test
  void everyGeneratedArticleSurvivesTheOfficialUimaLibrary() {
    qt().withExamples(100).forAll(Generators.annotatedArticles()).checkAssert(article ->
        assertEquals(article, CasJsonFormat.read(Uima.serialize(Uima.deserialize(CasJsonFormat.write(article))))));
  }
}
