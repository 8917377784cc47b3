package io.github.newsclaims.spark;

import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.json.NewsClaimsJson;
import java.util.Objects;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

/**
 * A newsclaims corpus as Spark tables, from {@link NewsClaimsSpark#read}: the documents, nested and
 * complete, flat tables of their parts, and the lines that could not be read. Every line of the
 * input is one row of {@link #documents()} or one row of {@link #errors()}, never both.
 *
 * <p>Column names follow the format's property names; enumerations are their Java names
 * ({@code QUANTITY}, {@code INDIRECT}); factuality is its FactBank code ({@code CT+}, {@code PR-},
 * {@code Uu}) with the likelihood band apart; offsets count UTF-16 code units, as
 * {@code TextSpan} does. Ids of articles are assumed unique across the corpus; ids of claims,
 * actors and estimates are unique within their article, so join on the article id too.
 *
 * <p>The tables are queries over the same parsed lines: call {@link #cache()} before using more
 * than one, or each use parses the corpus again.
 *
 * @since 0.1.0
 */
public final class NewsClaimsDatasets {
  private final Dataset<Row> lines;

  NewsClaimsDatasets(Dataset<Row> lines) {
    this.lines = lines;
  }

  /**
   * Every line of the input: {@code file} (the path as Hadoop names it, e.g.
   * {@code file:/data/a.jsonl.gz}), {@code line} (1-based, in that file) and exactly one of
   * {@code document} (the whole article, as {@link #documents()} describes) or {@code error} (as
   * {@link #errors()} describes). This is the lossless table that {@link #writeParquet} stores.
   *
   * @return the table of every input line
   */
  public Dataset<Row> lines() {
    return lines;
  }

  /**
   * Keeps the parsed lines in memory (spilling to disk) once they are first computed, unless they
   * are kept already.
   *
   * @return this
   */
  public NewsClaimsDatasets cache() {
    if (lines.storageLevel().equals(StorageLevel.NONE())) {
      lines.persist(StorageLevel.MEMORY_AND_DISK());
    }
    return this;
  }

  /**
   * Drops the cached lines.
   *
   * @return this
   */
  public NewsClaimsDatasets unpersist() {
    lines.unpersist();
    return this;
  }

  /**
   * One row per article, nested and complete — everything the format holds: {@code file},
   * {@code line}, {@code article} (id, headline, outlet, url, publicationDate {year, month, day},
   * language, text, nonContent [{kind, span}]), {@code actors} [{id, name, kind, aliases,
   * affiliation, sameAs}], {@code claims} [{id, proposition, evidence, kind, attribution [{source,
   * sourceMention, cue, mode, commitment, time, hedges, carriedOver}], factuality {code,
   * likelihood}, hedges, estimates [{id, measure, unit {kind, name}, phrase, approximator, interval
   * {low, lowClosed, high, highClosed}, statedValue, relativeTo, derivedFrom}], time {kind,
   * expression, year, month, day, period}, about, relations [{kind, target}], key, place {name,
   * mention, sameAs}, reviews [{reviewer, rating {label, value, best, worst}, url, date, summary}],
   * provenance}] and {@code provenance} {annotator, method, confidence}; a span is {start, end,
   * text}.
   *
   * @return the table of documents
   */
  public Dataset<Row> documents() {
    return lines.filter("document IS NOT NULL").selectExpr("file", "line", "document.*");
  }

  /**
   * One row per article: {@code file}, {@code line}, {@code articleId}, {@code headline},
   * {@code outlet}, {@code url}, {@code date} (ISO 8601, as precise as known: {@code 2024},
   * {@code 2024-11}, {@code 2024-11-26}), {@code language}, {@code textLength} (UTF-16 code units),
   * and the counts {@code nonContentCount}, {@code actorCount}, {@code claimCount},
   * {@code attributionCount} (hops over all claims) and {@code estimateCount}.
   *
   * @return the table of articles
   */
  public Dataset<Row> articles() {
    return documents().selectExpr("file", "line", "article.id AS articleId", "article.headline",
        "article.outlet", "article.url",
        "nullif(concat_ws('-', lpad(CAST(article.publicationDate.year AS STRING), 4, '0'),"
            + " lpad(CAST(article.publicationDate.month AS STRING), 2, '0'),"
            + " lpad(CAST(article.publicationDate.day AS STRING), 2, '0')), '') AS date",
        "article.language",
        "CAST(octet_length(encode(article.text, 'UTF-16BE')) DIV 2 AS INT) AS textLength",
        "size(article.nonContent) AS nonContentCount", "size(actors) AS actorCount",
        "size(claims) AS claimCount",
        "aggregate(claims, 0, (n, c) -> n + size(c.attribution)) AS attributionCount",
        "aggregate(claims, 0, (n, c) -> n + size(c.estimates)) AS estimateCount");
  }

  /**
   * One row per claim: {@code articleId}, {@code claimId}, {@code claimIndex} (0-based, in the
   * article), {@code kind}, {@code proposition}, {@code factuality} (the article's own, a FactBank
   * code), {@code likelihood}, the time ({@code timeKind}, {@code timeYear}, {@code timeMonth},
   * {@code timeDay}, {@code timePeriod} in ISO 8601, {@code timeText}, {@code timeStart},
   * {@code timeEnd}), {@code evidence} and {@code hedges} (arrays of {start, end, text}),
   * {@code sources} (the source actor ids of the attribution chain, outermost first; unnamed
   * sources are null), {@code attributionDepth} (hops), {@code about}, {@code relations}
   * ({kind, target}), {@code estimateCount}, {@code key} (the claim's key across articles, when
   * annotated), {@code place} (its name) and {@code reviewCount}.
   *
   * @return the table of claims
   */
  public Dataset<Row> claims() {
    return documents().selectExpr("article.id AS articleId", "posexplode(claims) AS (claimIndex, claim)")
        .selectExpr("articleId", "claim.id AS claimId", "claimIndex", "claim.kind", "claim.proposition",
            "claim.factuality.code AS factuality", "claim.factuality.likelihood AS likelihood",
            "claim.time.kind AS timeKind", "claim.time.year AS timeYear", "claim.time.month AS timeMonth",
            "claim.time.day AS timeDay", "claim.time.period AS timePeriod",
            "claim.time.expression.text AS timeText", "claim.time.expression.start AS timeStart",
            "claim.time.expression.`end` AS timeEnd",
            "claim.evidence", "claim.hedges", "transform(claim.attribution, a -> a.source) AS sources",
            "size(claim.attribution) AS attributionDepth", "claim.about", "claim.relations",
            "size(claim.estimates) AS estimateCount", "claim.key", "claim.place.name AS place",
            "size(claim.reviews) AS reviewCount");
  }

  /**
   * One row per hop of an attribution chain: {@code articleId}, {@code claimId}, {@code depth}
   * (1 for the outermost source, as in FactBank, where the article itself is depth 0),
   * {@code sourceId} (null for an unnamed source), {@code mode}, {@code commitment} (FactBank
   * code), {@code likelihood}, the cue ({@code cueText}, {@code cueStart}, {@code cueEnd}), the
   * source mention ({@code sourceMentionText}, {@code sourceMentionStart}, {@code sourceMentionEnd}),
   * {@code timeKind} of when it was said, {@code hedgeCount} and {@code carriedOver}.
   *
   * @return the table of attribution hops
   */
  public Dataset<Row> attributions() {
    return documents().selectExpr("article.id AS articleId", "explode(claims) AS claim")
        .selectExpr("articleId", "claim.id AS claimId", "posexplode(claim.attribution) AS (hop, a)")
        .selectExpr("articleId", "claimId", "hop + 1 AS depth", "a.source AS sourceId", "a.mode",
            "a.commitment.code AS commitment", "a.commitment.likelihood AS likelihood",
            "a.cue.text AS cueText", "a.cue.start AS cueStart", "a.cue.`end` AS cueEnd",
            "a.sourceMention.text AS sourceMentionText", "a.sourceMention.start AS sourceMentionStart",
            "a.sourceMention.`end` AS sourceMentionEnd", "a.time.kind AS timeKind",
            "size(a.hedges) AS hedgeCount", "a.carriedOver");
  }

  /**
   * One row per estimate: {@code articleId}, {@code claimId}, {@code estimateId}, {@code measure},
   * {@code unitKind}, {@code unitName} (the counted noun or currency code), {@code approximator},
   * {@code low}, {@code lowClosed}, {@code high}, {@code highClosed} (unbounded sides are
   * ±infinity), {@code statedValue}, {@code relativeTo}, {@code derivedFrom} (estimate ids) and the
   * phrase ({@code phraseText}, {@code phraseStart}, {@code phraseEnd}).
   *
   * @return the table of estimates
   */
  public Dataset<Row> estimates() {
    return documents().selectExpr("article.id AS articleId", "explode(claims) AS claim")
        .selectExpr("articleId", "claim.id AS claimId", "explode(claim.estimates) AS e")
        .selectExpr("articleId", "claimId", "e.id AS estimateId", "e.measure", "e.unit.kind AS unitKind",
            "e.unit.name AS unitName", "e.approximator", "e.interval.low", "e.interval.lowClosed",
            "e.interval.high", "e.interval.highClosed", "e.statedValue", "e.relativeTo", "e.derivedFrom",
            "e.phrase.text AS phraseText", "e.phrase.start AS phraseStart", "e.phrase.`end` AS phraseEnd");
  }

  /**
   * One row per actor of an article: {@code articleId}, {@code actorId}, {@code name}, {@code kind},
   * {@code aliases}, {@code affiliation} (an actor id), {@code sameAs} (URIs of the same entity,
   * e.g. Wikidata's).
   *
   * @return the table of actors
   */
  public Dataset<Row> actors() {
    return documents().selectExpr("article.id AS articleId", "explode(actors) AS a")
        .selectExpr("articleId", "a.id AS actorId", "a.name", "a.kind", "a.aliases", "a.affiliation", "a.sameAs");
  }

  /**
   * One row per line that is not a valid document: {@code file}, {@code line} (1-based),
   * {@code kind} of the first problem ({@code SYNTAX}, {@code LIMIT}, {@code SHAPE},
   * {@code INVARIANT} or {@code RULE}, as {@code NewsClaimsJsonException.Kind}), its JSON
   * {@code pointer} (empty for the whole document), {@code message} (every problem, one a line, as
   * the library's exception gives it), {@code problems} (how many were found; the message lists at
   * most {@link NewsClaimsJson#MAX_REPORTED_PROBLEMS}) and {@code text} (the line,
   * decoded as UTF-8 with replacement characters, cut after 65,536 characters).
   *
   * @return the table of bad lines
   */
  public Dataset<Row> errors() {
    return lines.filter("error IS NOT NULL").selectExpr("file", "line", "error.kind", "error.pointer",
        "error.message", "error.problems", "error.text");
  }

  /**
   * The documents as model objects, rebuilt (and their invariants checked again) on the executors.
   *
   * @return one article per document, Kryo-encoded ({@link NewsClaimsSpark#encoder()})
   */
  public Dataset<AnnotatedArticle> annotatedArticles() {
    MapFunction<Row, AnnotatedArticle> rebuild = DocumentRows::fromRow;
    return documents().map(rebuild, NewsClaimsSpark.encoder());
  }

  /**
   * The documents as JSON Lines: each as one compact line of the format, without its line end.
   * For input the library wrote, each line is byte for byte the line it was read from.
   *
   * @return one line per document
   */
  public Dataset<String> jsonLines() {
    MapFunction<Row, String> write = row -> NewsClaimsJson.write(DocumentRows.fromRow(row));
    return documents().map(write, Encoders.STRING());
  }

  /**
   * Writes {@link #jsonLines()} as text files (UTF-8, {@code \n} after each line) into the new directory {@code path}.
   *
   * @param path the directory to create
   */
  public void writeJsonLines(String path) {
    Objects.requireNonNull(path, "path");
    jsonLines().write().text(path);
  }

  /**
   * Writes every table as Parquet into the new directory {@code directory}, one subdirectory
   * each: {@code lines} (lossless: {@link NewsClaimsSpark#readParquet} reads it back),
   * {@code articles}, {@code claims}, {@code attributions}, {@code estimates}, {@code actors} and
   * {@code errors}. Caches the lines, since each table reads them.
   *
   * @param directory the directory to create
   */
  public void writeParquet(String directory) {
    Objects.requireNonNull(directory, "directory");
    cache();
    lines.write().parquet(directory + "/lines");
    articles().write().parquet(directory + "/articles");
    claims().write().parquet(directory + "/claims");
    attributions().write().parquet(directory + "/attributions");
    estimates().write().parquet(directory + "/estimates");
    actors().write().parquet(directory + "/actors");
    errors().write().parquet(directory + "/errors");
  }
}
