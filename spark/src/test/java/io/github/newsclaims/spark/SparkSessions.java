package io.github.newsclaims.spark;

import org.apache.spark.sql.SparkSession;

/** The test session: two local cores, no web UI, few shuffle partitions for small data. */
final class SparkSessions {
  private SparkSessions() {}

  static SparkSession local2(String name) {
    return SparkSession.builder()
        .appName(name)
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.driver.host", "127.0.0.1")
        .getOrCreate();
  }
}
