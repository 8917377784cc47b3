package io.github.newsclaims.testing.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.Article;
import io.github.newsclaims.core.Claim;
import io.github.newsclaims.core.Estimate;
import io.github.newsclaims.core.EstimateComparison;
import io.github.newsclaims.core.EstimateConflict;
import io.github.newsclaims.core.Estimates;
import io.github.newsclaims.testing.Generators;
import io.github.newsclaims.testing.Samples;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Estimates#conflicts(java.util.Collection)} over generated estimates of one measure in every kind of
 * unit (counts with and without differing nouns among them): it never throws, and it lists exactly the pairs
 * in commensurable units whose intervals are disjoint.
 */
class EstimateConflictProperties {
  @Test
  void conflictsNeverThrowAndListExactlyTheDisjointCommensurablePairs() {
    qt().withExamples(Examples.of(400)).forAll(lists().of(Generators.estimates()).ofSizeBetween(0, 10), lists().of(Generators.estimates()).ofSizeBetween(0, 10))
        .checkAssert((first, second) -> {
          List<Estimate> a = sameMeasure(first);
          List<Estimate> b = sameMeasure(second);
          List<EstimateConflict> conflicts = Estimates.conflicts(List.of(article("a", a), article("b", b)));

          List<Estimate> all = new ArrayList<>(a);
          all.addAll(b);
          int expected = 0;
          for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
              if (all.get(i).getUnit().isCommensurableWith(all.get(j).getUnit())
                  && Estimates.compare(all.get(i), all.get(j)) == EstimateComparison.CONFLICTING) {
                expected++;
              }
            }
          }
          assertEquals(expected, conflicts.size(), conflicts::toString);
          for (EstimateConflict conflict : conflicts) {
            assertTrue(conflict.getFirst().getUnit().isCommensurableWith(conflict.getSecond().getUnit())
                && !conflict.getFirst().getInterval().overlaps(conflict.getSecond().getInterval()), conflict::toString);
          }
        });
  }

  private static List<Estimate> sameMeasure(List<Estimate> estimates) {
    List<Estimate> renamed = new ArrayList<>();
    for (Estimate estimate : estimates) {
      renamed.add(Estimate.builder().from(estimate).id("e" + renamed.size()).measure("North Korean troops in Russia").build());
    }
    return renamed;
  }

  private static AnnotatedArticle article(String id, List<Estimate> estimates) {
    AnnotatedArticle sample = Samples.annotated();
    Claim claim = Claim.builder().from(sample.getClaims().get(1)).estimates(estimates).build();
    return AnnotatedArticle.builder().from(sample).article(Article.builder().from(sample.getArticle()).id(id).build())
        .claims(List.of(sample.getClaims().get(0), claim)).build();
  }
}
