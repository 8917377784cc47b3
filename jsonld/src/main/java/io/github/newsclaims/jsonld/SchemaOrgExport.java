package io.github.newsclaims.jsonld;

import io.github.newsclaims.core.Actor;
import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.Article;
import io.github.newsclaims.core.Attribution;
import io.github.newsclaims.core.Claim;
import io.github.newsclaims.core.ClaimReview;
import io.github.newsclaims.core.Place;
import io.github.newsclaims.core.Rating;
import io.github.newsclaims.core.TimeReference;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
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
  private final List<NewsClaimsJsonLdException.Problem> problems = new ArrayList<>();

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
    for (Claim claim : annotated.getClaims()) {
      graph.add(claim(claim));
      for (int i = 0; i < claim.getReviews().size(); i++) {
        String where = "claim " + claim.getId() + " review " + i;
        ObjectNode review = review(claim, claim.getReviews().get(i), i, where);
        requireGoogleFields(review, where, problems);
        graph.add(review);
      }
    }
    if (!problems.isEmpty()) {
      throw new NewsClaimsJsonLdException("the schema.org export fails", problems);
    }
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
    claim.getKey().filter(SchemaOrgExport::isAbsoluteUri).ifPresent(key -> node.put("sameAs", key));
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
    claim.getPlace().ifPresent(place -> node.set("spatialCoverage", place(place)));
    return node;
  }

  private ObjectNode place(Place place) {
    ObjectNode node = Json.object();
    node.put("@type", "Place");
    node.put("name", place.getName());
    sameAs(node, place.getSameAs());
    return node;
  }

  private static void sameAs(ObjectNode node, List<URI> sameAs) {
    if (!sameAs.isEmpty()) {
      ArrayNode list = node.putArray("sameAs");
      sameAs.forEach(uri -> list.add(uri.toString()));
    }
  }

  private static boolean isAbsoluteUri(String key) {
    try {
      return new URI(key).isAbsolute();
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }

  private ObjectNode review(Claim claim, ClaimReview review, int index, String where) {
    ObjectNode node = Json.object();
    node.put("@type", "ClaimReview");
    node.put("@id", ids.claim(claim.getId()) + "/review-" + index);
    node.put("claimReviewed", claim.getProposition());
    node.set("itemReviewed", Json.ref("@id", ids.claim(claim.getId())));
    node.set("reviewRating", rating(review.getRating()));
    node.put("url", review.getUrl().toString());
    if (annotated.actor(review.getReviewer()).isPresent()) {
      node.set("author", Json.ref("@id", ids.actor(review.getReviewer())));
    } else {
      problems.add(new NewsClaimsJsonLdException.Problem(where,
          "author: the reviewer \"" + review.getReviewer() + "\" is not an actor of the article"));
    }
    review.getDate().ifPresent(date -> node.put("datePublished", date.toString()));
    review.getSummary().ifPresent(summary -> node.put("reviewBody", summary));
    return node;
  }

  private static ObjectNode rating(Rating rating) {
    ObjectNode node = Json.object();
    node.put("@type", "Rating");
    node.put("alternateName", rating.getLabel());
    rating.getValue().ifPresent(value -> number(node, "ratingValue", value));
    rating.getBest().ifPresent(best -> number(node, "bestRating", best));
    rating.getWorst().ifPresent(worst -> number(node, "worstRating", worst));
    return node;
  }

  /** Whole numbers as integers ("5", not "5.0"), as rating scales are written. */
  private static void number(ObjectNode node, String name, double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      node.put(name, (long) value);
    } else {
      node.put(name, value);
    }
  }

  /**
   * Adds a problem for each property Google requires of a ClaimReview that {@code review} lacks:
   * {@code claimReviewed}, {@code reviewRating} with its {@code alternateName}, and {@code url}.
   */
  static void requireGoogleFields(ObjectNode review, String where, List<NewsClaimsJsonLdException.Problem> problems) {
    for (String property : new String[] {"claimReviewed", "url"}) {
      if (!review.path(property).isString() || review.path(property).asString().isBlank()) {
        problems.add(new NewsClaimsJsonLdException.Problem(where,
            "ClaimReview needs " + property + " (Google requires it), and it is missing"));
      }
    }
    if (!review.path("reviewRating").isObject()) {
      problems.add(new NewsClaimsJsonLdException.Problem(where,
          "ClaimReview needs reviewRating (Google requires it), and it is missing"));
    } else if (!review.path("reviewRating").path("alternateName").isString()
        || review.path("reviewRating").path("alternateName").asString().isBlank()) {
      problems.add(new NewsClaimsJsonLdException.Problem(where,
          "reviewRating needs alternateName, the verdict in words (Google requires it), and it is missing"));
    }
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
    sameAs(node, actor.getSameAs());
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
      case GOVERNMENT:
      case LAW_ENFORCEMENT:
      case HEALTH_AUTHORITY:
        return "GovernmentOrganization";
      case STATE_MEDIA:
      case NEWS_OUTLET:
        return "NewsMediaOrganization";
      case COMPANY:
        return "Corporation";
      case NON_GOVERNMENTAL_ORGANISATION:
        return "NGO";
      case POLITICAL_PARTY:
        return "PoliticalParty";
      default:
        return "Organization";
    }
  }
}
