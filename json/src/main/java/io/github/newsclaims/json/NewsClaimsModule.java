package io.github.newsclaims.json;

import io.github.newsclaims.core.Actor;
import io.github.newsclaims.core.AnnotationMethod;
import io.github.newsclaims.core.AnnotationProvenance;
import io.github.newsclaims.core.ActorKind;
import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.Approximator;
import io.github.newsclaims.core.Article;
import io.github.newsclaims.core.Attribution;
import io.github.newsclaims.core.AttributionMode;
import io.github.newsclaims.core.Certainty;
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
import io.github.newsclaims.core.Rating;
import io.github.newsclaims.core.TextSpan;
import io.github.newsclaims.core.TimeKind;
import io.github.newsclaims.core.TimeReference;
import io.github.newsclaims.core.Unit;
import io.github.newsclaims.core.UnitKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import tools.jackson.core.Version;
import tools.jackson.core.util.VersionUtil;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

/**
 * The Jackson 3 module for the newsclaims JSON format: it reads and writes every model type —
 * an {@link AnnotatedArticle} as a whole {@code newsclaims/1} document, and each part (a
 * {@link Claim}, an {@link Estimate}, an enum constant …) as the same JSON that part has inside a
 * document. Found by {@link java.util.ServiceLoader}, so
 * {@code JsonMapper.builder().findAndAddModules().build()} picks it up; or register it with
 * {@code addModule(new NewsClaimsModule())}.
 *
 * <p>Reading through the module is as strict as {@link NewsClaimsJson}: unknown, missing, repeated
 * or mistyped properties, values the model refuses and broken document rules throw one
 * {@link NewsClaimsJsonException} listing every problem with its JSON Pointer, counted from the
 * root of the caller's document; where the value is nested in the caller's own types, Jackson wraps
 * it in a {@code DatabindException} whose cause it is. What the module
 * cannot impose on a mapper it does not own — read limits, refusing content after the document,
 * refusing {@code NaN} tokens at the parser, byte-exact layout — {@link NewsClaimsJson} sets for
 * its own mapper. A JSON {@code null} where a model value is expected is left to the mapper, which
 * gives {@code null}.
 *
 * @since 0.1.0
 */
public final class NewsClaimsModule extends JacksonModule {
  private static final List<Mapping<?>> MAPPINGS = List.of(
      new Mapping<>(AnnotatedArticle.class, AnnotatedArticleMapping.TYPE),
      new Mapping<>(Article.class, ArticleMapping.TYPE),
      new Mapping<>(NonContentSpan.class, NonContentSpanMapping.TYPE),
      new Mapping<>(TextSpan.class, TextSpanMapping.TYPE),
      new Mapping<>(Actor.class, ActorMapping.TYPE),
      new Mapping<>(Claim.class, ClaimMapping.TYPE),
      new Mapping<>(Attribution.class, AttributionMapping.TYPE),
      new Mapping<>(Factuality.class, FactualityMapping.TYPE),
      new Mapping<>(Estimate.class, EstimateMapping.TYPE),
      new Mapping<>(Unit.class, UnitMapping.TYPE),
      new Mapping<>(Interval.class, IntervalMapping.TYPE),
      new Mapping<>(TimeReference.class, TimeReferenceMapping.TYPE),
      new Mapping<>(PartialDate.class, PartialDateMapping.TYPE),
      new Mapping<>(ClaimRelation.class, ClaimRelationMapping.TYPE),
      new Mapping<>(Place.class, PlaceMapping.TYPE),
      new Mapping<>(ClaimReview.class, ClaimReviewMapping.TYPE),
      new Mapping<>(Rating.class, RatingMapping.TYPE),
      new Mapping<>(AnnotationProvenance.class, AnnotationProvenanceMapping.TYPE),
      enumeration(AnnotationMethod.class),
      enumeration(ActorKind.class),
      enumeration(Approximator.class),
      enumeration(AttributionMode.class),
      enumeration(Certainty.class),
      enumeration(ClaimKind.class),
      enumeration(ClaimRelationKind.class),
      enumeration(Likelihood.class),
      enumeration(NonContentKind.class),
      enumeration(Polarity.class),
      enumeration(TimeKind.class),
      enumeration(UnitKind.class));

  /** The module; it has no options. */
  public NewsClaimsModule() {}

  /** {@code "newsclaims"}. */
  @Override
  public String getModuleName() {
    return "newsclaims";
  }

  /**
   * The version of the {@code newsclaims-json} artifact this module ships in, e.g. {@code 0.1.0-SNAPSHOT},
   * with group id {@code io.github.newsclaims} and artifact id {@code newsclaims-json}.
   */
  @Override
  public Version version() {
    return VERSION;
  }

  private static final Version VERSION = readVersion();

  /** The version the build wrote into {@code version.properties}; unknown only if that file was removed. */
  private static Version readVersion() {
    Properties properties = new Properties();
    try (InputStream in = NewsClaimsModule.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return Version.unknownVersion();
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the version of newsclaims-json", e);
    }
    return VersionUtil.parseVersion(properties.getProperty("version"), "io.github.newsclaims", "newsclaims-json");
  }

  /** Registers a serializer and a deserializer for every model type. */
  @Override
  public void setupModule(SetupContext context) {
    Objects.requireNonNull(context, "context");
    SimpleSerializers serializers = new SimpleSerializers();
    SimpleDeserializers deserializers = new SimpleDeserializers();
    for (Mapping<?> mapping : MAPPINGS) {
      register(mapping, serializers, deserializers);
    }
    context.addSerializers(serializers);
    context.addDeserializers(deserializers);
  }

  private static <T> void register(Mapping<T> mapping, SimpleSerializers serializers,
      SimpleDeserializers deserializers) {
    serializers.addSerializer(mapping.type(), new ModelSerializer<>(mapping));
    deserializers.addDeserializer(mapping.type(), new ModelDeserializer<>(mapping));
  }

  private static <E extends Enum<E>> Mapping<E> enumeration(Class<E> type) {
    return new Mapping<>(type, Values.enumeration(type));
  }

  /** The model types the module maps, for tests. */
  static List<Class<?>> types() {
    return MAPPINGS.stream().<Class<?>>map(Mapping::type).toList();
  }

  /** The object types of the format, the document's first, from which FORMAT.md and the schema are checked. */
  static List<ObjectType<?>> objectTypes() {
    return MAPPINGS.stream().map(Mapping::json).filter(json -> json instanceof ObjectType)
        .<ObjectType<?>>map(json -> (ObjectType<?>) json).toList();
  }
}
