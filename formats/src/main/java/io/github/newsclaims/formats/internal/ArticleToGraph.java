package io.github.newsclaims.formats.internal;

import io.github.newsclaims.core.Actor;
import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.AnnotationProvenance;
import io.github.newsclaims.core.ClaimReview;
import io.github.newsclaims.core.Rating;
import java.net.URI;
import io.github.newsclaims.core.Article;
import io.github.newsclaims.core.Attribution;
import io.github.newsclaims.core.Claim;
import io.github.newsclaims.core.ClaimRelation;
import io.github.newsclaims.core.ClaimRelationKind;
import io.github.newsclaims.core.Estimate;
import io.github.newsclaims.core.Factuality;
import io.github.newsclaims.core.NonContentSpan;
import io.github.newsclaims.core.TextSpan;
import io.github.newsclaims.core.TimeReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Maps an annotated article to the layer graph, losing nothing. Not API. */
public final class ArticleToGraph {
  private final List<Node> nodes = new ArrayList<>();
  private final List<Link> links = new ArrayList<>();
  private final Map<String, String> actorNodes = new HashMap<>();
  private final Map<String, String> claimNodes = new HashMap<>();
  private final Map<String, String> estimateNodes = new HashMap<>();

  private ArticleToGraph() {}

  /**
   * The graph of an annotated article.
   *
   * @param annotated the annotated article to map
   * @return its layer graph, holding every annotation
   */
  public static Graph map(AnnotatedArticle annotated) {
    ArticleToGraph mapping = new ArticleToGraph();
    mapping.add(annotated);
    return new Graph(annotated.getArticle().getText(), mapping.nodes, mapping.links);
  }

  private void add(AnnotatedArticle annotated) {
    Article article = annotated.getArticle();
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("id", article.getId());
    values.put("headline", article.getHeadline());
    values.put("language", article.getLanguage());
    article.getOutlet().ifPresent(v -> values.put("outlet", v));
    article.getUrl().ifPresent(v -> values.put("url", v.toString()));
    article.getPublicationDate().ifPresent(v -> values.put("publicationDate", v.toString()));
    annotated.getProvenance().ifPresent(provenance -> provenance(values, provenance));
    node("Article", Optional.empty(), values);
    for (NonContentSpan furniture : article.getNonContent()) {
      node("NonContent", Optional.of(furniture.getSpan()), Map.of("nonContentKind", Schema.value(furniture.getKind())));
    }
    for (Actor actor : annotated.getActors()) {
      Map<String, Object> actorValues = new LinkedHashMap<>();
      actorValues.put("id", actor.getId());
      actorValues.put("name", actor.getName());
      actorValues.put("actorKind", Schema.value(actor.getKind()));
      if (!actor.getAliases().isEmpty()) {
        actorValues.put("aliases", actor.getAliases());
      }
      if (!actor.getSameAs().isEmpty()) {
        actorValues.put("sameAs", actor.getSameAs().stream().map(URI::toString).toList());
      }
      actorNodes.put(actor.getId(), node("Actor", Optional.empty(), actorValues));
    }
    for (Actor actor : annotated.getActors()) {
      actor.getAffiliation().ifPresent(to -> link("affiliation", actorNodes.get(actor.getId()), actorNodes.get(to)));
    }
    // Claims first, so that relations and estimates may point forward.
    List<Runnable> afterwards = new ArrayList<>();
    for (Claim claim : annotated.getClaims()) {
      addClaim(claim, afterwards);
    }
    afterwards.forEach(Runnable::run);
  }

  private void addClaim(Claim claim, List<Runnable> afterwards) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("id", claim.getId());
    values.put("proposition", claim.getProposition());
    values.put("claimKind", Schema.value(claim.getKind()));
    factuality(values, claim.getFactuality());
    claim.getKey().ifPresent(key -> values.put("key", key));
    claim.getProvenance().ifPresent(provenance -> provenance(values, provenance));
    List<TextSpan> evidence = claim.getEvidence();
    String id = node("Claim", Optional.of(evidence.get(0)), values);
    claimNodes.put(claim.getId(), id);
    for (TextSpan more : evidence.subList(1, evidence.size())) {
      link("evidence", id, node("Evidence", Optional.of(more), Map.of()));
    }
    for (Attribution hop : claim.getAttribution()) {
      Map<String, Object> hopValues = new LinkedHashMap<>();
      hopValues.put("mode", Schema.value(hop.getMode()));
      factuality(hopValues, hop.getCommitment());
      if (hop.isCarriedOver()) {
        hopValues.put("carriedOver", "true");
      }
      String hopId = node("Attribution", hop.getCue(), hopValues);
      link("attribution", id, hopId);
      hop.getSource().ifPresent(source -> link("source", hopId, actorNodes.get(source)));
      hop.getSourceMention().ifPresent(mention -> link("sourceMention", hopId, node("Source", Optional.of(mention), Map.of())));
      hop.getTime().ifPresent(time -> link("attributionTime", hopId, time(time)));
      for (TextSpan hedge : hop.getHedges()) {
        link("hopHedge", hopId, node("Hedge", Optional.of(hedge), Map.of()));
      }
    }
    for (TextSpan hedge : claim.getHedges()) {
      link("hedge", id, node("Hedge", Optional.of(hedge), Map.of()));
    }
    for (Estimate estimate : claim.getEstimates()) {
      String estimateId = estimate(estimate);
      link("estimate", id, estimateId);
      afterwards.add(() -> {
        estimate.getRelativeTo().ifPresent(to -> link("relativeTo", estimateId, estimateNodes.get(to)));
        estimate.getDerivedFrom().forEach(from -> link("estimateDerivedFrom", estimateId, estimateNodes.get(from)));
      });
    }
    claim.getTime().ifPresent(time -> link("time", id, time(time)));
    claim.getAbout().forEach(actor -> link("about", id, actorNodes.get(actor)));
    claim.getPlace().ifPresent(place -> {
      Map<String, Object> placeValues = new LinkedHashMap<>();
      placeValues.put("name", place.getName());
      if (!place.getSameAs().isEmpty()) {
        placeValues.put("sameAs", place.getSameAs().stream().map(URI::toString).toList());
      }
      link("place", id, node("Place", place.getMention(), placeValues));
    });
    for (ClaimReview review : claim.getReviews()) {
      Map<String, Object> reviewValues = new LinkedHashMap<>();
      Rating rating = review.getRating();
      reviewValues.put("ratingLabel", rating.getLabel());
      rating.getValue().ifPresent(v -> reviewValues.put("ratingValue", Double.toString(v)));
      rating.getWorst().ifPresent(v -> reviewValues.put("ratingWorst", Double.toString(v)));
      rating.getBest().ifPresent(v -> reviewValues.put("ratingBest", Double.toString(v)));
      reviewValues.put("url", review.getUrl().toString());
      review.getDate().ifPresent(v -> reviewValues.put("date", v.toString()));
      review.getSummary().ifPresent(v -> reviewValues.put("summary", v));
      String reviewId = node("Review", Optional.empty(), reviewValues);
      link("review", id, reviewId);
      link("reviewer", reviewId, actorNodes.get(review.getReviewer()));
    }
    afterwards.add(() -> {
      for (ClaimRelation relation : claim.getRelations()) {
        link(role(relation.getKind()), id, claimNodes.get(relation.getTarget()));
      }
    });
  }

  /** The link role of a claim relation kind. */
  static String role(ClaimRelationKind kind) {
    return switch (kind) {
      case SUPPORTS -> "supports";
      case CONTRADICTS -> "contradicts";
      case ELABORATES -> "elaborates";
      case DERIVED_FROM -> "derivedFrom";
      case CONTRASTS -> "contrasts";
      case REPORTS -> "reports";
    };
  }

  private String estimate(Estimate estimate) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("id", estimate.getId());
    values.put("measure", estimate.getMeasure());
    values.put("unitKind", Schema.value(estimate.getUnit().getKind()));
    estimate.getUnit().getName().ifPresent(name -> values.put("unitName", name));
    values.put("approximator", Schema.value(estimate.getApproximator()));
    values.put("interval", estimate.getInterval().toString());
    estimate.getStatedValue().ifPresent(v -> values.put("statedValue", Double.toString(v)));
    String id = node("Quantity", estimate.getPhrase(), values);
    estimateNodes.put(estimate.getId(), id);
    return id;
  }

  private String time(TimeReference time) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("timeKind", Schema.value(time.getKind()));
    time.getYear().ifPresent(v -> values.put("year", Integer.toString(v)));
    time.getMonth().ifPresent(v -> values.put("month", Integer.toString(v)));
    time.getDay().ifPresent(v -> values.put("day", Integer.toString(v)));
    time.getPeriod().ifPresent(v -> values.put("period", v.toString()));
    return node("Time", time.getExpression(), values);
  }

  private static void provenance(Map<String, Object> values, AnnotationProvenance provenance) {
    values.put("annotator", provenance.getAnnotator());
    values.put("method", Schema.value(provenance.getMethod()));
    provenance.getConfidence().ifPresent(v -> values.put("confidence", Double.toString(v)));
  }

  private static void factuality(Map<String, Object> values, Factuality factuality) {
    values.put("polarity", Schema.value(factuality.getPolarity()));
    values.put("certainty", Schema.value(factuality.getCertainty()));
    factuality.getLikelihood().ifPresent(band -> values.put("likelihood", Schema.value(band)));
  }

  private String node(String type, Optional<TextSpan> span, Map<String, Object> values) {
    String id = "n" + (nodes.size() + 1);
    nodes.add(new Node(id, type, span, values, id));
    return id;
  }

  private void link(String role, String from, String to) {
    if (from == null || to == null) {
      // A dangling reference in a model built without its document rules checked: nothing to point at.
      throw new IllegalArgumentException("cannot write a " + role + " link to an id the article does not define");
    }
    links.add(new Link(role, from, to, from));
  }
}
