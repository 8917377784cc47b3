package io.github.newsclaims.core.authoring;

import io.github.newsclaims.core.Actor;
import io.github.newsclaims.core.ActorKind;
import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.AnnotationProvenance;
import io.github.newsclaims.core.Article;
import io.github.newsclaims.core.Claim;
import io.github.newsclaims.core.ClaimKind;
import io.github.newsclaims.core.ClaimRelation;
import io.github.newsclaims.core.Estimate;
import io.github.newsclaims.core.NonContentKind;
import io.github.newsclaims.core.NonContentSpan;
import io.github.newsclaims.core.TextSpan;
import io.github.newsclaims.core.quantity.VaguenessPolicy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Annotates one article by quotation: a fluent layer over the immutable model in which every span
 * is given by the words it covers, never by offsets.
 *
 * <pre>{@code
 * AnnotatedArticle annotated = ArticleAnnotator.of(article)
 *     .actor("nis", ActorKind.INTELLIGENCE_AGENCY, "South Korean intelligence")
 *     .claim("c1", ClaimKind.QUANTITY, "About 15,000 North Korean soldiers are in Russia.")
 *         .evidence("about 15,000 North Korean soldiers are now in Russia")
 *         .said("nis", "estimates")                       // PR+ from the cue table
 *         .estimate("e1", "about 15,000", "North Korean soldiers in Russia")   // ABOUT [13500, 16500]
 *     .build();                                           // factuality Uu: reported content
 * }</pre>
 *
 * <p>Quotes are found by {@link QuoteFinder} (word-bounded, exactly one occurrence unless
 * disambiguated); the defaults that save typing are documented on {@link ClaimAnnotator},
 * {@link Hop} and {@link Figure}, and the cue table on {@link Cues}.
 *
 * <p>{@link #build()} reports <em>every</em> problem at once in one {@link AuthoringException}: a
 * quote that is absent or ambiguous (with the candidates), a default that does not apply, a
 * reference to an actor, claim or estimate the annotation lacks, a claim in page furniture, a value
 * the model refuses. The document rules that need a Jakarta Validation provider are left to it
 * ({@code NewsClaimsJson.check} runs them in one call). Not thread-safe: one annotator per article,
 * used by one thread; {@code build()} may be called again and gives an equal result.
 *
 * @since 0.1.0
 */
public final class ArticleAnnotator {
  private final Article article;
  private VaguenessPolicy policy = VaguenessPolicy.defaults();
  private final List<NonContentKind> furnitureKinds = new ArrayList<>();
  private final List<Quote> furniture = new ArrayList<>();
  private final List<Object> actors = new ArrayList<>();
  private final List<ClaimAnnotator> claims = new ArrayList<>();
  private AnnotationProvenance provenance;

  private ArticleAnnotator(Article article) {
    this.article = Objects.requireNonNull(article, "article");
  }

  /**
   * An annotator for {@code article}, whose non-content spans are kept and may be added to.
   *
   * @param article the article to annotate; not null
   * @return a new annotator with no actors and no claims
   */
  public static ArticleAnnotator of(Article article) {
    return new ArticleAnnotator(article);
  }

  /**
   * The vagueness policy estimates are read with; {@link VaguenessPolicy#defaults()} unless set.
   *
   * @param policy the policy estimates are read with; not null
   * @return this annotator, to chain further calls
   */
  public ArticleAnnotator policy(VaguenessPolicy policy) {
    this.policy = Objects.requireNonNull(policy, "policy");
    return this;
  }

  /**
   * Who made the annotation and how.
   *
   * @param provenance who made the annotation and how; not null
   * @return this annotator, to chain further calls
   */
  public ArticleAnnotator provenance(AnnotationProvenance provenance) {
    this.provenance = Objects.requireNonNull(provenance, "provenance");
    return this;
  }

  /**
   * Marks page furniture: the quoted words are a teaser, an advertisement marker, a repeated headline.
   *
   * @param kind what sort of page furniture it is; not null
   * @param quote the quoted words of the furniture; not null
   * @return this annotator, to chain further calls
   */
  public ArticleAnnotator nonContent(NonContentKind kind, Quote quote) {
    Objects.requireNonNull(quote, "quote");
    furnitureKinds.add(Objects.requireNonNull(kind, "kind"));
    furniture.add(Objects.requireNonNull(quote, "quote"));
    return this;
  }

  /**
   * Marks the quoted words as page furniture.
   *
   * @param kind what sort of page furniture it is; not null
   * @param quote the words of the furniture, occurring once in the text; not null
   * @return this annotator, to chain further calls
   */
  public ArticleAnnotator nonContent(NonContentKind kind, String quote) {
    Objects.requireNonNull(quote, "quote");
    return nonContent(kind, Quote.of(quote));
  }

  /**
   * Adds an actor and goes on writing it ({@link ActorAnnotator#affiliation}).
   *
   * @param id the actor's id, unique within the article; not null
   * @param kind what sort of party it is
   * @param name the name the article uses most
   * @param aliases other names the article uses for it
   * @return the annotator of the new actor
   */
  public ActorAnnotator actor(String id, ActorKind kind, String name, String... aliases) {
    ActorAnnotator actor = new ActorAnnotator(this, id, kind, name, aliases);
    actors.add(actor);
    return actor;
  }

  /**
   * Adds an actor built elsewhere.
   *
   * @param actor the actor; its id must be unique within the article
   * @return this annotator, to chain further calls
   */
  public ArticleAnnotator actor(Actor actor) {
    actors.add(Objects.requireNonNull(actor, "actor"));
    return this;
  }

  /**
   * Starts a claim of {@code kind}: the proposition in plain words.
   *
   * @param id the claim's id, unique within the article; not null
   * @param kind what sort of proposition it is
   * @param proposition the proposition restated in plain words; not null
   * @return the annotator of the new claim
   */
  public ClaimAnnotator claim(String id, ClaimKind kind, String proposition) {
    ClaimAnnotator claim = new ClaimAnnotator(this, id, Objects.requireNonNull(kind, "kind"), proposition);
    claims.add(claim);
    return claim;
  }

  /**
   * Starts a claim whose kind is given with {@link ClaimAnnotator#kind}.
   *
   * @param id the claim's id, unique within the article; not null
   * @param proposition the proposition restated in plain words; not null
   * @return the annotator of the new claim
   */
  public ClaimAnnotator claim(String id, String proposition) {
    ClaimAnnotator claim = new ClaimAnnotator(this, id, null, proposition);
    claims.add(claim);
    return claim;
  }

  /**
   * The span a quote stands for in this article, looked up now.
   *
   * @param quote the quoted words, with any disambiguators
   * @return the span of the quote in the article text
   * @throws AuthoringException if it is absent or ambiguous
   */
  public TextSpan span(Quote quote) {
    Objects.requireNonNull(quote, "quote");
    return QuoteFinder.in(article.getText()).find(quote);
  }

  /**
   * Builds the annotated article.
   *
   * @return the annotated article, valid under every document rule
   * @throws AuthoringException listing every problem found, each with its property path
   */
  public AnnotatedArticle build() {
    Resolution r = new Resolution(article.getText(), policy);
    Article.Builder withFurniture = Article.builder().from(article);
    int existing = article.getNonContent().size();
    List<TextSpan> furnitureSpans = new ArrayList<>();
    article.getNonContent().forEach(span -> furnitureSpans.add(span.getSpan()));
    for (int i = 0; i < furniture.size(); i++) {
      NonContentKind kind = furnitureKinds.get(i);
      r.span("article.nonContent[" + (existing + i) + "].span", furniture.get(i), List.of()).ifPresent(span -> {
        withFurniture.addNonContent(NonContentSpan.of(kind, span));
        furnitureSpans.add(span);
      });
    }
    Article built = null;
    try {
      built = withFurniture.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      r.problem("article", e.getMessage());
    }

    Map<String, Actor> actorsById = new HashMap<>();
    List<Actor> builtActors = new ArrayList<>();
    for (int i = 0; i < actors.size(); i++) {
      Object actor = actors.get(i);
      Optional<Actor> made = actor instanceof Actor given ? Optional.of(given)
          : ((ActorAnnotator) actor).resolve("actors[" + i + "]", r);
      made.ifPresent(a -> {
        builtActors.add(a);
        actorsById.putIfAbsent(a.getId(), a);
      });
    }

    List<ClaimResolution> resolutions = new ArrayList<>();
    for (int i = 0; i < claims.size(); i++) {
      ClaimResolution resolution = new ClaimResolution(claims.get(i));
      resolution.resolveEstimates("claims[" + i + "]", r);
      resolutions.add(resolution);
    }
    List<Claim> builtClaims = new ArrayList<>();
    for (int i = 0; i < claims.size(); i++) {
      resolutions.get(i).resolve("claims[" + i + "]", actorsById, r).ifPresent(builtClaims::add);
    }
    references(builtActors, actorsById, builtClaims, furnitureSpans, r);

    if (!r.problems.isEmpty()) {
      throw new AuthoringException(r.problems);
    }
    try {
      return AnnotatedArticle.builder().article(built).actors(builtActors).claims(builtClaims)
          .provenance(Optional.ofNullable(provenance)).build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new AuthoringException(List.of(new AuthoringException.Problem("", e.getMessage())));
    }
  }

  /** Every id the annotation refers to exists, and no claim span lies in page furniture. */
  private void references(List<Actor> builtActors, Map<String, Actor> actorsById, List<Claim> builtClaims,
      List<TextSpan> furnitureSpans, Resolution r) {
    for (int i = 0; i < builtActors.size(); i++) {
      Actor actor = builtActors.get(i);
      int index = i;
      actor.getAffiliation().filter(id -> !actorsById.containsKey(id)).ifPresent(id ->
          r.problem(pathOf(actor, index) + ".affiliation", "no actor has the id " + id + knownIds(actorsById.keySet())));
    }
    Set<String> claimIds = new LinkedHashSet<>();
    claims.forEach(c -> claimIds.add(c.id()));
    for (int i = 0; i < claims.size(); i++) {
      ClaimAnnotator claim = claims.get(i);
      String path = "claims[" + i + "]";
      List<String> about = claim.about();
      for (int a = 0; a < about.size(); a++) {
        if (!actorsById.containsKey(about.get(a))) {
          r.problem(path + ".about[" + a + "]", "no actor has the id " + about.get(a) + knownIds(actorsById.keySet()));
        }
      }
      List<ClaimRelation> relations = claim.relations();
      for (int k = 0; k < relations.size(); k++) {
        if (!claimIds.contains(relations.get(k).getTarget())) {
          r.problem(path + ".relations[" + k + "].target", "no claim has the id " + relations.get(k).getTarget());
        }
      }
    }
    for (Claim claim : builtClaims) {
      int i = indexOf(claim.getId());
      String path = "claims[" + i + "]";
      for (int h = 0; h < claim.getAttribution().size(); h++) {
        int hop = h;
        claim.getAttribution().get(h).getSource().filter(id -> !actorsById.containsKey(id)).ifPresent(id ->
            r.problem(path + ".attribution[" + hop + "].source", "no actor has the id " + id
                + knownIds(actorsById.keySet())));
      }
      for (int e = 0; e < claim.getEstimates().size(); e++) {
        Estimate estimate = claim.getEstimates().get(e);
        int at = e;
        estimate.getRelativeTo().filter(id -> !r.estimates.containsKey(id)).ifPresent(id ->
            r.problem(path + ".estimates[" + at + "].relativeTo", "no estimate has the id " + id));
      }
      for (int e = 0; e < claim.getEvidence().size(); e++) {
        TextSpan evidence = claim.getEvidence().get(e);
        for (TextSpan furniture : furnitureSpans) {
          if (furniture.overlaps(evidence)) {
            r.problem(path + ".evidence[" + e + "]", "the evidence " + evidence + " overlaps page furniture " + furniture);
          }
        }
      }
    }
  }

  private int indexOf(String claimId) {
    for (int i = 0; i < claims.size(); i++) {
      if (claims.get(i).id().equals(claimId)) {
        return i;
      }
    }
    return -1;
  }

  private static String pathOf(Actor actor, int index) {
    return "actors[" + index + "]";
  }

  private static String knownIds(Set<String> ids) {
    return ids.isEmpty() ? "" : "; known ids are " + String.join(", ", ids.stream().sorted().toList());
  }
}
