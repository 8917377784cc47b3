/**
 * newsclaims JSON Lines corpora as Apache Spark tables, and back.
 *
 * <ul>
 *   <li>{@link io.github.newsclaims.spark.NewsClaimsSpark} — read a corpus (files, directories,
 *       globs, compressed or not), parsed on the executors by the library's own strict reader;
 *       write articles back as JSON Lines.</li>
 *   <li>{@link io.github.newsclaims.spark.NewsClaimsDatasets} — the corpus as flat, documented
 *       tables (articles, claims, attributions, estimates, actors) beside the complete documents
 *       and the lines that could not be read, each input line in exactly one of the two; written
 *       as JSON Lines or Parquet.</li>
 * </ul>
 *
 * <p>Spark is a {@code provided} dependency: the cluster brings it. Spark's jars are not JPMS
 * modules, so this package is the automatic module {@code io.github.newsclaims.spark} (named in
 * the jar's manifest) and has no {@code module-info}.
 */
package io.github.newsclaims.spark;
