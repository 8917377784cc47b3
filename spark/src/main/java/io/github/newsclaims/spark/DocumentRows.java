package io.github.newsclaims.spark;

import io.github.newsclaims.core.Actor;
import io.github.newsclaims.core.ActorKind;
import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.AnnotationMethod;
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
import io.github.newsclaims.core.Rating;
import io.github.newsclaims.core.TextSpan;
import io.github.newsclaims.core.TimeKind;
import io.github.newsclaims.core.TimeReference;
import io.github.newsclaims.core.Unit;
import io.github.newsclaims.core.UnitKind;
import java.net.URI;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The whole of an {@link AnnotatedArticle} as nested Spark rows, and back: every property of the
 * model has a field, so {@code fromRow(toRow(a)).equals(a)}. Enums are stored by their Java
 * names, factuality by its FactBank code plus the likelihood band, periods in ISO 8601
 * ({@code P1Y}), URLs as written.
 */
final class DocumentRows {
  static final StructType SPAN = struct(
      field("start", DataTypes.IntegerType, false),
      field("end", DataTypes.IntegerType, false),
      field("text", DataTypes.StringType, false));

  static final StructType FACTUALITY = struct(
      field("code", DataTypes.StringType, false),
      field("likelihood", DataTypes.StringType, true));

  static final StructType TIME = struct(
      field("kind", DataTypes.StringType, false),
      field("expression", SPAN, true),
      field("year", DataTypes.IntegerType, true),
      field("month", DataTypes.IntegerType, true),
      field("day", DataTypes.IntegerType, true),
      field("period", DataTypes.StringType, true));

  static final StructType DATE = struct(
      field("year", DataTypes.IntegerType, false),
      field("month", DataTypes.IntegerType, true),
      field("day", DataTypes.IntegerType, true));

  static final StructType PROVENANCE = struct(
      field("annotator", DataTypes.StringType, false),
      field("method", DataTypes.StringType, false),
      field("confidence", DataTypes.DoubleType, true));

  static final StructType PLACE = struct(
      field("name", DataTypes.StringType, false),
      field("mention", SPAN, true),
      field("sameAs", array(DataTypes.StringType), false));

  static final StructType RATING = struct(
      field("label", DataTypes.StringType, false),
      field("value", DataTypes.DoubleType, true),
      field("best", DataTypes.DoubleType, true),
      field("worst", DataTypes.DoubleType, true));

  static final StructType REVIEW = struct(
      field("reviewer", DataTypes.StringType, false),
      field("rating", RATING, false),
      field("url", DataTypes.StringType, false),
      field("date", DATE, true),
      field("summary", DataTypes.StringType, true));

  static final StructType NON_CONTENT = struct(
      field("kind", DataTypes.StringType, false),
      field("span", SPAN, false));

  static final StructType ARTICLE = struct(
      field("id", DataTypes.StringType, false),
      field("headline", DataTypes.StringType, false),
      field("outlet", DataTypes.StringType, true),
      field("url", DataTypes.StringType, true),
      field("publicationDate", DATE, true),
      field("language", DataTypes.StringType, false),
      field("text", DataTypes.StringType, false),
      field("nonContent", array(NON_CONTENT), false));

  static final StructType ACTOR = struct(
      field("id", DataTypes.StringType, false),
      field("name", DataTypes.StringType, false),
      field("kind", DataTypes.StringType, false),
      field("aliases", array(DataTypes.StringType), false),
      field("affiliation", DataTypes.StringType, true),
      field("sameAs", array(DataTypes.StringType), false));

  static final StructType ATTRIBUTION = struct(
      field("source", DataTypes.StringType, true),
      field("sourceMention", SPAN, true),
      field("cue", SPAN, true),
      field("mode", DataTypes.StringType, false),
      field("commitment", FACTUALITY, false),
      field("time", TIME, true),
      field("hedges", array(SPAN), false),
      field("carriedOver", DataTypes.BooleanType, false));

  static final StructType UNIT = struct(
      field("kind", DataTypes.StringType, false),
      field("name", DataTypes.StringType, true));

  static final StructType INTERVAL = struct(
      field("low", DataTypes.DoubleType, false),
      field("lowClosed", DataTypes.BooleanType, false),
      field("high", DataTypes.DoubleType, false),
      field("highClosed", DataTypes.BooleanType, false));

  static final StructType ESTIMATE = struct(
      field("id", DataTypes.StringType, false),
      field("measure", DataTypes.StringType, false),
      field("unit", UNIT, false),
      field("phrase", SPAN, true),
      field("approximator", DataTypes.StringType, false),
      field("interval", INTERVAL, false),
      field("statedValue", DataTypes.DoubleType, true),
      field("relativeTo", DataTypes.StringType, true),
      field("derivedFrom", array(DataTypes.StringType), false));

  static final StructType RELATION = struct(
      field("kind", DataTypes.StringType, false),
      field("target", DataTypes.StringType, false));

  static final StructType CLAIM = struct(
      field("id", DataTypes.StringType, false),
      field("proposition", DataTypes.StringType, false),
      field("evidence", array(SPAN), false),
      field("kind", DataTypes.StringType, false),
      field("attribution", array(ATTRIBUTION), false),
      field("factuality", FACTUALITY, false),
      field("hedges", array(SPAN), false),
      field("estimates", array(ESTIMATE), false),
      field("time", TIME, true),
      field("about", array(DataTypes.StringType), false),
      field("relations", array(RELATION), false),
      field("key", DataTypes.StringType, true),
      field("place", PLACE, true),
      field("reviews", array(REVIEW), false),
      field("provenance", PROVENANCE, true));

  /** An annotated article: {@code article}, {@code actors}, {@code claims}, {@code provenance}. */
  static final StructType DOCUMENT = struct(
      field("article", ARTICLE, false),
      field("actors", array(ACTOR), false),
      field("claims", array(CLAIM), false),
      field("provenance", PROVENANCE, true));

  private DocumentRows() {}

  private static StructType struct(StructField... fields) {
    return DataTypes.createStructType(fields);
  }

  private static StructField field(String name, DataType type, boolean nullable) {
    return DataTypes.createStructField(name, type, nullable);
  }

  private static DataType array(DataType element) {
    return DataTypes.createArrayType(element, false);
  }

  // ---- model → row. Arrays are Java arrays, which every Spark row conversion accepts.

  /** The article as a {@link #DOCUMENT} row. */
  static Row toRow(AnnotatedArticle annotated) {
    return RowFactory.create(article(annotated.getArticle()),
        rows(annotated.getActors(), DocumentRows::actor),
        rows(annotated.getClaims(), DocumentRows::claim),
        annotated.getProvenance().map(DocumentRows::provenance).orElse(null));
  }

  private static Row article(Article article) {
    return RowFactory.create(article.getId(), article.getHeadline(), article.getOutlet().orElse(null),
        article.getUrl().map(URI::toString).orElse(null),
        article.getPublicationDate().map(DocumentRows::date).orElse(null),
        article.getLanguage(), article.getText(),
        rows(article.getNonContent(), n -> RowFactory.create(n.getKind().name(), span(n.getSpan()))));
  }

  private static Row actor(Actor actor) {
    return RowFactory.create(actor.getId(), actor.getName(), actor.getKind().name(),
        actor.getAliases().toArray(new String[0]), actor.getAffiliation().orElse(null), uris(actor.getSameAs()));
  }

  private static Row claim(Claim claim) {
    return RowFactory.create(claim.getId(), claim.getProposition(), rows(claim.getEvidence(), DocumentRows::span),
        claim.getKind().name(), rows(claim.getAttribution(), DocumentRows::attribution),
        factuality(claim.getFactuality()), rows(claim.getHedges(), DocumentRows::span),
        rows(claim.getEstimates(), DocumentRows::estimate), claim.getTime().map(DocumentRows::time).orElse(null),
        claim.getAbout().toArray(new String[0]),
        rows(claim.getRelations(), r -> RowFactory.create(r.getKind().name(), r.getTarget())),
        claim.getKey().orElse(null), claim.getPlace().map(DocumentRows::place).orElse(null),
        rows(claim.getReviews(), DocumentRows::review), claim.getProvenance().map(DocumentRows::provenance).orElse(null));
  }

  private static Row provenance(AnnotationProvenance provenance) {
    return RowFactory.create(provenance.getAnnotator(), provenance.getMethod().name(),
        boxed(provenance.getConfidence()));
  }

  private static Row place(Place place) {
    return RowFactory.create(place.getName(), place.getMention().map(DocumentRows::span).orElse(null),
        uris(place.getSameAs()));
  }

  private static Row review(ClaimReview review) {
    Rating rating = review.getRating();
    return RowFactory.create(review.getReviewer(),
        RowFactory.create(rating.getLabel(), boxed(rating.getValue()), boxed(rating.getBest()),
            boxed(rating.getWorst())),
        review.getUrl().toString(), review.getDate().map(DocumentRows::date).orElse(null),
        review.getSummary().orElse(null));
  }

  private static Row date(PartialDate date) {
    return RowFactory.create(date.getYear(), boxed(date.getMonth()), boxed(date.getDay()));
  }

  private static String[] uris(List<URI> uris) {
    return uris.stream().map(URI::toString).toArray(String[]::new);
  }

  private static Row attribution(Attribution hop) {
    return RowFactory.create(hop.getSource().orElse(null), hop.getSourceMention().map(DocumentRows::span).orElse(null),
        hop.getCue().map(DocumentRows::span).orElse(null), hop.getMode().name(), factuality(hop.getCommitment()),
        hop.getTime().map(DocumentRows::time).orElse(null), rows(hop.getHedges(), DocumentRows::span),
        hop.isCarriedOver());
  }

  private static Row estimate(Estimate estimate) {
    Interval interval = estimate.getInterval();
    return RowFactory.create(estimate.getId(), estimate.getMeasure(),
        RowFactory.create(estimate.getUnit().getKind().name(), estimate.getUnit().getName().orElse(null)),
        estimate.getPhrase().map(DocumentRows::span).orElse(null), estimate.getApproximator().name(),
        RowFactory.create(interval.getLow(), interval.isLowClosed(), interval.getHigh(), interval.isHighClosed()),
        boxed(estimate.getStatedValue()), estimate.getRelativeTo().orElse(null),
        estimate.getDerivedFrom().toArray(new String[0]));
  }

  private static Row span(TextSpan span) {
    return RowFactory.create(span.getStart(), span.getEnd(), span.getText());
  }

  private static Row factuality(Factuality factuality) {
    return RowFactory.create(factuality.factBankCode(), factuality.getLikelihood().map(Enum::name).orElse(null));
  }

  private static Row time(TimeReference time) {
    return RowFactory.create(time.getKind().name(), time.getExpression().map(DocumentRows::span).orElse(null),
        boxed(time.getYear()), boxed(time.getMonth()), boxed(time.getDay()),
        time.getPeriod().map(Period::toString).orElse(null));
  }

  /** A field's value: the number, or null when absent. */
  private static Double boxed(OptionalDouble value) {
    return value.isPresent() ? value.getAsDouble() : null;
  }

  /** A field's value: the number, or null when absent. */
  private static Integer boxed(OptionalInt value) {
    return value.isPresent() ? value.getAsInt() : null;
  }

  private static <T> Row[] rows(List<T> values, Function<T, Row> row) {
    Row[] out = new Row[values.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = row.apply(values.get(i));
    }
    return out;
  }

  // ---- row → model, through the model's builders, so every invariant is checked again.

  /**
   * The article a row holds in its fields {@code article}, {@code actors} and {@code claims}: a
   * {@link #DOCUMENT} row, or a row of {@link NewsClaimsDatasets#documents()}, found by name.
   */
  static AnnotatedArticle fromRow(Row row) {
    boolean named = row.schema() != null;
    int article = named ? row.fieldIndex("article") : 0;
    int actors = named ? row.fieldIndex("actors") : 1;
    int claims = named ? row.fieldIndex("claims") : 2;
    int provenance = named ? row.fieldIndex("provenance") : 3;
    return AnnotatedArticle.builder()
        .article(article(row.getStruct(article)))
        .actors(list(row, actors, DocumentRows::actor))
        .claims(list(row, claims, DocumentRows::claim))
        .provenance(optional(row, provenance, DocumentRows::provenance))
        .build();
  }

  /** The estimate an {@link #ESTIMATE} row holds. */
  static Estimate estimate(Row row) {
    Row unit = row.getStruct(2);
    Row interval = row.getStruct(5);
    return Estimate.builder()
        .id(row.getString(0))
        .measure(row.getString(1))
        .unit(unit.isNullAt(1) ? Unit.of(UnitKind.valueOf(unit.getString(0)))
            : Unit.of(UnitKind.valueOf(unit.getString(0)), unit.getString(1)))
        .phrase(optional(row, 3, DocumentRows::span))
        .approximator(Approximator.valueOf(row.getString(4)))
        .interval(Interval.of(interval.getDouble(0), interval.getBoolean(1), interval.getDouble(2),
            interval.getBoolean(3)))
        .statedValue(optionalDouble(row, 6))
        .relativeTo(Optional.ofNullable(row.getString(7)))
        .derivedFrom(DocumentRows.<String>elements(row, 8))
        .build();
  }

  private static Article article(Row row) {
    return Article.builder()
        .id(row.getString(0))
        .headline(row.getString(1))
        .outlet(Optional.ofNullable(row.getString(2)))
        .url(Optional.ofNullable(row.getString(3)).map(URI::create))
        .publicationDate(optional(row, 4, DocumentRows::date))
        .language(row.getString(5))
        .text(row.getString(6))
        .nonContent(list(row, 7, n -> NonContentSpan.of(NonContentKind.valueOf(n.getString(0)), span(n.getStruct(1)))))
        .build();
  }

  private static PartialDate date(Row row) {
    if (row.isNullAt(1)) {
      return PartialDate.of(row.getInt(0));
    }
    return row.isNullAt(2) ? PartialDate.of(row.getInt(0), row.getInt(1))
        : PartialDate.of(row.getInt(0), row.getInt(1), row.getInt(2));
  }

  private static Actor actor(Row row) {
    return Actor.builder()
        .id(row.getString(0))
        .name(row.getString(1))
        .kind(ActorKind.valueOf(row.getString(2)))
        .aliases(DocumentRows.<String>elements(row, 3))
        .affiliation(Optional.ofNullable(row.getString(4)))
        .sameAs(uris(row, 5))
        .build();
  }

  private static Claim claim(Row row) {
    return Claim.builder()
        .id(row.getString(0))
        .proposition(row.getString(1))
        .evidence(list(row, 2, DocumentRows::span))
        .kind(ClaimKind.valueOf(row.getString(3)))
        .attribution(list(row, 4, DocumentRows::attribution))
        .factuality(factuality(row.getStruct(5)))
        .hedges(list(row, 6, DocumentRows::span))
        .estimates(list(row, 7, DocumentRows::estimate))
        .time(optional(row, 8, DocumentRows::time))
        .about(DocumentRows.<String>elements(row, 9))
        .relations(list(row, 10, r -> ClaimRelation.of(ClaimRelationKind.valueOf(r.getString(0)), r.getString(1))))
        .key(Optional.ofNullable(row.getString(11)))
        .place(optional(row, 12, DocumentRows::place))
        .reviews(list(row, 13, DocumentRows::review))
        .provenance(optional(row, 14, DocumentRows::provenance))
        .build();
  }

  private static AnnotationProvenance provenance(Row row) {
    return AnnotationProvenance.builder()
        .annotator(row.getString(0))
        .method(AnnotationMethod.valueOf(row.getString(1)))
        .confidence(optionalDouble(row, 2))
        .build();
  }

  private static Place place(Row row) {
    return Place.builder()
        .name(row.getString(0))
        .mention(optional(row, 1, DocumentRows::span))
        .sameAs(uris(row, 2))
        .build();
  }

  private static ClaimReview review(Row row) {
    Row rating = row.getStruct(1);
    return ClaimReview.builder()
        .reviewer(row.getString(0))
        .rating(Rating.builder()
            .label(rating.getString(0))
            .value(optionalDouble(rating, 1))
            .best(optionalDouble(rating, 2))
            .worst(optionalDouble(rating, 3))
            .build())
        .url(URI.create(row.getString(2)))
        .date(optional(row, 3, DocumentRows::date))
        .summary(Optional.ofNullable(row.getString(4)))
        .build();
  }

  private static OptionalDouble optionalDouble(Row row, int field) {
    return row.isNullAt(field) ? OptionalDouble.empty() : OptionalDouble.of(row.getDouble(field));
  }

  private static OptionalInt optionalInt(Row row, int field) {
    return row.isNullAt(field) ? OptionalInt.empty() : OptionalInt.of(row.getInt(field));
  }

  private static List<URI> uris(Row row, int field) {
    return DocumentRows.<String>elements(row, field).stream().map(URI::create).toList();
  }

  private static Attribution attribution(Row row) {
    return Attribution.builder()
        .source(Optional.ofNullable(row.getString(0)))
        .sourceMention(optional(row, 1, DocumentRows::span))
        .cue(optional(row, 2, DocumentRows::span))
        .mode(AttributionMode.valueOf(row.getString(3)))
        .commitment(factuality(row.getStruct(4)))
        .time(optional(row, 5, DocumentRows::time))
        .hedges(list(row, 6, DocumentRows::span))
        .carriedOver(row.getBoolean(7))
        .build();
  }

  private static TextSpan span(Row row) {
    return TextSpan.of(row.getInt(0), row.getInt(1), row.getString(2));
  }

  private static Factuality factuality(Row row) {
    Factuality factuality = Factuality.fromFactBankCode(row.getString(0));
    return row.isNullAt(1) ? factuality : factuality.withBand(Likelihood.valueOf(row.getString(1)));
  }

  private static TimeReference time(Row row) {
    return TimeReference.builder()
        .kind(TimeKind.valueOf(row.getString(0)))
        .expression(optional(row, 1, DocumentRows::span))
        .year(optionalInt(row, 2))
        .month(optionalInt(row, 3))
        .day(optionalInt(row, 4))
        .period(Optional.ofNullable(row.getString(5)).map(Period::parse))
        .build();
  }

  private static <T> Optional<T> optional(Row row, int field, Function<Row, T> read) {
    return row.isNullAt(field) ? Optional.empty() : Optional.of(read.apply(row.getStruct(field)));
  }

  /** The elements of an array field: a Java array in rows built here, a Scala sequence in rows from Spark. */
  @SuppressWarnings("unchecked")
  private static <T> List<T> elements(Row row, int field) {
    Object value = row.get(field);
    return value instanceof Object[] array ? (List<T>) Arrays.asList(array) : row.getList(field);
  }

  private static <T> List<T> list(Row row, int field, Function<Row, T> read) {
    List<Row> rows = elements(row, field);
    List<T> out = new ArrayList<>(rows.size());
    for (Row element : rows) {
      out.add(read.apply(element));
    }
    return out;
  }
}
