package io.github.newsclaims.examples.spark;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsclaims.core.Actor;
import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.Article;
import io.github.newsclaims.core.Claim;
import io.github.newsclaims.core.Estimate;
import io.github.newsclaims.core.EstimateConflict;
import io.github.newsclaims.core.Estimates;
import io.github.newsclaims.testing.Generators;
import io.github.newsclaims.json.NewsClaimsJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corpus job on local[2] over a small generated corpus, checked against the model's own methods in one JVM. */
class CorpusJobTest {
  private static final int ARTICLES = 300;

  @Test
  void findsTheConflictsAndEveryActorsClaims(@TempDir Path temp) throws IOException {
    List<AnnotatedArticle> articles = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < ARTICLES; i++) {
      AnnotatedArticle synthetic = Generators.synthetic(1_000 + i, 3 + i % 6);
      Article article = Article.builder().from(synthetic.getArticle()).id("article-" + i).build();
      AnnotatedArticle annotated = AnnotatedArticle.builder().from(synthetic).article(article).build();
      articles.add(annotated);
      lines.add(NewsClaimsJson.write(annotated));
      if (i % 50 == 7) {
        lines.add("{\"format\": \"newsclaims/1\"");
      }
    }
    Path input = temp.resolve("corpus.jsonl");
    Files.write(input, lines);
    Path output = temp.resolve("out");

    SparkSession spark = SparkSession.builder().appName("CorpusJobTest").master("local[2]")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4")
        .config("spark.driver.host", "127.0.0.1").getOrCreate();
    try {
      CorpusJob.Summary summary = CorpusJob.run(spark, input.toString(), output.toString());
      assertEquals(ARTICLES, summary.articles());
      assertEquals(6, summary.badLines());

      List<Row> conflictRows = spark.read().json(output.resolve("conflicts").toString()).collectAsList();
      Set<String> conflicts = conflictRows.stream()
          .map(row -> row.getAs("firstArticle") + "/" + row.getAs("firstEstimate") + " " + row.getAs("firstUnit") + " "
              + row.getAs("firstInterval") + " " + row.getAs("firstKey") + " | " + row.getAs("secondArticle") + "/"
              + row.getAs("secondEstimate") + " " + row.getAs("secondUnit") + " " + row.getAs("secondInterval") + " "
              + row.getAs("secondKey"))
          .collect(Collectors.toCollection(TreeSet::new));
      assertEquals(conflictRows.size(), conflicts.size(), "each conflicting pair once");
      assertEquals(conflictRows.size(), summary.conflicts());
      Set<String> expectedConflicts = conflictsInOneJvm(articles);
      assertTrue(expectedConflicts.size() > 100, "the corpus has conflicts across articles: " + expectedConflicts.size());
      assertEquals(expectedConflicts, conflicts);
      // Counts of different nouns are commensurable (Unit.isCommensurableWith): such pairs are found too.
      long acrossNouns = conflictRows.stream()
          .filter(row -> !row.<String>getAs("firstUnit").equals(row.getAs("secondUnit"))).count();
      assertTrue(acrossNouns > 0, "the corpus has conflicting counts of different nouns: " + acrossNouns);

      Map<String, Set<String>> actorClaims = new TreeMap<>();
      long claimCount = 0;
      for (Row row : spark.read().json(output.resolve("actor-claims").toString()).collectAsList()) {
        Set<String> claims = new TreeSet<>();
        for (Row claim : row.<Row>getList(row.fieldIndex("claims"))) {
          claims.add(claim.getAs("articleId") + "/" + claim.getAs("claimId"));
        }
        assertEquals(claims.size(), ((Number) row.getAs("claimCount")).intValue());
        claimCount += claims.size();
        actorClaims.put(row.getAs("name") + " (" + row.getAs("kind") + ")", claims);
      }
      assertEquals(actorClaimsInOneJvm(articles), actorClaims);
      assertTrue(claimCount > ARTICLES, "actors have claims across articles: " + claimCount);
      assertEquals(6, spark.read().json(output.resolve("errors").toString()).count());
    } finally {
      spark.stop();
    }
  }

  @Test
  void aWrongCommandLineIsExitStatusTwoWithoutStartingSpark() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = CorpusJob.run(new String[] {"only-an-input"}, new PrintStream(out, true, UTF_8),
        new PrintStream(err, true, UTF_8));
    assertEquals(2, status);
    assertEquals("", out.toString(UTF_8));
    assertTrue(err.toString(UTF_8).startsWith("usage: CorpusJob <input"), err.toString());
  }

  /**
   * What {@link Estimates#conflicts(java.util.Collection)} finds in one JVM, written as the job's
   * rows are: in each pair the lower article id first, then the lower estimate id.
   */
  private static Set<String> conflictsInOneJvm(List<AnnotatedArticle> articles) {
    Map<String, String> keys = new HashMap<>();
    for (AnnotatedArticle a : articles) {
      for (Claim c : a.getClaims()) {
        for (Estimate e : c.getEstimates()) {
          keys.put(a.getArticle().getId() + "/" + e.getId(), c.getKey().orElse(null));
        }
      }
    }
    Set<String> out = new TreeSet<>();
    for (EstimateConflict conflict : Estimates.conflicts(articles)) {
      String firstArticle = conflict.getFirstArticle();
      String secondArticle = conflict.getSecondArticle();
      Estimate a = conflict.getFirst();
      Estimate b = conflict.getSecond();
      String x = firstArticle + "/" + a.getId() + " " + a.getUnit() + " " + a.getInterval() + " "
          + keys.get(firstArticle + "/" + a.getId());
      String y = secondArticle + "/" + b.getId() + " " + b.getUnit() + " " + b.getInterval() + " "
          + keys.get(secondArticle + "/" + b.getId());
      boolean ordered = firstArticle.compareTo(secondArticle) < 0
          || firstArticle.equals(secondArticle) && a.getId().compareTo(b.getId()) < 0;
      out.add(ordered ? x + " | " + y : y + " | " + x);
    }
    return out;
  }

  /** Per actor name and kind, the claims {@link AnnotatedArticle#claimsAttributedTo} finds, across articles. */
  private static Map<String, Set<String>> actorClaimsInOneJvm(List<AnnotatedArticle> articles) {
    Map<String, Set<String>> out = new TreeMap<>();
    for (AnnotatedArticle a : articles) {
      for (Actor actor : a.getActors()) {
        List<Claim> claims = a.claimsAttributedTo(actor.getId());
        if (!claims.isEmpty()) {
          Set<String> ids = out.computeIfAbsent(actor.getName() + " (" + actor.getKind() + ")", k -> new TreeSet<>());
          claims.forEach(c -> ids.add(a.getArticle().getId() + "/" + c.getId()));
        }
      }
    }
    return out;
  }
}
