package io.github.newsclaims.jsonld;

import io.github.newsclaims.core.Actor;
import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.Article;
import io.github.newsclaims.core.Attribution;
import io.github.newsclaims.core.Claim;
import io.github.newsclaims.core.TimeReference;
import java.util.Optional;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An annotated article as schema.org JSON-LD: a {@code @graph} with the article as a
 * {@code NewsArticle}, each claim as a {@code Claim}, and the actors as
 * {@code Person} or {@code Organization}.
 */
final class SchemaOrgExport {
  private final AnnotatedArticle annotated;
  private final Ids ids;

  private SchemaOrgExport(AnnotatedArticle annotated) {
    this.annotated = annotated;
    this.ids = new Ids(annotated);
  }

  static ObjectNode export(AnnotatedArticle annotated) {
    return new SchemaOrgExport(annotated).document();
  }

  private ObjectNode document() {
    ObjectNode document = Json.object();
    document.put("@context", Contexts.SCHEMA_ORG);
    ArrayNode graph = document.putArray("@graph");
    graph.add(newsArticle());
    annotated.getActors().forEach(actor -> graph.add(actor(actor)));
    annotated.getClaims().forEach(claim -> graph.add(claim(claim)));
    return document;
  }

  private ObjectNode newsArticle() {
    Article article = annotated.getArticle();
    ObjectNode node = Json.object();
    node.put("@type", "NewsArticle");
    node.put("@id", ids.article());
    node.put("identifier", article.getId());
    node.put("headline", article.getHeadline());
    article.getUrl().ifPresent(url -> node.put("url", url.toString()));
    article.getPublicationDate().ifPresent(date -> node.put("datePublished", date.toString()));
    node.put("inLanguage", article.getLanguage());
    article.getOutlet().ifPresent(outlet -> node.set("publisher", publisher(outlet)));
    return node;
  }

  private ObjectNode publisher(String outlet) {
    ObjectNode node = Json.object();
    node.put("@type", "Organization");
    node.put("@id", ids.fragment("publisher"));
    node.put("name", outlet);
    return node;
  }

  private ObjectNode claim(Claim claim) {
    ObjectNode node = Json.object();
    node.put("@type", "Claim");
    node.put("@id", ids.claim(claim.getId()));
    node.put("identifier", claim.getId());
    node.put("text", claim.getProposition());
    Optional<Attribution> innermost = claim.innermostAttribution();
    Optional<String> source = innermost.flatMap(Attribution::getSource);
    if (source.isPresent()) {
      node.set("author", Json.ref("@id", ids.actor(source.get())));
    } else if (claim.isAuthorial()) {
      annotated.getArticle().getOutlet().ifPresent(outlet -> node.set("author", Json.ref("@id", ids.fragment("publisher"))));
    }
    innermost.flatMap(Attribution::getTime).flatMap(SchemaOrgExport::date)
        .ifPresent(date -> node.put("datePublished", date));
    node.set("appearance", Json.ref("@id", ids.article()));
    if (claim.isAuthorial()) {
      // A claim the article makes in its own voice first appears in the article itself.
      node.set("firstAppearance", Json.ref("@id", ids.article()));
    }
    return node;
  }

  /** A time pinned to the calendar down to at least the year, as ISO 8601 {@code yyyy[-MM[-dd]]}. */
  static Optional<String> date(TimeReference time) {
    if (!time.isResolved()) {
      return Optional.empty();
    }
    StringBuilder out = new StringBuilder(String.format(java.util.Locale.ROOT, "%04d", time.getYear().orElseThrow()));
    time.getMonth().ifPresent(month -> {
      out.append(String.format(java.util.Locale.ROOT, "-%02d", month));
      time.getDay().ifPresent(day -> out.append(String.format(java.util.Locale.ROOT, "-%02d", day)));
    });
    return Optional.of(out.toString());
  }

  private ObjectNode actor(Actor actor) {
    ObjectNode node = Json.object();
    String type = schemaType(actor);
    if (type.equals("Person") || type.equals("Organization")) {
      node.put("@type", type);
    } else {
      // The specific type and its supertype, so that a consumer without schema.org's class
      // hierarchy still sees an Organization.
      node.putArray("@type").add("Organization").add(type);
    }
    node.put("@id", ids.actor(actor.getId()));
    node.put("name", actor.getName());
    if (!actor.getAliases().isEmpty()) {
      ArrayNode aliases = node.putArray("alternateName");
      actor.getAliases().forEach(aliases::add);
    }
    actor.getAffiliation().ifPresent(parent -> node.set(type.equals("Person") ? "affiliation" : "parentOrganization",
        Json.ref("@id", ids.actor(parent))));
    return node;
  }

  /**
   * The schema.org type of an actor: {@code Person} for a person; for the rest an
   * {@code Organization}, specialised where schema.org has a fitting subtype.
   */
  static String schemaType(Actor actor) {
    switch (actor.getKind()) {
      case PERSON:
        return "Person";
      case STATE:
      case INTELLIGENCE_AGENCY:
      case MILITARY:
        return "GovernmentOrganization";
      case STATE_MEDIA:
      case NEWS_OUTLET:
        return "NewsMediaOrganization";
      default:
        return "Organization";
    }
  }
}
