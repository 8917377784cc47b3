package io.github.newsclaims.core;

import jakarta.validation.Valid;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One proposition an article puts forward, with who says it and how firmly, the words that hedge
 * it, the numbers inside it and when it holds.
 *
 * <p><b>Attribution and factuality.</b> {@link #getFactuality()} is the article's own commitment to
 * the proposition (FactBank's value for the source AUTHOR). {@link #getAttribution()} is the chain
 * of further sources, outermost first: for "according to state media, Kim is urging …" it holds
 * one hop, state media; for "state media reports that Kim said …" two, state media then Kim. An
 * empty chain means the article asserts the claim in its own voice.
 *
 * <p>Invariants: id and proposition not blank; at least one evidence span; an
 * {@link AttributionMode#AUTHORIAL AUTHORIAL} hop only first; no actor twice in the chain (a source
 * cannot be nested inside its own statement); no relation to the claim itself, none repeated, and
 * not both supporting and contradicting one claim; estimate ids and the actors it is about are
 * distinct; the key, when given, is not blank; no two reviews by the same reviewer at the same URL.
 * Document rules: every span (the place's mention and each hop's hedges included) matches the text;
 * every reviewer is an actor of the article.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Claim {
  Claim() {}

  /** {@return the identifier, unique within its {@link AnnotatedArticle}, e.g. {@code "c5"}} */
  public abstract String getId();

  /**
   * A stable key the user chooses — a URI or a token such as {@code "nk-troops-in-russia-15000"} —
   * shared by the appearances of the same claim in many articles, so that a {@link ClaimIndex} can
   * link them. Unlike the id, it is not unique within an article.
   *
   * @return the stable cross-article key, or empty
   */
  public abstract Optional<String> getKey();

  /** {@return the proposition restated in plain words} */
  public abstract String getProposition();

  /** {@return where the article makes the claim; at least one span} */
  public abstract List<TextSpan> getEvidence();

  /** {@return what sort of proposition it is} */
  public abstract ClaimKind getKind();

  /** {@return the sources beyond the article's own voice, outermost first; empty when the article itself asserts it} */
  public abstract List<Attribution> getAttribution();

  /** {@return the article's own commitment to the proposition} */
  public abstract Factuality getFactuality();

  /** {@return the hedge cues that weaken the claim: "reportedly", "potentially", "could"} */
  public abstract List<TextSpan> getHedges();

  /**
   * {@return the quantities inside the claim} {@code @Valid}, so that a claim validated by itself reports
   * its estimates' {@link io.github.newsclaims.core.validation.IntervalMatchesApproximator}; an
   * {@link AnnotatedArticle} checks its estimates itself and does not cascade into its claims.
   */
  public abstract List<@Valid Estimate> getEstimates();

  /** {@return when the claim holds or happened} */
  public abstract Optional<TimeReference> getTime();

  /** {@return where the claim holds or the event happened: "in the Kursk region"} */
  public abstract Optional<Place> getPlace();

  /** {@return the ids of the actors the claim is about} */
  public abstract List<String> getAbout();

  /** {@return how this claim bears on other claims of the article} */
  public abstract List<ClaimRelation> getRelations();

  /** {@return the published verdicts on the claim by fact-checkers; not the article's own factuality} */
  public abstract List<ClaimReview> getReviews();

  /**
   * Who annotated this claim, when it differs from the article's
   * {@link AnnotatedArticle#getProvenance() provenance} (see {@link AnnotatedArticle#provenanceOf(Claim)}).
   *
   * @return the claim's own provenance, or empty when the article's applies
   */
  public abstract Optional<AnnotationProvenance> getProvenance();

  /** {@return a builder for a claim} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return whether the article asserts the claim in its own voice, with no other source} */
  public final boolean isAuthorial() {
    return getAttribution().stream().allMatch(hop -> hop.getMode() == AttributionMode.AUTHORIAL);
  }

  /** {@return the ids of the source actors in the chain, outermost first} */
  public final List<String> sources() {
    return getAttribution().stream().flatMap(hop -> hop.getSource().stream()).toList();
  }

  /** {@return the innermost hop — whose words the proposition finally is — if any} */
  public final Optional<Attribution> innermostAttribution() {
    List<Attribution> chain = getAttribution();
    return chain.isEmpty() ? Optional.empty() : Optional.of(chain.get(chain.size() - 1));
  }

  @Value.Check
  final void check() {
    // Every claim read or built runs these: the happy path allocates nothing, and the owner text
    // ("claim c1") and the messages are made only on failure.
    String id = getId();
    Checks.nonBlank("claim", "id", id);
    Checks.nonBlank("claim", id, "proposition", getProposition());
    if (getKey().isPresent()) {
      Checks.nonBlank("claim", id, "key", getKey().get());
    }
    if (getEvidence().isEmpty()) {
      Checks.fail("%s evidence must hold at least one span", "claim " + id);
    }
    List<Attribution> chain = getAttribution();
    for (int i = 1; i < chain.size(); i++) {
      if (chain.get(i).getMode() == AttributionMode.AUTHORIAL) {
        Checks.fail("%s attribution[%s] is AUTHORIAL; the article's own voice can only be the first hop",
            "claim " + id, i);
      }
    }
    if (chain.size() > 1) {
      List<String> sources = sources();
      int repeat = Checks.firstRepeat(sources);
      if (repeat >= 0) {
        Checks.fail("%s attribution chain is cyclic: actor %s appears twice in %s", "claim " + id,
            Checks.quote(sources.get(repeat)), sources);
      }
    }
    List<ClaimRelation> relations = getRelations();
    int self = -1;
    for (int j = 0; j < relations.size() && self < 0; j++) {
      if (relations.get(j).getTarget().equals(id)) {
        self = j;
      }
    }
    int repeat = Checks.firstRepeat(relations);
    if (self >= 0 && (repeat < 0 || self <= repeat)) {
      Checks.fail("%s must not relate to itself (%s)", "claim " + id, relations.get(self));
    }
    if (repeat >= 0) {
      Checks.fail("%s must not repeat the relation %s", "claim " + id, relations.get(repeat));
    }
    if (relations.size() > 1) {
      Set<String> contradicted = new HashSet<>();
      for (ClaimRelation relation : relations) {
        if (relation.getKind() == ClaimRelationKind.CONTRADICTS) {
          contradicted.add(relation.getTarget());
        }
      }
      for (ClaimRelation relation : relations) {
        if (relation.getKind() == ClaimRelationKind.SUPPORTS && contradicted.contains(relation.getTarget())) {
          Checks.fail("%s must not both support and contradict %s", "claim " + id, relation.getTarget());
        }
      }
    }
    Checks.distinct("claim", id, "estimate ids", getEstimates(), Estimate::getId);
    Checks.allNonBlank("claim", id, "about", getAbout());
    Checks.distinct("claim", id, "about", getAbout());
    List<ClaimReview> reviews = getReviews();
    if (reviews.size() > 1) {
      Checks.distinct("claim " + id, "reviews (reviewer and url)",
          reviews.stream().map(review -> review.getReviewer() + " " + review.getUrl()).toList());
    }
  }

  /**
   * Builds a {@link Claim}; id, proposition, kind, factuality and one evidence span are required.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableClaim.Builder {
    Builder() {}
  }
}
