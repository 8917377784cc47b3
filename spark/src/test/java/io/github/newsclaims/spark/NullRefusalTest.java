package io.github.newsclaims.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.newsclaims.testing.NullRefusals;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The module's public API refuses {@code null} in every public parameter with a message naming it,
 * as every published module's does (issue 11, fault 7).
 *
 * <p>{@link NullRefusals#checkModuleOf} finds the public types through the module's
 * {@code module-info}, which this module cannot have (Spark's jars are not modules). So the test
 * lists the module's public types itself, from its compiled classes, and checks those: a new public
 * type is checked without editing this test, and a type that stopped being public drops out.
 */
class NullRefusalTest {
  @TempDir
  static Path temp;

  @Test
  void everyPublicParameterRefusesNullByName() throws IOException {
    SparkSession spark = SparkSessions.shared();
    // Reading is lazy: the sample corpus is never read, since every call fails its null check first.
    Path corpus = Files.writeString(temp.resolve("never-read.jsonl"), "");
    List<Class<?>> types = publicTypes();
    assertEquals(List.of(NewsClaimsDatasets.class, NewsClaimsSpark.class), types,
        "the public types of newsclaims-spark (new ones are checked below; update this list)");
    NullRefusals.withDefaultSamples()
        .sample(SparkSession.class, () -> spark)
        .sample(Dataset.class, () -> spark.emptyDataset(NewsClaimsSpark.encoder()))
        .sample(NewsClaimsDatasets.class, () -> NewsClaimsSpark.read(spark, corpus.toString()))
        .check(types)
        .assertClean("NewsClaimsSpark.read(spark)", "NewsClaimsSpark.read(path)",
            "NewsClaimsSpark.readParquet(spark)", "NewsClaimsSpark.readParquet(directory)",
            "NewsClaimsSpark.jsonLines(articles)", "NewsClaimsSpark.write(articles)",
            "NewsClaimsSpark.write(tables)", "NewsClaimsSpark.write(path)",
            "NewsClaimsDatasets.writeJsonLines(path)", "NewsClaimsDatasets.writeParquet(directory)");
  }

  /** The public types, nested ones included, among the module's compiled main classes. */
  private static List<Class<?>> publicTypes() throws IOException {
    Path classes;
    try {
      classes = Path.of(NewsClaimsSpark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    List<Class<?>> types = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = classes.relativize(file).toString().replace('\\', '/');
        String className = name.substring(0, name.length() - ".class".length()).replace('/', '.');
        if (className.endsWith("package-info")) {
          continue;
        }
        Class<?> type;
        try {
          type = Class.forName(className, false, NewsClaimsSpark.class.getClassLoader());
        } catch (ClassNotFoundException e) {
          throw new IllegalStateException(e);
        }
        boolean visible = true;
        for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
          visible &= Modifier.isPublic(t.getModifiers()) && !t.isAnonymousClass() && !t.isLocalClass()
              && !t.isSynthetic();
        }
        if (visible) {
          types.add(type);
        }
      }
    }
    types.sort(Comparator.comparing(Class::getName));
    return types;
  }
}
