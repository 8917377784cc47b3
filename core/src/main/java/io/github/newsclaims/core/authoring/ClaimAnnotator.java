package io.github.newsclaims.core.authoring;

import io.github.newsclaims.core.Actor;
import io.github.newsclaims.core.ActorKind;
import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.AnnotationProvenance;
import io.github.newsclaims.core.Attribution;
import io.github.newsclaims.core.AttributionMode;
import io.github.newsclaims.core.Certainty;
import io.github.newsclaims.core.Claim;
import io.github.newsclaims.core.ClaimKind;
import io.github.newsclaims.core.ClaimRelation;
import io.github.newsclaims.core.ClaimRelationKind;
import io.github.newsclaims.core.ClaimReview;
import io.github.newsclaims.core.Estimate;
import io.github.newsclaims.core.Estimates;
import io.github.newsclaims.core.Factuality;
import io.github.newsclaims.core.NonContentKind;
import io.github.newsclaims.core.Place;
import io.github.newsclaims.core.TextSpan;
import io.github.newsclaims.core.TimeReference;
import io.github.newsclaims.core.Unit;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The claim being written by an {@link ArticleAnnotator}: its evidence, attribution chain, hedges,
 * estimates, time, the actors it is about and its relations, each span given as a quotation. Go on
 * with the next claim, or {@link #build()}.
 *
 * <p><b>Where quotes are looked for.</b> The evidence is looked for in the whole text. Every other
 * quote of the claim (cues, mentions, hedges, estimate phrases, time expressions) is looked for
 * first inside the claim's evidence and, only if it does not occur there, in the whole text; a quote
 * with {@link Quote#within}/{@link Quote#after} is looked for where those say. See
 * {@link QuoteFinder}.
 *
 * <p><b>Defaults</b> (each applies only where nothing is set):
 * <ul>
 *   <li>a hop's mode, commitment and source mention — see {@link Hop};</li>
 *   <li><b>hedges lower whoever voices them</b>: each hedge the {@link Cues cue table} knows
 *       ("could" PS+, "potentially" PS+, "likely" PR+) lowers a certainty to the hedge's, unless
 *       that commitment was set explicitly. A hop's own hedges ({@link Hop#hedge}) lower that hop;
 *       the claim's hedges lower whoever voices the claim — the innermost hop, or the article when
 *       the chain is empty. A hedge that is also a hop's cue ("reportedly") lowers nothing: it
 *       already is the hop;</li>
 *   <li><b>the article's factuality</b>: with an empty chain, CT+ (lowered by hedges as above);
 *       with a chain whose every cue is factive ("acknowledged"), the innermost hop's commitment, as
 *       the article presupposes the content; otherwise {@code Uu} (underspecified): reported
 *       content is not the article's own commitment;</li>
 *   <li>an estimate's reading — see {@link Figure}.</li>
 * </ul>
 */
public final class ClaimAnnotator {
  private final ArticleAnnotator article;
  private final String id;
  private final String proposition;
  private ClaimKind kind;
  private final List<Quote> evidence = new ArrayList<>();
  private final List<Hop> hops = new ArrayList<>();
  private Factuality factuality;
  private final List<Quote> hedges = new ArrayList<>();
  private final List<Object> estimates = new ArrayList<>();
  private When time;
  private final List<String> about = new ArrayList<>();
  private final List<ClaimRelation> relations = new ArrayList<>();
  private String key;
  private String placeName;
  private Quote placeMention;
  private List<URI> placeSameAs = List.of();
  private final List<ClaimReview> reviews = new ArrayList<>();
  private AnnotationProvenance provenance;

  ClaimAnnotator(ArticleAnnotator article, String id, ClaimKind kind, String proposition) {
    this.article = article;
    this.id = Objects.requireNonNull(id, "id");
    this.kind = kind;
    this.proposition = Objects.requireNonNull(proposition, "proposition");
  }

  /** What sort of proposition it is (required, here or in {@code claim(id, kind, proposition)}). */
  public ClaimAnnotator kind(ClaimKind kind) {
    this.kind = Objects.requireNonNull(kind, "kind");
    return this;
  }

  /** Where the article makes the claim: one or more quotations, each occurring once in the text. */
  public ClaimAnnotator evidence(String... quotes) {
    Arrays.stream(quotes).map(Quote::of).forEach(evidence::add);
    return this;
  }

  /** Where the article makes the claim, as quotes with disambiguators. */
  public ClaimAnnotator evidence(Quote... quotes) {
    evidence.addAll(List.of(quotes));
    return this;
  }

  /** The next hop of the chain, outermost first. */
  public ClaimAnnotator hop(Hop hop) {
    hops.add(Objects.requireNonNull(hop, "hop"));
    return this;
  }

  /** A hop "according to {@code source}" with the cue {@code cue} (mode {@code ACCORDING_TO}). */
  public ClaimAnnotator accordingTo(String source, String cue) {
    return hop(Hop.by(source).cue(cue).mode(AttributionMode.ACCORDING_TO));
  }

  /** A hop of reported speech, "{@code source} said …" (mode {@code INDIRECT}). */
  public ClaimAnnotator said(String source, String cue) {
    return hop(Hop.by(source).cue(cue).mode(AttributionMode.INDIRECT));
  }

  /** A hop quoting some of the source's words, "calling production “critical”" (mode {@code PARTIAL_QUOTE}). */
  public ClaimAnnotator partlyQuoted(String source, String cue) {
    return hop(Hop.by(source).cue(cue).mode(AttributionMode.PARTIAL_QUOTE));
  }

  /** A hop quoting the source's words whole (mode {@code DIRECT_QUOTE}). */
  public ClaimAnnotator quoted(String source, String cue) {
    return hop(Hop.by(source).cue(cue).mode(AttributionMode.DIRECT_QUOTE));
  }

  /** A hop of faceless hearsay, "reportedly" (mode {@code UNNAMED_HEARSAY}, no source actor). */
  public ClaimAnnotator hearsay(String cue) {
    return hop(Hop.unnamed().cue(cue).mode(AttributionMode.UNNAMED_HEARSAY));
  }

  /** A hop of hearsay from an unnamed-source actor, "growing reports" (mode {@code UNNAMED_HEARSAY}). */
  public ClaimAnnotator hearsay(String source, String cue) {
    return hop(Hop.by(source).cue(cue).mode(AttributionMode.UNNAMED_HEARSAY));
  }

  /** A hop whose mode, like its commitment, comes from the cue table. */
  public ClaimAnnotator attributedTo(String source, String cue) {
    return hop(Hop.by(source).cue(cue));
  }

  /** The article's own commitment, instead of the default derived from the chain. */
  public ClaimAnnotator factuality(Factuality factuality) {
    this.factuality = Objects.requireNonNull(factuality, "factuality");
    return this;
  }

  /** Hedge words that weaken the claim: "reportedly", "potentially", "could". */
  public ClaimAnnotator hedge(String... quotes) {
    Arrays.stream(quotes).map(Quote::of).forEach(hedges::add);
    return this;
  }

  /** A hedge, as a quote with disambiguators. */
  public ClaimAnnotator hedge(Quote quote) {
    hedges.add(Objects.requireNonNull(quote, "quote"));
    return this;
  }

  /** An estimate read from its quoted phrase: {@code estimate("e1", "about 15,000", "soldiers in Russia")}. */
  public ClaimAnnotator estimate(String id, String phrase, String measure) {
    return estimate(Figure.of(id, phrase, measure));
  }

  /** An estimate read from its quoted phrase, with any of its readings set instead. */
  public ClaimAnnotator estimate(Figure figure) {
    estimates.add(Objects.requireNonNull(figure, "figure"));
    return this;
  }

  /** An estimate given in full. */
  public ClaimAnnotator estimate(Estimate estimate) {
    estimates.add(Objects.requireNonNull(estimate, "estimate"));
    return this;
  }

  /**
   * A computed estimate: the share {@code part} (a fraction or percentage estimate) of {@code whole},
   * as {@link Estimates#share} makes it ("nearly a third of about 15,000"); the two may belong to any
   * claim of the article.
   */
  public ClaimAnnotator share(String id, String measure, Unit unit, String part, String whole) {
    estimates.add(new Share(id, measure, unit, part, whole));
    return this;
  }

  /** When the claim holds or happened. */
  public ClaimAnnotator time(When time) {
    this.time = Objects.requireNonNull(time, "time");
    return this;
  }

  /** The actors the claim is about. */
  public ClaimAnnotator about(String... actorIds) {
    about.addAll(List.of(actorIds));
    return this;
  }

  /** A relation to another claim. */
  public ClaimAnnotator relation(ClaimRelationKind kind, String... targets) {
    for (String target : targets) {
      relations.add(ClaimRelation.of(kind, target));
    }
    return this;
  }

  /** This claim supports the {@code targets}. */
  public ClaimAnnotator supports(String... targets) {
    return relation(ClaimRelationKind.SUPPORTS, targets);
  }

  /** This claim elaborates on the {@code targets}. */
  public ClaimAnnotator elaborates(String... targets) {
    return relation(ClaimRelationKind.ELABORATES, targets);
  }

  /** This claim contradicts the {@code targets}. */
  public ClaimAnnotator contradicts(String... targets) {
    return relation(ClaimRelationKind.CONTRADICTS, targets);
  }

  /** This claim stands in contrast to the {@code targets} without contradicting them ("While …, …"). */
  public ClaimAnnotator contrasts(String... targets) {
    return relation(ClaimRelationKind.CONTRASTS, targets);
  }

  /** This claim is what the {@code targets} — claims that someone said or acknowledged something — report. */
  public ClaimAnnotator reports(String... targets) {
    return relation(ClaimRelationKind.REPORTS, targets);
  }

  /** A stable key shared by the appearances of this claim in many articles (see {@code ClaimIndex}). */
  public ClaimAnnotator key(String key) {
    this.key = Objects.requireNonNull(key, "key");
    return this;
  }

  /** Where the claim holds or the event happened, named {@code name} and written as {@code mention}. */
  public ClaimAnnotator place(String name, String mention) {
    return place(name, Quote.of(mention));
  }

  /**
   * Where the claim holds, written as the quoted {@code mention} ({@code null} when the text does
   * not name it), with URIs naming the same place.
   */
  public ClaimAnnotator place(String name, Quote mention, URI... sameAs) {
    this.placeName = Objects.requireNonNull(name, "name");
    this.placeMention = mention;
    this.placeSameAs = List.of(sameAs);
    return this;
  }

  /** A published verdict on the claim by a fact-checker. */
  public ClaimAnnotator review(ClaimReview review) {
    reviews.add(Objects.requireNonNull(review, "review"));
    return this;
  }

  /** Who annotated this claim, when it differs from the article's provenance. */
  public ClaimAnnotator provenance(AnnotationProvenance provenance) {
    this.provenance = Objects.requireNonNull(provenance, "provenance");
    return this;
  }

  /** This claim is computed from the {@code targets}. */
  public ClaimAnnotator derivedFrom(String... targets) {
    return relation(ClaimRelationKind.DERIVED_FROM, targets);
  }

  /** Ends this claim and starts the next; see {@link ArticleAnnotator#claim(String, ClaimKind, String)}. */
  public ClaimAnnotator claim(String id, ClaimKind kind, String proposition) {
    return article.claim(id, kind, proposition);
  }

  /** Ends this claim and starts the next, whose kind is set with {@link #kind}. */
  public ClaimAnnotator claim(String id, String proposition) {
    return article.claim(id, proposition);
  }

  /** Ends this claim and adds an actor; see {@link ArticleAnnotator#actor(String, ActorKind, String, String...)}. */
  public ActorAnnotator actor(String id, ActorKind kind, String name, String... aliases) {
    return article.actor(id, kind, name, aliases);
  }

  /** Ends this claim and marks page furniture; see {@link ArticleAnnotator#nonContent(NonContentKind, Quote)}. */
  public ArticleAnnotator nonContent(NonContentKind kind, Quote quote) {
    return article.nonContent(kind, quote);
  }

  /** Builds the whole annotation; see {@link ArticleAnnotator#build()}. */
  public AnnotatedArticle build() {
    return article.build();
  }

  String id() {
    return id;
  }

  List<String> about() {
    return about;
  }

  List<ClaimRelation> relations() {
    return relations;
  }

  /** A computed share, resolved once every quoted estimate is. */
  private record Share(String id, String measure, Unit unit, String part, String whole) {}

  /** The spans found in the first pass. */
  static final class Spans {
    List<TextSpan> evidence = List.of();
  }

  /** First pass: the evidence and the estimates read from quotes, so that shares can find them. */
  Spans resolveEstimates(String path, Resolution r) {
    Spans spans = new Spans();
    List<TextSpan> found = new ArrayList<>();
    if (evidence.isEmpty()) {
      r.problem(path + ".evidence", "claim " + id + " needs at least one evidence quote");
    }
    for (int i = 0; i < evidence.size(); i++) {
      r.span(path + ".evidence[" + i + "]", evidence.get(i), List.of()).ifPresent(found::add);
    }
    spans.evidence = found;
    for (int i = 0; i < estimates.size(); i++) {
      Object estimate = estimates.get(i);
      String at = path + ".estimates[" + i + "]";
      if (estimate instanceof Figure figure) {
        figure(at, figure, found, r).ifPresent(e -> register(at, e, r));
      } else if (estimate instanceof Estimate given) {
        register(at, given, r);
      }
    }
    return spans;
  }

  private static void register(String at, Estimate estimate, Resolution r) {
    if (r.estimates.putIfAbsent(estimate.getId(), estimate) != null) {
      r.problem(at + ".id", "estimate id " + estimate.getId() + " is used twice in the article");
    }
  }

  private Optional<Estimate> figure(String at, Figure figure, List<TextSpan> scope, Resolution r) {
    Optional<TextSpan> phrase = r.span(at + ".phrase", figure.phrase(), scope);
    if (phrase.isEmpty()) {
      return Optional.empty();
    }
    Optional<Estimate> reading = r.reading(phrase.get());
    Estimate.Builder builder = Estimate.builder();
    if (reading.isPresent()) {
      builder.from(reading.get());
    } else if (figure.approximator().isEmpty() || figure.interval().isEmpty() || figure.unit().isEmpty()) {
      r.problem(at + ".phrase", "the quantity reader does not understand " + phrase.get()
          + "; give the estimate's approximator, interval and unit");
      return Optional.empty();
    }
    builder.id(figure.id()).measure(figure.measure()).phrase(phrase.get());
    figure.unit().ifPresent(builder::unit);
    figure.approximator().ifPresent(builder::approximator);
    figure.interval().ifPresent(builder::interval);
    figure.statedValue().ifPresent(builder::statedValue);
    figure.relativeTo().ifPresent(builder::relativeTo);
    try {
      return Optional.of(builder.build());
    } catch (IllegalArgumentException | IllegalStateException e) {
      r.problem(at, e.getMessage());
      return Optional.empty();
    }
  }

  /** Second pass: the claim, or empty after recording its problems. */
  Optional<Claim> resolve(String path, Spans spans, Map<String, Actor> actors, Resolution r) {
    int before = r.problems.size();
    List<TextSpan> scope = spans.evidence;
    if (kind == null) {
      r.problem(path + ".kind", "claim " + id + " needs a kind");
    }
    List<TextSpan> hedgeSpans = new ArrayList<>();
    for (int i = 0; i < hedges.size(); i++) {
      r.span(path + ".hedges[" + i + "]", hedges.get(i), scope).ifPresent(hedgeSpans::add);
    }
    List<Attribution> chain = new ArrayList<>();
    List<Boolean> explicit = new ArrayList<>();
    boolean allFactive = !hops.isEmpty();
    List<TextSpan> cues = new ArrayList<>();
    for (int i = 0; i < hops.size(); i++) {
      Hop hop = hops.get(i);
      String at = path + ".attribution[" + i + "]";
      Optional<TextSpan> cue = hop.cue().flatMap(q -> r.span(at + ".cue", q, scope));
      cue.ifPresent(cues::add);
      allFactive &= cue.map(c -> Cues.isFactive(c.getText())).orElse(false);
      Optional<TextSpan> mention = hop.mention().flatMap(q -> r.span(at + ".sourceMention", q, scope));
      if (hop.mention().isEmpty() && !hop.withoutMention() && hop.source().isPresent()) {
        mention = defaultMention(actors.get(hop.source().get()), cue, scope, r);
      }
      List<TextSpan> hopHedges = new ArrayList<>();
      List<Quote> hopHedgeQuotes = hop.hedges();
      for (int h = 0; h < hopHedgeQuotes.size(); h++) {
        r.span(at + ".hedges[" + h + "]", hopHedgeQuotes.get(h), scope).ifPresent(hopHedges::add);
      }
      Optional<Certainty> hopLowest = weakest(hopHedges, List.of());
      Optional<Factuality> commitment = hop.commitment()
          .or(() -> cue.flatMap(c -> Cues.commitment(c.getText())).map(c -> lower(c, hopLowest)));
      if (commitment.isEmpty() && (hop.cue().isEmpty() || cue.isPresent())) {
        r.problem(at + ".commitment", cue.map(c -> "the cue table has no commitment for the cue " + c.getText()
            + "; give the hop a commitment").orElse("a hop without a cue needs a commitment"));
      }
      AttributionMode mode = hop.mode()
          .or(() -> cue.flatMap(c -> Cues.mode(c.getText())))
          .orElse(hop.source().isPresent() ? AttributionMode.INDIRECT : AttributionMode.UNNAMED_HEARSAY);
      Optional<TimeReference> time = hop.time().flatMap(w -> time(at + ".time", w, scope, r));
      if (r.problems.size() > before) {
        continue;
      }
      try {
        chain.add(Attribution.builder().source(hop.source()).sourceMention(mention).cue(cue).mode(mode)
            .commitment(commitment.orElseThrow()).hedges(hopHedges).time(time).carriedOver(hop.isCarriedOver())
            .build());
        explicit.add(hop.commitment().isPresent());
      } catch (IllegalArgumentException | IllegalStateException e) {
        r.problem(at, e.getMessage());
      }
    }
    // Hedges the table knows, other than a hop's own cue, lower whoever voices the claim.
    Optional<Certainty> lowest = weakest(hedgeSpans, cues);
    Factuality author = factuality;
    if (chain.isEmpty() && author == null) {
      author = lower(Factuality.CERTAIN, lowest);
    } else if (!chain.isEmpty()) {
      int last = chain.size() - 1;
      if (!explicit.get(last)) {
        Attribution innermost = chain.get(last);
        chain.set(last, Attribution.builder().from(innermost)
            .commitment(lower(innermost.getCommitment(), lowest)).build());
      }
      if (author == null) {
        author = allFactive ? chain.get(last).getCommitment() : Factuality.UNDERSPECIFIED;
      }
    }
    List<Estimate> built = new ArrayList<>();
    for (int i = 0; i < estimates.size(); i++) {
      Object estimate = estimates.get(i);
      String at = path + ".estimates[" + i + "]";
      if (estimate instanceof Share share) {
        share(at, share, r).ifPresent(built::add);
      } else {
        String estimateId = estimate instanceof Figure figure ? figure.id() : ((Estimate) estimate).getId();
        Optional.ofNullable(r.estimates.get(estimateId)).ifPresent(built::add);
      }
    }
    Optional<TimeReference> claimTime = time == null ? Optional.empty() : time(path + ".time", time, scope, r);
    Optional<Place> place = placeName == null ? Optional.empty() : place(path + ".place", scope, r);
    if (r.problems.size() > before || spans.evidence.size() < evidence.size() || evidence.isEmpty()
        || built.size() < estimates.size()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Claim.builder().id(id).proposition(proposition).kind(kind).evidence(spans.evidence)
          .attribution(chain).factuality(author).hedges(hedgeSpans).estimates(built).time(claimTime)
          .place(place).about(about).relations(relations).key(Optional.ofNullable(key)).reviews(reviews)
          .provenance(Optional.ofNullable(provenance)).build());
    } catch (IllegalArgumentException | IllegalStateException e) {
      r.problem(path, e.getMessage());
      return Optional.empty();
    }
  }

  /** The weakest certainty the cue table gives the hedges, leaving out those that are cues. */
  private static Optional<Certainty> weakest(List<TextSpan> hedges, List<TextSpan> cues) {
    return hedges.stream()
        .filter(hedge -> !cues.contains(hedge))
        .flatMap(hedge -> Cues.find(hedge.getText()).stream())
        .map(cue -> cue.commitment().getCertainty())
        .max(Enum::compareTo);
  }

  /** {@code value} with its certainty lowered to {@code lowest} if that is weaker; polarity kept. */
  private static Factuality lower(Factuality value, Optional<Certainty> lowest) {
    if (lowest.isEmpty() || value.getCertainty().compareTo(lowest.get()) >= 0) {
      return value;
    }
    return Factuality.of(value.getPolarity(), lowest.get());
  }

  /** The one place in the evidence naming the source, not overlapping the cue. */
  private static Optional<TextSpan> defaultMention(Actor actor, Optional<TextSpan> cue, List<TextSpan> scope,
      Resolution r) {
    if (actor == null) {
      return Optional.empty();
    }
    List<TextSpan> found = new ArrayList<>();
    for (String name : actor.names()) {
      for (TextSpan evidence : scope) {
        for (TextSpan at : QuoteFinder.occurrences(r.finder.text(), name, evidence.getStart(), evidence.getEnd())) {
          if (cue.map(c -> !c.overlaps(at)).orElse(true) && !found.contains(at)) {
            found.add(at);
          }
        }
      }
    }
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }

  private Optional<Place> place(String at, List<TextSpan> scope, Resolution r) {
    Optional<TextSpan> mention = Optional.empty();
    if (placeMention != null) {
      mention = r.span(at + ".mention", placeMention, scope);
      if (mention.isEmpty()) {
        return Optional.empty();
      }
    }
    try {
      return Optional.of(Place.builder().name(placeName).mention(mention).sameAs(placeSameAs).build());
    } catch (IllegalArgumentException | IllegalStateException e) {
      r.problem(at, e.getMessage());
      return Optional.empty();
    }
  }

  private static Optional<TimeReference> time(String at, When when, List<TextSpan> scope, Resolution r) {
    Optional<TextSpan> expression = Optional.empty();
    if (when.expression().isPresent()) {
      expression = r.span(at + ".expression", when.expression().get(), scope);
      if (expression.isEmpty()) {
        return Optional.empty();
      }
    }
    try {
      return Optional.of(TimeReference.builder().kind(when.kind()).expression(expression).year(when.year())
          .month(when.month()).day(when.day()).period(when.period()).build());
    } catch (IllegalArgumentException | IllegalStateException e) {
      r.problem(at, e.getMessage());
      return Optional.empty();
    }
  }

  private static Optional<Estimate> share(String at, Share share, Resolution r) {
    Estimate part = r.estimates.get(share.part());
    Estimate whole = r.estimates.get(share.whole());
    if (part == null || whole == null) {
      r.problem(at, "the share " + share.id() + " needs the estimates " + share.part() + " and " + share.whole()
          + "; " + (part == null ? share.part() : share.whole()) + " is not in the article");
      return Optional.empty();
    }
    try {
      Estimate estimate = Estimates.share(share.id(), share.measure(), share.unit(), part, whole);
      register(at, estimate, r);
      return Optional.of(estimate);
    } catch (IllegalArgumentException | IllegalStateException e) {
      r.problem(at, e.getMessage());
      return Optional.empty();
    }
  }
}
