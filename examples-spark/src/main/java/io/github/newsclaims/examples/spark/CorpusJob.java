package io.github.newsclaims.examples.spark;

import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.Estimate;
import io.github.newsclaims.core.EstimateComparison;
import io.github.newsclaims.core.EstimateConflict;
import io.github.newsclaims.core.Estimates;
import io.github.newsclaims.core.UnitKind;
import io.github.newsclaims.spark.NewsClaimsDatasets;
import io.github.newsclaims.spark.NewsClaimsSpark;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.Tuple4;

/**
 * A corpus as a Spark job: the estimates that conflict across articles, and every actor's claims
 * across the corpus. Reads a newsclaims JSON Lines corpus (files, a directory or a glob; {@code .gz}
 * too) and writes three JSON tables into a new output directory:
 *
 * <ul>
 *   <li>{@code conflicts}: every pair of conflicting estimates within an article or across two, as
 *       {@link Estimates#conflicts(java.util.Collection)} finds them in one JVM — the same measure
 *       (compared ignoring case and runs of white space), {@linkplain
 *       io.github.newsclaims.core.Unit#isCommensurableWith commensurable} units (the same kind and
 *       currency or symbol; counts of different nouns are compared), disjoint intervals:
 *       {@code measure}, {@code firstArticle}, {@code firstEstimate}, {@code firstUnit},
 *       {@code firstInterval}, {@code secondArticle}, {@code secondEstimate}, {@code secondUnit},
 *       {@code secondInterval}, and the keys of the two claims ({@code firstKey}, {@code secondKey})
 *       where annotated, to keep the pairs about one claim across articles. In each pair the first
 *       is the lower article id, then the lower estimate id;
 *   <li>{@code actor-claims}: per actor ({@code name}, {@code kind}, as the articles name them),
 *       the claims attributed to it anywhere in their attribution chain, as
 *       {@link AnnotatedArticle#claimsAttributedTo} finds them: {@code claimCount},
 *       {@code articleCount} and {@code claims} [{articleId, claimId, depth, commitment,
 *       proposition}];
 *   <li>{@code errors}: the lines that are not valid documents, with file, line and problems.
 * </ul>
 *
 * <p>Conflicts are found per measure and unit kind (and currency or symbol), on the executors, so no
 * machine holds more than the estimates of one measure; pairs within a group are compared all
 * against all.
 *
 * <p>Run it with {@code spark-submit} on a cluster (see the README), or locally with
 * {@code main}: without a master set by {@code spark-submit}, it runs on {@code local[*]}.
 */
public final class CorpusJob {
  /** The schema of the {@code conflicts} table. */
  static final StructType CONFLICTS = DataTypes.createStructType(new StructField[] {
      DataTypes.createStructField("measure", DataTypes.StringType, false),
      DataTypes.createStructField("firstArticle", DataTypes.StringType, false),
      DataTypes.createStructField("firstEstimate", DataTypes.StringType, false),
      DataTypes.createStructField("firstUnit", DataTypes.StringType, false),
      DataTypes.createStructField("firstInterval", DataTypes.StringType, false),
      DataTypes.createStructField("secondArticle", DataTypes.StringType, false),
      DataTypes.createStructField("secondEstimate", DataTypes.StringType, false),
      DataTypes.createStructField("secondUnit", DataTypes.StringType, false),
      DataTypes.createStructField("secondInterval", DataTypes.StringType, false),
      DataTypes.createStructField("firstKey", DataTypes.StringType, true),
      DataTypes.createStructField("secondKey", DataTypes.StringType, true),
  });

  /**
   * Hibernate Validator's logger, quieted for the job (it announces its version on first use). Held
   * here: {@code java.util.logging} keeps loggers only weakly, so a level set on one nobody
   * references may be lost to the garbage collector before the validator logs.
   */
  private static final Logger VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

  private CorpusJob() {}

  /**
   * What a run found, also written as tables.
   *
   * @param articles how many lines were valid documents
   * @param badLines how many lines were not (the {@code errors} table)
   * @param conflicts how many pairs of estimates conflict (the {@code conflicts} table)
   * @param actors how many actors, by name and kind, have claims attributed to them (the
   *     {@code actor-claims} table)
   */
  public record Summary(long articles, long badLines, long conflicts, long actors) {
    /**
     * The summary line the job prints.
     *
     * @return e.g. {@code 10,000 articles, 3 bad lines, 12 conflicting pairs of estimates, 40 actors}
     */
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%,d articles, %,d bad lines, %,d conflicting pairs of estimates, %,d actors",
          articles, badLines, conflicts, actors);
    }
  }

  /**
   * {@code CorpusJob <input> <output>}: reads the corpus at {@code input} and writes the tables
   * into the new directory {@code output}, then prints the {@link Summary}. Without a master set by
   * {@code spark-submit} ({@code spark.master}), it runs on {@code local[*]}. A failing job (no
   * such input, an output directory that exists) ends with a one-line error on standard error and
   * exit status 1; a wrong command line with exit status 2. Bad lines in the corpus never fail it:
   * they are the {@code errors} table.
   *
   * @param args the input and the output directory
   */
  public static void main(String[] args) {
    VALIDATOR_LOG.setLevel(Level.WARNING);
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    int status = run(args, out, err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Runs the command as {@link #main} does, printing to the given streams.
   *
   * @return the exit status: 0 done, 1 the job failed, 2 bad command line
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length != 2) {
      err.println("usage: CorpusJob <input: file, directory or glob of JSON Lines> <output directory>");
      return 2;
    }
    SparkSession.Builder builder = SparkSession.builder().appName("newsclaims corpus job");
    if (System.getProperty("spark.master") == null) {
      builder.master("local[*]");
    }
    SparkSession spark = builder.getOrCreate();
    try {
      out.println(run(spark, args[0], args[1]));
      return 0;
    } catch (Exception e) {
      // Spark and Hadoop throw checked exceptions (an input path that matches nothing) that Scala
      // does not declare, so Java can catch them only as Exception.
      err.println("corpus job: " + oneLine(e));
      return 1;
    } finally {
      spark.stop();
    }
  }

  /** The gist of a failure in one line: the first line of its message, or its type. */
  static String oneLine(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.lines().findFirst().orElse(message);
  }

  /** Runs the job in {@code spark}: reads {@code input}, writes {@code output}. */
  static Summary run(SparkSession spark, String input, String output) {
    NewsClaimsDatasets corpus = NewsClaimsSpark.read(spark, input).cache();
    try {
      Dataset<Row> conflicts = conflicts(corpus).cache();
      Dataset<Row> actorClaims = actorClaims(corpus).cache();
      conflicts.write().json(output + "/conflicts");
      actorClaims.write().json(output + "/actor-claims");
      corpus.errors().write().json(output + "/errors");
      Summary summary = new Summary(corpus.documents().count(), corpus.errors().count(), conflicts.count(),
          actorClaims.count());
      conflicts.unpersist();
      actorClaims.unpersist();
      return summary;
    } finally {
      corpus.unpersist();
    }
  }

  /** The {@link #CONFLICTS} table: conflicting pairs of estimates, grouped by measure and unit kind. */
  static Dataset<Row> conflicts(NewsClaimsDatasets corpus) {
    Encoder<Tuple4<String, String, String, Estimate>> estimateInArticle =
        Encoders.tuple(Encoders.STRING(), Encoders.STRING(), Encoders.STRING(), Encoders.kryo(Estimate.class));
    FlatMapFunction<AnnotatedArticle, Tuple4<String, String, String, Estimate>> estimates = article -> article.getClaims()
        .stream().flatMap(claim -> claim.getEstimates().stream().map(estimate -> new Tuple4<>(group(estimate),
            article.getArticle().getId(), claim.getKey().orElse(null), estimate)))
        .iterator();
    MapFunction<Tuple4<String, String, String, Estimate>, String> byGroup = Tuple4::_1;
    FlatMapGroupsFunction<String, Tuple4<String, String, String, Estimate>, Row> pairs = CorpusJob::conflictsIn;
    return corpus.annotatedArticles()
        .flatMap(estimates, estimateInArticle)
        .groupByKey(byGroup, Encoders.STRING())
        .flatMapGroups(pairs, Encoders.row(CONFLICTS));
  }

  /**
   * Estimates can conflict only within one group: the same measure, commensurable units — the
   * same kind and, but for counts (whose nouns may differ), the same currency or symbol.
   */
  private static String group(Estimate estimate) {
    UnitKind kind = estimate.getUnit().getKind();
    return measureKey(estimate) + "\u0000" + kind + "\u0000"
        + (kind == UnitKind.COUNT ? "" : estimate.getUnit().getName().orElse(""));
  }

  /** The measure as {@link Estimates#conflicts} compares it: ignoring case and runs of white space. */
  private static String measureKey(Estimate estimate) {
    return estimate.getMeasure().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static Iterator<Row> conflictsIn(String group, Iterator<Tuple4<String, String, String, Estimate>> members) {
    List<Tuple4<String, String, String, Estimate>> all = new ArrayList<>();
    members.forEachRemaining(all::add);
    // The same order whichever way Spark delivers the group: by article, then by estimate id.
    all.sort((a, b) -> a._2().equals(b._2()) ? a._4().getId().compareTo(b._4().getId()) : a._2().compareTo(b._2()));
    List<Row> out = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      for (int j = i + 1; j < all.size(); j++) {
        Estimate a = all.get(i)._4();
        Estimate b = all.get(j)._4();
        if (Estimates.compare(a, b) == EstimateComparison.CONFLICTING) {
          EstimateConflict conflict = EstimateConflict.of(all.get(i)._2(), a, all.get(j)._2(), b);
          out.add(RowFactory.create(measureKey(a), conflict.getFirstArticle(), a.getId(), a.getUnit().toString(),
              a.getInterval().toString(), conflict.getSecondArticle(), b.getId(), b.getUnit().toString(),
              b.getInterval().toString(), all.get(i)._3(), all.get(j)._3()));
        }
      }
    }
    return out.iterator();
  }

  /**
   * The {@code actor-claims} table: per actor name and kind, the claims attributed to it anywhere in
   * their attribution chain, across the corpus.
   */
  static Dataset<Row> actorClaims(NewsClaimsDatasets corpus) {
    Dataset<Row> hops = corpus.attributions().filter("sourceId IS NOT NULL")
        .selectExpr("articleId", "claimId", "sourceId", "depth", "commitment");
    Dataset<Row> actors = corpus.actors().selectExpr("articleId", "actorId AS sourceId", "name", "kind");
    Dataset<Row> claims = corpus.claims().selectExpr("articleId", "claimId", "proposition");
    return hops.join(actors, new String[] {"articleId", "sourceId"})
        .join(claims, new String[] {"articleId", "claimId"})
        .groupBy("name", "kind")
        .agg(org.apache.spark.sql.functions.expr("count(*) AS claimCount"),
            org.apache.spark.sql.functions.expr("count(DISTINCT articleId) AS articleCount"),
            org.apache.spark.sql.functions.expr(
                "sort_array(collect_list(struct(articleId, claimId, depth, commitment, proposition))) AS claims"));
  }
}
