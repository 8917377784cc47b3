package io.github.newsclaims.jsonld;

import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.AnnotationMethod;
import io.github.newsclaims.core.AnnotationProvenance;
import io.github.newsclaims.core.Attribution;
import io.github.newsclaims.core.Claim;
import io.github.newsclaims.core.Estimate;
import io.github.newsclaims.core.TextSpan;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An annotated article as a W3C Web Annotation {@code AnnotationCollection} whose first and only
 * {@code AnnotationPage} holds, in claim order, one annotation per claim (motivation
 * {@code describing}; its evidence spans are the targets; its bodies the proposition as a
 * {@code TextualBody} and the claim's kind, factuality and attribution chain as newsclaims terms),
 * followed by the claim's hedges and estimate phrases (motivation {@code tagging}).
 *
 * <p>Every target is a {@code SpecificResource} on the article with two selectors for the same
 * text: a {@code TextQuoteSelector} (exact text, with up to {@value #CONTEXT} code units of
 * prefix and suffix) and a {@code TextPositionSelector} whose offsets count Unicode code points,
 * as the Web Annotation model requires, converted from the model's UTF-16 code units.
 *
 * <p>When the model says who annotated a claim ({@link AnnotatedArticle#provenanceOf}), its
 * annotations have that {@code creator} (a {@code Person} for manual annotation, {@code Software}
 * for automatic), with the method and confidence as newsclaims terms.
 */
final class WebAnnotationExport {
  /** How much context the quote selectors keep on each side, in UTF-16 code units. */
  static final int CONTEXT = 32;
  static final String ROLE_CLAIM = "claim";
  static final String ROLE_HEDGE = "hedge";
  static final String ROLE_ESTIMATE = "estimate";

  private final AnnotatedArticle annotated;
  private final Ids ids;
  private final String text;

  private WebAnnotationExport(AnnotatedArticle annotated) {
    this.annotated = annotated;
    this.ids = new Ids(annotated);
    this.text = annotated.getArticle().getText();
  }

  static ObjectNode export(AnnotatedArticle annotated) {
    return new WebAnnotationExport(annotated).collection();
  }

  private ObjectNode collection() {
    ArrayNode items = Json.array();
    for (Claim claim : annotated.getClaims()) {
      items.add(claimAnnotation(claim));
      for (int i = 0; i < claim.getHedges().size(); i++) {
        items.add(hedgeAnnotation(claim, i));
      }
      for (Estimate estimate : claim.getEstimates()) {
        estimate.getPhrase().ifPresent(phrase -> items.add(estimateAnnotation(claim, estimate, phrase)));
      }
    }
    ObjectNode collection = Json.object();
    ArrayNode context = collection.putArray("@context");
    context.add(Contexts.ANNO);
    context.addObject().put("nc", Contexts.NEWSCLAIMS_NS);
    collection.put("id", ids.fragment("annotations"));
    collection.put("type", "AnnotationCollection");
    collection.put("label", "Claims in \u201c" + annotated.getArticle().getHeadline() + "\u201d");
    collection.put("total", items.size());
    ObjectNode page = collection.putObject("first");
    page.put("id", ids.fragment("annotations-page-1"));
    page.put("type", "AnnotationPage");
    page.put("partOf", ids.fragment("annotations"));
    page.put("startIndex", 0);
    page.set("items", items);
    return collection;
  }

  private ObjectNode claimAnnotation(Claim claim) {
    ObjectNode annotation = annotation(claim, ids.claim(claim.getId()) + "/annotation", "describing", ROLE_CLAIM);
    ArrayNode bodies = annotation.putArray("body");
    bodies.addObject()
        .put("type", "TextualBody")
        .put("purpose", "describing")
        .put("value", claim.getProposition())
        .put("format", "text/plain")
        .put("language", annotated.getArticle().getLanguage());
    ObjectNode body = claimBody(bodies, claim);
    body.put("nc:kind", claim.getKind().name());
    body.put("nc:factuality", claim.getFactuality().factBankCode());
    ArrayNode chain = body.putObject("nc:attribution").putArray("@list");
    for (Attribution hop : claim.getAttribution()) {
      ObjectNode node = chain.addObject();
      node.put("nc:mode", hop.getMode().name());
      hop.getSource().ifPresent(source -> {
        node.putObject("nc:source").put("id", ids.actor(source));
        annotated.actor(source).ifPresent(actor -> node.put("nc:sourceName", actor.getName()));
      });
      hop.getCue().ifPresent(cue -> node.put("nc:cue", cue.getText()));
      node.put("nc:commitment", hop.getCommitment().factBankCode());
      if (!hop.getHedges().isEmpty()) {
        ArrayNode hedges = node.putArray("nc:hedge");
        hop.getHedges().forEach(hedge -> hedges.add(hedge.getText()));
      }
      if (hop.isCarriedOver()) {
        node.put("nc:carriedOver", true);
      }
    }
    ArrayNode targets = annotation.putArray("target");
    claim.getEvidence().forEach(span -> targets.add(target(span)));
    return annotation;
  }

  private ObjectNode hedgeAnnotation(Claim claim, int index) {
    ObjectNode annotation = annotation(claim, ids.claim(claim.getId()) + "/hedge-" + index, "tagging", ROLE_HEDGE);
    ArrayNode bodies = annotation.putArray("body");
    bodies.addObject().put("type", "TextualBody").put("purpose", "tagging").put("value", "hedge");
    claimBody(bodies, claim);
    annotation.set("target", target(claim.getHedges().get(index)));
    return annotation;
  }

  private ObjectNode estimateAnnotation(Claim claim, Estimate estimate, TextSpan phrase) {
    ObjectNode annotation = annotation(claim, ids.estimate(estimate.getId()) + "/annotation", "tagging", ROLE_ESTIMATE);
    ArrayNode bodies = annotation.putArray("body");
    bodies.addObject().put("type", "TextualBody").put("purpose", "tagging").put("value", "estimate");
    claimBody(bodies, claim);
    ObjectNode body = bodies.addObject();
    body.put("id", ids.estimate(estimate.getId()));
    body.put("type", "nc:Estimate");
    body.put("nc:estimateId", estimate.getId());
    body.put("nc:measure", estimate.getMeasure());
    body.put("nc:unit", estimate.getUnit().toString());
    body.put("nc:approximator", estimate.getApproximator().name());
    body.put("nc:interval", estimate.getInterval().toString());
    annotation.set("target", target(phrase));
    return annotation;
  }

  private ObjectNode annotation(Claim claim, String id, String motivation, String role) {
    ObjectNode annotation = Json.object();
    annotation.put("id", id);
    annotation.put("type", "Annotation");
    annotation.put("motivation", motivation);
    annotation.put("nc:role", role);
    annotated.provenanceOf(claim).ifPresent(provenance -> creator(annotation, provenance));
    return annotation;
  }

  private void creator(ObjectNode annotation, AnnotationProvenance provenance) {
    ObjectNode creator = annotation.putObject("creator");
    creator.put("id", ids.annotator(provenance.getAnnotator()));
    if (provenance.getMethod() == AnnotationMethod.MANUAL) {
      creator.put("type", "Person");
    } else if (provenance.getMethod() == AnnotationMethod.AUTOMATIC) {
      creator.put("type", "Software");
    }
    creator.put("name", provenance.getAnnotator());
    annotation.put("nc:method", provenance.getMethod().name());
    provenance.getConfidence().ifPresent(confidence -> annotation.put("nc:confidence", confidence));
  }

  private ObjectNode claimBody(ArrayNode bodies, Claim claim) {
    ObjectNode body = bodies.addObject();
    body.put("id", ids.claim(claim.getId()));
    body.put("type", "nc:Claim");
    body.put("nc:claimId", claim.getId());
    return body;
  }

  private ObjectNode target(TextSpan span) {
    ObjectNode target = Json.object();
    target.put("type", "SpecificResource");
    target.put("source", ids.article());
    ArrayNode selectors = target.putArray("selector");
    ObjectNode quote = selectors.addObject();
    quote.put("type", "TextQuoteSelector");
    quote.put("exact", span.getText());
    quote.put("prefix", text.substring(contextStart(span.getStart()), span.getStart()));
    quote.put("suffix", text.substring(span.getEnd(), contextEnd(span.getEnd())));
    ObjectNode position = selectors.addObject();
    position.put("type", "TextPositionSelector");
    position.put("start", CodePoints.fromUtf16(text, span.getStart()));
    position.put("end", CodePoints.fromUtf16(text, span.getEnd()));
    return target;
  }

  /** Up to {@link #CONTEXT} code units before {@code start}, not starting inside a surrogate pair. */
  private int contextStart(int start) {
    int from = Math.max(0, start - CONTEXT);
    return from > 0 && Character.isLowSurrogate(text.charAt(from)) ? from + 1 : from;
  }

  private int contextEnd(int end) {
    int to = Math.min(text.length(), end + CONTEXT);
    return to < text.length() && Character.isLowSurrogate(text.charAt(to)) ? to - 1 : to;
  }
}
