package io.github.newsclaims.jsonld;

import io.github.newsclaims.core.Actor;
import io.github.newsclaims.core.ActorKind;
import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.AnnotationMethod;
import io.github.newsclaims.core.AnnotationProvenance;
import io.github.newsclaims.core.Article;
import io.github.newsclaims.core.Attribution;
import io.github.newsclaims.core.AttributionMode;
import io.github.newsclaims.core.Claim;
import io.github.newsclaims.core.ClaimRelation;
import io.github.newsclaims.core.ClaimRelationKind;
import io.github.newsclaims.core.Estimate;
import io.github.newsclaims.core.Place;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An annotated article as PROV-O in JSON-LD, with the bundled newsclaims PROV context:
 *
 * <ul>
 *   <li>the article and each claim are {@code prov:Entity}s; a claim is {@code nc:statedIn} the article;</li>
 *   <li>each actor is a {@code prov:Agent} ({@code prov:Person} or {@code prov:Organization}),
 *       {@code prov:actedOnBehalfOf} the actor it is affiliated with;</li>
 *   <li>each hop of a claim's attribution chain is a {@code prov:Attribution} in the claim's
 *       {@code prov:qualifiedAttribution}, carrying its position in the chain ({@code nc:hop}, 0 the
 *       outermost), mode, cue and commitment; the claim is also {@code prov:wasAttributedTo} each
 *       named source;</li>
 *   <li>what each source said is an entity of its own ({@code <claim>/hop-<i>}), attributed to the
 *       source and derived from the next hop inwards; the claim {@code prov:hadPrimarySource} the
 *       innermost and {@code prov:wasQuotedFrom} each that the article quotes (direct or partial
 *       quote);</li>
 *   <li>estimates are entities ({@code nc:estimate} of their claim); a derived estimate
 *       {@code prov:wasDerivedFrom} its inputs, and a claim {@code prov:wasDerivedFrom} the claims
 *       it is {@code DERIVED_FROM};</li>
 *   <li>a claim's place is its {@code prov:atLocation} (a {@code prov:Location} with its
 *       {@code sameAs} URIs); an actor's {@code sameAs} URIs are kept too;</li>
 *   <li>who annotated, when the model says: each claim {@code prov:wasGeneratedBy} an annotating
 *       {@code prov:Activity} ({@code <article>#annotating}, or {@code <claim>/annotating} for a claim
 *       annotated otherwise) {@code prov:wasAssociatedWith} the annotator (a {@code prov:Person}
 *       for manual annotation, a {@code prov:SoftwareAgent} for automatic), with {@code nc:method}
 *       and {@code nc:confidence}.</li>
 * </ul>
 */
final class ProvExport {
  private final AnnotatedArticle annotated;
  private final Ids ids;

  private ProvExport(AnnotatedArticle annotated) {
    this.annotated = annotated;
    this.ids = new Ids(annotated);
  }

  static ObjectNode export(AnnotatedArticle annotated) {
    return new ProvExport(annotated).document();
  }

  private ObjectNode document() {
    ObjectNode document = Json.object();
    document.put("@context", Contexts.PROV);
    ArrayNode graph = document.putArray("@graph");
    graph.add(article());
    annotated.getActors().forEach(actor -> graph.add(agent(actor)));
    Map<String, AnnotationProvenance> annotators = new LinkedHashMap<>();
    annotated.getProvenance().ifPresent(provenance -> {
      graph.add(activity(ids.fragment("annotating"), provenance));
      annotators.putIfAbsent(provenance.getAnnotator(), provenance);
    });
    for (Claim claim : annotated.getClaims()) {
      ObjectNode node = claim(claim);
      if (claim.getProvenance().isPresent()) {
        AnnotationProvenance provenance = claim.getProvenance().get();
        String activity = ids.claim(claim.getId()) + "/annotating";
        graph.add(activity(activity, provenance));
        annotators.putIfAbsent(provenance.getAnnotator(), provenance);
        node.put("wasGeneratedBy", activity);
      } else if (annotated.getProvenance().isPresent()) {
        node.put("wasGeneratedBy", ids.fragment("annotating"));
      }
      graph.add(node);
      List<Attribution> chain = claim.getAttribution();
      for (int i = 0; i < chain.size(); i++) {
        if (chain.get(i).getMode() != AttributionMode.AUTHORIAL) {
          graph.add(statement(claim, i));
        }
      }
      claim.getEstimates().forEach(estimate -> graph.add(estimate(estimate)));
    }
    annotators.values().forEach(provenance -> graph.add(annotator(provenance)));
    return document;
  }

  private ObjectNode article() {
    Article article = annotated.getArticle();
    ObjectNode node = Json.object();
    node.put("id", ids.article());
    node.put("type", "Entity");
    node.put("label", article.getHeadline());
    article.getOutlet().ifPresent(outlet -> {
      ObjectNode publisher = node.putObject("wasAttributedTo");
      publisher.put("id", ids.fragment("publisher"));
      publisher.putArray("type").add("Agent").add("Organization");
      publisher.put("label", outlet);
    });
    return node;
  }

  private ObjectNode activity(String id, AnnotationProvenance provenance) {
    ObjectNode node = Json.object();
    node.put("id", id);
    node.put("type", "Activity");
    node.put("label", "annotating claims in \u201c" + annotated.getArticle().getHeadline() + "\u201d");
    node.put("wasAssociatedWith", ids.annotator(provenance.getAnnotator()));
    node.put("method", provenance.getMethod().name());
    provenance.getConfidence().ifPresent(confidence -> node.put("confidence", confidence));
    return node;
  }

  private ObjectNode annotator(AnnotationProvenance provenance) {
    ObjectNode node = Json.object();
    node.put("id", ids.annotator(provenance.getAnnotator()));
    ArrayNode types = node.putArray("type").add("Agent");
    if (provenance.getMethod() == AnnotationMethod.MANUAL) {
      types.add("Person");
    } else if (provenance.getMethod() == AnnotationMethod.AUTOMATIC) {
      types.add("SoftwareAgent");
    }
    node.put("label", provenance.getAnnotator());
    return node;
  }

  private static void sameAs(ObjectNode node, List<URI> sameAs) {
    if (!sameAs.isEmpty()) {
      ArrayNode list = node.putArray("sameAs");
      sameAs.forEach(uri -> list.add(uri.toString()));
    }
  }

  private static ObjectNode location(Place place) {
    ObjectNode node = Json.object();
    node.put("type", "Location");
    node.put("label", place.getName());
    sameAs(node, place.getSameAs());
    return node;
  }

  private ObjectNode agent(Actor actor) {
    ObjectNode node = Json.object();
    node.put("id", ids.actor(actor.getId()));
    node.putArray("type").add("Agent").add(actor.getKind() == ActorKind.PERSON ? "Person" : "Organization");
    node.put("label", actor.getName());
    actor.getAffiliation().ifPresent(parent -> node.put("actedOnBehalfOf", ids.actor(parent)));
    sameAs(node, actor.getSameAs());
    return node;
  }

  private ObjectNode claim(Claim claim) {
    String claimId = ids.claim(claim.getId());
    ObjectNode node = Json.object();
    node.put("id", claimId);
    node.put("type", "Entity");
    node.put("value", claim.getProposition());
    node.put("kind", claim.getKind().name());
    node.put("factuality", claim.getFactuality().factBankCode());
    node.put("statedIn", ids.article());
    claim.getPlace().ifPresent(place -> node.set("atLocation", location(place)));
    List<Attribution> chain = claim.getAttribution();
    ArrayNode sources = Json.array();
    chain.forEach(hop -> hop.getSource().ifPresent(source -> sources.add(ids.actor(source))));
    if (!sources.isEmpty()) {
      node.set("wasAttributedTo", sources);
    }
    if (!chain.isEmpty()) {
      ArrayNode qualified = node.putArray("qualifiedAttribution");
      for (int i = 0; i < chain.size(); i++) {
        Attribution hop = chain.get(i);
        ObjectNode attribution = qualified.addObject();
        attribution.put("type", "Attribution");
        hop.getSource().ifPresent(source -> attribution.put("agent", ids.actor(source)));
        attribution.put("hop", i);
        attribution.put("mode", hop.getMode().name());
        hop.getCue().ifPresent(cue -> attribution.put("cue", cue.getText()));
        attribution.put("commitment", hop.getCommitment().factBankCode());
        if (!hop.getHedges().isEmpty()) {
          ArrayNode hedges = attribution.putArray("hedge");
          hop.getHedges().forEach(hedge -> hedges.add(hedge.getText()));
        }
        if (hop.isCarriedOver()) {
          attribution.put("carriedOver", true);
        }
      }
      int innermost = chain.size() - 1;
      if (chain.get(innermost).getMode() != AttributionMode.AUTHORIAL) {
        node.put("hadPrimarySource", claimId + "/hop-" + innermost);
      }
      ArrayNode quoted = Json.array();
      for (int i = 0; i < chain.size(); i++) {
        AttributionMode mode = chain.get(i).getMode();
        if (mode == AttributionMode.DIRECT_QUOTE || mode == AttributionMode.PARTIAL_QUOTE) {
          quoted.add(claimId + "/hop-" + i);
        }
      }
      if (!quoted.isEmpty()) {
        node.set("wasQuotedFrom", quoted);
      }
    }
    ArrayNode derived = Json.array();
    for (ClaimRelation relation : claim.getRelations()) {
      if (relation.getKind() == ClaimRelationKind.DERIVED_FROM) {
        derived.add(ids.claim(relation.getTarget()));
      }
    }
    if (!derived.isEmpty()) {
      node.set("wasDerivedFrom", derived);
    }
    if (!claim.getEstimates().isEmpty()) {
      ArrayNode estimates = node.putArray("estimate");
      claim.getEstimates().forEach(estimate -> estimates.add(ids.estimate(estimate.getId())));
    }
    return node;
  }

  /** What the source of hop {@code i} said, as the article passes it on. */
  private ObjectNode statement(Claim claim, int i) {
    String claimId = ids.claim(claim.getId());
    Attribution hop = claim.getAttribution().get(i);
    ObjectNode node = Json.object();
    node.put("id", claimId + "/hop-" + i);
    node.put("type", "Entity");
    node.put("label", "what " + hop.getSource().flatMap(annotated::actor).map(Actor::getName).orElse("an unnamed source")
        + " said, as claim " + claim.getId() + " passes it on");
    hop.getSource().ifPresent(source -> node.put("wasAttributedTo", ids.actor(source)));
    if (i + 1 < claim.getAttribution().size()) {
      node.put("wasDerivedFrom", claimId + "/hop-" + (i + 1));
    }
    return node;
  }

  private ObjectNode estimate(Estimate estimate) {
    ObjectNode node = Json.object();
    node.put("id", ids.estimate(estimate.getId()));
    node.put("type", "Entity");
    node.put("measure", estimate.getMeasure());
    node.put("unit", estimate.getUnit().toString());
    node.put("approximator", estimate.getApproximator().name());
    node.put("interval", estimate.getInterval().toString());
    if (!estimate.getDerivedFrom().isEmpty()) {
      ArrayNode from = node.putArray("wasDerivedFrom");
      estimate.getDerivedFrom().forEach(input -> from.add(ids.estimate(input)));
    }
    return node;
  }
}
