package io.github.newsclaims.core;

import io.github.newsclaims.core.validation.ClaimsOutsideNonContent;
import io.github.newsclaims.core.validation.IntervalMatchesApproximator;
import io.github.newsclaims.core.validation.ReferencesResolve;
import io.github.newsclaims.core.validation.SpansMatchText;
import jakarta.validation.Valid;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * The unit of exchange: one {@link Article}, the {@link Actor}s it mentions and the {@link Claim}s
 * it makes. A corpus is a stream of these.
 *
 * <p>Invariants: actor ids, claim ids and estimate ids are each unique within the article; there
 * are no cycles among actor affiliations, among claim relations of one kind (except
 * {@code CONTRADICTS} and {@code CONTRASTS}, which are naturally mutual), or among estimates that are relative to or
 * derived from each other. Document rules — every span matches the text ({@link SpansMatchText}),
 * every reference resolves ({@link ReferencesResolve}), no claim lies in page furniture
 * ({@link ClaimsOutsideNonContent}), every interval agrees with its approximator
 * ({@link IntervalMatchesApproximator}) — are reported together by Jakarta Validation. They are
 * checked on the article itself, which cascades ({@code @Valid}) only into its {@link Article}:
 * validating an annotated article walks two objects, whatever the number of claims.
 *
 * @since 0.1.0
 */
@Value.Immutable
@SpansMatchText
@ReferencesResolve
@ClaimsOutsideNonContent
@IntervalMatchesApproximator
public abstract class AnnotatedArticle {
  AnnotatedArticle() {}

  /** {@return the article} */
  @Valid
  public abstract Article getArticle();

  /** {@return the parties that make or are the subject of the claims} */
  public abstract List<Actor> getActors();

  /** {@return the claims, in the order the article makes them} */
  public abstract List<Claim> getClaims();

  /**
   * Who made the annotation and how (PROV-O {@code wasAttributedTo}, ninjs {@code creator}); a
   * claim annotated otherwise carries its own.
   *
   * @return the annotation's provenance, or empty when not recorded
   */
  public abstract Optional<AnnotationProvenance> getProvenance();

  /** {@return a builder for an annotated article} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Lazy
  Map<String, Actor> actorsById() {
    return index(getActors(), Actor::getId);
  }

  @Value.Lazy
  Map<String, Claim> claimsById() {
    return index(getClaims(), Claim::getId);
  }

  @Value.Lazy
  Map<String, Estimate> estimatesById() {
    int count = 0;
    for (Claim claim : getClaims()) {
      count += claim.getEstimates().size();
    }
    Map<String, Estimate> map = new HashMap<>(Math.max(16, count * 2));
    for (Claim claim : getClaims()) {
      for (Estimate estimate : claim.getEstimates()) {
        map.putIfAbsent(estimate.getId(), estimate);
      }
    }
    return Collections.unmodifiableMap(map);
  }

  private static <T> Map<String, T> index(List<T> values, Function<T, String> id) {
    // Built once, on first use, and never handed out: a read-only view of the map needs no copy.
    Map<String, T> map = new HashMap<>(Math.max(16, values.size() * 2));
    for (T value : values) {
      map.putIfAbsent(id.apply(value), value);
    }
    return Collections.unmodifiableMap(map);
  }

  /**
   * The actor with the given id.
   *
   * @param id an actor id
   * @return the actor, or empty if the article has no actor with that id
   */
  public final Optional<Actor> actor(String id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(actorsById().get(id));
  }

  /**
   * The claim with the given id.
   *
   * @param id a claim id
   * @return the claim, or empty if the article has no claim with that id
   */
  public final Optional<Claim> claim(String id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(claimsById().get(id));
  }

  /**
   * The estimate with the given id, from whichever claim holds it.
   *
   * @param id an estimate id
   * @return the estimate, or empty if no claim has an estimate with that id
   */
  public final Optional<Estimate> estimate(String id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(estimatesById().get(id));
  }

  /**
   * Every estimate of every claim, in claim order.
   *
   * @return an unmodifiable list, computed once
   */
  @Value.Lazy
  public List<Estimate> estimates() {
    return getClaims().stream().flatMap(claim -> claim.getEstimates().stream()).toList();
  }

  /**
   * The claims whose attribution chain names the actor anywhere, outermost or nested.
   *
   * @param actorId an actor id
   * @return the claims whose chain names the actor, in article order; possibly empty
   */
  public final List<Claim> claimsAttributedTo(String actorId) {
    Objects.requireNonNull(actorId, "actorId");
    return getClaims().stream().filter(claim -> claim.sources().contains(actorId)).toList();
  }

  /**
   * The claims about the actor.
   *
   * @param actorId an actor id
   * @return the claims about the actor, in article order; possibly empty
   */
  public final List<Claim> claimsAbout(String actorId) {
    Objects.requireNonNull(actorId, "actorId");
    return getClaims().stream().filter(claim -> claim.getAbout().contains(actorId)).toList();
  }

  /**
   * Who annotated {@code claim}: its own provenance if it has one, else the article's.
   *
   * @param claim a claim of this article
   * @return the provenance that applies to the claim, or empty when neither records one
   */
  public final Optional<AnnotationProvenance> provenanceOf(Claim claim) {
    Objects.requireNonNull(claim, "claim");
    return claim.getProvenance().or(this::getProvenance);
  }

  /** {@return the claims that carry at least one estimate} */
  public final List<Claim> claimsWithEstimates() {
    return getClaims().stream().filter(claim -> !claim.getEstimates().isEmpty()).toList();
  }

  /**
   * A short description for people: the article's id and headline and how much was annotated, e.g.
   * {@code AnnotatedArticle kim-1 "North Korea's artillery output surges...": 12 actors, 28 claims, 9 estimates}.
   */
  @Override
  public String toString() {
    long estimates = estimates().size();
    return "AnnotatedArticle " + getArticle().getId() + " " + Checks.quote(getArticle().getHeadline())
        + ": " + plural(getActors().size(), "actor") + ", " + plural(getClaims().size(), "claim") + ", "
        + plural(estimates, "estimate");
  }

  private static String plural(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  @Value.Check
  final void check() {
    String id = getArticle().getId();
    Checks.distinct("article", id, "actor ids", getActors(), Actor::getId);
    Checks.distinct("article", id, "claim ids", getClaims(), Claim::getId);
    int estimates = 0;
    for (Claim claim : getClaims()) {
      estimates += claim.getEstimates().size();
    }
    // Sized once: the ids of a large article are added without the set growing on the way.
    Set<String> estimateIds = new HashSet<>(Math.max(16, estimates * 2));
    for (Claim claim : getClaims()) {
      for (Estimate estimate : claim.getEstimates()) {
        if (!estimateIds.add(estimate.getId())) {
          Checks.fail("%s %s must not repeat %s", "article " + id, "estimate ids", Checks.quote(estimate.getId()));
        }
      }
    }

    // The graphs hold only the nodes that have edges: a node without one is on no cycle.
    Map<String, List<String>> affiliations = new HashMap<>();
    for (Actor actor : getActors()) {
      if (actor.getAffiliation().isPresent()) {
        affiliations.put(actor.getId(), List.of(actor.getAffiliation().get()));
      }
    }
    noCycle("actor affiliations", affiliations);

    // One graph per kind of relation, holding the claims that have relations of that kind.
    Map<ClaimRelationKind, Map<String, List<String>>> relations = new EnumMap<>(ClaimRelationKind.class);
    for (Claim claim : getClaims()) {
      for (ClaimRelation relation : claim.getRelations()) {
        relations.computeIfAbsent(relation.getKind(), kind -> new HashMap<>())
            .computeIfAbsent(claim.getId(), from -> new ArrayList<>()).add(relation.getTarget());
      }
    }
    for (ClaimRelationKind kind : ClaimRelationKind.values()) {
      if (kind != ClaimRelationKind.CONTRADICTS && kind != ClaimRelationKind.CONTRASTS && relations.containsKey(kind)) {
        noCycle("claim relations " + kind, relations.get(kind));
      }
    }

    Map<String, List<String>> estimateEdges = new HashMap<>();
    for (Claim claim : getClaims()) {
      for (Estimate estimate : claim.getEstimates()) {
        List<String> derivedFrom = estimate.getDerivedFrom();
        Optional<String> relativeTo = estimate.getRelativeTo();
        if (relativeTo.isEmpty()) {
          if (!derivedFrom.isEmpty()) {
            estimateEdges.put(estimate.getId(), derivedFrom);
          }
        } else {
          List<String> targets = new ArrayList<>(derivedFrom.size() + 1);
          targets.addAll(derivedFrom);
          targets.add(relativeTo.get());
          estimateEdges.put(estimate.getId(), targets);
        }
      }
    }
    noCycle("estimates (relativeTo and derivedFrom)", estimateEdges);
  }

  /**
   * Depth-first search for a cycle, from the ids in order so that the cycle reported is always the
   * same, iterative so that a long chain cannot overflow the stack; edges to unknown ids are left to
   * the document rules. Only run when a cycle exists: every article read is checked, and most have
   * none.
   */
  private void noCycle(String what, Map<String, List<String>> edges) {
    if (acyclic(edges)) {
      return;
    }
    Set<String> done = new HashSet<>();
    for (String start : edges.keySet().stream().sorted().toList()) {
      if (done.contains(start)) {
        continue;
      }
      // The path from start, and for each node on it the index of its next edge to follow.
      List<String> path = new ArrayList<>(List.of(start));
      List<Integer> next = new ArrayList<>(List.of(0));
      Set<String> onPath = new HashSet<>(Set.of(start));
      while (!path.isEmpty()) {
        int top = path.size() - 1;
        String node = path.get(top);
        List<String> targets = edges.get(node);
        int edge = next.get(top);
        if (edge == targets.size()) {
          path.remove(top);
          next.remove(top);
          onPath.remove(node);
          done.add(node);
          continue;
        }
        next.set(top, edge + 1);
        String target = targets.get(edge);
        if (onPath.contains(target)) {
          List<String> cycle = new ArrayList<>(path.subList(path.indexOf(target), path.size()));
          cycle.add(target);
          throw new IllegalArgumentException("article " + getArticle().getId() + " has a cycle in " + what
              + ": " + String.join(" -> ", cycle));
        }
        if (!done.contains(target) && edges.containsKey(target)) {
          path.add(target);
          next.add(0);
          onPath.add(target);
        }
      }
    }
  }

  /** Whether the graph has no cycle (Kahn's algorithm, linear in nodes and edges). */
  private static boolean acyclic(Map<String, List<String>> edges) {
    if (!anyEdgeBetweenNodes(edges)) {
      // No edge ends at a node that has edges of its own: no path is longer than one edge.
      return true;
    }
    Map<String, Integer> incoming = new HashMap<>();
    for (List<String> targets : edges.values()) {
      for (String target : targets) {
        if (edges.containsKey(target)) {
          incoming.merge(target, 1, Integer::sum);
        }
      }
    }
    if (incoming.isEmpty()) {
      return true;
    }
    Deque<String> free = new ArrayDeque<>();
    edges.keySet().stream().filter(node -> !incoming.containsKey(node)).forEach(free::add);
    int removed = 0;
    while (!free.isEmpty()) {
      removed++;
      for (String target : edges.get(free.poll())) {
        if (edges.containsKey(target) && incoming.merge(target, -1, Integer::sum) == 0) {
          free.add(target);
        }
      }
    }
    return removed == edges.size();
  }

  /** Whether some edge ends at a node that has edges of its own, the only way to a cycle. */
  private static boolean anyEdgeBetweenNodes(Map<String, List<String>> edges) {
    for (List<String> targets : edges.values()) {
      for (int i = 0, n = targets.size(); i < n; i++) {
        if (edges.containsKey(targets.get(i))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Builds an {@link AnnotatedArticle}; the article is required.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableAnnotatedArticle.Builder {
    Builder() {}
  }
}
