package io.github.newsclaims.spark;

import static io.github.newsclaims.spark.Rows.list;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsclaims.core.Actor;
import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.Article;
import io.github.newsclaims.core.Attribution;
import io.github.newsclaims.core.Claim;
import io.github.newsclaims.core.Estimate;
import io.github.newsclaims.core.Factuality;
import io.github.newsclaims.core.TextSpan;
import io.github.newsclaims.core.TimeReference;
import io.github.newsclaims.json.NewsClaimsJson;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated corpus of 10,000 articles with a few hundred bad lines, over plain and gzip files,
 * read on local[2]: every line lands in exactly one table, the tables hold what the library reads
 * in one JVM, and writing gives the same bytes back.
 *
 * <p>The corpus is parsed once and cached; each table is one Spark action, collected and compared
 * in memory with what {@link NewsClaimsJson#readLines} reads in this JVM. The session is the JVM's
 * shared one ({@link SparkSessions#shared()}).
 */
class NewsClaimsSparkTest {
  private static final int ARTICLES = 10_000;

  @TempDir
  static Path temp;

  private static SparkSession spark;
  private static TestCorpus corpus;
  private static NewsClaimsDatasets tables;
  /** The good lines as {@link NewsClaimsJson#readLines} reads them in this JVM. */
  private static List<AnnotatedArticle> expected;

  @BeforeAll
  static void readCorpus() {
    // What can overlap does: Spark starts while the corpus is generated, and parses it into the
    // cache while this JVM reads it with readLines.
    CompletableFuture<SparkSession> session = CompletableFuture.supplyAsync(SparkSessions::shared);
    corpus = TestCorpus.write(temp.resolve("corpus"), ARTICLES, 10, 30, 19);
    spark = session.join();
    tables = NewsClaimsSpark.read(spark, corpus.directory.toString()).cache();
    CompletableFuture<Long> parsed = CompletableFuture.supplyAsync(() -> tables.lines().count());
    String goodLines = corpus.good.stream().map(TestCorpus.Good::json).collect(Collectors.joining("\n"));
    try (Stream<AnnotatedArticle> lines = NewsClaimsJson.readLines(new StringReader(goodLines))) {
      expected = lines.toList();
    }
    assertEquals(corpus.lines(), parsed.join(), "one row per line");
  }

  @AfterAll
  static void dropTheCache() {
    if (tables != null) {
      tables.unpersist();
    }
  }

  @Test
  void everyLineIsExactlyOneDocumentOrOneError() {
    assertTrue(corpus.bad.size() >= 200 && corpus.bad.size() <= 500, "a few hundred bad lines: " + corpus.bad.size());
    assertEquals(ARTICLES, expected.size());
    List<Row> positions = tables.lines().selectExpr("file", "line", "document IS NOT NULL", "error IS NOT NULL")
        .collectAsList();
    assertEquals(corpus.lines(), positions.size(), "one row per line");
    Set<String> seen = new HashSet<>();
    for (Row row : positions) {
      assertTrue(row.getBoolean(2) ^ row.getBoolean(3), "exactly one of document or error: " + row);
      assertTrue(seen.add(name(row.getString(0)) + ":" + row.getLong(1)), "line twice: " + row);
    }
    Set<String> all = new HashSet<>();
    corpus.good.forEach(g -> all.add(g.fileName() + ":" + g.line()));
    corpus.bad.forEach(b -> all.add(b.fileName() + ":" + b.line()));
    assertEquals(all, seen, "the rows are the lines of the corpus files, _SUCCESS skipped");
    assertEquals(corpus.good.size(), positions.stream().filter(row -> row.getBoolean(2)).count(), "documents");
    assertEquals(corpus.bad.size(), positions.stream().filter(row -> row.getBoolean(3)).count(), "errors");
  }

  @Test
  void errorsNameFileLineKindPointerAndEveryProblem() {
    List<List<Object>> expectedErrors = corpus.bad.stream()
        .map(b -> list(b.fileName(), b.line(), b.kind(), b.pointer(), b.message(), b.problems()))
        .toList();
    List<List<Object>> actual = tables.errors().collectAsList().stream()
        .map(row -> withName(Rows.values(row, "file", "line", "kind", "pointer", "message", "problems")))
        .toList();
    assertSameRows("errors", expectedErrors, actual);
    Set<String> kinds = corpus.bad.stream().map(TestCorpus.Bad::kind).collect(Collectors.toSet());
    assertEquals(Set.of("SYNTAX", "LIMIT", "SHAPE", "INVARIANT", "RULE"), kinds, "the corpus has bad lines of every kind");
  }

  @Test
  void articlesMatchTheLibrary() {
    List<List<Object>> want = new ArrayList<>();
    for (int i = 0; i < expected.size(); i++) {
      AnnotatedArticle a = expected.get(i);
      Article article = a.getArticle();
      TestCorpus.Good where = corpus.good.get(i);
      want.add(list(where.fileName(), where.line(), article.getId(), article.getHeadline(),
          article.getOutlet().orElse(null), article.getUrl().map(Object::toString).orElse(null),
          article.getPublicationDate().map(Object::toString).orElse(null), article.getLanguage(),
          article.getText().length(), article.getNonContent().size(), a.getActors().size(), a.getClaims().size(),
          a.getClaims().stream().mapToInt(c -> c.getAttribution().size()).sum(),
          a.estimates().size()));
    }
    List<List<Object>> actual = tables.articles().collectAsList().stream().map(row -> withName(Rows.values(row,
        "file", "line", "articleId", "headline", "outlet", "url", "date", "language", "textLength",
        "nonContentCount", "actorCount", "claimCount", "attributionCount", "estimateCount"))).toList();
    assertSameRows("articles", want, actual);
  }

  @Test
  void claimsMatchTheLibrary() {
    List<List<Object>> want = new ArrayList<>();
    for (AnnotatedArticle a : expected) {
      List<Claim> claims = a.getClaims();
      for (int i = 0; i < claims.size(); i++) {
        Claim c = claims.get(i);
        Optional<TimeReference> time = c.getTime();
        want.add(list(a.getArticle().getId(), c.getId(), i, c.getKind().name(), c.getProposition(),
            c.getFactuality().factBankCode(), likelihood(c.getFactuality()),
            time.map(t -> t.getKind().name()).orElse(null), time.map(t -> Rows.boxed(t.getYear())).orElse(null),
            time.map(t -> Rows.boxed(t.getMonth())).orElse(null), time.map(t -> Rows.boxed(t.getDay())).orElse(null),
            time.flatMap(TimeReference::getPeriod).map(Object::toString).orElse(null),
            time.flatMap(TimeReference::getExpression).map(TextSpan::getText).orElse(null),
            time.flatMap(TimeReference::getExpression).map(TextSpan::getStart).orElse(null),
            time.flatMap(TimeReference::getExpression).map(TextSpan::getEnd).orElse(null),
            spans(c.getEvidence()), spans(c.getHedges()),
            c.getAttribution().stream().map(hop -> hop.getSource().orElse(null)).collect(Collectors.toList()),
            c.getAttribution().size(), c.getAbout(),
            c.getRelations().stream().map(r -> List.of(r.getKind().name(), r.getTarget())).toList(),
            c.getEstimates().size(), c.getKey().orElse(null), c.getPlace().map(p -> p.getName()).orElse(null),
            c.getReviews().size()));
      }
    }
    List<List<Object>> actual = rows(tables.claims(), "articleId", "claimId", "claimIndex", "kind", "proposition",
        "factuality", "likelihood", "timeKind", "timeYear", "timeMonth", "timeDay", "timePeriod", "timeText",
        "timeStart", "timeEnd", "evidence", "hedges", "sources", "attributionDepth", "about", "relations",
        "estimateCount", "key", "place", "reviewCount");
    assertSameRows("claims", want, actual);
  }

  @Test
  void attributionsMatchTheLibrary() {
    List<List<Object>> want = new ArrayList<>();
    for (AnnotatedArticle a : expected) {
      for (Claim c : a.getClaims()) {
        List<Attribution> chain = c.getAttribution();
        for (int i = 0; i < chain.size(); i++) {
          Attribution hop = chain.get(i);
          want.add(list(a.getArticle().getId(), c.getId(), i + 1, hop.getSource().orElse(null), hop.getMode().name(),
              hop.getCommitment().factBankCode(), likelihood(hop.getCommitment()),
              hop.getCue().map(TextSpan::getText).orElse(null), hop.getCue().map(TextSpan::getStart).orElse(null),
              hop.getCue().map(TextSpan::getEnd).orElse(null),
              hop.getSourceMention().map(TextSpan::getText).orElse(null),
              hop.getSourceMention().map(TextSpan::getStart).orElse(null),
              hop.getSourceMention().map(TextSpan::getEnd).orElse(null),
              hop.getTime().map(t -> t.getKind().name()).orElse(null), hop.getHedges().size(), hop.isCarriedOver()));
        }
      }
    }
    assertTrue(want.size() > 1000, "the corpus has attribution chains: " + want.size());
    List<List<Object>> actual = rows(tables.attributions(), "articleId", "claimId", "depth", "sourceId", "mode",
        "commitment", "likelihood", "cueText", "cueStart", "cueEnd", "sourceMentionText", "sourceMentionStart",
        "sourceMentionEnd", "timeKind", "hedgeCount", "carriedOver");
    assertSameRows("attributions", want, actual);
  }

  @Test
  void estimatesMatchTheLibrary() {
    List<List<Object>> want = new ArrayList<>();
    for (AnnotatedArticle a : expected) {
      for (Claim c : a.getClaims()) {
        for (Estimate e : c.getEstimates()) {
          want.add(list(a.getArticle().getId(), c.getId(), e.getId(), e.getMeasure(), e.getUnit().getKind().name(),
              e.getUnit().getName().orElse(null), e.getApproximator().name(), e.getInterval().getLow(),
              e.getInterval().isLowClosed(), e.getInterval().getHigh(), e.getInterval().isHighClosed(),
              Rows.boxed(e.getStatedValue()), e.getRelativeTo().orElse(null), e.getDerivedFrom(),
              e.getPhrase().map(TextSpan::getText).orElse(null), e.getPhrase().map(TextSpan::getStart).orElse(null),
              e.getPhrase().map(TextSpan::getEnd).orElse(null)));
        }
      }
    }
    assertTrue(want.size() > 1000, "the corpus has estimates: " + want.size());
    List<List<Object>> actual = rows(tables.estimates(), "articleId", "claimId", "estimateId", "measure", "unitKind",
        "unitName", "approximator", "low", "lowClosed", "high", "highClosed", "statedValue", "relativeTo",
        "derivedFrom", "phraseText", "phraseStart", "phraseEnd");
    assertSameRows("estimates", want, actual);
  }

  @Test
  void actorsMatchTheLibrary() {
    List<List<Object>> want = new ArrayList<>();
    for (AnnotatedArticle a : expected) {
      for (Actor actor : a.getActors()) {
        want.add(list(a.getArticle().getId(), actor.getId(), actor.getName(), actor.getKind().name(),
            actor.getAliases(), actor.getAffiliation().orElse(null),
            actor.getSameAs().stream().map(Object::toString).toList()));
      }
    }
    List<List<Object>> actual = rows(tables.actors(), "articleId", "actorId", "name", "kind", "aliases", "affiliation",
        "sameAs");
    assertSameRows("actors", want, actual);
  }

  @Test
  void writingGivesTheSameBytesBack() throws IOException {
    Path out = temp.resolve("jsonl");
    tables.writeJsonLines(out.toString());
    assertSameRows("lines written", sortedGoodLines(), readLines(out));
  }

  @Test
  void parquetKeepsEverything() throws IOException {
    Path out = temp.resolve("parquet");
    tables.writeParquet(out.toString());
    for (String table : List.of("lines", "articles", "claims", "attributions", "estimates", "actors", "errors")) {
      assertTrue(Files.isDirectory(out.resolve(table)), table);
    }
    NewsClaimsDatasets again = NewsClaimsSpark.readParquet(spark, out.toString());
    assertEquals(corpus.bad.size(), again.errors().count());
    assertEquals(expected.stream().mapToLong(a -> a.getClaims().size()).sum(),
        spark.read().parquet(out.resolve("claims").toString()).count(), "claims in Parquet");
    Path jsonl = temp.resolve("parquet-jsonl");
    again.writeJsonLines(jsonl.toString());
    assertSameRows("lines written from Parquet", sortedGoodLines(), readLines(jsonl));
  }

  @Test
  void articlesComeBackAsModelObjects() throws IOException {
    Dataset<AnnotatedArticle> dataset = tables.annotatedArticles().cache();
    try {
      List<AnnotatedArticle> articles = dataset.collectAsList();
      assertEquals(new HashSet<>(expected), new HashSet<>(articles));
      Path out = temp.resolve("from-dataset");
      NewsClaimsSpark.write(dataset, out.toString());
      assertSameRows("lines written from Dataset<AnnotatedArticle>", sortedGoodLines(), readLines(out));
    } finally {
      dataset.unpersist();
    }
  }

  @Test
  void readsGlobsAndCommaSeparatedPaths() {
    TestCorpus small = TestCorpus.write(temp.resolve("small"), 120, 3, 10, 23);
    String plain = small.directory.resolve("part-0000[01].jsonl").toString();
    long want = Stream.concat(small.good.stream().map(TestCorpus.Good::fileName),
            small.bad.stream().map(TestCorpus.Bad::fileName))
        .filter(name -> name.equals("part-00000.jsonl") || name.equals("part-00001.jsonl")).count();
    assertEquals(want, NewsClaimsSpark.read(spark, plain).lines().count());
    String both = small.directory.resolve("part-00000.jsonl") + "," + small.directory.resolve("part-00002.jsonl.gz");
    List<String> files = NewsClaimsSpark.read(spark, both).lines().selectExpr("file").distinct().collectAsList()
        .stream().map(row -> name(row.getString(0))).sorted().toList();
    assertEquals(List.of("part-00000.jsonl", "part-00002.jsonl.gz"), files);
  }

  // ---- helpers

  private static String likelihood(Factuality factuality) {
    return factuality.getLikelihood().map(Enum::name).orElse(null);
  }

  private static List<List<Object>> spans(List<TextSpan> spans) {
    return spans.stream().map(s -> List.<Object>of(s.getStart(), s.getEnd(), s.getText())).toList();
  }

  private static List<List<Object>> rows(Dataset<Row> table, String... columns) {
    return table.collectAsList().stream().map(row -> Rows.values(row, columns)).toList();
  }

  private static String name(String file) {
    return file.substring(file.lastIndexOf('/') + 1);
  }

  private static List<Object> withName(List<Object> values) {
    values.set(0, name((String) values.get(0)));
    return values;
  }

  private static List<String> sortedGoodLines() {
    return corpus.good.stream().map(TestCorpus.Good::json).sorted().toList();
  }

  private static List<String> readLines(Path directory) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.list(directory)) {
      for (Path part : files.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
        byte[] bytes = Files.readAllBytes(part);
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (!text.isEmpty()) {
          assertTrue(text.endsWith("\n"), "every line ends with \\n");
          lines.addAll(List.of(text.substring(0, text.length() - 1).split("\n", -1)));
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return lines.stream().sorted().toList();
  }

  /** The same rows, in any order; on a difference, names the first few rows missing and extra. */
  private static <T> void assertSameRows(String table, Collection<T> want, Collection<T> actual) {
    Function<T, String> key = String::valueOf;
    List<String> w = want.stream().map(key).sorted(Comparator.naturalOrder()).toList();
    List<String> a = actual.stream().map(key).sorted(Comparator.naturalOrder()).toList();
    if (!w.equals(a)) {
      java.util.Map<String, Integer> difference = new java.util.TreeMap<>();
      w.forEach(row -> difference.merge(row, 1, Integer::sum));
      a.forEach(row -> difference.merge(row, -1, Integer::sum));
      List<String> missing = difference.entrySet().stream().filter(e -> e.getValue() > 0).map(e -> e.getKey())
          .limit(3).toList();
      List<String> extra = difference.entrySet().stream().filter(e -> e.getValue() < 0).map(e -> e.getKey())
          .limit(3).toList();
      Path report = Path.of("target", table.replace(' ', '-') + "-difference.txt");
      try {
        Files.write(report, ("missing:\n" + String.join("\n", missing) + "\nextra:\n" + String.join("\n", extra))
            .getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      throw new AssertionError(table + ": " + want.size() + " rows wanted, " + actual.size() + " found; "
          + missing.size() + "+ missing, " + extra.size() + "+ extra, the first three of each in " + report.toAbsolutePath());
    }
  }
}
