package io.github.newsclaims.core.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.newsclaims.core.ActorKind;
import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.AnnotationMethod;
import io.github.newsclaims.core.AnnotationProvenance;
import io.github.newsclaims.core.Article;
import io.github.newsclaims.core.Attribution;
import io.github.newsclaims.core.AttributionMode;
import io.github.newsclaims.core.Claim;
import io.github.newsclaims.core.ClaimKind;
import io.github.newsclaims.core.ClaimRelation;
import io.github.newsclaims.core.ClaimRelationKind;
import io.github.newsclaims.core.Factuality;
import io.github.newsclaims.core.TextSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The authoring shortcuts the fixture in {@code examples} uses and core's other tests do not: one
 * hop shortcut per attribution mode, an actor declared in the middle of a chain, a claim's kind,
 * factuality, place, provenance and relations given one by one.
 */
class ClaimAnnotatorShortcutsTest {
  private static final String TEXT = "Bridge closed\n\n"
      + "Officials said the bridge was closed. Forty people were hurt, according to the ministry. "
      + "“We will rebuild,” the mayor said. Residents called the repairs “urgent”. "
      + "Reports say the dam failed. Water flooded the valley.";
  private static final Article ARTICLE = Article.builder().id("a").headline("Bridge closed").language("en")
      .text(TEXT).build();

  private static AnnotatedArticle annotated() {
    return ArticleAnnotator.of(ARTICLE)
        .actor("officials", ActorKind.GOVERNMENT, "Officials")
        .actor("ministry", ActorKind.GOVERNMENT, "ministry")
        .actor("mayor", ActorKind.PERSON, "mayor").affiliation("ministry")
        .actor("residents", ActorKind.GROUP, "Residents").aliases("locals")
        .claim("c0", ClaimKind.EVENT, "The bridge was closed.")
        .evidence("Officials said the bridge was closed").said("officials", "said")
        .place("Bridge", "bridge").provenance(AnnotationProvenance.of("me", AnnotationMethod.MANUAL))
        .claim("c1", ClaimKind.STATE, "Forty people were hurt.")
        .evidence("Forty people were hurt, according to the ministry").accordingTo("ministry", "according to")
        .claim("c2", ClaimKind.PREDICTION, "The city will rebuild.")
        .evidence("“We will rebuild,” the mayor said").quoted("mayor", "said")
        .claim("c3", ClaimKind.ASSESSMENT, "The repairs are urgent.")
        .evidence("Residents called the repairs “urgent”").partlyQuoted("residents", "called")
        .actor("sources", ActorKind.UNNAMED_SOURCE, "Reports")
        .claim("c4", ClaimKind.EVENT, "The dam failed.")
        .evidence("Reports say the dam failed").hearsay("sources", "say")
        .claim("c5", "Water flooded the valley.").kind(ClaimKind.EVENT).evidence("Water flooded the valley")
        .factuality(Factuality.PROBABLY_SO).elaborates("c4").contradicts("c2")
        .build();
  }

  @Test
  void eachHopShortcutGivesItsMode() {
    AnnotatedArticle annotated = annotated();
    List<String> hops = annotated.getClaims().stream().filter(c -> !c.getAttribution().isEmpty()).map(c -> {
      Attribution hop = c.getAttribution().get(0);
      return c.getId() + " " + hop.getSource().orElse("-") + " " + hop.getMode() + " "
          + hop.getCue().map(TextSpan::getText).orElse("-");
    }).toList();
    assertEquals(List.of("c0 officials INDIRECT said", "c1 ministry ACCORDING_TO according to",
        "c2 mayor DIRECT_QUOTE said", "c3 residents PARTIAL_QUOTE called", "c4 sources UNNAMED_HEARSAY say"), hops);
    assertEquals(AttributionMode.UNNAMED_HEARSAY, annotated.claim("c4").orElseThrow().getAttribution().get(0).getMode());
  }

  @Test
  void actorsDeclaredAlongTheWayKeepTheirDetails() {
    AnnotatedArticle annotated = annotated();
    assertEquals("ministry", annotated.actor("mayor").orElseThrow().getAffiliation().orElseThrow());
    assertEquals(List.of("locals"), annotated.actor("residents").orElseThrow().getAliases());
    assertEquals(ActorKind.UNNAMED_SOURCE, annotated.actor("sources").orElseThrow().getKind());
  }

  @Test
  void aClaimsKindFactualityPlaceProvenanceAndRelations() {
    AnnotatedArticle annotated = annotated();
    Claim first = annotated.claim("c0").orElseThrow();
    assertEquals("Bridge", first.getPlace().orElseThrow().getName());
    assertEquals("bridge", first.getPlace().orElseThrow().getMention().orElseThrow().getText());
    assertEquals("me", first.getProvenance().orElseThrow().getAnnotator());
    Claim last = annotated.claim("c5").orElseThrow();
    assertEquals(ClaimKind.EVENT, last.getKind());
    assertEquals(Factuality.PROBABLY_SO, last.getFactuality());
    assertEquals(List.of(ClaimRelation.of(ClaimRelationKind.ELABORATES, "c4"),
        ClaimRelation.of(ClaimRelationKind.CONTRADICTS, "c2")), last.getRelations());
  }
}
