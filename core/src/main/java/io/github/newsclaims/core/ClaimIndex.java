package io.github.newsclaims.core;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Claims across many annotated articles: every appearance of a claim {@link Claim#getKey() key},
 * every claim an actor makes anywhere in the corpus, and the estimates that conflict between
 * articles. Immutable and thread-safe once built.
 *
 * <p><b>How actors match across articles.</b> Ids are local to an article, so an actor is matched
 * by its {@link Actor#getSameAs() sameAs} URIs first: two actors of different articles are the same
 * party when they share a {@code sameAs} URI. Only when neither of them has any {@code sameAs} do
 * equal ids make them the same party. Actors with different {@code sameAs} URIs and the same id
 * are different parties (two people both annotated as {@code "kim"}).
 *
 * <p>Article ids are unique in an index.
 *
 * @since 0.1.0
 */
public final class ClaimIndex {
  private final List<AnnotatedArticle> articles;
  private final Map<String, List<ClaimAppearance>> byKey;

  private ClaimIndex(List<AnnotatedArticle> articles) {
    this.articles = articles;
    Map<String, List<ClaimAppearance>> keys = new LinkedHashMap<>();
    for (AnnotatedArticle article : articles) {
      for (Claim claim : article.getClaims()) {
        claim.getKey().ifPresent(key -> keys.computeIfAbsent(key, k -> new ArrayList<>())
            .add(new ClaimAppearance(article, claim)));
      }
    }
    Map<String, List<ClaimAppearance>> frozen = new LinkedHashMap<>();
    keys.forEach((key, appearances) -> frozen.put(key, List.copyOf(appearances)));
    this.byKey = java.util.Collections.unmodifiableMap(frozen);
  }

  /**
   * An index of {@code articles}, in their order.
   *
   * @param articles the annotated articles to index, each with a distinct id
   * @return the index
   * @throws IllegalArgumentException if two articles have the same id
   */
  public static ClaimIndex of(Collection<AnnotatedArticle> articles) {
    Objects.requireNonNull(articles, "articles");
    Checks.distinct("claim index", "article ids", articles.stream().map(a -> a.getArticle().getId()).toList());
    return new ClaimIndex(List.copyOf(articles));
  }

  /** {@return the articles, in the order given} */
  public List<AnnotatedArticle> articles() {
    return articles;
  }

  /** {@return every claim key in the corpus, in the order of first appearance} */
  public Set<String> keys() {
    return byKey.keySet();
  }

  /**
   * Every appearance of the claim with {@code key}, in article order and, within one, claim order.
   *
   * @param key a claim key
   * @return the appearances of the claim; empty when no claim has that key
   */
  public List<ClaimAppearance> appearances(String key) {
    Objects.requireNonNull(key, "key");
    return byKey.getOrDefault(key, List.of());
  }

  /**
   * Every claim whose attribution chain names, at any hop, an actor that is the same party as
   * {@code actor} (matched as the class describes), in article and claim order.
   *
   * @param actor an actor of any article
   * @return the appearances of the claims attributed to the same party; possibly empty
   */
  public List<ClaimAppearance> claimsBy(Actor actor) {
    Objects.requireNonNull(actor, "actor");
    return claimsBy(candidate -> sameParty(actor, candidate));
  }

  /**
   * Every claim whose attribution chain names, at any hop, an actor that has {@code sameAsOrId}
   * among its {@code sameAs} URIs or, if it has none, as its id: {@code "http://www.wikidata.org/entity/Q423"}
   * finds North Korea's claims in every article that links it to Wikidata, {@code "kcna"} the claims
   * of actors with that id that no {@code sameAs} identifies.
   *
   * @param sameAsOrId a {@code sameAs} URI or an actor id
   * @return the appearances of the claims attributed to matching actors; possibly empty
   */
  public List<ClaimAppearance> claimsBy(String sameAsOrId) {
    Objects.requireNonNull(sameAsOrId, "sameAsOrId");
    return claimsBy(candidate -> candidate.getSameAs().isEmpty() ? candidate.getId().equals(sameAsOrId)
        : candidate.getSameAs().stream().anyMatch(uri -> uri.toString().equals(sameAsOrId)));
  }

  private List<ClaimAppearance> claimsBy(java.util.function.Predicate<Actor> matches) {
    List<ClaimAppearance> found = new ArrayList<>();
    for (AnnotatedArticle article : articles) {
      Set<String> ids = new HashSet<>();
      article.getActors().stream().filter(matches).forEach(actor -> ids.add(actor.getId()));
      if (ids.isEmpty()) {
        continue;
      }
      for (Claim claim : article.getClaims()) {
        if (claim.sources().stream().anyMatch(ids::contains)) {
          found.add(new ClaimAppearance(article, claim));
        }
      }
    }
    return List.copyOf(found);
  }

  /**
   * Whether {@code a} and {@code b}, possibly of different articles, are the same party.
   *
   * @param a an actor
   * @param b another actor, possibly of another article
   * @return true if they are the same party
   */
  public static boolean sameParty(Actor a, Actor b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    if (a.getSameAs().isEmpty() && b.getSameAs().isEmpty()) {
      return a.getId().equals(b.getId());
    }
    Set<URI> uris = new HashSet<>(a.getSameAs());
    return b.getSameAs().stream().anyMatch(uris::contains);
  }

  /**
   * Every pair of conflicting estimates within and across the articles, as
   * {@link Estimates#conflicts(Collection)} finds them: the same measure, commensurable units,
   * disjoint intervals.
   *
   * @return the conflicting pairs; empty when there are none
   */
  public List<EstimateConflict> estimateConflicts() {
    return Estimates.conflicts(articles);
  }

  /**
   * The pairs of conflicting estimates between appearances of the claim with {@code key} in
   * different articles: estimates of the same measure (compared as {@link Estimates#conflicts} does)
   * and commensurable units whose intervals are disjoint — the same claim reported with figures
   * that cannot both be right. Pairs come in article order, each once.
   *
   * @param key a claim key
   * @return the conflicting pairs between its appearances; empty when there are none
   */
  public List<EstimateConflict> estimateConflicts(String key) {
    Objects.requireNonNull(key, "key");
    List<ClaimAppearance> appearances = appearances(key);
    List<EstimateConflict> conflicts = new ArrayList<>();
    for (int i = 0; i < appearances.size(); i++) {
      for (int j = i + 1; j < appearances.size(); j++) {
        ClaimAppearance a = appearances.get(i);
        ClaimAppearance b = appearances.get(j);
        if (a.articleId().equals(b.articleId())) {
          continue;
        }
        for (Estimate x : a.claim().getEstimates()) {
          for (Estimate y : b.claim().getEstimates()) {
            if (Estimates.measureKey(x).equals(Estimates.measureKey(y)) && x.getUnit().isCommensurableWith(y.getUnit())
                && Estimates.compare(x, y) == EstimateComparison.CONFLICTING) {
              conflicts.add(EstimateConflict.of(a.articleId(), x, b.articleId(), y));
            }
          }
        }
      }
    }
    return List.copyOf(conflicts);
  }

  /**
   * The article with the given id.
   *
   * @param id an article id
   * @return the indexed article with that id, or empty
   */
  public Optional<AnnotatedArticle> article(String id) {
    Objects.requireNonNull(id, "id");
    return articles.stream().filter(a -> a.getArticle().getId().equals(id)).findFirst();
  }
}
