package io.github.newsclaims.json;

import io.github.newsclaims.core.Actor;
import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.AnnotationProvenance;
import io.github.newsclaims.core.Article;
import io.github.newsclaims.core.Claim;
import io.github.newsclaims.core.Estimate;
import io.github.newsclaims.json.NewsClaimsJsonException.Kind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import tools.jackson.core.JsonGenerator;

/**
 * {@link AnnotatedArticle} as the document: {@code {"format": "newsclaims/1", "article": {...},
 * "actors": [...], "claims": [...], "provenance": {...}}}. The format is checked first; a document of another format is
 * not read further.
 */
final class AnnotatedArticleMapping {
  private AnnotatedArticleMapping() {}

  static AnnotatedArticle read(JsonValue value, Pointer at, Problems problems) {
    PropertyReader in = PropertyReader.of(value, at, problems);
    if (in == null) {
      return null;
    }
    int before = problems.count();
    String format = in.required("format", Scalars::string);
    if (format != null && !format.equals(NewsClaimsJson.FORMAT)) {
      in.problem(Kind.SHAPE, "format", "unsupported format " + Text.quote(format) + "; this version reads "
          + Text.quote(NewsClaimsJson.FORMAT));
      return null;
    }
    Article article = in.required("article", ArticleMapping::read);
    List<Actor> actors = in.list("actors", ActorMapping::read);
    List<Claim> claims = in.list("claims", ClaimMapping::read);
    Optional<AnnotationProvenance> provenance = in.optional("provenance", AnnotationProvenanceMapping::read);
    if (problems.count() == before) {
      // Every element was read, so list positions are JSON positions: name the repeated id's place.
      repeated(actors.stream().map(Actor::getId).toList(), "actor", i -> at.property("actors").index(i), problems);
      repeated(claims.stream().map(Claim::getId).toList(), "claim", i -> at.property("claims").index(i), problems);
      repeatedEstimates(claims, at, problems);
    }
    return in.build(() -> AnnotatedArticle.builder().article(article).actors(actors).claims(claims)
        .provenance(provenance).build());
  }

  private static void repeated(List<String> ids, String what, IntFunction<Pointer> place, Problems problems) {
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      Integer earlier = first.putIfAbsent(ids.get(i), i);
      if (earlier != null) {
        problems.add(Kind.INVARIANT, place.apply(i).property("id"), what + " id " + Text.quote(ids.get(i))
            + " is already the id of " + place.apply(earlier));
      }
    }
  }

  private static void repeatedEstimates(List<Claim> claims, Pointer at, Problems problems) {
    // Where each id was first seen, as claim and estimate index packed in a long: pointers are made
    // only for a repetition.
    Map<String, Long> first = new HashMap<>();
    for (int c = 0; c < claims.size(); c++) {
      List<Estimate> estimates = claims.get(c).getEstimates();
      for (int e = 0; e < estimates.size(); e++) {
        Long earlier = first.putIfAbsent(estimates.get(e).getId(), (long) c << 32 | e);
        if (earlier != null) {
          problems.add(Kind.INVARIANT, estimate(at, c, e).property("id"), "estimate id "
              + Text.quote(estimates.get(e).getId()) + " is already the id of "
              + estimate(at, (int) (earlier >>> 32), (int) (long) earlier));
        }
      }
    }
  }

  private static Pointer estimate(Pointer at, int claim, int estimate) {
    return at.property("claims").index(claim).property("estimates").index(estimate);
  }

  static void write(AnnotatedArticle annotated, JsonGenerator out) {
    out.writeStartObject();
    PropertyWriter.string(out, PropertyNames.FORMAT, NewsClaimsJson.FORMAT);
    PropertyWriter.required(out, PropertyNames.ARTICLE, annotated.getArticle(), ArticleMapping::write);
    PropertyWriter.list(out, PropertyNames.ACTORS, annotated.getActors(), ActorMapping::write);
    PropertyWriter.list(out, PropertyNames.CLAIMS, annotated.getClaims(), ClaimMapping::write);
    PropertyWriter.optional(out, PropertyNames.PROVENANCE, annotated.getProvenance(), AnnotationProvenanceMapping::write);
    out.writeEndObject();
  }
}
