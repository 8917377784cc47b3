package io.github.newsclaims.extract.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.newsclaims.core.Actor;
import io.github.newsclaims.core.ActorKind;
import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.Approximator;
import io.github.newsclaims.core.Article;
import io.github.newsclaims.core.Attribution;
import io.github.newsclaims.core.AttributionMode;
import io.github.newsclaims.core.Claim;
import io.github.newsclaims.core.ClaimKind;
import io.github.newsclaims.core.Estimate;
import io.github.newsclaims.core.Factuality;
import io.github.newsclaims.core.Interval;
import io.github.newsclaims.core.TextSpan;
import io.github.newsclaims.core.Unit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scorer on tiny hand-made annotations whose figures are worked out by hand. */
class DraftScorerTest {
  private static final String TEXT = "Police said 12 people died. The mayor said about 40 were hurt. It rained.";
  private static final Article ARTICLE = Article.builder().id("t").headline("Police said 12 people died.")
      .language("en").text(TEXT).build();

  /** A tiny annotation builder: claims by quotation. */
  private static final class Ann {
    final List<Actor> actors = new ArrayList<>();
    final List<Claim> claims = new ArrayList<>();

    Ann actor(String id, String name, String... aliases) {
      actors.add(Actor.builder().id(id).name(name).kind(ActorKind.OTHER).addAliases(aliases).build());
      return this;
    }

    Ann claim(String evidence, String source, String cue, String mention, Estimate... estimates) {
      Claim.Builder c = Claim.builder().id("c" + (claims.size() + 1)).proposition(evidence)
          .addEvidence(TextSpan.find(TEXT, evidence)).kind(ClaimKind.EVENT).addEstimates(estimates);
      if (cue == null) {
        c.factuality(Factuality.CERTAINLY_SO);
      } else {
        Attribution.Builder hop = Attribution.builder().mode(AttributionMode.INDIRECT).commitment(Factuality.CERTAINLY_SO)
            .cue(TextSpan.find(TEXT, cue, TEXT.indexOf(evidence)));
        if (source != null) {
          hop.source(source);
        } else {
          hop.mode(AttributionMode.UNNAMED_HEARSAY);
        }
        if (mention != null) {
          hop.sourceMention(TextSpan.find(TEXT, mention, TEXT.indexOf(evidence)));
        }
        c.addAttribution(hop.build()).factuality(Factuality.UNDERSPECIFIED);
      }
      claims.add(c.build());
      return this;
    }

    AnnotatedArticle build() {
      return AnnotatedArticle.builder().article(ARTICLE).actors(actors).claims(claims).build();
    }
  }

  private static Estimate estimate(String id, String phrase, Interval interval) {
    return Estimate.builder().id(id).measure("people").unit(Unit.count()).phrase(TextSpan.find(TEXT, phrase))
        .approximator(interval.isPoint() ? Approximator.EXACT : Approximator.ABOUT).interval(interval).build();
  }

  private static AnnotatedArticle gold() {
    return new Ann().actor("police", "Police").actor("mayor", "the mayor")
        .claim("Police said 12 people died.", "police", "said", "Police",
            estimate("e1", "12", Interval.point(12)))
        .claim("The mayor said about 40 were hurt.", "mayor", "said", "The mayor",
            estimate("e2", "about 40", Interval.closed(36, 44)))
        .claim("It rained.", null, null, null)
        .build();
  }

  @Test
  void theReferenceAgainstItselfScoresOneEverywhere() {
    DraftScore score = DraftScorer.score(gold(), gold());
    assertEquals(new DraftScore(2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3), score);
    assertEquals(1.0, score.attributionF1());
    assertEquals(1.0, score.sourceAccuracy());
    assertEquals(1.0, score.quantityF1());
    assertEquals(1.0, score.claimCoverage());
  }

  @Test
  void aWrongSourceCountsAgainstF1AndSourceAccuracyButNotTheCuePair() {
    // The draft gives the mayor's claim to the police: cue and content match, the source does not.
    AnnotatedArticle draft = new Ann().actor("a1", "police").actor("a2", "Officials")
        .claim("Police said 12 people died.", "a1", "said", "Police")
        .claim("The mayor said about 40 were hurt.", "a1", "said", null)
        .build();
    DraftScore score = DraftScorer.score(gold(), draft);
    assertEquals(1, score.attributionsMatched());
    assertEquals(0.5, score.attributionPrecision());
    assertEquals(0.5, score.attributionRecall());
    assertEquals(2, score.sourcePairs());
    assertEquals(1, score.sourcesRight());
    assertEquals(0.5, score.sourceAccuracy());
    // No quantities found: recall 0, precision 1 by convention, F1 0.
    assertEquals(0.0, score.quantityF1());
    assertEquals(2.0 / 3, score.claimCoverage(), 1e-12);
  }

  @Test
  void contentMustCoverHalfOfTheReferenceContent() {
    // "Police said 12" is 14 characters of a 27-character evidence: more than half; "Police said" (11) is not.
    AnnotatedArticle half = new Ann().actor("p", "Police").claim("Police said 12", "p", "said", "Police").build();
    AnnotatedArticle less = new Ann().actor("p", "Police").claim("Police said", "p", "said", "Police").build();
    assertEquals(1, DraftScorer.score(gold(), half).attributionsMatched());
    assertEquals(0, DraftScorer.score(gold(), less).attributionsMatched());
    // A draft claim spanning all three sentences covers both references' contents, but it has one cue
    // (the first "said") and matching is one to one: it matches the police's attribution only.
    AnnotatedArticle whole = new Ann().actor("p", "Police").claim(TEXT, "p", "said", "Police").build();
    DraftScore score = DraftScorer.score(gold(), whole);
    assertEquals(1, score.attributionsMatched());
    assertEquals(1, score.sourcePairs());
    assertEquals(3, score.claimsCovered());
  }

  @Test
  void aSourceIsRightByNameIgnoringCaseAndTheOrByAMentionThatIsNoPronoun() {
    AnnotatedArticle byName = new Ann().actor("x", "Mayor")
        .claim("The mayor said about 40 were hurt.", "x", "said", null).build();
    assertEquals(1, DraftScorer.score(gold(), byName).attributionsMatched());
    AnnotatedArticle byMention = new Ann().actor("x", "The mayor of the town")
        .claim("The mayor said about 40 were hurt.", "x", "said", "The mayor").build();
    assertEquals(1, DraftScorer.score(gold(), byMention).attributionsMatched());
    AnnotatedArticle sourceless = new Ann()
        .claim("The mayor said about 40 were hurt.", null, "said", null).build();
    assertEquals(0, DraftScorer.score(gold(), sourceless).attributionsMatched());
    assertEquals(1, DraftScorer.score(gold(), sourceless).sourcePairs());
  }

  @Test
  void aQuantityNeedsAnOverlappingPhraseAndTheSameInterval() {
    AnnotatedArticle draft = new Ann()
        .claim("Police said 12 people died.", null, null, null, estimate("e1", "12 people", Interval.point(12)))
        .claim("The mayor said about 40 were hurt.", null, null, null, estimate("e2", "40", Interval.point(40)))
        .build();
    DraftScore score = DraftScorer.score(gold(), draft);
    assertEquals(1, score.quantitiesMatched());
    assertEquals(2, score.quantitySpansMatched());
    assertEquals(0.5, score.quantityF1());
    assertEquals(1.0, score.quantitySpanF1());
  }

  @Test
  void setsSumTheirCounts() {
    DraftScore one = DraftScorer.score(gold(), gold());
    assertEquals(new DraftScore(4, 4, 4, 4, 4, 4, 4, 4, 4, 6, 6), one.plus(one));
    assertEquals(one, DraftScore.zero().plus(one));
  }

  @Test
  void anotherTextIsRefused() {
    Article other = Article.builder().id("o").headline("x").language("en").text("Something else.").build();
    AnnotatedArticle draft = AnnotatedArticle.builder().article(other).build();
    assertThrows(IllegalArgumentException.class, () -> DraftScorer.score(gold(), draft));
  }
}
