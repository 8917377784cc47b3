package io.github.newsclaims.jsonld;

import io.github.newsclaims.core.Actor;
import io.github.newsclaims.core.ActorKind;
import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.Article;
import io.github.newsclaims.core.Attribution;
import io.github.newsclaims.core.AttributionMode;
import io.github.newsclaims.core.Claim;
import io.github.newsclaims.core.ClaimRelation;
import io.github.newsclaims.core.ClaimRelationKind;
import io.github.newsclaims.core.Estimate;
import java.util.List;
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
 *       it is {@code DERIVED_FROM}.</li>
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
    for (Claim claim : annotated.getClaims()) {
      graph.add(claim(claim));
      List<Attribution> chain = claim.getAttribution();
      for (int i = 0; i < chain.size(); i++) {
        if (chain.get(i).getMode() != AttributionMode.AUTHORIAL) {
          graph.add(statement(claim, i));
        }
      }
      claim.getEstimates().forEach(estimate -> graph.add(estimate(estimate)));
    }
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

  private ObjectNode agent(Actor actor) {
    ObjectNode node = Json.object();
    node.put("id", ids.actor(actor.getId()));
    node.putArray("type").add("Agent").add(actor.getKind() == ActorKind.PERSON ? "Person" : "Organization");
    node.put("label", actor.getName());
    actor.getAffiliation().ifPresent(parent -> node.put("actedOnBehalfOf", ids.actor(parent)));
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
