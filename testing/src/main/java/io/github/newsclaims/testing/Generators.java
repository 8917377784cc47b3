package io.github.newsclaims.testing;

import io.github.newsclaims.core.Actor;
import io.github.newsclaims.core.ActorKind;
import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.AnnotationProvenance;
import io.github.newsclaims.core.Approximator;
import io.github.newsclaims.core.Article;
import io.github.newsclaims.core.Attribution;
import io.github.newsclaims.core.Claim;
import io.github.newsclaims.core.ClaimReview;
import io.github.newsclaims.core.Estimate;
import io.github.newsclaims.core.Factuality;
import io.github.newsclaims.core.Interval;
import io.github.newsclaims.core.Likelihood;
import io.github.newsclaims.core.PartialDate;
import io.github.newsclaims.core.Polarity;
import io.github.newsclaims.core.TextSpan;
import io.github.newsclaims.core.TimeReference;
import io.github.newsclaims.core.Unit;
import io.github.newsclaims.core.UnitKind;
import java.net.URI;
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
 *
 * @since 0.1.0
 */
public final class Generators {
  static final List<String> WORDS = List.of(
      "Pyongyang", "Moscow", "artillery", "shells", "troops", "state", "media", "said", "reportedly",
      "about", "15,000", "“critical”", "Kim’s", "—", "🚀", "naïve", "북한", "北朝鮮", "ties", "could",
      "🇰🇵", "estimates", "the", "of", "and", "in", "2024", "a", "third", "billions", "$", "{x}", "\\n");
  static final List<String> CURRENCIES = List.of("USD", "EUR", "KRW", "RUB", "UAH");
  static final List<String> DURATIONS = List.of("h", "d", "wk", "a");
  static final List<String> MEASURES = List.of("t", "km", "[mi_i]", "[bbl_us]", "Cel");
  static final List<String> LANGUAGES = List.of("en", "en-GB", "ko", "ru", "uk", "de-CH");
  static final List<Factuality> FACTUALITIES = List.of(Factuality.CERTAINLY_SO, Factuality.PROBABLY_SO,
      Factuality.POSSIBLY_SO, Factuality.CERTAINLY_NOT, Factuality.PROBABLY_NOT, Factuality.POSSIBLY_NOT,
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

  /** {@return factuality values: all eight FactBank values, with or without a likelihood band} */
  public static Gen<Factuality> factualities() {
    return in -> factuality(from(in));
  }

  /** {@return annotation provenance of every method, with and without a confidence} */
  public static Gen<AnnotationProvenance> provenances() {
    return in -> ReviewGenerators.provenance(from(in));
  }

  /** {@return reviews by {@code actor-0}: a label alone or with a numeric scale, sometimes dated and summarised} */
  public static Gen<ClaimReview> reviews() {
    return in -> ReviewGenerators.review(from(in), "actor-0", 0);
  }

  /** {@return intervals: bounded and half-unbounded, open and closed, points} */
  public static Gen<Interval> intervals() {
    return in -> interval(from(in));
  }

  /** {@return units of every kind} */
  public static Gen<Unit> units() {
    return in -> unit(from(in));
  }

  /** {@return partial dates: year, year and month, full dates} */
  public static Gen<PartialDate> partialDates() {
    return in -> partialDate(from(in));
  }

  /** {@return standalone estimates (no phrase, no references) that agree with their approximators} */
  public static Gen<Estimate> estimates() {
    return in -> estimate(from(in), "e", Optional.empty(), List.of());
  }

  /** {@return articles with text and non-content spans} */
  public static Gen<Article> articles() {
    return in -> new ArticleDraft(from(in), 4).article;
  }

  /**
   * Spans of a generated text (which holds curly quotes and emoji outside the BMP), with that text.
   *
   * @return spans of a generated text, each paired with that text
   */
  public static Gen<SpanInText> spansInText() {
    return in -> {
      Draw draw = from(in);
      ArticleDraft draft = new ArticleDraft(draw, 2);
      return new SpanInText(draft.text, draft.span(draw));
    };
  }

  /**
   * A span together with the text it points into.
   *
   * @since 0.1.0
   */
  public record SpanInText(String text, TextSpan span) {}

  /**
   * Actors with aliases and, sometimes, an affiliation to {@code actor-0}.
   *
   * @return actors, some with an affiliation to {@code actor-0}
   */
  public static Gen<Actor> actors() {
    return in -> {
      Draw draw = from(in);
      return actor(draw, 1 + draw.between(0, 8));
    };
  }

  /**
   * Single claims of generated articles: attribution chains, hedges, estimates, times, relations.
   *
   * @return single claims, each drawn from a generated annotated article
   */
  public static Gen<Claim> claims() {
    return in -> {
      Draw draw = from(in);
      return new ArticleDraft(draw, 2).annotate(draw, 1).getClaims().get(0);
    };
  }

  /**
   * Attribution hops: every mode, with and without cue, source and time.
   *
   * @return attribution hops of every mode
   */
  public static Gen<Attribution> attributions() {
    return in -> {
      Draw draw = from(in);
      return new ArticleDraft(draw, 2).hop(draw, 0, new ArrayList<>(List.of("actor-0", "actor-1")));
    };
  }

  /**
   * Time references of every kind, partial and unresolved ones included.
   *
   * @return time references of every kind
   */
  public static Gen<TimeReference> timeReferences() {
    return in -> {
      Draw draw = from(in);
      return new ArticleDraft(draw, 1).time(draw);
    };
  }

  /**
   * Annotated articles of up to eight claims, with zero violations.
   *
   * @return valid annotated articles of up to eight claims
   */
  public static Gen<AnnotatedArticle> annotatedArticles() {
    return in -> annotated(from(in), 8);
  }

  /**
   * Annotated articles of up to {@code maxClaims} claims, with zero violations.
   *
   * @param maxClaims the largest number of claims an article may have
   * @return valid annotated articles of up to {@code maxClaims} claims
   */
  public static Gen<AnnotatedArticle> annotatedArticles(int maxClaims) {
    return in -> annotated(from(in), maxClaims);
  }

  /**
   * A deterministic synthetic annotated article with exactly {@code claims} claims, the same for
   * the same seed: a workload for benchmarks and large corpora.
   *
   * @param seed the seed of the random draws; the same seed gives the same article
   * @param claims the number of claims the article has
   * @return a valid annotated article of {@code claims} claims
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
      actor.addAlias("Alias " + a + "." + alias + " 🇰🇵");
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
      case 5 -> Interval.fewerThan(b);
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
      case MORE_THAN -> builder.interval(Interval.moreThan(v)).statedValue(v);
      case AT_MOST -> builder.interval(Interval.atMost(v)).statedValue(v);
      case UP_TO -> builder.interval(Interval.closed(0, v)).statedValue(v);
      case FEWER_THAN -> builder.interval(Interval.fewerThan(v)).statedValue(v);
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

}
