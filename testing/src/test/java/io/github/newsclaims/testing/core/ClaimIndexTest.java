package io.github.newsclaims.testing.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsclaims.core.Actor;
import io.github.newsclaims.core.ActorKind;
import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.Approximator;
import io.github.newsclaims.core.Article;
import io.github.newsclaims.core.Attribution;
import io.github.newsclaims.core.AttributionMode;
import io.github.newsclaims.core.Claim;
import io.github.newsclaims.core.ClaimAppearance;
import io.github.newsclaims.core.ClaimIndex;
import io.github.newsclaims.core.ClaimKind;
import io.github.newsclaims.core.Estimate;
import io.github.newsclaims.core.EstimateConflict;
import io.github.newsclaims.core.Factuality;
import io.github.newsclaims.core.Interval;
import io.github.newsclaims.core.TextSpan;
import io.github.newsclaims.core.Unit;
import io.github.newsclaims.testing.Samples;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimIndexTest {
  private static final URI NORTH_KOREA = URI.create("http://www.wikidata.org/entity/Q423");
  /** An identifier of South Korean intelligence elsewhere (an example, not a real registry). */
  private static final URI NIS = URI.create("https://registry.example/agencies/nis");

  /** An article in which {@code source} says that {@code figure} soldiers are in Russia, under {@code key}. */
  private static AnnotatedArticle article(String id, Actor source, String key, double figure) {
    String text = "Officials say " + (long) figure + " soldiers are in Russia.";
    Article article = Article.builder().id(id).headline("Troops").language("en").text(text).build();
    Estimate soldiers = Estimate.builder().id("e1").measure("North Korean soldiers in Russia")
        .unit(Unit.count("soldiers")).approximator(Approximator.EXACT).statedValue(figure)
        .interval(Interval.point(figure)).build();
    Claim claim = Claim.builder().id("c1").key(key).proposition("Soldiers are in Russia.").kind(ClaimKind.QUANTITY)
        .factuality(Factuality.UNDERSPECIFIED).addEvidence(TextSpan.find(text, "soldiers are in Russia"))
        .addAttribution(Attribution.builder().source(source.getId()).mode(AttributionMode.INDIRECT)
            .commitment(Factuality.CERTAINLY_SO).build())
        .addEstimate(soldiers).build();
    Claim other = Claim.builder().id("c2").proposition("Officials speak.").kind(ClaimKind.STATEMENT)
        .factuality(Factuality.CERTAINLY_SO).addEvidence(TextSpan.find(text, "Officials say")).build();
    return AnnotatedArticle.builder().article(article).addActor(source).addClaims(claim, other).build();
  }

  private static Actor actor(String id, URI... sameAs) {
    return Actor.builder().id(id).name("Actor " + id).kind(ActorKind.INTELLIGENCE_AGENCY).addSameAs(sameAs).build();
  }

  private static List<String> names(List<ClaimAppearance> appearances) {
    return appearances.stream().map(ClaimAppearance::toString).toList();
  }

  @Test
  void linksTheAppearancesOfAKey() {
    ClaimIndex index = ClaimIndex.of(List.of(article("a", actor("nis", NIS), "troops", 15_000),
        article("b", actor("sk-intel", NIS), "troops", 12_000), article("c", actor("x"), "other", 1)));
    assertEquals(List.of("a#c1", "b#c1"), names(index.appearances("troops")));
    assertEquals(List.of("c#c1"), names(index.appearances("other")));
    assertEquals(List.of(), index.appearances("missing"));
    assertEquals(List.of("troops", "other"), List.copyOf(index.keys()));
    assertEquals("b", index.appearances("troops").get(1).articleId());
  }

  @Test
  void matchesActorsBySameAsBeforeId() {
    AnnotatedArticle a = article("a", actor("nis", NIS), "k", 1);
    AnnotatedArticle b = article("b", actor("sk-intel", NIS, NORTH_KOREA), "k", 1);
    AnnotatedArticle c = article("c", actor("nis"), "k", 1);
    AnnotatedArticle d = article("d", actor("nis", NORTH_KOREA), "k", 1);
    ClaimIndex index = ClaimIndex.of(List.of(a, b, c, d));
    // Shared sameAs: a and b; the same id without sameAs on one side does not match, nor a different sameAs.
    assertEquals(List.of("a#c1", "b#c1"), names(index.claimsBy(a.getActors().get(0))));
    assertEquals(List.of("b#c1", "d#c1"), names(index.claimsBy(d.getActors().get(0))));
    assertEquals(List.of("c#c1"), names(index.claimsBy(c.getActors().get(0))));
    assertEquals(List.of("a#c1", "b#c1"), names(index.claimsBy(NIS.toString())));
    assertEquals(List.of("c#c1"), names(index.claimsBy("nis")));
    assertTrue(ClaimIndex.sameParty(actor("x"), actor("x")));
    assertFalse(ClaimIndex.sameParty(actor("x", NIS), actor("x", NORTH_KOREA)));
    assertFalse(ClaimIndex.sameParty(actor("x", NIS), actor("x")));
  }

  @Test
  void findsConflictingEstimatesOfOneKeyAcrossArticles() {
    AnnotatedArticle a = article("a", actor("nis", NIS), "troops", 15_000);
    AnnotatedArticle b = article("b", actor("nis", NIS), "troops", 12_000);
    AnnotatedArticle c = article("c", actor("nis", NIS), "troops", 15_000);
    AnnotatedArticle d = article("d", actor("nis", NIS), "other", 3);
    ClaimIndex index = ClaimIndex.of(List.of(a, b, c, d));
    List<EstimateConflict> conflicts = index.estimateConflicts("troops");
    assertEquals(2, conflicts.size(), conflicts::toString);
    assertEquals(List.of("a", "b"), List.of(conflicts.get(0).getFirstArticle(), conflicts.get(0).getSecondArticle()));
    assertEquals(List.of("b", "c"), List.of(conflicts.get(1).getFirstArticle(), conflicts.get(1).getSecondArticle()));
    // Across the corpus, the measure decides: d's estimate has the same measure, so it conflicts too.
    assertEquals(5, index.estimateConflicts().size());
  }

  @Test
  void rejectsTwoArticlesWithOneId() {
    assertEquals("claim index article ids must not repeat \"sample\"", assertThrows(IllegalArgumentException.class,
        () -> ClaimIndex.of(List.of(Samples.annotated(), Samples.annotated()))).getMessage());
  }
}
