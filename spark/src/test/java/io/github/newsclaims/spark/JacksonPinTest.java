package io.github.newsclaims.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsclaims.json.NewsClaimsJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Spark brings Jackson 2 and, through it, an older {@code jackson-annotations} than Jackson 3 (of
 * newsclaims-json) is built against; the root pom pins the newer one. These tests fail when the pin
 * is lost and Spark's copy wins: Jackson 3 then misses annotation types such as
 * {@code JsonSerializeAs} (Spark 4.1's 2.20 lacks them) or members added since.
 */
class JacksonPinTest {
  /** The jackson-annotations that Jackson 3.3.0 is built against (jackson-bom 3.3.0, {@code jackson.version.annotations}). */
  private static final List<Integer> NEEDED = List.of(2, 23);

  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkSessions.shared();
  }

  @Test
  void theAnnotationsOnTheClassPathAreTheOnesJackson3Needs() throws Exception {
    Class<?> serializeAs = Class.forName("com.fasterxml.jackson.annotation.JsonSerializeAs");
    Path jar = Path.of(serializeAs.getProtectionDomain().getCodeSource().getLocation().toURI());
    Properties pom = new Properties();
    // From the very jar that holds the class: other jars on Spark's class path shade older copies
    // of this pom.properties.
    try (JarFile file = new JarFile(jar.toFile())) {
      JarEntry entry = file.getJarEntry("META-INF/maven/com.fasterxml.jackson.core/jackson-annotations/pom.properties");
      assertNotNull(entry, jar + " is jackson-annotations, with its pom.properties");
      try (InputStream in = file.getInputStream(entry)) {
        pom.load(in);
      }
    }
    String version = pom.getProperty("version");
    String[] parts = version.split("[.-]");
    List<Integer> found = List.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    assertTrue(found.get(0) == 2 && found.get(1) >= NEEDED.get(1),
        "jackson-annotations " + version + " is older than the " + NEEDED + " Jackson 3 needs: the pin in the root pom is lost");
  }

  @Test
  void theLibraryReadsAndWritesInsideSparkTasks() throws IOException {
    String json = NewsClaimsJson.write(TestCorpus.article(42));
    MapFunction<Long, String> roundTrip = i -> {
      Class.forName("com.fasterxml.jackson.annotation.JsonSerializeAs");
      return NewsClaimsJson.write(NewsClaimsJson.read(json));
    };
    List<String> written = spark.range(0, 4, 1, 2).as(Encoders.LONG()).map(roundTrip, Encoders.STRING()).collectAsList();
    assertEquals(List.of(json, json, json, json), written);
  }

  @Test
  void sparksOwnJacksonStillWorks() {
    // Spark's JSON functions run on Jackson 2 databind, now beside the newer annotations.
    String json = spark.sql("SELECT to_json(named_struct('a', 1, 'b', array('x')))").first().getString(0);
    assertEquals("{\"a\":1,\"b\":[\"x\"]}", json);
    assertEquals(1, spark.sql("SELECT from_json('{\"a\":1}', 'a INT').a").first().getInt(0));
  }
}
