package io.github.newsclaims.formats.brat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.github.newsclaims.testing.Generators;
import org.junit.jupiter.api.Test;

class BratRoundTripProperties {
  @Test
  void everyGeneratedArticleRoundTripsThroughBrat() {
    qt().withExamples(300).forAll(Generators.annotatedArticles()).checkAssert(article -> {
      BratDocument brat = BratFormat.write(article);
      assertEquals(article, BratFormat.read(brat.text(), brat.ann()));
    });
  }
}
