package io.github.newsclaims.json;

import io.github.newsclaims.core.Actor;
import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.AnnotationProvenance;
import io.github.newsclaims.core.Article;
import io.github.newsclaims.core.Claim;
import io.github.newsclaims.core.Estimate;
import io.github.newsclaims.json.NewsClaimsJsonException.Kind;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * {@link AnnotatedArticle} as the document: {@code {"format": "newsclaims/1", "article": {...},
 * "actors": [...], "claims": [...], "provenance": {...}}}. A document of another format is not read further: its
 * format is the only problem reported, wherever in the document it stands.
 */
final class AnnotatedArticleMapping {
  private AnnotatedArticleMapping() {}

  /** The {@code format} value: {@value NewsClaimsJson#FORMAT}, or the document is abandoned. */
  private static final ValueType<String> FORMAT = new ValueType<>() {
    @Override
    public String read(JsonParser parser, Pointer at, Problems problems) {
      String format = Values.STRING.read(parser, at, problems);
      if (format != null && !format.equals(NewsClaimsJson.FORMAT)) {
        problems.abandon(Kind.SHAPE, at, "unsupported format " + Text.quote(format) + "; this version reads "
            + Text.quote(NewsClaimsJson.FORMAT));
        return null;
      }
      return format;
    }

    @Override
    public void write(String value, JsonGenerator out) {
      out.writeString(value);
    }
  };

  static final Property<AnnotatedArticle, String> FORMAT_NAME =
      Property.required("format", FORMAT, annotated -> NewsClaimsJson.FORMAT);
  static final Property<AnnotatedArticle, Article> ARTICLE =
      Property.required("article", ArticleMapping.TYPE, AnnotatedArticle::getArticle);
  static final Property<AnnotatedArticle, Actor> ACTORS =
      Property.list("actors", ActorMapping.TYPE, AnnotatedArticle::getActors);
  static final Property<AnnotatedArticle, Claim> CLAIMS =
      Property.list("claims", ClaimMapping.TYPE, AnnotatedArticle::getClaims);
  static final Property<AnnotatedArticle, AnnotationProvenance> PROVENANCE =
      Property.optional("provenance", AnnotationProvenanceMapping.TYPE, AnnotatedArticle::getProvenance);

  static final ObjectType<AnnotatedArticle> TYPE = ObjectType.of("document", AnnotatedArticleMapping::build,
      FORMAT_NAME, ARTICLE, ACTORS, CLAIMS, PROVENANCE).writtenBy(AnnotatedArticleMapping::members);

  static void members(AnnotatedArticle document, JsonGenerator out) {
    MemberWriting.value(FORMAT_NAME, NewsClaimsJson.FORMAT, out);
    MemberWriting.object(ARTICLE, document.getArticle(), ArticleMapping::members, out);
    MemberWriting.objects(ACTORS, document.getActors(), ActorMapping::members, out);
    MemberWriting.objects(CLAIMS, document.getClaims(), ClaimMapping::members, out);
    MemberWriting.object(PROVENANCE, document.getProvenance(), AnnotationProvenanceMapping::members, out);
  }

  private static AnnotatedArticle build(Slots v) {
    List<Actor> actors = v.list(ACTORS);
    List<Claim> claims = v.list(CLAIMS);
    try {
      return AnnotatedArticle.builder().article(v.get(ARTICLE)).actors(actors).claims(claims)
          .provenance(v.optional(PROVENANCE)).build();
    } catch (IllegalArgumentException | IllegalStateException refused) {
      // The model checks its ids itself, once, on every article it builds; only when it refuses one
      // are they looked at again here, to name each repeated id's place. Every element was read, so
      // list positions are JSON positions. Any other refusal (a cycle) is the model's message.
      Problems problems = v.problems();
      long before = problems.count();
      Pointer at = v.at();
      repeated(actors, Actor::getId, "actor", i -> at.property("actors").index(i), problems);
      repeated(claims, Claim::getId, "claim", i -> at.property("claims").index(i), problems);
      repeatedEstimates(claims, at, problems);
      if (problems.count() > before) {
        return null;
      }
      throw refused;
    }
  }

  private static <T> void repeated(List<T> values, Function<T, String> id, String what, IntFunction<Pointer> place,
      Problems problems) {
    if (values.size() < 2) {
      return;
    }
    // Only a repeated id needs the place of its first use: found by a search then, at most for the
    // problems that are listed; the rest are only counted.
    Set<String> seen = new HashSet<>(values.size() * 2);
    for (int i = 0; i < values.size(); i++) {
      String value = id.apply(values.get(i));
      if (seen.add(value)) {
        continue;
      }
      if (problems.full()) {
        problems.addUnlisted(1);
        continue;
      }
      int earlier = 0;
      while (!id.apply(values.get(earlier)).equals(value)) {
        earlier++;
      }
      problems.add(Kind.INVARIANT, place.apply(i).property("id"), what + " id " + Text.quote(value)
          + " is already the id of " + place.apply(earlier));
    }
  }

  private static void repeatedEstimates(List<Claim> claims, Pointer at, Problems problems) {
    // Ids only, no boxing: the place of a repeated id's first use is searched for when one is found.
    int count = 0;
    for (int c = 0; c < claims.size(); c++) {
      count += claims.get(c).getEstimates().size();
    }
    if (count < 2) {
      return;
    }
    Set<String> seen = new HashSet<>(count * 2);
    for (int c = 0; c < claims.size(); c++) {
      List<Estimate> estimates = claims.get(c).getEstimates();
      for (int e = 0; e < estimates.size(); e++) {
        String id = estimates.get(e).getId();
        if (!seen.add(id)) {
          problems.add(Kind.INVARIANT, estimate(at, c, e).property("id"), "estimate id " + Text.quote(id)
              + " is already the id of " + firstEstimate(claims, id, at));
        }
      }
    }
  }

  /** The pointer of the first estimate whose id is {@code id}. */
  private static Pointer firstEstimate(List<Claim> claims, String id, Pointer at) {
    for (int c = 0; ; c++) {
      List<Estimate> estimates = claims.get(c).getEstimates();
      for (int e = 0; e < estimates.size(); e++) {
        if (estimates.get(e).getId().equals(id)) {
          return estimate(at, c, e);
        }
      }
    }
  }

  private static Pointer estimate(Pointer at, int claim, int estimate) {
    return at.property("claims").index(claim).property("estimates").index(estimate);
  }
}
