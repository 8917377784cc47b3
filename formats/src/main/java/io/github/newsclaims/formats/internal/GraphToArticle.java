package io.github.newsclaims.formats.internal;

import io.github.newsclaims.core.Actor;
import io.github.newsclaims.core.ActorKind;
import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.AnnotationMethod;
import io.github.newsclaims.core.AnnotationProvenance;
import io.github.newsclaims.core.ClaimReview;
import io.github.newsclaims.core.Place;
import io.github.newsclaims.core.Rating;
import io.github.newsclaims.core.Approximator;
import io.github.newsclaims.core.Article;
import io.github.newsclaims.core.Attribution;
import io.github.newsclaims.core.AttributionMode;
import io.github.newsclaims.core.Certainty;
import io.github.newsclaims.core.Claim;
import io.github.newsclaims.core.ClaimKind;
import io.github.newsclaims.core.ClaimRelation;
import io.github.newsclaims.core.ClaimRelationKind;
import io.github.newsclaims.core.Estimate;
import io.github.newsclaims.core.Factuality;
import io.github.newsclaims.core.Interval;
import io.github.newsclaims.core.Likelihood;
import io.github.newsclaims.core.NonContentKind;
import io.github.newsclaims.core.NonContentSpan;
import io.github.newsclaims.core.PartialDate;
import io.github.newsclaims.core.Polarity;
import io.github.newsclaims.core.TextSpan;
import io.github.newsclaims.core.TimeKind;
import io.github.newsclaims.core.TimeReference;
import io.github.newsclaims.core.Unit;
import io.github.newsclaims.core.UnitKind;
import io.github.newsclaims.formats.FormatException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Supplier;

/**
 * Maps a layer graph back to an annotated article, collecting every problem — an unknown type or
 * role, a missing or unknown value, a link to the wrong type, an annotation linked from nowhere, a
 * value the model refuses, a broken document rule — each located where the format read it. Not API.
 */
public final class GraphToArticle {
  /** The article id when the input has no Article annotation. */
  public static final String DEFAULT_ID = "article";
  /** The language when the input has no Article annotation. */
  public static final String DEFAULT_LANGUAGE = "en";

  private final Graph graph;
  private final List<FormatException.Problem> problems;
  private final Map<String, Node> nodes = new LinkedHashMap<>();
  /** Node id to role to the links of that role from it, in order. */
  private final Map<String, Map<String, List<Link>>> out = new HashMap<>();
  private final Map<String, Integer> incoming = new HashMap<>();
  private final Map<String, String> ids = new HashMap<>();

  private GraphToArticle(Graph graph, List<FormatException.Problem> problems) {
    this.graph = graph;
    this.problems = problems;
  }

  /**
   * The annotated article the graph describes, or empty when there were problems, all of which are
   * added to {@code problems} (which may already hold the format's own).
   *
   * @param graph the layer graph read from a format
   * @param problems where every problem found is added
   * @return the validated annotated article, or empty when a problem was found
   */
  public static Optional<AnnotatedArticle> map(Graph graph, List<FormatException.Problem> problems) {
    return new GraphToArticle(graph, problems).build();
  }

  private Optional<AnnotatedArticle> build() {
    for (Node node : graph.nodes()) {
      Optional<Schema.Type> type = Schema.type(node.type());
      if (type.isEmpty()) {
        problem(node, "unknown annotation type " + quote(node.type()) + "; one of "
            + String.join(", ", Schema.TYPES.stream().map(Schema.Type::name).toList()));
        continue;
      }
      for (String field : node.values().keySet()) {
        if (type.get().field(field).isEmpty()) {
          problem(node, node.type() + " has no field " + quote(field));
        }
      }
      if (type.get().anchored() && node.span().isEmpty()) {
        problem(node, node.type() + " must cover some text");
      }
      nodes.put(node.id(), node);
    }
    for (Link link : graph.links()) {
      checkLink(link);
    }
    for (Node node : nodes.values()) {
      if (List.of("Evidence", "Attribution", "Source", "Hedge", "Quantity", "Time", "Place", "Review").contains(node.type())
          && !incoming.containsKey(node.id())) {
        problem(node, node.type() + " is not linked to any " + (node.type().equals("Source") ? "attribution" : "claim"));
      }
    }
    for (Node node : nodes.values()) {
      if (node.type().equals("Actor") || node.type().equals("Claim") || node.type().equals("Quantity")) {
        // An annotation made in the tool may have no id yet: it takes its own (T3, or the %ID).
        ids.put(node.id(), node.text("id").orElse(node.id()));
      }
    }
    Article article = article();
    List<Actor> actors = ofType("Actor").stream().map(this::actor).toList();
    List<Node> claimNodes = ofType("Claim");
    List<Claim> claims = claimNodes.stream().map(this::claim).toList();
    if (!problems.isEmpty() || article == null || actors.contains(null) || claims.contains(null)) {
      return Optional.empty();
    }
    Optional<Node> articleNode = ofType("Article").stream().findFirst();
    Optional<AnnotationProvenance> provenance = articleNode.flatMap(this::provenance);
    if (articleNode.isPresent() && articleNode.get().text("annotator").isPresent() && provenance.isEmpty()) {
      return Optional.empty();
    }
    AnnotatedArticle annotated = attempt("document",
        () -> AnnotatedArticle.builder().article(article).actors(actors).claims(claims).provenance(provenance).build());
    if (annotated == null) {
      return Optional.empty();
    }
    DocumentRules.check(annotated, index -> claimNodes.get(index).where(), problems);
    return problems.isEmpty() ? Optional.of(annotated) : Optional.empty();
  }

  private void checkLink(Link link) {
    Optional<Schema.Role> role = Schema.role(link.role());
    Node from = nodes.get(link.from());
    Node to = nodes.get(link.to());
    if (role.isEmpty()) {
      problems.add(new FormatException.Problem(link.where(), "unknown link " + quote(link.role())));
    } else if (from == null || to == null) {
      problems.add(new FormatException.Problem(link.where(), role.get().name() + " link points at an annotation that does not exist"));
    } else if (!from.type().equals(role.get().from()) || !to.type().equals(role.get().to())) {
      problems.add(new FormatException.Problem(link.where(), role.get().name() + " links a " + role.get().from() + " to a "
          + role.get().to() + ", not a " + from.type() + " to a " + to.type()));
    } else {
      List<Link> same = out.computeIfAbsent(from.id(), k -> new LinkedHashMap<>())
          .computeIfAbsent(role.get().name(), k -> new ArrayList<>());
      if (!role.get().many() && !same.isEmpty()) {
        problems.add(new FormatException.Problem(link.where(), from.type() + " " + from.where() + " has more than one "
            + role.get().name() + " link"));
      }
      same.add(link);
      incoming.merge(to.id(), 1, Integer::sum);
    }
  }

  private List<Node> ofType(String type) {
    return nodes.values().stream().filter(n -> n.type().equals(type)).toList();
  }

  private List<Node> targets(Node from, String role) {
    return out.getOrDefault(from.id(), Map.of()).getOrDefault(role, List.of()).stream()
        .map(link -> nodes.get(link.to())).toList();
  }

  private Optional<Node> target(Node from, String role) {
    return targets(from, role).stream().findFirst();
  }

  private Article article() {
    List<Node> articles = ofType("Article");
    articles.stream().skip(1).forEach(node -> problem(node, "only one Article annotation is allowed"));
    Optional<Node> node = articles.stream().findFirst();
    Node where = node.orElse(new Node("-", "Article", Optional.empty(), Map.of(), "document"));
    return attempt(where.where(), () -> {
      Article.Builder builder = Article.builder().text(graph.text())
          .id(node.flatMap(n -> n.text("id")).orElse(DEFAULT_ID))
          .headline(node.flatMap(n -> n.text("headline")).orElseGet(this::firstLine))
          .language(node.flatMap(n -> n.text("language")).orElse(DEFAULT_LANGUAGE));
      node.flatMap(n -> n.text("outlet")).ifPresent(builder::outlet);
      Optional<String> url = node.flatMap(n -> n.text("url"));
      if (url.isPresent()) {
        try {
          builder.url(new URI(url.get()));
        } catch (URISyntaxException e) {
          throw new IllegalArgumentException("url is not a URI: " + e.getMessage(), e);
        }
      }
      node.flatMap(n -> n.text("publicationDate")).map(PartialDate::parse).ifPresent(builder::publicationDate);
      for (Node furniture : ofType("NonContent")) {
        NonContentKind kind = choice(furniture, "nonContentKind", NonContentKind.class, true);
        if (kind != null && furniture.span().isPresent()) {
          builder.addNonContent(NonContentSpan.of(kind, furniture.span().get()));
        }
      }
      return builder.build();
    });
  }

  /** The first non-blank line of the text, stripped: the headline when the input names none. */
  private String firstLine() {
    return graph.text().lines().map(String::strip).filter(line -> !line.isEmpty()).findFirst().orElse("untitled");
  }

  private Actor actor(Node node) {
    ActorKind kind = choice(node, "actorKind", ActorKind.class, true);
    return attempt(node.where(), () -> {
      Actor.Builder builder = Actor.builder().id(ids.get(node.id())).kind(kind)
          .name(node.text("name").orElseThrow(() -> new IllegalArgumentException("Actor needs a name")))
          .addAllAliases(node.list("aliases")).addAllSameAs(uris(node.list("sameAs")));
      target(node, "affiliation").map(actor -> ids.get(actor.id())).ifPresent(builder::affiliation);
      return builder.build();
    });
  }

  private Claim claim(Node node) {
    ClaimKind kind = choice(node, "claimKind", ClaimKind.class, true);
    Factuality factuality = factuality(node);
    List<Attribution> hops = targets(node, "attribution").stream().map(this::hop).toList();
    List<Estimate> estimates = targets(node, "estimate").stream().map(this::estimate).toList();
    Optional<TimeReference> time = target(node, "time").map(this::time);
    Optional<Place> place = target(node, "place").map(this::place);
    List<ClaimReview> reviews = targets(node, "review").stream().map(this::review).toList();
    Optional<AnnotationProvenance> provenance = provenance(node);
    if (kind == null || factuality == null || hops.contains(null) || estimates.contains(null)
        || time.isPresent() && time.get() == null || place.isPresent() && place.get() == null
        || reviews.contains(null) || node.text("annotator").isPresent() && provenance.isEmpty()) {
      return null;
    }
    return attempt(node.where(), () -> {
      Claim.Builder builder = Claim.builder().id(ids.get(node.id())).kind(kind).factuality(factuality)
          .proposition(node.text("proposition").orElseGet(() -> node.span().map(TextSpan::getText).orElse("")))
          .addAllAttribution(hops).addAllEstimates(estimates).time(time)
          .key(node.text("key")).place(place).addAllReviews(reviews).provenance(provenance);
      node.span().ifPresent(builder::addEvidence);
      targets(node, "evidence").forEach(more -> more.span().ifPresent(builder::addEvidence));
      targets(node, "hedge").forEach(hedge -> hedge.span().ifPresent(builder::addHedges));
      targets(node, "about").forEach(actor -> builder.addAbout(ids.get(actor.id())));
      for (ClaimRelationKind relation : ClaimRelationKind.values()) {
        targets(node, ArticleToGraph.role(relation))
            .forEach(claim -> builder.addRelation(ClaimRelation.of(relation, ids.get(claim.id()))));
      }
      return builder.build();
    });
  }

  private Attribution hop(Node node) {
    AttributionMode mode = choice(node, "mode", AttributionMode.class, true);
    Factuality commitment = factuality(node);
    Optional<TimeReference> time = target(node, "attributionTime").map(this::time);
    if (mode == null || commitment == null || time.isPresent() && time.get() == null) {
      return null;
    }
    return attempt(node.where(), () -> Attribution.builder().mode(mode).commitment(commitment).cue(node.span())
        .source(target(node, "source").map(actor -> ids.get(actor.id())))
        .sourceMention(target(node, "sourceMention").flatMap(Node::span))
        .time(time)
        .carriedOver(flag(node, "carriedOver"))
        .addAllHedges(targets(node, "hopHedge").stream().flatMap(h -> h.span().stream()).toList())
        .build());
  }

  private boolean flag(Node node, String field) {
    Optional<String> value = node.text(field);
    if (value.isPresent() && !value.get().equals("true") && !value.get().equals("false")) {
      problem(node, field + " must be true or false, was " + quote(value.get()));
    }
    return value.filter("true"::equals).isPresent();
  }

  private Place place(Node node) {
    return attempt(node.where(), () -> Place.builder()
        .name(node.text("name").orElseThrow(() -> new IllegalArgumentException("Place needs a name")))
        .mention(node.span()).addAllSameAs(uris(node.list("sameAs"))).build());
  }

  private ClaimReview review(Node node) {
    return attempt(node.where(), () -> {
      Rating.Builder rating = Rating.builder()
          .label(node.text("ratingLabel").orElseThrow(() -> new IllegalArgumentException("Review needs a ratingLabel")));
      node.text("ratingValue").map(v -> number(v, "ratingValue")).ifPresent(rating::value);
      node.text("ratingWorst").map(v -> number(v, "ratingWorst")).ifPresent(rating::worst);
      node.text("ratingBest").map(v -> number(v, "ratingBest")).ifPresent(rating::best);
      ClaimReview.Builder review = ClaimReview.builder().rating(rating.build())
          .reviewer(target(node, "reviewer").map(actor -> ids.get(actor.id()))
              .orElseThrow(() -> new IllegalArgumentException("Review needs a reviewer link to an actor")))
          .url(uri(node.text("url").orElseThrow(() -> new IllegalArgumentException("Review needs a url"))));
      node.text("date").map(PartialDate::parse).ifPresent(review::date);
      node.text("summary").ifPresent(review::summary);
      return review.build();
    });
  }

  /** The provenance a node records, if it names an annotator; problems are recorded. */
  private Optional<AnnotationProvenance> provenance(Node node) {
    Optional<String> annotator = node.text("annotator");
    AnnotationMethod method = choice(node, "method", AnnotationMethod.class, annotator.isPresent());
    if (annotator.isEmpty() || method == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(attempt(node.where(), () -> {
      AnnotationProvenance.Builder builder = AnnotationProvenance.builder().annotator(annotator.get()).method(method);
      node.text("confidence").map(v -> number(v, "confidence")).ifPresent(builder::confidence);
      return builder.build();
    }));
  }

  private static List<URI> uris(List<String> texts) {
    return texts.stream().map(GraphToArticle::uri).toList();
  }

  private static URI uri(String text) {
    try {
      return new URI(text);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a URI: " + e.getMessage(), e);
    }
  }

  private Estimate estimate(Node node) {
    UnitKind unit = choice(node, "unitKind", UnitKind.class, true);
    Approximator approximator = choice(node, "approximator", Approximator.class, true);
    if (unit == null || approximator == null) {
      return null;
    }
    return attempt(node.where(), () -> Estimate.builder().id(ids.get(node.id()))
        .measure(node.text("measure").orElseThrow(() -> new IllegalArgumentException("Quantity needs a measure")))
        .unit(node.text("unitName").map(name -> Unit.of(unit, name)).orElseGet(() -> Unit.of(unit)))
        .approximator(approximator)
        .interval(Interval.parse(node.text("interval")
            .orElseThrow(() -> new IllegalArgumentException("Quantity needs an interval such as [13500, 16500]"))))
        .statedValue(node.text("statedValue").map(v -> OptionalDouble.of(number(v, "statedValue")))
            .orElse(OptionalDouble.empty()))
        .phrase(node.span())
        .relativeTo(target(node, "relativeTo").map(q -> ids.get(q.id())))
        .addAllDerivedFrom(targets(node, "estimateDerivedFrom").stream().map(q -> ids.get(q.id())).toList())
        .build());
  }

  private TimeReference time(Node node) {
    TimeKind kind = choice(node, "timeKind", TimeKind.class, true);
    if (kind == null) {
      return null;
    }
    return attempt(node.where(), () -> {
      TimeReference.Builder builder = TimeReference.builder().kind(kind).expression(node.span());
      node.text("year").map(v -> integer(v, "year")).ifPresent(builder::year);
      node.text("month").map(v -> integer(v, "month")).ifPresent(builder::month);
      node.text("day").map(v -> integer(v, "day")).ifPresent(builder::day);
      Optional<String> period = node.text("period");
      if (period.isPresent()) {
        try {
          builder.period(Period.parse(period.get()));
        } catch (DateTimeParseException e) {
          throw new IllegalArgumentException("period must be ISO 8601 such as P1Y, was " + quote(period.get()), e);
        }
      }
      return builder.build();
    });
  }

  private Factuality factuality(Node node) {
    Polarity polarity = choice(node, "polarity", Polarity.class, true);
    Certainty certainty = choice(node, "certainty", Certainty.class, true);
    Likelihood band = choice(node, "likelihood", Likelihood.class, false);
    if (polarity == null || certainty == null || node.text("likelihood").isPresent() && band == null) {
      return null;
    }
    return attempt(node.where(), () -> band == null ? Factuality.of(polarity, certainty)
        : Factuality.of(polarity, certainty, band));
  }

  private <E extends Enum<E>> E choice(Node node, String field, Class<E> values, boolean required) {
    Optional<String> value = node.text(field);
    if (value.isEmpty()) {
      if (required) {
        problem(node, node.type() + " needs " + field);
      }
      return null;
    }
    for (E constant : values.getEnumConstants()) {
      if (Schema.value(constant).equals(value.get())) {
        return constant;
      }
    }
    problem(node, "unknown " + field + " " + quote(value.get()) + "; one of "
        + String.join(", ", new Schema.Field(field, Schema.FieldKind.ENUM, values).enumValues()));
    return null;
  }

  private static double number(String text, String field) {
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(field + " must be a number, was " + quote(text), e);
    }
  }

  private static int integer(String text, String field) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(field + " must be a whole number, was " + quote(text), e);
    }
  }

  private <T> T attempt(String where, Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      problems.add(new FormatException.Problem(where, String.valueOf(e.getMessage())));
      return null;
    }
  }

  private void problem(Node node, String message) {
    problems.add(new FormatException.Problem(node.where(), message));
  }

  static String quote(String text) {
    return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  static String lower(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }
}
