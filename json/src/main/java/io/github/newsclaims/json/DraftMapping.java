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
 * A draft ({@value NewsClaimsJson#DRAFT_FORMAT}) as object types of the token-stream reader. A draft
 * is a document in which spans are quotations ({@link DraftValues#QUOTE}) and some values may be
 * left to the defaults of {@link ArticleAnnotator}; so each object holding a span or a default is
 * declared here again, each property {@link Property#like like} the mapping's property of the same
 * name, and every other object (actors, units, intervals, reviews, …) is read by the mapping's own
 * type. The objects become calls on an annotator, whose {@code build()} resolves the quotations;
 * its problems become {@link Kind#DRAFT} problems at their pointers into the draft.
 */
final class DraftMapping {
  private static final Pattern PATH_STEP = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)]");

  private DraftMapping() {}

  /** Page furniture given by quotation. */
  private record Furniture(NonContentKind kind, Quote span) {}

  private static final class NonContent {
    static final Property<Furniture, NonContentKind> KIND = Property.like(NonContentSpanMapping.KIND);
    static final Property<Furniture, Quote> SPAN = Property.like(NonContentSpanMapping.SPAN, DraftValues.QUOTE);

    static final ObjectType<Furniture> TYPE = ObjectType.of(NonContentSpanMapping.TYPE.name(),
        v -> new Furniture(v.get(KIND), v.get(SPAN)), KIND, SPAN);
  }

  /** The article, with its furniture by quotation: an annotator for it. */
  private static final class ArticleType {
    static final Property<ArticleAnnotator, String> ID = Property.like(ArticleMapping.ID);
    static final Property<ArticleAnnotator, String> HEADLINE = Property.like(ArticleMapping.HEADLINE);
    static final Property<ArticleAnnotator, String> OUTLET = Property.like(ArticleMapping.OUTLET);
    static final Property<ArticleAnnotator, URI> URL = Property.like(ArticleMapping.URL);
    static final Property<ArticleAnnotator, PartialDate> PUBLICATION_DATE = Property.like(ArticleMapping.PUBLICATION_DATE);
    static final Property<ArticleAnnotator, String> LANGUAGE = Property.like(ArticleMapping.LANGUAGE);
    static final Property<ArticleAnnotator, String> TEXT = Property.like(ArticleMapping.TEXT);
    static final Property<ArticleAnnotator, Furniture> NON_CONTENT = Property.like(ArticleMapping.NON_CONTENT, NonContent.TYPE);

    static final ObjectType<ArticleAnnotator> TYPE = ObjectType.of(ArticleMapping.TYPE.name(), v -> {
      ArticleAnnotator annotator = ArticleAnnotator.of(Article.builder().id(v.get(ID)).headline(v.get(HEADLINE))
          .outlet(v.optional(OUTLET)).url(v.optional(URL)).publicationDate(v.optional(PUBLICATION_DATE))
          .language(v.get(LANGUAGE)).text(v.get(TEXT)).build());
      v.list(NON_CONTENT).forEach(furniture -> annotator.nonContent(furniture.kind(), furniture.span()));
      return annotator;
    }, ID, HEADLINE, OUTLET, URL, PUBLICATION_DATE, LANGUAGE, TEXT, NON_CONTENT);
  }

  /** A time reference whose expression is a quotation. */
  private static final class Time {
    static final Property<When, TimeKind> KIND = Property.like(TimeReferenceMapping.KIND);
    static final Property<When, Quote> EXPRESSION = Property.like(TimeReferenceMapping.EXPRESSION, DraftValues.QUOTE);
    static final Property<When, Integer> YEAR = Property.like(TimeReferenceMapping.YEAR);
    static final Property<When, Integer> MONTH = Property.like(TimeReferenceMapping.MONTH);
    static final Property<When, Integer> DAY = Property.like(TimeReferenceMapping.DAY);
    static final Property<When, Period> PERIOD = Property.like(TimeReferenceMapping.PERIOD);

    static final ObjectType<When> TYPE = ObjectType.of(TimeReferenceMapping.TYPE.name(), v -> {
      When when = v.optional(EXPRESSION).map(quote -> When.of(v.get(KIND), quote)).orElseGet(() -> When.of(v.get(KIND)));
      when = v.optional(YEAR).map(when::year).orElse(when);
      when = v.optional(MONTH).map(when::month).orElse(when);
      when = v.optional(DAY).map(when::day).orElse(when);
      return v.optional(PERIOD).map(when::period).orElse(when);
    }, KIND, EXPRESSION, YEAR, MONTH, DAY, PERIOD);
  }

  /** A hop: mode and commitment may be left to the cue table. */
  private static final class HopType {
    static final Property<Hop, String> SOURCE = Property.like(AttributionMapping.SOURCE);
    static final Property<Hop, Optional<Quote>> SOURCE_MENTION =
        Property.like(AttributionMapping.SOURCE_MENTION, DraftValues.MENTION);
    static final Property<Hop, Quote> CUE = Property.like(AttributionMapping.CUE, DraftValues.QUOTE);
    static final Property<Hop, AttributionMode> MODE =
        Property.defaultedLike(AttributionMapping.MODE, AttributionMapping.MODE.type());
    static final Property<Hop, Factuality> COMMITMENT =
        Property.defaultedLike(AttributionMapping.COMMITMENT, DraftValues.FACTUALITY);
    static final Property<Hop, Quote> HEDGES = Property.like(AttributionMapping.HEDGES, DraftValues.QUOTE);
    static final Property<Hop, When> TIME = Property.like(AttributionMapping.TIME, Time.TYPE);
    static final Property<Hop, Boolean> CARRIED_OVER = Property.like(AttributionMapping.CARRIED_OVER);

    static final ObjectType<Hop> TYPE = ObjectType.of(AttributionMapping.TYPE.name(), v -> {
      Hop hop = v.optional(SOURCE).map(Hop::by).orElseGet(Hop::unnamed);
      Optional<Optional<Quote>> mention = v.optional(SOURCE_MENTION);
      if (mention.isPresent()) {
        hop = mention.get().map(hop::mention).orElseGet(hop::noMention);
      }
      hop = v.optional(CUE).map(hop::cue).orElse(hop);
      hop = v.optional(MODE).map(hop::mode).orElse(hop);
      hop = v.optional(COMMITMENT).map(hop::commitment).orElse(hop);
      for (Quote hedge : v.list(HEDGES)) {
        hop = hop.hedge(hedge);
      }
      hop = v.optional(CARRIED_OVER).orElse(false) ? hop.carriedOver() : hop;
      return v.optional(TIME).map(hop::at).orElse(hop);
    }, SOURCE, SOURCE_MENTION, CUE, MODE, COMMITMENT, HEDGES, TIME, CARRIED_OVER);
  }

  /** An estimate read from its quoted phrase, or, without a phrase, given in full. */
  private static final class EstimateType {
    static final Property<Consumer<ClaimAnnotator>, String> ID = Property.like(EstimateMapping.ID);
    static final Property<Consumer<ClaimAnnotator>, String> MEASURE = Property.like(EstimateMapping.MEASURE);
    static final Property<Consumer<ClaimAnnotator>, Unit> UNIT =
        Property.defaultedLike(EstimateMapping.UNIT, EstimateMapping.UNIT.type());
    static final Property<Consumer<ClaimAnnotator>, Quote> PHRASE = Property.like(EstimateMapping.PHRASE, DraftValues.QUOTE);
    static final Property<Consumer<ClaimAnnotator>, Approximator> APPROXIMATOR =
        Property.defaultedLike(EstimateMapping.APPROXIMATOR, EstimateMapping.APPROXIMATOR.type());
    static final Property<Consumer<ClaimAnnotator>, Interval> INTERVAL =
        Property.defaultedLike(EstimateMapping.INTERVAL, EstimateMapping.INTERVAL.type());
    static final Property<Consumer<ClaimAnnotator>, Double> STATED_VALUE = Property.like(EstimateMapping.STATED_VALUE);
    static final Property<Consumer<ClaimAnnotator>, String> RELATIVE_TO = Property.like(EstimateMapping.RELATIVE_TO);
    static final Property<Consumer<ClaimAnnotator>, String> DERIVED_FROM = Property.like(EstimateMapping.DERIVED_FROM);

    static final ObjectType<Consumer<ClaimAnnotator>> TYPE = ObjectType.of(EstimateMapping.TYPE.name(),
        EstimateType::build, ID, MEASURE, UNIT, PHRASE, APPROXIMATOR, INTERVAL, STATED_VALUE, RELATIVE_TO, DERIVED_FROM);

    private static Consumer<ClaimAnnotator> build(Slots v) {
      Optional<Quote> phrase = v.optional(PHRASE);
      if (phrase.isPresent()) {
        if (!v.list(DERIVED_FROM).isEmpty()) {
          v.problems().add(Kind.SHAPE, v.at().property(DERIVED_FROM.name()),
              "a derived estimate has no phrase; give it in full without \"" + PHRASE.name() + "\"");
          return null;
        }
        Figure figure = Figure.of(v.get(ID), phrase.get(), v.get(MEASURE));
        figure = v.optional(UNIT).map(figure::unit).orElse(figure);
        figure = v.optional(APPROXIMATOR).map(figure::approximator).orElse(figure);
        figure = v.optional(INTERVAL).map(figure::interval).orElse(figure);
        figure = v.optional(STATED_VALUE).map(figure::statedValue).orElse(figure);
        Figure built = v.optional(RELATIVE_TO).map(figure::relativeTo).orElse(figure);
        return claim -> claim.estimate(built);
      }
      List<String> missing = new ArrayList<>();
      for (Property<?, ?> property : List.of(UNIT, APPROXIMATOR, INTERVAL)) {
        if (v.optional(property).isEmpty()) {
          missing.add(property.name());
        }
      }
      if (!missing.isEmpty()) {
        v.problems().add(Kind.SHAPE, v.at(), "an estimate without a phrase is given in full: missing "
            + String.join(", ", missing));
        return null;
      }
      Estimate estimate = Estimate.builder().id(v.get(ID)).measure(v.get(MEASURE)).unit(v.optional(UNIT).get())
          .approximator(v.optional(APPROXIMATOR).get()).interval(v.optional(INTERVAL).get())
          .statedValue(v.optionalDouble(STATED_VALUE)).relativeTo(v.optional(RELATIVE_TO)).derivedFrom(v.list(DERIVED_FROM))
          .build();
      return claim -> claim.estimate(estimate);
    }
  }

  /** A place whose mention is a quotation. */
  private static final class PlaceType {
    static final Property<Consumer<ClaimAnnotator>, String> NAME = Property.like(PlaceMapping.NAME);
    static final Property<Consumer<ClaimAnnotator>, Quote> MENTION = Property.like(PlaceMapping.MENTION, DraftValues.QUOTE);
    static final Property<Consumer<ClaimAnnotator>, URI> SAME_AS = Property.like(PlaceMapping.SAME_AS);

    static final ObjectType<Consumer<ClaimAnnotator>> TYPE = ObjectType.of(PlaceMapping.TYPE.name(), v -> {
      String name = v.get(NAME);
      Quote mention = v.optional(MENTION).orElse(null);
      URI[] sameAs = v.list(SAME_AS).toArray(URI[]::new);
      return claim -> claim.place(name, mention, sameAs);
    }, NAME, MENTION, SAME_AS);
  }

  /** A claim whose spans are quotations and whose factuality may be left to the chain. */
  private static final class ClaimType {
    static final Property<Consumer<ArticleAnnotator>, String> ID = Property.like(ClaimMapping.ID);
    static final Property<Consumer<ArticleAnnotator>, String> KEY = Property.like(ClaimMapping.KEY);
    static final Property<Consumer<ArticleAnnotator>, String> PROPOSITION = Property.like(ClaimMapping.PROPOSITION);
    static final Property<Consumer<ArticleAnnotator>, Quote> EVIDENCE = Property.like(ClaimMapping.EVIDENCE, DraftValues.QUOTE);
    static final Property<Consumer<ArticleAnnotator>, ClaimKind> KIND = Property.like(ClaimMapping.KIND);
    static final Property<Consumer<ArticleAnnotator>, Hop> ATTRIBUTION = Property.like(ClaimMapping.ATTRIBUTION, HopType.TYPE);
    static final Property<Consumer<ArticleAnnotator>, Factuality> FACTUALITY =
        Property.defaultedLike(ClaimMapping.FACTUALITY, DraftValues.FACTUALITY);
    static final Property<Consumer<ArticleAnnotator>, Quote> HEDGES = Property.like(ClaimMapping.HEDGES, DraftValues.QUOTE);
    static final Property<Consumer<ArticleAnnotator>, Consumer<ClaimAnnotator>> ESTIMATES =
        Property.like(ClaimMapping.ESTIMATES, EstimateType.TYPE);
    static final Property<Consumer<ArticleAnnotator>, When> TIME = Property.like(ClaimMapping.TIME, Time.TYPE);
    static final Property<Consumer<ArticleAnnotator>, Consumer<ClaimAnnotator>> PLACE =
        Property.like(ClaimMapping.PLACE, PlaceType.TYPE);
    static final Property<Consumer<ArticleAnnotator>, String> ABOUT = Property.like(ClaimMapping.ABOUT);
    static final Property<Consumer<ArticleAnnotator>, ClaimRelation> RELATIONS = Property.like(ClaimMapping.RELATIONS);
    static final Property<Consumer<ArticleAnnotator>, ClaimReview> REVIEWS = Property.like(ClaimMapping.REVIEWS);
    static final Property<Consumer<ArticleAnnotator>, AnnotationProvenance> PROVENANCE =
        Property.like(ClaimMapping.PROVENANCE);

    static final ObjectType<Consumer<ArticleAnnotator>> TYPE = ObjectType.of(ClaimMapping.TYPE.name(), v -> annotator -> {
      ClaimAnnotator claim = annotator.claim(v.get(ID), v.get(KIND), v.get(PROPOSITION))
          .evidence(v.list(EVIDENCE).toArray(Quote[]::new));
      v.list(ATTRIBUTION).forEach(claim::hop);
      v.optional(FACTUALITY).ifPresent(claim::factuality);
      v.list(HEDGES).forEach(claim::hedge);
      v.list(ESTIMATES).forEach(estimate -> estimate.accept(claim));
      v.optional(TIME).ifPresent(claim::time);
      claim.about(v.list(ABOUT).toArray(String[]::new));
      v.list(RELATIONS).forEach(relation -> claim.relation(relation.getKind(), relation.getTarget()));
      v.optional(KEY).ifPresent(claim::key);
      v.optional(PLACE).ifPresent(place -> place.accept(claim));
      v.list(REVIEWS).forEach(claim::review);
      v.optional(PROVENANCE).ifPresent(claim::provenance);
    }, ID, KEY, PROPOSITION, EVIDENCE, KIND, ATTRIBUTION, FACTUALITY, HEDGES, ESTIMATES, TIME, PLACE, ABOUT, RELATIONS,
        REVIEWS, PROVENANCE);
  }

  static final Property<AnnotatedArticle, String> FORMAT_NAME =
      Property.like(AnnotatedArticleMapping.FORMAT_NAME, DraftValues.FORMAT);
  static final Property<AnnotatedArticle, ArticleAnnotator> ARTICLE =
      Property.like(AnnotatedArticleMapping.ARTICLE, ArticleType.TYPE);
  static final Property<AnnotatedArticle, Actor> ACTORS = Property.like(AnnotatedArticleMapping.ACTORS);
  static final Property<AnnotatedArticle, Consumer<ArticleAnnotator>> CLAIMS =
      Property.like(AnnotatedArticleMapping.CLAIMS, ClaimType.TYPE);
  static final Property<AnnotatedArticle, AnnotationProvenance> PROVENANCE =
      Property.like(AnnotatedArticleMapping.PROVENANCE);

  /**
   * The draft as a whole: read, then resolved by the annotator. A draft that cannot be resolved
   * gives its problems at their pointers and no article; the document rules of the article are
   * checked by the reading pipeline, as for a document.
   */
  static final ObjectType<AnnotatedArticle> TYPE = ObjectType.of(AnnotatedArticleMapping.TYPE.name(), DraftMapping::build,
      FORMAT_NAME, ARTICLE, ACTORS, CLAIMS, PROVENANCE);

  private static AnnotatedArticle build(Slots v) {
    ArticleAnnotator annotator = v.get(ARTICLE);
    v.optional(PROVENANCE).ifPresent(annotator::provenance);
    v.list(ACTORS).forEach(annotator::actor);
    v.list(CLAIMS).forEach(claim -> claim.accept(annotator));
    try {
      return annotator.build();
    } catch (AuthoringException e) {
      for (AuthoringException.Problem problem : e.getProblems()) {
        v.problems().add(Kind.DRAFT, pointer(v.at(), problem.path()), problem.message());
      }
      return null;
    }
  }

  /** The draft's object types that differ from the document's, for the tests that hold the draft schema to the code. */
  static List<ObjectType<?>> objectTypes() {
    return List.of(TYPE, ArticleType.TYPE, NonContent.TYPE, ClaimType.TYPE, HopType.TYPE, EstimateType.TYPE, Time.TYPE,
        PlaceType.TYPE, DraftValues.quoteObject());
  }

  /** The pointer a property path of the annotator names: {@code claims[3].evidence[0]} is {@code /claims/3/evidence/0}. */
  static Pointer pointer(Pointer at, String path) {
    Pointer pointer = at;
    Matcher step = PATH_STEP.matcher(path);
    while (step.find()) {
      pointer = step.group(1) != null ? pointer.property(step.group(1)) : pointer.index(Integer.parseInt(step.group(2)));
    }
    return pointer;
  }
}
