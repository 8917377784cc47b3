package io.github.newsclaims.html.page;

import io.github.newsclaims.core.Actor;
import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.Article;
import io.github.newsclaims.core.Attribution;
import io.github.newsclaims.core.AttributionMode;
import io.github.newsclaims.core.Claim;
import io.github.newsclaims.core.ClaimKind;
import io.github.newsclaims.core.ClaimRelation;
import io.github.newsclaims.core.Estimate;
import io.github.newsclaims.core.Factuality;
import io.github.newsclaims.core.NonContentKind;
import io.github.newsclaims.core.NonContentSpan;
import io.github.newsclaims.core.TextSpan;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Computes the {@link Page} of an annotated article: marks, cards, the claim list and filters. */
final class Pages {
  static final String ARTICLE_VOICE = "the article itself";
  static final String HEARSAY = "unnamed hearsay";
  private static final String ARTICLE_KEY = "@article";
  private static final String HEARSAY_KEY = "@hearsay";

  private Pages() {}

  static Page of(AnnotatedArticle annotated) {
    Article article = annotated.getArticle();
    List<Claim> claims = annotated.getClaims();
    Map<String, Integer> claimIndex = new HashMap<>();
    for (int i = 0; i < claims.size(); i++) {
      claimIndex.putIfAbsent(claims.get(i).getId(), i);
    }

    List<Mark> marks = new ArrayList<>();
    Set<NonContentKind> furnitureKinds = EnumSet.noneOf(NonContentKind.class);
    for (NonContentSpan furniture : article.getNonContent()) {
      furnitureKinds.add(furniture.getKind());
      marks.add(new Mark("m" + marks.size(), Role.FURNITURE, furniture.getSpan(), List.of(), List.of(),
          List.of(furnitureCard(furniture.getKind())), null));
    }
    Map<String, Shared> shared = new LinkedHashMap<>();
    String[] anchors = new String[claims.size()];
    for (int i = 0; i < claims.size(); i++) {
      anchors[i] = addSpans(shared, claims.get(i), i);
    }
    for (Shared span : shared.values()) {
      marks.add(new Mark("m" + marks.size(), span.role, span.span, List.copyOf(span.claimIndexes),
          List.copyOf(span.claimIds), span.claimIndexes.stream().map(Pages::cardId).toList(), span.anchor));
    }

    List<Card> cards = new ArrayList<>();
    for (int i = 0; i < claims.size(); i++) {
      cards.add(card(annotated, claims.get(i), i, claimIndex, anchors));
    }
    List<Page.FurnitureCard> furniture = furnitureKinds.stream()
        .map(kind -> new Page.FurnitureCard(furnitureCard(kind), Wording.label(kind.name())))
        .toList();

    URI url = article.getUrl().orElse(null);
    boolean linkable = url != null && url.getScheme() != null
        && (url.getScheme().equalsIgnoreCase("http") || url.getScheme().equalsIgnoreCase("https"));
    List<String> counts = List.of(
        count(claims.size(), "claim"),
        count(annotated.getActors().size(), "actor"),
        count(annotated.estimates().size(), "estimate"),
        count(marks.size(), "marked span"));
    return new Page(article.getHeadline(), article.getLanguage(), article.getOutlet().orElse(null),
        url == null ? null : url.toString(), linkable,
        article.getPublicationDate().map(Object::toString).orElse(null), counts,
        Layout.of(article.getText(), marks), cards, furniture, List.of(Role.values()),
        panel(annotated, anchors), Assets.INLINE);
  }

  /** A span in a role and the claims that have it in that role, gathered before it becomes a {@link Mark}. */
  private static final class Shared {
    final Role role;
    final TextSpan span;
    final List<Integer> claimIndexes = new ArrayList<>();
    final List<String> claimIds = new ArrayList<>();
    String anchor;

    Shared(Role role, TextSpan span) {
      this.role = role;
      this.span = span;
    }
  }

  /** Gathers the claim's spans; returns the element id of its first evidence, which links to it. */
  private static String addSpans(Map<String, Shared> shared, Claim claim, int index) {
    String anchor = null;
    for (TextSpan evidence : claim.getEvidence()) {
      Shared mark = add(shared, Role.EVIDENCE, evidence, claim, index);
      if (anchor == null) {
        if (mark.anchor == null) {
          mark.anchor = "claim-" + index;
        }
        anchor = mark.anchor;
      }
    }
    for (Attribution hop : claim.getAttribution()) {
      hop.getSourceMention().ifPresent(span -> add(shared, Role.SOURCE, span, claim, index));
      hop.getCue().ifPresent(span -> add(shared, Role.CUE, span, claim, index));
      hop.getTime().flatMap(time -> time.getExpression()).ifPresent(span -> add(shared, Role.TIME, span, claim, index));
      hop.getHedges().forEach(span -> add(shared, Role.HEDGE, span, claim, index));
    }
    for (TextSpan hedge : claim.getHedges()) {
      add(shared, Role.HEDGE, hedge, claim, index);
    }
    for (Estimate estimate : claim.getEstimates()) {
      estimate.getPhrase().ifPresent(span -> add(shared, Role.ESTIMATE, span, claim, index));
    }
    claim.getTime().flatMap(time -> time.getExpression()).ifPresent(span -> add(shared, Role.TIME, span, claim, index));
    claim.getPlace().flatMap(place -> place.getMention()).ifPresent(span -> add(shared, Role.PLACE, span, claim, index));
    return anchor;
  }

  private static Shared add(Map<String, Shared> shared, Role role, TextSpan span, Claim claim, int index) {
    Shared mark = shared.computeIfAbsent(role + " " + span.getStart() + " " + span.getEnd(), key -> new Shared(role, span));
    if (mark.claimIndexes.isEmpty() || mark.claimIndexes.get(mark.claimIndexes.size() - 1) != index) {
      mark.claimIndexes.add(index);
      mark.claimIds.add(claim.getId());
    }
    return mark;
  }

  static String cardId(int claimIndex) {
    return "card-" + claimIndex;
  }

  private static String furnitureCard(NonContentKind kind) {
    return "card-furniture-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static String count(int n, String noun) {
    return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
  }

  private static Card card(AnnotatedArticle annotated, Claim claim, int index, Map<String, Integer> claimIndex,
      String[] anchors) {
    List<Card.Hop> chain = new ArrayList<>();
    for (Attribution hop : claim.getAttribution()) {
      String source = hop.getMode() == AttributionMode.AUTHORIAL ? ARTICLE_VOICE
          : hop.getSource().map(id -> name(annotated, id)).orElse("unnamed source");
      chain.add(new Card.Hop(source, hop.getSourceMention().map(TextSpan::getText).orElse(null),
          Wording.mode(hop.getMode()), hop.getCue().map(TextSpan::getText).orElse(null),
          Wording.factuality(hop.getCommitment()), hop.getTime().map(Wording::time).orElse(null),
          hop.getHedges().stream().map(TextSpan::getText).toList(), hop.isCarriedOver()));
    }
    List<Card.EstimateLine> estimates = claim.getEstimates().stream()
        .map(estimate -> new Card.EstimateLine(estimate.getId(), estimate.getMeasure(), Wording.estimate(estimate),
            note(annotated, estimate)))
        .toList();
    List<Card.Relation> relations = claim.getRelations().stream()
        .map(relation -> relation(relation, claimIndex, anchors))
        .toList();
    List<String> reviews = claim.getReviews().stream()
        .map(review -> name(annotated, review.getReviewer()) + ": " + Wording.rating(review.getRating())
            + review.getDate().map(date -> " (" + date + ")").orElse("") + " \u2014 " + review.getUrl())
        .toList();
    return new Card(cardId(index), claim.getId(), Wording.label(claim.getKind().name()), claim.getProposition(),
        chain, Wording.factuality(claim.getFactuality()), estimates,
        claim.getHedges().stream().map(TextSpan::getText).toList(),
        claim.getTime().map(Wording::time).orElse(null),
        claim.getPlace().map(place -> place.getMention().map(mention -> "\u201c" + mention.getText() + "\u201d \u2014 ")
            .orElse("") + place.getName()).orElse(null),
        claim.getAbout().stream().map(id -> name(annotated, id)).toList(), relations, reviews);
  }

  private static Card.Relation relation(ClaimRelation relation, Map<String, Integer> claimIndex, String[] anchors) {
    Integer target = claimIndex.get(relation.getTarget());
    return new Card.Relation(Wording.label(relation.getKind().name()), relation.getTarget(),
        target == null ? null : "#" + anchors[target]);
  }

  private static String note(AnnotatedArticle annotated, Estimate estimate) {
    List<String> notes = new ArrayList<>();
    estimate.getRelativeTo().ifPresent(id -> notes.add("of " + id
        + annotated.estimate(id).map(of -> " (" + Wording.estimate(of) + ")").orElse("")));
    if (estimate.isDerived()) {
      notes.add("derived from " + String.join(" and ", estimate.getDerivedFrom()));
    }
    return notes.isEmpty() ? null : String.join("; ", notes);
  }

  private static String name(AnnotatedArticle annotated, String actorId) {
    return annotated.actor(actorId).map(Actor::getName).orElse(actorId);
  }

  /**
   * The claims grouped by whose words they finally are: the innermost hop's source, "unnamed
   * hearsay" for a faceless innermost hop, or the article itself. The certainty filtered on is
   * that source's commitment (the article's own factuality for its own claims).
   */
  private static Panel panel(AnnotatedArticle annotated, String[] anchors) {
    Map<String, String> groupNames = new LinkedHashMap<>();
    Map<String, List<Panel.Entry>> byKey = new LinkedHashMap<>();
    Map<String, Integer> kindCounts = new LinkedHashMap<>();
    Map<String, Integer> certaintyCounts = new HashMap<>();
    Map<String, String> certaintyLabels = new HashMap<>();
    List<Claim> claims = annotated.getClaims();
    for (int i = 0; i < claims.size(); i++) {
      Claim claim = claims.get(i);
      String key;
      String name;
      Factuality commitment;
      Attribution innermost = claim.isAuthorial() ? null : claim.innermostAttribution().orElse(null);
      if (innermost == null) {
        key = ARTICLE_KEY;
        name = ARTICLE_VOICE;
        commitment = claim.getFactuality();
      } else if (innermost.getSource().isPresent()) {
        key = innermost.getSource().get();
        name = name(annotated, key);
        commitment = innermost.getCommitment();
      } else {
        key = HEARSAY_KEY;
        name = HEARSAY;
        commitment = innermost.getCommitment();
      }
      groupNames.putIfAbsent(key, name);
      String code = commitment.factBankCode();
      String certaintyLabel = Wording.factuality(Factuality.fromFactBankCode(code));
      certaintyCounts.merge(code, 1, Integer::sum);
      certaintyLabels.put(code, certaintyLabel);
      String kind = claim.getKind().name().toLowerCase(Locale.ROOT);
      kindCounts.merge(kind, 1, Integer::sum);
      byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(new Panel.Entry(i, claim.getId(),
          claim.getProposition(), kind, Wording.label(kind), code, certaintyLabel, key, "#" + anchors[i]));
    }
    List<Panel.Group> groups = byKey.entrySet().stream()
        .map(entry -> new Panel.Group(groupNames.get(entry.getKey()), entry.getKey(), entry.getValue()))
        .toList();
    List<Panel.Choice> sources = groups.stream()
        .map(group -> new Panel.Choice(group.key(), group.source(), group.entries().size()))
        .toList();
    List<Panel.Choice> kinds = EnumSet.allOf(ClaimKind.class).stream()
        .map(kind -> kind.name().toLowerCase(Locale.ROOT))
        .filter(kindCounts::containsKey)
        .map(kind -> new Panel.Choice(kind, Wording.label(kind), kindCounts.get(kind)))
        .toList();
    List<Panel.Choice> certainties = List.of("CT+", "PR+", "PS+", "CT-", "PR-", "PS-", "CTu", "Uu").stream()
        .filter(certaintyCounts::containsKey)
        .map(code -> new Panel.Choice(code, certaintyLabels.get(code), certaintyCounts.get(code)))
        .collect(Collectors.toList());
    return new Panel(groups, sources, kinds, certainties);
  }
}
