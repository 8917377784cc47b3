package io.github.newsclaims.spark;

import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.json.NewsClaimsJson;
import java.util.Objects;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Entry point: a newsclaims JSON Lines corpus ({@value NewsClaimsJson#FORMAT}) as Spark tables,
 * and back.
 *
 * <p><b>Reading</b> ({@link #read}) parses every line on the executors with the library's own
 * strict reader, {@link NewsClaimsJson#read(java.io.InputStream)} — the same checks, document
 * rules included, as one JVM applies — and never fails on a bad line: every line of the input
 * becomes exactly one row of {@link NewsClaimsDatasets#documents()} or of
 * {@link NewsClaimsDatasets#errors()}, with its file and its true 1-based line number in that file.
 *
 * <p><b>Writing</b> ({@link #write(Dataset, String)}, {@link NewsClaimsDatasets#writeJsonLines})
 * gives the library's compact JSON Lines, so a corpus the library wrote comes back byte for byte.
 *
 * <p>Spark is not a dependency of this jar: the cluster (or {@code spark-submit}) provides it.
 * Every method refuses {@code null} with a {@link NullPointerException} naming the parameter.
 *
 * @since 0.1.0
 */
public final class NewsClaimsSpark {
  private NewsClaimsSpark() {}

  /**
   * Reads JSON Lines: a file, a directory (its files, not its subdirectories; names starting with
   * {@code _} or {@code .} are skipped), a glob such as {@code corpus/2024-*.jsonl.gz}, or several
   * of these separated by commas. Files whose name ends with a Hadoop codec's extension
   * ({@code .gz}, {@code .bz2}, {@code .zst}, …) are decompressed.
   *
   * <p>Each file is read whole by one task, from its first line, which is what gives true line
   * numbers in one pass; the parallelism is therefore the number of files (small files are packed
   * together into tasks). Split a corpus into many files — as compressed corpora are anyway, since
   * a {@code .gz} file cannot be split — to use many executors.
   *
   * <p>Nothing is read until a table is used; each table is a query over the parsed lines, so
   * call {@link NewsClaimsDatasets#cache()} before using several.
   *
   * <p>When a table is used, a path that matches no file or a file that cannot be read (a truncated
   * {@code .gz}, say) fails the job with Spark's or Hadoop's exception; bad content never does.
   *
   * @param spark the session to read in
   * @param path the files to read: a file, a directory, a glob, or several separated by commas
   * @return the corpus as tables, not yet read
   */
  public static NewsClaimsDatasets read(SparkSession spark, String path) {
    Objects.requireNonNull(spark, "spark");
    Objects.requireNonNull(path, "path");
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    FlatMapFunction<java.util.Iterator<scala.Tuple2<String, org.apache.spark.input.PortableDataStream>>, Row> parse =
        FileLines::of;
    JavaRDD<Row> lines = context.binaryFiles(path, context.defaultParallelism()).mapPartitions(parse);
    return new NewsClaimsDatasets(spark.createDataFrame(lines, LineParser.SCHEMA));
  }

  /**
   * The tables written by {@link NewsClaimsDatasets#writeParquet(String)} to {@code directory},
   * read back from its {@code lines} table: the same documents and errors, to query or to write
   * as JSON Lines again.
   *
   * @param spark the session to read in
   * @param directory the directory {@code writeParquet} wrote
   * @return the corpus as tables, not yet read
   */
  public static NewsClaimsDatasets readParquet(SparkSession spark, String directory) {
    Objects.requireNonNull(spark, "spark");
    Objects.requireNonNull(directory, "directory");
    return new NewsClaimsDatasets(spark.read().schema(LineParser.SCHEMA).parquet(directory + "/lines"));
  }

  /**
   * An encoder for datasets of whole articles, such as {@link NewsClaimsDatasets#annotatedArticles()}
   * gives: Kryo-serialized objects, opaque to Spark SQL. Use the tables to query; use this to run
   * the model's own methods ({@code Estimates.conflicts}, {@code claimsAttributedTo}) in tasks.
   *
   * @return a Kryo encoder of {@code AnnotatedArticle}
   */
  public static Encoder<AnnotatedArticle> encoder() {
    return Encoders.kryo(AnnotatedArticle.class);
  }

  /**
   * Each article as one compact line of the format, without a line end, as
   * {@link NewsClaimsJson#write(AnnotatedArticle)} gives.
   *
   * @param articles the articles, such as {@link NewsClaimsDatasets#annotatedArticles()} gives
   * @return one line per article, in the same partitions
   */
  public static Dataset<String> jsonLines(Dataset<AnnotatedArticle> articles) {
    Objects.requireNonNull(articles, "articles");
    MapFunction<AnnotatedArticle, String> write = NewsClaimsJson::write;
    return articles.map(write, Encoders.STRING());
  }

  /**
   * Writes the articles as JSON Lines text files (one {@code part-…} file per partition, UTF-8,
   * each line ending with {@code \n}) into the new directory {@code path}. To compress, or to
   * overwrite, write {@link #jsonLines(Dataset)} yourself, e.g.
   * {@code jsonLines(ds).write().option("compression", "gzip").text(path)}.
   *
   * @param articles the articles to write
   * @param path the directory to create
   */
  public static void write(Dataset<AnnotatedArticle> articles, String path) {
    Objects.requireNonNull(articles, "articles");
    Objects.requireNonNull(path, "path");
    jsonLines(articles).write().text(path);
  }

  /**
   * Writes the documents of {@code tables} as JSON Lines, as {@link NewsClaimsDatasets#writeJsonLines(String)} does.
   *
   * @param tables the corpus whose documents to write (its errors are not written)
   * @param path the directory to create
   */
  public static void write(NewsClaimsDatasets tables, String path) {
    Objects.requireNonNull(tables, "tables");
    Objects.requireNonNull(path, "path");
    tables.writeJsonLines(path);
  }
}
