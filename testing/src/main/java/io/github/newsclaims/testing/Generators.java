package io.github.newsclaims.testing;

import io.github.newsclaims.core.Actor;
import io.github.newsclaims.core.ActorKind;
import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.AnnotationProvenance;
import io.github.newsclaims.core.Approximator;
import io.github.newsclaims.core.Article;
import io.github.newsclaims.core.Attribution;
import io.github.newsclaims.core.AttributionMode;
import io.github.newsclaims.core.Claim;
import io.github.newsclaims.core.ClaimKind;
import io.github.newsclaims.core.ClaimRelation;
import io.github.newsclaims.core.ClaimRelationKind;
import io.github.newsclaims.core.ClaimReview;
import io.github.newsclaims.core.Estimate;
import io.github.newsclaims.core.Factuality;
import io.github.newsclaims.core.Interval;
import io.github.newsclaims.core.Likelihood;
import io.github.newsclaims.core.NonContentKind;
import io.github.newsclaims.core.NonContentSpan;
import io.github.newsclaims.core.PartialDate;
import io.github.newsclaims.core.Place;
import io.github.newsclaims.core.Polarity;
import io.github.newsclaims.core.TextSpan;
import io.github.newsclaims.core.TimeKind;
import io.github.newsclaims.core.TimeReference;
import io.github.newsclaims.core.Unit;
import io.github.newsclaims.core.UnitKind;
import java.net.URI;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * QuickTheories generators for every model type, for this project's tests and for downstream test
 * suites (artifact {@code newsclaims-testing}). Everything they produce satisfies the invariants
 * and the document rules: an {@link AnnotatedArticle} from {@link #annotatedArticles()} has zero
 * violations.
 *
 * <p>Texts mix ASCII with curly quotes, an em dash, accented and CJK letters and emoji outside the
 * Basic Multilingual Plane, so span offsets are exercised in UTF-16 code units.
 *
 * <p>{@link #synthetic(long, int)} builds the same kind of article from a seed and a claim count,
 * without QuickTheories, for benchmarks and large corpora.
 */
public final class Generators {
  private static final List<String> WORDS = List.of(
      "Pyongyang", "Moscow", "artillery", "shells", "troops", "state", "media", "said", "reportedly",
      "about", "15,000", "“critical”", "Kim’s", "—", "🚀", "naïve", "북한", "北朝鮮", "ties", "could",
      "🇰🇵", "estimates", "the", "of", "and", "in", "2024", "a", "third", "billions", "$", "{x}", "\\n");
  private static final List<String> CURRENCIES = List.of("USD", "EUR", "KRW", "RUB", "UAH");
  private static final List<String> DURATIONS = List.of("h", "d", "wk", "a");
  private static final List<String> MEASURES = List.of("t", "km", "[mi_i]", "[bbl_us]", "Cel");
  private static final List<String> LANGUAGES = List.of("en", "en-GB", "ko", "ru", "uk", "de-CH");
  private static final List<Factuality> FACTUALITIES = List.of(Factuality.CERTAIN, Factuality.PROBABLE,
      Factuality.POSSIBLE, Factuality.CERTAIN_NOT, Factuality.PROBABLE_NOT, Factuality.POSSIBLE_NOT,
      Factuality.CERTAIN_BUT_UNKNOWN, Factuality.UNDERSPECIFIED);

  private Generators() {}

  /** Random choices, from QuickTheories (shrinkable) or from a seeded {@link Random}; shared with the other generator classes. */
  interface Draw {
    long between(long min, long max);

    default int between(int min, int max) {
      return (int) between((long) min, (long) max);
    }

    default boolean chance() {
      return between(0, 1) == 1;
    }

    default <T> T pick(List<T> values) {
      return values.get(between(0, values.size() - 1));
    }

    default <E extends Enum<E>> E pick(Class<E> type) {
      return pick(List.of(type.getEnumConstants()));
    }
  }

  private static Draw from(RandomnessSource in) {
    return (min, max) -> in.next(Constraint.between(min, max));
  }

  private static Draw from(Random random) {
    return (min, max) -> min + (long) (random.nextDouble() * (max - min + 1));
  }

  /** Factuality values: all eight FactBank values, with or without a likelihood band. */
  public static Gen<Factuality> factualities() {
    return in -> factuality(from(in));
  }

  /** Annotation provenance of every method, with and without a confidence. */
  public static Gen<AnnotationProvenance> provenances() {
    return in -> ReviewGenerators.provenance(from(in));
  }

  /** Reviews by {@code actor-0}: a label alone or with a numeric scale, sometimes dated and summarised. */
  public static Gen<ClaimReview> reviews() {
    return in -> ReviewGenerators.review(from(in), "actor-0", 0);
  }

  /** Intervals: bounded and half-unbounded, open and closed, points. */
  public static Gen<Interval> intervals() {
    return in -> interval(from(in));
  }

  /** Units of every kind. */
  public static Gen<Unit> units() {
    return in -> unit(from(in));
  }

  /** Partial dates: year, year and month, full dates. */
  public static Gen<PartialDate> partialDates() {
    return in -> partialDate(from(in));
  }

  /** Standalone estimates (no phrase, no references) that agree with their approximators. */
  public static Gen<Estimate> estimates() {
    return in -> estimate(from(in), "e", Optional.empty(), List.of());
  }

  /** Articles with text and non-content spans. */
  public static Gen<Article> articles() {
    return in -> new ArticleDraft(from(in), 4).article;
  }

  /** Spans of a generated text (which holds curly quotes and emoji outside the BMP), with that text. */
  public static Gen<SpanInText> spansInText() {
    return in -> {
      Draw draw = from(in);
      ArticleDraft draft = new ArticleDraft(draw, 2);
      return new SpanInText(draft.text, draft.span(draw));
    };
  }

  /** A span together with the text it points into. */
  public record SpanInText(String text, TextSpan span) {}

  /** Actors with aliases and, sometimes, an affiliation to {@code actor-0}. */
  public static Gen<Actor> actors() {
    return in -> {
      Draw draw = from(in);
      return actor(draw, 1 + draw.between(0, 8));
    };
  }

  /** Single claims of generated articles: attribution chains, hedges, estimates, times, relations. */
  public static Gen<Claim> claims() {
    return in -> {
      Draw draw = from(in);
      return new ArticleDraft(draw, 2).annotate(draw, 1).getClaims().get(0);
    };
  }

  /** Attribution hops: every mode, with and without cue, source and time. */
  public static Gen<Attribution> attributions() {
    return in -> {
      Draw draw = from(in);
      return new ArticleDraft(draw, 2).hop(draw, 0, new ArrayList<>(List.of("actor-0", "actor-1")));
    };
  }

  /** Time references of every kind, partial and unresolved ones included. */
  public static Gen<TimeReference> timeReferences() {
    return in -> {
      Draw draw = from(in);
      return new ArticleDraft(draw, 1).time(draw);
    };
  }

  /** Annotated articles of up to eight claims, with zero violations. */
  public static Gen<AnnotatedArticle> annotatedArticles() {
    return in -> annotated(from(in), 8);
  }

  /** Annotated articles of up to {@code maxClaims} claims, with zero violations. */
  public static Gen<AnnotatedArticle> annotatedArticles(int maxClaims) {
    return in -> annotated(from(in), maxClaims);
  }

  /**
   * A deterministic synthetic annotated article with exactly {@code claims} claims, the same for
   * the same seed: a workload for benchmarks and large corpora.
   */
  public static AnnotatedArticle synthetic(long seed, int claims) {
    Draw draw = from(new Random(seed));
    ArticleDraft draft = new ArticleDraft(draw, Math.max(2, claims / 3));
    return draft.annotate(draw, claims);
  }

  private static AnnotatedArticle annotated(Draw draw, int maxClaims) {
    ArticleDraft draft = new ArticleDraft(draw, 1 + draw.between(0, 4));
    return draft.annotate(draw, draw.between(0, maxClaims));
  }

  static Actor actor(Draw draw, int a) {
    Actor.Builder actor = Actor.builder().id("actor-" + a).name("Actor " + a).kind(draw.pick(ActorKind.class));
    for (int alias = 0; alias < draw.between(0, 2); alias++) {
      actor.addAliases("Alias " + a + "." + alias + " 🇰🇵");
    }
    if (a > 0 && draw.chance()) {
      actor.affiliation("actor-" + draw.between(0, a - 1));
    }
    if (draw.chance()) {
      actor.addSameAs(URI.create("http://www.wikidata.org/entity/Q" + (100 + a)));
      if (draw.chance()) {
        actor.addSameAs(URI.create("https://party" + a + ".example/about"));
      }
    }
    return actor.build();
  }

  static Factuality factuality(Draw draw) {
    Factuality value = draw.pick(FACTUALITIES);
    return draw.chance() && value.getPolarity() != Polarity.UNKNOWN ? value.withBand(draw.pick(Likelihood.class)) : value;
  }

  static Unit unit(Draw draw) {
    return switch (draw.pick(UnitKind.class)) {
      case COUNT -> draw.chance() ? Unit.count("soldiers " + draw.between(0, 9)) : Unit.count();
      case CURRENCY -> Unit.currency(draw.pick(CURRENCIES));
      case FRACTION -> Unit.fraction();
      case PERCENTAGE -> Unit.percentage();
      case MULTIPLIER -> Unit.multiplier();
      case DURATION -> Unit.duration(draw.pick(DURATIONS));
      case MEASURE -> Unit.measure(draw.pick(MEASURES));
    };
  }

  static PartialDate partialDate(Draw draw) {
    int year = draw.between(1900, 2100);
    return switch (draw.between(0, 2)) {
      case 0 -> PartialDate.of(year);
      case 1 -> PartialDate.of(year, draw.between(1, 12));
      default -> PartialDate.of(year, draw.between(1, 12), draw.between(1, 28));
    };
  }

  /** A number with up to two decimals, above zero. */
  private static double value(Draw draw) {
    return draw.between(1, 2_000_000) / (draw.chance() ? 1.0 : 100.0);
  }

  static Interval interval(Draw draw) {
    double a = value(draw);
    double b = a + value(draw);
    return switch (draw.between(0, 6)) {
      case 0 -> Interval.point(a);
      case 1 -> Interval.closed(a, b);
      case 2 -> Interval.open(a, b);
      case 3 -> Interval.closedOpen(-a, b);
      case 4 -> Interval.atLeast(a);
      case 5 -> Interval.lessThan(b);
      default -> Interval.openClosed(a, b);
    };
  }

  /** An estimate that agrees with its approximator; derived only when {@code earlier} names some. */
  static Estimate estimate(Draw draw, String id, Optional<TextSpan> phrase, List<String> earlier) {
    Approximator approximator = draw.pick(Approximator.class);
    if (approximator == Approximator.DERIVED && earlier.isEmpty()) {
      approximator = Approximator.ABOUT;
    }
    double v = value(draw);
    Estimate.Builder builder = Estimate.builder().id(id).measure("measure of " + id)
        .unit(approximator == Approximator.RELATIVE_CHANGE ? Unit.multiplier() : unit(draw))
        .approximator(approximator);
    switch (approximator) {
      case EXACT, RELATIVE_CHANGE -> builder.interval(Interval.point(v)).statedValue(v);
      case ABOUT -> builder.interval(Interval.closed(v * 0.9, v * 1.1)).statedValue(v);
      case NEARLY -> builder.interval(Interval.closedOpen(v * 0.9, v)).statedValue(v);
      case AT_LEAST -> builder.interval(Interval.atLeast(v)).statedValue(v);
      case MORE_THAN -> builder.interval(Interval.greaterThan(v)).statedValue(v);
      case AT_MOST -> builder.interval(Interval.atMost(v)).statedValue(v);
      case UP_TO -> builder.interval(Interval.closed(0, v)).statedValue(v);
      case FEWER_THAN -> builder.interval(Interval.lessThan(v)).statedValue(v);
      case BETWEEN -> builder.interval(Interval.closed(v, v * 2));
      case ORDER_OF_MAGNITUDE -> {
        double power = Math.pow(10, draw.between(1, 12));
        builder.interval(Interval.closedOpen(2 * power, 10 * power));
      }
      case DERIVED -> {
        builder.interval(interval(draw));
        String first = draw.pick(earlier);
        builder.addDerivedFrom(first);
        if (earlier.size() > 1 && draw.chance()) {
          String other = draw.pick(earlier);
          if (!other.equals(first)) {
            builder.addDerivedFrom(other);
          }
        }
        return builder.build();
      }
    }
    if (!earlier.isEmpty() && draw.chance()) {
      builder.relativeTo(draw.pick(earlier));
    }
    return builder.phrase(phrase).build();
  }

  /** An article's text built word by word, remembering where the content words are. */
  private static final class ArticleDraft {
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
        claim.addHedges(span(draw));
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
        claim.addEstimates(estimate);
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
        claim.addRelations(ClaimRelation.of(draw.pick(ClaimRelationKind.class), draw.pick(earlierClaims).getId()));
      }
      if (!actors.isEmpty() && draw.between(0, 3) == 0) {
        for (int r = 0; r < draw.between(1, 2); r++) {
          claim.addReviews(ReviewGenerators.review(draw, draw.pick(actors).getId(), r));
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
        hop.addHedges(hedge);
        TextSpan other = span(draw);
        if (!other.equals(hedge)) {
          hop.addHedges(other);
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
}
