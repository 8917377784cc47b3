package io.github.newsclaims.examples;

import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.json.NewsClaimsJsonException;
import io.github.newsclaims.jsonld.NewsClaimsJsonLd;
import io.github.newsclaims.jsonld.NewsClaimsJsonLdException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the three JSON-LD exports of an annotated article — {@code schema-org.jsonld} (schema.org
 * NewsArticle, Claim, ClaimReview), {@code web-annotations.jsonld} (W3C Web Annotations) and
 * {@code prov.jsonld} (PROV-O) — into a directory, for the bundled fixture or a newsclaims JSON file.
 *
 * @since 0.1.0
 */
public final class JsonLdExport {
  /** The files written, in order. */
  static final String SCHEMA_ORG = "schema-org.jsonld";
  static final String WEB_ANNOTATIONS = "web-annotations.jsonld";
  static final String PROV = "prov.jsonld";

  private JsonLdExport() {}

  /**
   * Writes the exports of the bundled fixture, or of the newsclaims JSON document given as the
   * second argument, into the directory given as the first (created when missing). Bad input ends
   * with a one-line error on standard error and exit status 1, having written nothing; a wrong
   * command line with exit status 2.
   *
   * @param args the output directory, then optionally the path of an annotated-article JSON file
   */
  public static void main(String[] args) {
    Command.main(args, JsonLdExport::run);
  }

  /**
   * Runs the command as {@link #main} does, printing to the given streams.
   *
   * @return the exit status: 0 done, 1 bad input, 2 bad command line
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length < 1 || args.length > 2) {
      err.println("usage: JsonLdExport output-directory [annotated-article.json]");
      return 2;
    }
    String source = args.length == 2 ? args[1] : "the bundled fixture";
    Map<String, String> files = new LinkedHashMap<>();
    try {
      AnnotatedArticle annotated = args.length == 2
          ? ClaimReport.load(Path.of(args[1])) : ArticleFixtures.kimJongUnArtillerySurge();
      // All three first, so that a failing export leaves no file behind.
      files.put(SCHEMA_ORG, NewsClaimsJsonLd.schemaOrg(annotated));
      files.put(WEB_ANNOTATIONS, NewsClaimsJsonLd.webAnnotations(annotated));
      files.put(PROV, NewsClaimsJsonLd.prov(annotated));
    } catch (InvalidPathException | IOException | UncheckedIOException | NewsClaimsJsonException e) {
      err.println("json-ld export: " + source + ": " + ClaimReport.oneLine(e));
      return 1;
    } catch (NewsClaimsJsonLdException e) {
      err.println("json-ld export: " + source + ": " + String.join("; ", e.getMessage().lines().toList()));
      return 1;
    }
    try {
      Path directory = Files.createDirectories(Path.of(args[0]));
      for (Map.Entry<String, String> file : files.entrySet()) {
        Path path = directory.resolve(file.getKey());
        Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
        out.println("wrote " + path);
      }
    } catch (InvalidPathException | IOException e) {
      err.println("json-ld export: " + args[0] + ": " + ClaimReport.oneLine(e));
      return 1;
    }
    return 0;
  }
}
