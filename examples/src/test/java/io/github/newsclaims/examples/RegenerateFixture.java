package io.github.newsclaims.examples;

import io.github.newsclaims.json.NewsClaimsJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the fixture's JSON resource from {@link SeedAnnotation}, the annotation's source. Run it
 * from the repository root after changing the annotation:
 *
 * <pre>
 * mvn -B -ntp -q -pl examples -am -DskipTests package exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.github.newsclaims.examples.RegenerateFixture
 * </pre>
 *
 * {@code ArticleFixturesTest} fails while the resource and the annotation disagree, and
 * {@code FormatWorkedExampleTest} while json/FORMAT.md's excerpts of it are out of date.
 */
public final class RegenerateFixture {
  static final Path RESOURCES = Path.of("src/main/resources/io/github/newsclaims/examples");

  private RegenerateFixture() {}

  /**
   * Regenerates the JSON next to the verbatim text.
   *
   * @param args ignored
   * @throws IOException if the resources cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    Path dir = Files.isDirectory(RESOURCES) ? RESOURCES : Path.of("examples").resolve(RESOURCES);
    String text = Files.readString(dir.resolve("kim-jong-un-artillery-surge.txt"), StandardCharsets.UTF_8);
    Path json = dir.resolve("kim-jong-un-artillery-surge.json");
    Files.writeString(json, NewsClaimsJson.writePretty(SeedAnnotation.build(text)), StandardCharsets.UTF_8);
    System.out.println("wrote " + json);
  }
}
