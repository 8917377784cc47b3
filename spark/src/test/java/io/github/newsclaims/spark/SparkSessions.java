package io.github.newsclaims.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The one Spark session of the test JVM, shared by every test class: two local cores, no web UI,
 * few shuffle partitions for small data, a task per file. Starting a session costs seconds, so no test stops it;
 * Spark's own shutdown hook stops it when the JVM ends.
 */
final class SparkSessions {
  private static SparkSession session;

  private SparkSessions() {}

  static synchronized SparkSession shared() {
    if (session == null) {
      SparkSession.Builder builder = SparkSession.builder()
          .appName("newsclaims-spark tests")
          .master("local[2]")
          .config("spark.ui.enabled", "false")
          .config("spark.sql.shuffle.partitions", "2")
          // One task per test file (files are never split), so that both cores get work.
          .config("spark.files.maxPartitionBytes", "1m")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1");
      session = builder.getOrCreate();
    }
    return session;
  }
}
