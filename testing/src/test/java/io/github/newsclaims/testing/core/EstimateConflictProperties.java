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
 * {@link Estimates#conflicts(java.util.Collection)} over generated estimates in every kind of unit (counts
 * with and without differing nouns among them), under three spellings of one measure and a second measure:
 * it never throws, and it lists exactly the pairs of one measure in commensurable units whose intervals are
 * disjoint, in the documented order (articles, then estimates, each pair once).
 */
class EstimateConflictProperties {
  @Test
  void conflictsNeverThrowAndListExactlyTheDisjointCommensurablePairs() {
    qt().withExamples(400).forAll(lists().of(Generators.estimates()).ofSizeBetween(0, 10), lists().of(Generators.estimates()).ofSizeBetween(0, 10))
        .checkAssert((first, second) -> {
          List<Estimate> a = measures(first);
          List<Estimate> b = measures(second);
          List<EstimateConflict> conflicts = Estimates.conflicts(List.of(article("a", a), article("b", b)));

          List<String> articleOf = new ArrayList<>();
          a.forEach(estimate -> articleOf.add("a"));
          b.forEach(estimate -> articleOf.add("b"));
          List<Estimate> all = new ArrayList<>(a);
          all.addAll(b);
          List<String> expected = new ArrayList<>();
          for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
              Estimate x = all.get(i);
              Estimate y = all.get(j);
              boolean sameMeasure = x.getMeasure().strip().replaceAll("\\s+", " ").equalsIgnoreCase(
                  y.getMeasure().strip().replaceAll("\\s+", " "));
              if (sameMeasure && x.getUnit().isCommensurableWith(y.getUnit())
                  && Estimates.compare(x, y) == EstimateComparison.CONFLICTING) {
                expected.add(articleOf.get(i) + "/" + x.getId() + " " + articleOf.get(j) + "/" + y.getId());
              }
            }
          }
          List<String> found = conflicts.stream().map(conflict -> conflict.getFirstArticle() + "/"
              + conflict.getFirst().getId() + " " + conflict.getSecondArticle() + "/" + conflict.getSecond().getId())
              .toList();
          assertEquals(expected, found);
          for (EstimateConflict conflict : conflicts) {
            assertTrue(conflict.getFirst().getUnit().isCommensurableWith(conflict.getSecond().getUnit())
                && !conflict.getFirst().getInterval().overlaps(conflict.getSecond().getInterval()), conflict::toString);
          }
        });
  }

  /** The measures the estimates get in turn: one measure spelled three ways, and another. */
  private static final List<String> MEASURES = List.of("North Korean troops in Russia",
      " north korean  troops in RUSSIA", "North Korean troops\tin Russia ", "Ukrainian troops in Kursk");

  private static List<Estimate> measures(List<Estimate> estimates) {
    List<Estimate> renamed = new ArrayList<>();
    for (Estimate estimate : estimates) {
      int n = renamed.size();
      renamed.add(Estimate.builder().from(estimate).id("e" + n).measure(MEASURES.get(n % MEASURES.size())).build());
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
