package io.github.newsclaims.testing;

import static io.github.newsclaims.testing.Generators.*;

import io.github.newsclaims.core.Actor;
import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.Article;
import io.github.newsclaims.core.Attribution;
import io.github.newsclaims.core.AttributionMode;
import io.github.newsclaims.core.Claim;
import io.github.newsclaims.core.ClaimKind;
import io.github.newsclaims.core.ClaimRelation;
import io.github.newsclaims.core.ClaimRelationKind;
import io.github.newsclaims.core.Estimate;
import io.github.newsclaims.core.NonContentKind;
import io.github.newsclaims.core.NonContentSpan;
import io.github.newsclaims.core.Place;
import io.github.newsclaims.core.TextSpan;
import io.github.newsclaims.core.TimeKind;
import io.github.newsclaims.core.TimeReference;
import java.net.URI;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An article's text built word by word, remembering where the content words are. */
final class ArticleDraft {
  final Article article;
  final String text;
  /** Start, end and paragraph of every content word, in text order. */
  private final List<int[]> contentWords = new ArrayList<>();
  private int paragraph;

  ArticleDraft(Draw draw, int paragraphs) {
    StringBuilder out = new StringBuilder();
    String headline = sentence(draw, out, 3);
    List<NonContentSpan> furniture = new ArrayList<>();
    for (int p = 0; p < paragraphs; p++) {
      out.append("\n\n");
      paragraph = p + 1;
      if (draw.between(0, 5) == 0) {
        NonContentKind kind = draw.pick(NonContentKind.class);
        String marker = kind == NonContentKind.ADVERTISEMENT ? "- Advertisement -" : "READ ALSO: " + WORDS.get(p % WORDS.size());
        furniture.add(NonContentSpan.of(kind, TextSpan.of(out.length(), out.length() + marker.length(), marker)));
        out.append(marker);
      } else {
        int sentences = 1 + draw.between(0, 2);
        for (int s = 0; s < sentences; s++) {
          if (s > 0) {
            out.append(' ');
          }
          sentence(draw, out, 4 + draw.between(0, 10));
        }
      }
    }
    text = out.toString();
    Article.Builder builder = Article.builder().id("article-" + draw.between(0, 99_999)).headline(headline)
        .language(draw.pick(LANGUAGES)).text(text).nonContent(furniture);
    if (draw.chance()) {
      builder.outlet("Outlet " + draw.between(0, 99));
    }
    if (draw.chance()) {
      builder.url(URI.create("https://news.example/" + draw.between(0, 99_999)));
    }
    if (draw.chance()) {
      builder.publicationDate(partialDate(draw));
    }
    article = builder.build();
  }

  private String sentence(Draw draw, StringBuilder out, int words) {
    int start = out.length();
    for (int w = 0; w < words; w++) {
      if (w > 0) {
        out.append(' ');
      }
      int wordStart = out.length();
      out.append(draw.pick(WORDS));
      contentWords.add(new int[] {wordStart, out.length(), paragraph});
    }
    out.append('.');
    return out.substring(start, out.length() - 1);
  }

  /** A run of one to three words of one paragraph of content, as a span. */
  TextSpan span(Draw draw) {
    int first = draw.between(0, contentWords.size() - 1);
    int last = Math.min(contentWords.size() - 1, first + draw.between(0, 2));
    while (contentWords.get(last)[2] != contentWords.get(first)[2]) {
      last--;
    }
    return TextSpan.in(text, contentWords.get(first)[0], contentWords.get(last)[1]);
  }

  AnnotatedArticle annotate(Draw draw, int claimCount) {
    List<Actor> actors = new ArrayList<>();
    int actorCount = draw.between(0, 5);
    for (int a = 0; a < actorCount; a++) {
      actors.add(actor(draw, a));
    }
    List<Claim> claims = new ArrayList<>();
    List<String> estimateIds = new ArrayList<>();
    for (int c = 0; c < claimCount; c++) {
      claims.add(claim(draw, "c" + c, actors, claims, estimateIds));
    }
    AnnotatedArticle.Builder annotated = AnnotatedArticle.builder().article(article).actors(actors).claims(claims);
    if (draw.chance()) {
      annotated.provenance(ReviewGenerators.provenance(draw));
    }
    return annotated.build();
  }

  private Claim claim(Draw draw, String id, List<Actor> actors, List<Claim> earlierClaims, List<String> estimateIds) {
    Claim.Builder claim = Claim.builder().id(id).proposition("Proposition " + id + " — “quoted” 🚀")
        .key(draw.between(0, 3) == 0 ? Optional.of("key-" + draw.between(0, 3)) : Optional.empty())
        .kind(draw.pick(ClaimKind.class)).factuality(factuality(draw)).addEvidence(span(draw));
    if (draw.chance()) {
      claim.addEvidence(span(draw));
    }
    for (int h = 0; h < draw.between(0, 2); h++) {
      claim.addHedge(span(draw));
    }
    List<String> unused = new ArrayList<>(actors.stream().map(Actor::getId).toList());
    int hops = draw.between(0, 3);
    for (int h = 0; h < hops; h++) {
      claim.addAttribution(hop(draw, h, unused));
    }
    for (int e = 0; e < draw.between(0, 2); e++) {
      String estimateId = id + "-e" + e;
      Optional<TextSpan> phrase = draw.chance() ? Optional.of(span(draw)) : Optional.empty();
      Estimate estimate = estimate(draw, estimateId, phrase, List.copyOf(estimateIds));
      claim.addEstimate(estimate);
      estimateIds.add(estimateId);
    }
    if (draw.chance()) {
      claim.time(time(draw));
    }
    if (draw.between(0, 2) == 0) {
      Place.Builder place = Place.builder().name("Place of " + id);
      if (draw.chance()) {
        place.mention(span(draw));
      }
      if (draw.chance()) {
        place.addSameAs(URI.create("http://www.wikidata.org/entity/Q" + draw.between(1, 9999)));
      }
      claim.place(place.build());
    }
    for (Actor actor : actors) {
      if (draw.between(0, 2) == 0) {
        claim.addAbout(actor.getId());
      }
    }
    if (!earlierClaims.isEmpty() && draw.chance()) {
      claim.addRelation(ClaimRelation.of(draw.pick(ClaimRelationKind.class), draw.pick(earlierClaims).getId()));
    }
    if (!actors.isEmpty() && draw.between(0, 3) == 0) {
      for (int r = 0; r < draw.between(1, 2); r++) {
        claim.addReview(ReviewGenerators.review(draw, draw.pick(actors).getId(), r));
      }
    }
    if (draw.between(0, 3) == 0) {
      claim.provenance(ReviewGenerators.provenance(draw));
    }
    return claim.build();
  }

  /** A hop at position {@code h} of a chain; its source, if any, is taken out of {@code unused}. */
  Attribution hop(Draw draw, int h, List<String> unused) {
    AttributionMode mode = draw.pick(AttributionMode.class);
    if (mode == AttributionMode.AUTHORIAL && h > 0 || unused.isEmpty() && mode != AttributionMode.AUTHORIAL) {
      mode = AttributionMode.UNNAMED_HEARSAY;
    }
    Attribution.Builder hop = Attribution.builder().mode(mode).commitment(factuality(draw));
    if (mode == AttributionMode.AUTHORIAL || draw.chance()) {
      hop.cue(span(draw));
    }
    if (mode != AttributionMode.AUTHORIAL && !unused.isEmpty() && (mode != AttributionMode.UNNAMED_HEARSAY || draw.chance())) {
      String source = draw.pick(unused);
      unused.remove(source);
      hop.source(source);
      if (draw.chance()) {
        hop.sourceMention(span(draw));
      }
    }
    if (draw.between(0, 2) == 0) {
      TextSpan hedge = span(draw);
      hop.addHedge(hedge);
      TextSpan other = span(draw);
      if (!other.equals(hedge)) {
        hop.addHedge(other);
      }
    }
    if (draw.chance()) {
      hop.time(time(draw));
    }
    if (mode != AttributionMode.AUTHORIAL && draw.between(0, 3) == 0) {
      hop.carriedOver(true);
    }
    return hop.build();
  }

  TimeReference time(Draw draw) {
    TimeKind kind = draw.pick(TimeKind.class);
    TimeReference.Builder time = TimeReference.builder().kind(kind);
    if (draw.chance()) {
      time.expression(span(draw));
    }
    switch (kind) {
      case DATE -> {
        int month = draw.between(1, 12);
        time.month(month);
        if (draw.chance()) {
          time.year(draw.between(1950, 2030));
        }
        if (draw.chance()) {
          time.day(draw.between(1, 28));
        }
      }
      case RECURRING -> time.period(draw.pick(List.of(Period.ofYears(1), Period.ofMonths(1), Period.ofDays(7))));
      default -> { }
    }
    return time.build();
  }
}
