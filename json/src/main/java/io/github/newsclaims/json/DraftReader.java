package io.github.newsclaims.json;

import io.github.newsclaims.core.Actor;
import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.AnnotationProvenance;
import io.github.newsclaims.core.Approximator;
import io.github.newsclaims.core.Article;
import io.github.newsclaims.core.AttributionMode;
import io.github.newsclaims.core.ClaimKind;
import io.github.newsclaims.core.ClaimRelation;
import io.github.newsclaims.core.ClaimReview;
import io.github.newsclaims.core.Estimate;
import io.github.newsclaims.core.Factuality;
import io.github.newsclaims.core.Interval;
import io.github.newsclaims.core.NonContentKind;
import io.github.newsclaims.core.PartialDate;
import io.github.newsclaims.core.TimeKind;
import io.github.newsclaims.core.Unit;
import io.github.newsclaims.core.authoring.ArticleAnnotator;
import io.github.newsclaims.core.authoring.AuthoringException;
import io.github.newsclaims.core.authoring.ClaimAnnotator;
import io.github.newsclaims.core.authoring.Figure;
import io.github.newsclaims.core.authoring.Hop;
import io.github.newsclaims.core.authoring.Quote;
import io.github.newsclaims.core.authoring.When;
import io.github.newsclaims.json.JsonValue.Null;
import io.github.newsclaims.json.JsonValue.Obj;
import io.github.newsclaims.json.JsonValue.Str;
import io.github.newsclaims.json.NewsClaimsJsonException.Kind;
import java.net.URI;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a draft ({@value NewsClaimsJson#DRAFT_FORMAT}): the shape is read like a document's, each
 * quotation becomes a {@link Quote}, and an {@link ArticleAnnotator} resolves them and applies the
 * defaults. Its problems carry property paths named like the draft's properties, so each becomes a
 * pointer into the draft; the document rules of the result are checked last.
 */
final class DraftReader {
  private static final Pattern PATH_STEP = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)]");

  private DraftReader() {}

  /** The annotated article a parsed draft stands for. */
  static AnnotatedArticle map(JsonValue tree) {
    Problems problems = new Problems();
    ArticleAnnotator annotator = document(tree, Pointer.ROOT, problems);
    if (annotator == null || !problems.isEmpty()) {
      throw problems.exception(0);
    }
    AnnotatedArticle article;
    try {
      article = annotator.build();
    } catch (AuthoringException e) {
      for (AuthoringException.Problem problem : e.getProblems()) {
        problems.add(Kind.DRAFT, pointer(problem.path()), problem.message());
      }
      throw problems.exception(0);
    }
    DocumentRules.check(article, Pointer.ROOT, problems);
    if (!problems.isEmpty()) {
      throw problems.exception(0);
    }
    return article;
  }

  /** The pointer a property path of the annotator names: {@code claims[3].evidence[0]} is {@code /claims/3/evidence/0}. */
  static Pointer pointer(String path) {
    Pointer pointer = Pointer.ROOT;
    Matcher step = PATH_STEP.matcher(path);
    while (step.find()) {
      pointer = step.group(1) != null ? pointer.property(step.group(1)) : pointer.index(Integer.parseInt(step.group(2)));
    }
    return pointer;
  }

  private static ArticleAnnotator document(JsonValue value, Pointer at, Problems problems) {
    PropertyReader in = PropertyReader.of(value, at, problems);
    if (in == null) {
      return null;
    }
    String format = in.required("format", Scalars::string);
    if (format != null && !format.equals(NewsClaimsJson.DRAFT_FORMAT)) {
      in.problem(Kind.SHAPE, "format", "unsupported format " + Text.quote(format) + "; a draft has the format "
          + Text.quote(NewsClaimsJson.DRAFT_FORMAT) + (format.equals(NewsClaimsJson.FORMAT)
              ? " (read a " + NewsClaimsJson.FORMAT + " document with NewsClaimsJson.read)" : ""));
      return null;
    }
    ArticleAnnotator annotator = in.required("article", DraftReader::article);
    List<Actor> actors = in.list("actors", ActorMapping::read);
    List<Consumer<ArticleAnnotator>> claims = in.list("claims", DraftReader::claim);
    Optional<AnnotationProvenance> provenance = in.optional("provenance", AnnotationProvenanceMapping::read);
    return in.build(() -> {
      provenance.ifPresent(annotator::provenance);
      actors.forEach(annotator::actor);
      claims.forEach(claim -> claim.accept(annotator));
      return annotator;
    });
  }

  private record Furniture(NonContentKind kind, Quote span) {}

  private static ArticleAnnotator article(JsonValue value, Pointer at, Problems problems) {
    PropertyReader in = PropertyReader.of(value, at, problems);
    if (in == null) {
      return null;
    }
    String id = in.required("id", Scalars::string);
    String headline = in.required("headline", Scalars::string);
    Optional<String> outlet = in.optional("outlet", Scalars::string);
    Optional<URI> url = in.optional("url", ArticleMapping::uri);
    Optional<PartialDate> publicationDate = in.optional("publicationDate", PartialDateMapping::read);
    String language = in.required("language", Scalars::string);
    String text = in.required("text", Scalars::string);
    List<Furniture> nonContent = in.list("nonContent", DraftReader::furniture);
    Article article = in.build(() -> Article.builder().id(id).headline(headline).outlet(outlet).url(url)
        .publicationDate(publicationDate).language(language).text(text).build());
    if (article == null) {
      return null;
    }
    ArticleAnnotator annotator = ArticleAnnotator.of(article);
    nonContent.forEach(furniture -> annotator.nonContent(furniture.kind(), furniture.span()));
    return annotator;
  }

  private static Furniture furniture(JsonValue value, Pointer at, Problems problems) {
    PropertyReader in = PropertyReader.of(value, at, problems);
    if (in == null) {
      return null;
    }
    NonContentKind kind = in.required("kind", Scalars.enumeration(NonContentKind.class));
    Quote span = in.required("span", DraftReader::quote);
    return in.build(() -> new Furniture(kind, span));
  }

  /** A quotation: a string, or {@code {"quote", "occurrence", "after", "within"}}. */
  static Quote quote(JsonValue value, Pointer at, Problems problems) {
    if (value instanceof Str s) {
      if (s.value().isEmpty()) {
        problems.add(Kind.SHAPE, at, "a quote must not be empty");
        return null;
      }
      return Quote.of(s.value());
    }
    if (!(value instanceof Obj)) {
      problems.add(Kind.SHAPE, at, "must be a quote: a string, or an object with \"quote\", was " + value.describe());
      return null;
    }
    PropertyReader in = PropertyReader.of(value, at, problems);
    String text = in.required("quote", Scalars::string);
    Optional<Integer> occurrence = in.optional("occurrence", Scalars::integer);
    Optional<Quote> after = in.optional("after", DraftReader::quote);
    Optional<Quote> within = in.optional("within", DraftReader::quote);
    if (text != null && text.isEmpty()) {
      in.problem(Kind.SHAPE, "quote", "a quote must not be empty");
    }
    if (occurrence.isPresent() && occurrence.get() < 1) {
      in.problem(Kind.SHAPE, "occurrence", "must be at least 1 (occurrences count from 1), was " + occurrence.get());
    }
    return in.build(() -> {
      Quote quote = Quote.of(text);
      quote = occurrence.map(quote::occurrence).orElse(quote);
      quote = after.map(quote::after).orElse(quote);
      return within.map(quote::within).orElse(quote);
    });
  }

  /** A factuality: a FactBank code such as {@code "PR+"}, or the object of the document format. */
  private static Factuality factuality(JsonValue value, Pointer at, Problems problems) {
    if (value instanceof Str s) {
      try {
        return Factuality.fromFactBankCode(s.value());
      } catch (IllegalArgumentException e) {
        problems.add(Kind.SHAPE, at, "must be a FactBank code (CT+, PR+, PS+, CT-, PR-, PS-, CTu, Uu) or a "
            + "factuality object, was " + Text.quote(s.value()));
        return null;
      }
    }
    return FactualityMapping.read(value, at, problems);
  }

  private static Consumer<ArticleAnnotator> claim(JsonValue value, Pointer at, Problems problems) {
    PropertyReader in = PropertyReader.of(value, at, problems);
    if (in == null) {
      return null;
    }
    String id = in.required("id", Scalars::string);
    Optional<String> key = in.optional("key", Scalars::string);
    String proposition = in.required("proposition", Scalars::string);
    List<Quote> evidence = in.requiredList("evidence", DraftReader::quote);
    ClaimKind kind = in.required("kind", Scalars.enumeration(ClaimKind.class));
    List<Hop> attribution = in.list("attribution", DraftReader::hop);
    Optional<Factuality> factuality = in.optional("factuality", DraftReader::factuality);
    List<Quote> hedges = in.list("hedges", DraftReader::quote);
    List<Consumer<ClaimAnnotator>> estimates = in.list("estimates", DraftReader::estimate);
    Optional<When> time = in.optional("time", DraftReader::time);
    Optional<Consumer<ClaimAnnotator>> place = in.optional("place", DraftReader::place);
    List<String> about = in.list("about", Scalars::string);
    List<ClaimRelation> relations = in.list("relations", ClaimRelationMapping::read);
    List<ClaimReview> reviews = in.list("reviews", ClaimReviewMapping::read);
    Optional<AnnotationProvenance> provenance = in.optional("provenance", AnnotationProvenanceMapping::read);
    return in.build(() -> annotator -> {
      ClaimAnnotator claim = annotator.claim(id, kind, proposition).evidence(evidence.toArray(Quote[]::new));
      attribution.forEach(claim::hop);
      factuality.ifPresent(claim::factuality);
      hedges.forEach(claim::hedge);
      estimates.forEach(estimate -> estimate.accept(claim));
      time.ifPresent(claim::time);
      claim.about(about.toArray(String[]::new));
      relations.forEach(relation -> claim.relation(relation.getKind(), relation.getTarget()));
      key.ifPresent(claim::key);
      place.ifPresent(p -> p.accept(claim));
      reviews.forEach(claim::review);
      provenance.ifPresent(claim::provenance);
    });
  }

  private static Consumer<ClaimAnnotator> place(JsonValue value, Pointer at, Problems problems) {
    PropertyReader in = PropertyReader.of(value, at, problems);
    if (in == null) {
      return null;
    }
    String name = in.required("name", Scalars::string);
    Optional<Quote> mention = in.optional("mention", DraftReader::quote);
    List<URI> sameAs = in.list("sameAs", ArticleMapping::uri);
    return in.build(() -> claim -> claim.place(name, mention.orElse(null), sameAs.toArray(URI[]::new)));
  }

  private static Hop hop(JsonValue value, Pointer at, Problems problems) {
    PropertyReader in = PropertyReader.of(value, at, problems);
    if (in == null) {
      return null;
    }
    Optional<String> source = in.optional("source", Scalars::string);
    // null: no mention, even where the source's name stands in the evidence.
    Optional<Optional<Quote>> mention = in.optional("sourceMention",
        (v, p, ps) -> v instanceof Null ? Optional.<Quote>empty() : Optional.ofNullable(quote(v, p, ps)));
    Optional<Quote> cue = in.optional("cue", DraftReader::quote);
    Optional<AttributionMode> mode = in.optional("mode", Scalars.enumeration(AttributionMode.class));
    Optional<Factuality> commitment = in.optional("commitment", DraftReader::factuality);
    List<Quote> hedges = in.list("hedges", DraftReader::quote);
    Optional<When> time = in.optional("time", DraftReader::time);
    Optional<Boolean> carriedOver = in.optional("carriedOver", Scalars::bool);
    return in.build(() -> {
      Hop hop = source.map(Hop::by).orElseGet(Hop::unnamed);
      if (mention.isPresent()) {
        hop = mention.get().map(hop::mention).orElseGet(hop::noMention);
      }
      hop = cue.map(hop::cue).orElse(hop);
      hop = mode.map(hop::mode).orElse(hop);
      hop = commitment.map(hop::commitment).orElse(hop);
      for (Quote hedge : hedges) {
        hop = hop.hedge(hedge);
      }
      hop = carriedOver.orElse(false) ? hop.carriedOver() : hop;
      return time.map(hop::at).orElse(hop);
    });
  }

  private static When time(JsonValue value, Pointer at, Problems problems) {
    PropertyReader in = PropertyReader.of(value, at, problems);
    if (in == null) {
      return null;
    }
    TimeKind kind = in.required("kind", Scalars.enumeration(TimeKind.class));
    Optional<Quote> expression = in.optional("expression", DraftReader::quote);
    Optional<Integer> year = in.optional("year", Scalars::integer);
    Optional<Integer> month = in.optional("month", Scalars::integer);
    Optional<Integer> day = in.optional("day", Scalars::integer);
    Optional<Period> period = in.optional("period", TimeReferenceMapping::period);
    return in.build(() -> {
      When when = expression.map(quote -> When.of(kind, quote)).orElseGet(() -> When.of(kind));
      when = year.map(when::year).orElse(when);
      when = month.map(when::month).orElse(when);
      when = day.map(when::day).orElse(when);
      return period.map(when::period).orElse(when);
    });
  }

  /** An estimate read from its quoted phrase, or, without a phrase, given in full. */
  private static Consumer<ClaimAnnotator> estimate(JsonValue value, Pointer at, Problems problems) {
    PropertyReader in = PropertyReader.of(value, at, problems);
    if (in == null) {
      return null;
    }
    String id = in.required("id", Scalars::string);
    String measure = in.required("measure", Scalars::string);
    Optional<Unit> unit = in.optional("unit", UnitMapping::read);
    Optional<Quote> phrase = in.optional("phrase", DraftReader::quote);
    Optional<Approximator> approximator = in.optional("approximator", Scalars.enumeration(Approximator.class));
    Optional<Interval> interval = in.optional("interval", IntervalMapping::read);
    Optional<Double> statedValue = in.optional("statedValue", Scalars::number);
    Optional<String> relativeTo = in.optional("relativeTo", Scalars::string);
    List<String> derivedFrom = in.list("derivedFrom", Scalars::string);
    List<String> missing = new ArrayList<>();
    if (phrase.isEmpty()) {
      if (unit.isEmpty()) {
        missing.add("unit");
      }
      if (approximator.isEmpty()) {
        missing.add("approximator");
      }
      if (interval.isEmpty()) {
        missing.add("interval");
      }
      if (!missing.isEmpty()) {
        problems.add(Kind.SHAPE, at, "an estimate without a phrase is given in full: missing " + String.join(", ", missing));
      }
    } else if (!derivedFrom.isEmpty()) {
      in.problem(Kind.SHAPE, "derivedFrom", "a derived estimate has no phrase; give it in full without \"phrase\"");
    }
    return in.build(() -> {
      if (phrase.isPresent()) {
        Figure figure = Figure.of(id, phrase.get(), measure);
        figure = unit.map(figure::unit).orElse(figure);
        figure = approximator.map(figure::approximator).orElse(figure);
        figure = interval.map(figure::interval).orElse(figure);
        figure = statedValue.map(figure::statedValue).orElse(figure);
        Figure built = relativeTo.map(figure::relativeTo).orElse(figure);
        return claim -> claim.estimate(built);
      }
      Estimate estimate = Estimate.builder().id(id).measure(measure).unit(unit.get()).approximator(approximator.get())
          .interval(interval.get()).statedValue(statedValue).relativeTo(relativeTo).derivedFrom(derivedFrom).build();
      return claim -> claim.estimate(estimate);
    });
  }
}
