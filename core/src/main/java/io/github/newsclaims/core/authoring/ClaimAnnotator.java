package io.github.newsclaims.core.authoring;

import io.github.newsclaims.core.ActorKind;
import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.AnnotationProvenance;
import io.github.newsclaims.core.AttributionMode;
import io.github.newsclaims.core.ClaimKind;
import io.github.newsclaims.core.ClaimRelation;
import io.github.newsclaims.core.ClaimRelationKind;
import io.github.newsclaims.core.ClaimReview;
import io.github.newsclaims.core.Estimate;
import io.github.newsclaims.core.Estimates;
import io.github.newsclaims.core.Factuality;
import io.github.newsclaims.core.NonContentKind;
import io.github.newsclaims.core.Unit;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

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
 *
 * @since 0.1.0
 */
public final class ClaimAnnotator {
  private final ArticleAnnotator article;
  // The claim as written so far; package-private, read by ClaimResolution when the article is built.
  final String id;
  final String proposition;
  ClaimKind kind;
  final List<Quote> evidence = new ArrayList<>();
  final List<Hop> hops = new ArrayList<>();
  Factuality factuality;
  final List<Quote> hedges = new ArrayList<>();
  final List<Object> estimates = new ArrayList<>();
  When time;
  final List<String> about = new ArrayList<>();
  final List<ClaimRelation> relations = new ArrayList<>();
  String key;
  String placeName;
  Quote placeMention;
  List<URI> placeSameAs = List.of();
  final List<ClaimReview> reviews = new ArrayList<>();
  AnnotationProvenance provenance;

  ClaimAnnotator(ArticleAnnotator article, String id, ClaimKind kind, String proposition) {
    this.article = article;
    this.id = Objects.requireNonNull(id, "id");
    this.kind = kind;
    this.proposition = Objects.requireNonNull(proposition, "proposition");
  }

  /**
   * What sort of proposition it is (required, here or in {@code claim(id, kind, proposition)}).
   *
   * @param kind what sort of proposition the claim is; not null
   * @return this annotator, to chain further calls
   */
  public ClaimAnnotator kind(ClaimKind kind) {
    this.kind = Objects.requireNonNull(kind, "kind");
    return this;
  }

  /**
   * Where the article makes the claim: one or more quotations, each occurring once in the text.
   *
   * @param quotes the quoted words of the evidence, each occurring once in the text
   * @return this annotator, to chain further calls
   */
  public ClaimAnnotator evidence(String... quotes) {
    Objects.requireNonNull(quotes, "quotes");
    Arrays.stream(quotes).map(Quote::of).forEach(evidence::add);
    return this;
  }

  /**
   * Where the article makes the claim, as quotes with disambiguators.
   *
   * @param quotes the evidence as quotes with disambiguators
   * @return this annotator, to chain further calls
   */
  public ClaimAnnotator evidence(Quote... quotes) {
    Objects.requireNonNull(quotes, "quotes");
    evidence.addAll(List.of(quotes));
    return this;
  }

  /**
   * The next hop of the chain, outermost first.
   *
   * @param hop the hop, inside the ones added before; not null
   * @return this annotator, to chain further calls
   */
  public ClaimAnnotator hop(Hop hop) {
    hops.add(Objects.requireNonNull(hop, "hop"));
    return this;
  }

  /**
   * A hop "according to {@code source}" with the cue {@code cue} (mode {@code ACCORDING_TO}).
   *
   * @param source the id of the actor the claim is attributed to; not null
   * @param cue the cue words, such as "according to"
   * @return this annotator, to chain further calls
   */
  public ClaimAnnotator accordingTo(String source, String cue) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(cue, "cue");
    return hop(Hop.by(source).cue(cue).mode(AttributionMode.ACCORDING_TO));
  }

  /**
   * A hop of reported speech, "{@code source} said …" (mode {@code INDIRECT}).
   *
   * @param source the id of the actor that said it; not null
   * @param cue the cue words, such as "said"
   * @return this annotator, to chain further calls
   */
  public ClaimAnnotator said(String source, String cue) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(cue, "cue");
    return hop(Hop.by(source).cue(cue).mode(AttributionMode.INDIRECT));
  }

  /**
   * A hop quoting some of the source's words, "calling production “critical”" (mode {@code PARTIAL_QUOTE}).
   *
   * @param source the id of the actor partly quoted; not null
   * @param cue the cue words, such as "calling"
   * @return this annotator, to chain further calls
   */
  public ClaimAnnotator partlyQuoted(String source, String cue) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(cue, "cue");
    return hop(Hop.by(source).cue(cue).mode(AttributionMode.PARTIAL_QUOTE));
  }

  /**
   * A hop quoting the source's words whole (mode {@code DIRECT_QUOTE}).
   *
   * @param source the id of the actor quoted; not null
   * @param cue the cue words, such as "said"
   * @return this annotator, to chain further calls
   */
  public ClaimAnnotator quoted(String source, String cue) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(cue, "cue");
    return hop(Hop.by(source).cue(cue).mode(AttributionMode.DIRECT_QUOTE));
  }

  /**
   * A hop of faceless hearsay, "reportedly" (mode {@code UNNAMED_HEARSAY}, no source actor).
   *
   * @param cue the cue words, such as "reportedly"
   * @return this annotator, to chain further calls
   */
  public ClaimAnnotator hearsay(String cue) {
    Objects.requireNonNull(cue, "cue");
    return hop(Hop.unnamed().cue(cue).mode(AttributionMode.UNNAMED_HEARSAY));
  }

  /**
   * A hop of hearsay from an unnamed-source actor, "growing reports" (mode {@code UNNAMED_HEARSAY}).
   *
   * @param source the id of the unnamed-source actor; not null
   * @param cue the cue words, such as "growing reports"
   * @return this annotator, to chain further calls
   */
  public ClaimAnnotator hearsay(String source, String cue) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(cue, "cue");
    return hop(Hop.by(source).cue(cue).mode(AttributionMode.UNNAMED_HEARSAY));
  }

  /**
   * A hop whose mode, like its commitment, comes from the cue table.
   *
   * @param source the id of the actor the claim is attributed to; not null
   * @param cue the cue words, looked up in the cue table
   * @return this annotator, to chain further calls
   */
  public ClaimAnnotator attributedTo(String source, String cue) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(cue, "cue");
    return hop(Hop.by(source).cue(cue));
  }

  /**
   * The article's own commitment, instead of the default derived from the chain.
   *
   * @param factuality the article's commitment to the claim; not null
   * @return this annotator, to chain further calls
   */
  public ClaimAnnotator factuality(Factuality factuality) {
    this.factuality = Objects.requireNonNull(factuality, "factuality");
    return this;
  }

  /**
   * Hedge words that weaken the claim: "reportedly", "potentially", "could".
   *
   * @param quotes the quoted hedge words
   * @return this annotator, to chain further calls
   */
  public ClaimAnnotator hedge(String... quotes) {
    Objects.requireNonNull(quotes, "quotes");
    Arrays.stream(quotes).map(Quote::of).forEach(hedges::add);
    return this;
  }

  /**
   * A hedge, as a quote with disambiguators.
   *
   * @param quote the hedge as a quote with disambiguators
   * @return this annotator, to chain further calls
   */
  public ClaimAnnotator hedge(Quote quote) {
    hedges.add(Objects.requireNonNull(quote, "quote"));
    return this;
  }

  /**
   * An estimate read from its quoted phrase: {@code estimate("e1", "about 15,000", "soldiers in Russia")}.
   *
   * @param id the estimate's id, unique within the article
   * @param phrase the quoted phrase the estimate is read from, such as "about 15,000"
   * @param measure what is measured, in plain words
   * @return this annotator, to chain further calls
   */
  public ClaimAnnotator estimate(String id, String phrase, String measure) {
    Objects.requireNonNull(phrase, "phrase");
    return estimate(Figure.of(id, phrase, measure));
  }

  /**
   * An estimate read from its quoted phrase, with any of its readings set instead.
   *
   * @param figure the estimate's phrase and any readings set on it
   * @return this annotator, to chain further calls
   */
  public ClaimAnnotator estimate(Figure figure) {
    estimates.add(Objects.requireNonNull(figure, "figure"));
    return this;
  }

  /**
   * An estimate given in full.
   *
   * @param estimate the complete estimate
   * @return this annotator, to chain further calls
   */
  public ClaimAnnotator estimate(Estimate estimate) {
    estimates.add(Objects.requireNonNull(estimate, "estimate"));
    return this;
  }

  /**
   * A computed estimate: the share {@code part} (a fraction or percentage estimate) of {@code whole},
   * as {@link Estimates#share} makes it ("nearly a third of about 15,000"); the two may belong to any
   * claim of the article.
   *
   * @param id the computed estimate's id, unique within the article
   * @param measure what is measured, in plain words
   * @param unit the unit of the result
   * @param part the id of the fraction or percentage estimate
   * @param whole the id of the estimate it is a share of
   * @return this annotator, to chain further calls
   */
  public ClaimAnnotator share(String id, String measure, Unit unit, String part, String whole) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(whole, "whole");
    estimates.add(new Share(id, measure, unit, part, whole));
    return this;
  }

  /**
   * When the claim holds or happened.
   *
   * @param time when the claim holds or happened
   * @return this annotator, to chain further calls
   */
  public ClaimAnnotator time(When time) {
    this.time = Objects.requireNonNull(time, "time");
    return this;
  }

  /**
   * The actors the claim is about.
   *
   * @param actorIds the ids of the actors the claim is about
   * @return this annotator, to chain further calls
   */
  public ClaimAnnotator about(String... actorIds) {
    Objects.requireNonNull(actorIds, "actorIds");
    about.addAll(List.of(actorIds));
    return this;
  }

  /**
   * A relation to another claim.
   *
   * @param kind how this claim relates to the targets; not null
   * @param targets the ids of the other claims
   * @return this annotator, to chain further calls
   */
  public ClaimAnnotator relation(ClaimRelationKind kind, String... targets) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(targets, "targets");
    for (String target : targets) {
      relations.add(ClaimRelation.of(kind, target));
    }
    return this;
  }

  /**
   * This claim supports the {@code targets}.
   *
   * @param targets the ids of the claims it supports
   * @return this annotator, to chain further calls
   */
  public ClaimAnnotator supports(String... targets) {
    Objects.requireNonNull(targets, "targets");
    return relation(ClaimRelationKind.SUPPORTS, targets);
  }

  /**
   * This claim elaborates on the {@code targets}.
   *
   * @param targets the ids of the claims it elaborates on
   * @return this annotator, to chain further calls
   */
  public ClaimAnnotator elaborates(String... targets) {
    Objects.requireNonNull(targets, "targets");
    return relation(ClaimRelationKind.ELABORATES, targets);
  }

  /**
   * This claim contradicts the {@code targets}.
   *
   * @param targets the ids of the claims it contradicts
   * @return this annotator, to chain further calls
   */
  public ClaimAnnotator contradicts(String... targets) {
    Objects.requireNonNull(targets, "targets");
    return relation(ClaimRelationKind.CONTRADICTS, targets);
  }

  /**
   * This claim stands in contrast to the {@code targets} without contradicting them ("While …, …").
   *
   * @param targets the ids of the claims it contrasts with
   * @return this annotator, to chain further calls
   */
  public ClaimAnnotator contrasts(String... targets) {
    Objects.requireNonNull(targets, "targets");
    return relation(ClaimRelationKind.CONTRASTS, targets);
  }

  /**
   * This claim is what the {@code targets} — claims that someone said or acknowledged something — report.
   *
   * @param targets the ids of the reporting claims
   * @return this annotator, to chain further calls
   */
  public ClaimAnnotator reports(String... targets) {
    Objects.requireNonNull(targets, "targets");
    return relation(ClaimRelationKind.REPORTS, targets);
  }

  /**
   * A stable key shared by the appearances of this claim in many articles (see {@code ClaimIndex}).
   *
   * @param key the stable key, a URI or a token
   * @return this annotator, to chain further calls
   */
  public ClaimAnnotator key(String key) {
    this.key = Objects.requireNonNull(key, "key");
    return this;
  }

  /**
   * Where the claim holds or the event happened, named {@code name} and written as {@code mention}.
   *
   * @param name the place named plainly, such as "Kursk region"
   * @param mention the words of the text that name it
   * @return this annotator, to chain further calls
   */
  public ClaimAnnotator place(String name, String mention) {
    Objects.requireNonNull(mention, "mention");
    return place(name, Quote.of(mention));
  }

  /**
   * Where the claim holds, written as the quoted {@code mention} ({@code null} when the text does
   * not name it), with URIs naming the same place.
   *
   * @param name the place named plainly, such as "Kursk region"
   * @param mention the quoted words that name it, or {@code null} when the text does not
   * @param sameAs absolute URIs naming the same place, such as its Wikidata item
   * @return this annotator, to chain further calls
   */
  public ClaimAnnotator place(String name, Quote mention, URI... sameAs) {
    Objects.requireNonNull(mention, "mention");
    Objects.requireNonNull(sameAs, "sameAs");
    this.placeName = Objects.requireNonNull(name, "name");
    this.placeMention = mention;
    this.placeSameAs = List.of(sameAs);
    return this;
  }

  /**
   * A published verdict on the claim by a fact-checker.
   *
   * @param review the fact-checker's review; not null
   * @return this annotator, to chain further calls
   */
  public ClaimAnnotator review(ClaimReview review) {
    reviews.add(Objects.requireNonNull(review, "review"));
    return this;
  }

  /**
   * Who annotated this claim, when it differs from the article's provenance.
   *
   * @param provenance who annotated this claim and how; not null
   * @return this annotator, to chain further calls
   */
  public ClaimAnnotator provenance(AnnotationProvenance provenance) {
    this.provenance = Objects.requireNonNull(provenance, "provenance");
    return this;
  }

  /**
   * This claim is computed from the {@code targets}.
   *
   * @param targets the ids of the claims it is computed from
   * @return this annotator, to chain further calls
   */
  public ClaimAnnotator derivedFrom(String... targets) {
    Objects.requireNonNull(targets, "targets");
    return relation(ClaimRelationKind.DERIVED_FROM, targets);
  }

  /**
   * Ends this claim and starts the next; see {@link ArticleAnnotator#claim(String, ClaimKind, String)}.
   *
   * @param id the next claim's id, unique within the article; not null
   * @param kind what sort of proposition it is
   * @param proposition the proposition restated in plain words; not null
   * @return the annotator of the next claim
   */
  public ClaimAnnotator claim(String id, ClaimKind kind, String proposition) {
    return article.claim(id, kind, proposition);
  }

  /**
   * Ends this claim and starts the next, whose kind is set with {@link #kind}.
   *
   * @param id the next claim's id, unique within the article; not null
   * @param proposition the proposition restated in plain words; not null
   * @return the annotator of the next claim
   */
  public ClaimAnnotator claim(String id, String proposition) {
    return article.claim(id, proposition);
  }

  /**
   * Ends this claim and adds an actor; see {@link ArticleAnnotator#actor(String, ActorKind, String, String...)}.
   *
   * @param id the actor's id, unique within the article; not null
   * @param kind what sort of party it is
   * @param name the name the article uses most
   * @param aliases other names the article uses for it
   * @return the annotator of the new actor
   */
  public ActorAnnotator actor(String id, ActorKind kind, String name, String... aliases) {
    return article.actor(id, kind, name, aliases);
  }

  /**
   * Ends this claim and marks page furniture; see {@link ArticleAnnotator#nonContent(NonContentKind, Quote)}.
   *
   * @param kind what sort of page furniture it is
   * @param quote the quoted words of the furniture
   * @return the article's annotator
   */
  public ArticleAnnotator nonContent(NonContentKind kind, Quote quote) {
    return article.nonContent(kind, quote);
  }

  /**
   * Builds the whole annotation; see {@link ArticleAnnotator#build()}.
   *
   * @return the annotated article
   */
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
  record Share(String id, String measure, Unit unit, String part, String whole) {}
}
