package io.github.newsclaims.core.authoring;

import io.github.newsclaims.core.Actor;
import io.github.newsclaims.core.AnnotationProvenance;
import io.github.newsclaims.core.Attribution;
import io.github.newsclaims.core.AttributionMode;
import io.github.newsclaims.core.Certainty;
import io.github.newsclaims.core.Claim;
import io.github.newsclaims.core.ClaimKind;
import io.github.newsclaims.core.ClaimRelation;
import io.github.newsclaims.core.ClaimReview;
import io.github.newsclaims.core.Estimate;
import io.github.newsclaims.core.Estimates;
import io.github.newsclaims.core.Factuality;
import io.github.newsclaims.core.Place;
import io.github.newsclaims.core.TextSpan;
import io.github.newsclaims.core.TimeReference;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One claim of a {@link ClaimAnnotator} turned into a {@link Claim} when the article is built, in
 * two passes: first its evidence and the estimates read from quotes (so that a share in any claim
 * can find them), then the claim itself with the defaults {@link ClaimAnnotator} documents. Every
 * problem goes to the {@link Resolution} with its property path; nothing is thrown.
 */
final class ClaimResolution {
  private final String id;
  private final String proposition;
  private final ClaimKind kind;
  private final List<Quote> evidence;
  private final List<Hop> hops;
  private final Factuality factuality;
  private final List<Quote> hedges;
  private final List<Object> estimates;
  private final When time;
  private final List<String> about;
  private final List<ClaimRelation> relations;
  private final String key;
  private final String placeName;
  private final Quote placeMention;
  private final List<URI> placeSameAs;
  private final List<ClaimReview> reviews;
  private final AnnotationProvenance provenance;
  /** The evidence spans found in the first pass. */
  private List<TextSpan> foundEvidence = List.of();

  /** Reads the claim as it stands when the article is built (its lists, not copies). */
  ClaimResolution(ClaimAnnotator claim) {
    id = claim.id;
    proposition = claim.proposition;
    kind = claim.kind;
    evidence = claim.evidence;
    hops = claim.hops;
    factuality = claim.factuality;
    hedges = claim.hedges;
    estimates = claim.estimates;
    time = claim.time;
    about = claim.about;
    relations = claim.relations;
    key = claim.key;
    placeName = claim.placeName;
    placeMention = claim.placeMention;
    placeSameAs = claim.placeSameAs;
    reviews = claim.reviews;
    provenance = claim.provenance;
  }

  /** First pass: the evidence and the estimates read from quotes, so that shares can find them. */
  void resolveEstimates(String path, Resolution r) {
    List<TextSpan> found = new ArrayList<>();
    if (evidence.isEmpty()) {
      r.problem(path + ".evidence", "claim " + id + " needs at least one evidence quote");
    }
    for (int i = 0; i < evidence.size(); i++) {
      r.span(path + ".evidence[" + i + "]", evidence.get(i), List.of()).ifPresent(found::add);
    }
    foundEvidence = found;
    for (int i = 0; i < estimates.size(); i++) {
      Object estimate = estimates.get(i);
      String at = path + ".estimates[" + i + "]";
      if (estimate instanceof Figure figure) {
        figure(at, figure, found, r).ifPresent(e -> register(at, e, r));
      } else if (estimate instanceof Estimate given) {
        register(at, given, r);
      }
    }
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
  Optional<Claim> resolve(String path, Map<String, Actor> actors, Resolution r) {
    int before = r.problems.size();
    List<TextSpan> scope = foundEvidence;
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
      author = lower(Factuality.CERTAINLY_SO, lowest);
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
      if (estimate instanceof ClaimAnnotator.Share share) {
        share(at, share, r).ifPresent(built::add);
      } else {
        String estimateId = estimate instanceof Figure figure ? figure.id() : ((Estimate) estimate).getId();
        Optional.ofNullable(r.estimates.get(estimateId)).ifPresent(built::add);
      }
    }
    Optional<TimeReference> claimTime = time == null ? Optional.empty() : time(path + ".time", time, scope, r);
    Optional<Place> place = placeName == null ? Optional.empty() : place(path + ".place", scope, r);
    if (r.problems.size() > before || foundEvidence.size() < evidence.size() || evidence.isEmpty()
        || built.size() < estimates.size()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Claim.builder().id(id).proposition(proposition).kind(kind).evidence(foundEvidence)
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

  private static Optional<Estimate> share(String at, ClaimAnnotator.Share share, Resolution r) {
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
  }}
