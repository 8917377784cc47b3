package io.github.newsclaims.testing;

import io.github.newsclaims.core.Actor;
import io.github.newsclaims.core.ActorKind;
import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.AnnotationMethod;
import io.github.newsclaims.core.AnnotationProvenance;
import io.github.newsclaims.core.Article;
import io.github.newsclaims.core.Attribution;
import io.github.newsclaims.core.Claim;
import io.github.newsclaims.core.ClaimAppearance;
import io.github.newsclaims.core.ClaimIndex;
import io.github.newsclaims.core.ClaimKind;
import io.github.newsclaims.core.ClaimRelation;
import io.github.newsclaims.core.ClaimRelationKind;
import io.github.newsclaims.core.ClaimReview;
import io.github.newsclaims.core.Estimate;
import io.github.newsclaims.core.EstimateConflict;
import io.github.newsclaims.core.Factuality;
import io.github.newsclaims.core.Interval;
import io.github.newsclaims.core.NonContentKind;
import io.github.newsclaims.core.NonContentSpan;
import io.github.newsclaims.core.PartialDate;
import io.github.newsclaims.core.Place;
import io.github.newsclaims.core.Rating;
import io.github.newsclaims.core.TextSpan;
import io.github.newsclaims.core.TimeKind;
import io.github.newsclaims.core.TimeReference;
import io.github.newsclaims.core.Unit;
import io.github.newsclaims.core.authoring.ActorAnnotator;
import io.github.newsclaims.core.authoring.ArticleAnnotator;
import io.github.newsclaims.core.authoring.ClaimAnnotator;
import io.github.newsclaims.core.authoring.Cue;
import io.github.newsclaims.core.authoring.Cues;
import io.github.newsclaims.core.authoring.Figure;
import io.github.newsclaims.core.authoring.Hop;
import io.github.newsclaims.core.authoring.Quote;
import io.github.newsclaims.core.authoring.QuoteFinder;
import io.github.newsclaims.core.authoring.When;
import io.github.newsclaims.core.quantity.QuantityMention;
import io.github.newsclaims.core.quantity.VaguenessPolicy;
import jakarta.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** The built-in samples of {@link NullRefusals}: plain JDK values and {@link Samples}' model objects. */
final class ModelSamples {
  private ModelSamples() {}

  static void addTo(Map<Class<?>, Supplier<?>> samples) {
    samples.put(String.class, () -> "x");
    samples.put(CharSequence.class, () -> "x");
    samples.put(Object.class, () -> "x");
    samples.put(Integer.class, () -> 0);
    samples.put(Long.class, () -> 0L);
    samples.put(Double.class, () -> 0.0);
    samples.put(Boolean.class, () -> false);
    samples.put(Iterable.class, List::of);
    samples.put(Collection.class, List::of);
    samples.put(List.class, List::of);
    samples.put(Set.class, Set::of);
    samples.put(Map.class, Map::of);
    samples.put(Iterator.class, () -> List.of().iterator());
    samples.put(Optional.class, Optional::empty);
    samples.put(OptionalInt.class, OptionalInt::empty);
    samples.put(OptionalDouble.class, OptionalDouble::empty);
    samples.put(Consumer.class, () -> (Consumer<Object>) value -> { });
    samples.put(BiConsumer.class, () -> (BiConsumer<Object, Object>) (a, b) -> { });
    samples.put(Function.class, Function::identity);
    samples.put(Predicate.class, () -> (Predicate<Object>) value -> true);
    samples.put(Supplier.class, () -> (Supplier<Object>) () -> "x");
    samples.put(InputStream.class, () -> new ByteArrayInputStream(new byte[0]));
    samples.put(OutputStream.class, ByteArrayOutputStream::new);
    samples.put(Reader.class, () -> new StringReader(""));
    samples.put(Writer.class, StringWriter::new);
    samples.put(Appendable.class, StringBuilder::new);
    // Never written: a call with null elsewhere must fail before it touches the file.
    samples.put(Path.class, () -> Path.of("target", "null-refusals-never-written"));
    samples.put(File.class, () -> new File("target", "null-refusals-never-written"));
    samples.put(URI.class, () -> URI.create("https://example.org/x"));
    samples.put(Charset.class, () -> StandardCharsets.UTF_8);
    samples.put(Locale.class, () -> Locale.ROOT);
    samples.put(Duration.class, () -> Duration.ZERO);
    samples.put(Period.class, () -> Period.ZERO);
    samples.put(Instant.class, () -> Instant.EPOCH);
    samples.put(LocalDate.class, () -> LocalDate.of(2024, 10, 1));
    samples.put(Validator.class, Samples::validator);

    samples.put(Article.class, Samples::article);
    samples.put(AnnotatedArticle.class, Samples::annotated);
    samples.put(Claim.class, () -> Samples.annotated().getClaims().get(1));
    samples.put(Actor.class, () -> Samples.annotated().getActors().get(1));
    samples.put(Attribution.class, () -> Samples.annotated().getClaims().get(1).getAttribution().get(0));
    samples.put(Estimate.class, Samples::soldiers);
    samples.put(TextSpan.class, () -> TextSpan.find(Samples.TEXT, "now"));
    samples.put(Interval.class, () -> Interval.closed(13_500, 16_500));
    samples.put(Unit.class, () -> Unit.count("soldiers"));
    samples.put(Factuality.class, () -> Factuality.CERTAINLY_SO);
    samples.put(ClaimRelation.class, () -> ClaimRelation.of(ClaimRelationKind.ELABORATES, "c1"));
    samples.put(NonContentSpan.class,
        () -> NonContentSpan.of(NonContentKind.ADVERTISEMENT, TextSpan.find(Samples.TEXT, "- Advertisement -")));
    samples.put(Place.class, () -> Place.of("Kursk"));
    samples.put(PartialDate.class, () -> PartialDate.of(2024, 10));
    samples.put(TimeReference.class, () -> Samples.annotated().getClaims().get(1).getTime().orElseThrow());
    samples.put(Rating.class, () -> Rating.of("False"));
    samples.put(AnnotationProvenance.class, () -> AnnotationProvenance.of("annotator", AnnotationMethod.values()[0]));
    samples.put(ClaimReview.class, () -> ClaimReview.builder().reviewer("north-korea")
        .url(URI.create("https://example.org/review")).rating(Rating.of("False")).build());
    samples.put(ClaimIndex.class, () -> ClaimIndex.of(List.of(Samples.annotated())));
    samples.put(ClaimAppearance.class,
        () -> new ClaimAppearance(Samples.annotated(), Samples.annotated().getClaims().get(0)));
    samples.put(EstimateConflict.class, () -> EstimateConflict.of("a", Samples.soldiers(), "b",
        Estimate.builder().from(Samples.soldiers()).interval(Interval.closed(1, 2)).statedValue(1.5).build()));
    samples.put(QuantityMention.class,
        () -> QuantityMention.of(TextSpan.find(Samples.TEXT, "about 15,000"), Samples.soldiers()));
    samples.put(VaguenessPolicy.class, VaguenessPolicy::defaults);

    samples.put(ArticleAnnotator.class, () -> ArticleAnnotator.of(Samples.article()));
    samples.put(ActorAnnotator.class,
        () -> ArticleAnnotator.of(Samples.article()).actor("kcna", ActorKind.STATE_MEDIA, "KCNA"));
    samples.put(ClaimAnnotator.class,
        () -> ArticleAnnotator.of(Samples.article()).claim("c1", ClaimKind.STATEMENT, "Kim called production critical."));
    samples.put(Quote.class, () -> Quote.of("Kim called production"));
    samples.put(Hop.class, () -> Hop.by("kcna"));
    samples.put(Figure.class, () -> Figure.of("e1", "about 15,000", "soldiers there"));
    samples.put(When.class, () -> When.of(TimeKind.PRESENT, "now"));
    samples.put(QuoteFinder.class, () -> QuoteFinder.in(Samples.TEXT));
    samples.put(Cue.class, () -> Cues.all().get(0));
  }
}
