package io.github.newsclaims.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsclaims.html.HtmlView;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HtmlPage command: writes the fixture's page or a JSON file's, and fails clearly on bad input. */
class HtmlPageTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return HtmlPage.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void writesTheFixturesPage(@TempDir Path directory) throws IOException {
    Path page = directory.resolve("kim.html");
    assertEquals(0, run(page.toString()), err.toString(StandardCharsets.UTF_8));
    assertEquals(HtmlView.render(ArticleFixtures.kimJongUnArtillerySurge()), Files.readString(page));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("(28 claims)"), out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void writesThePageOfAJsonFile(@TempDir Path directory) throws IOException {
    Path json = directory.resolve("kim.json");
    Files.writeString(json, ArticleFixtures.kimJongUnArtillerySurgeJson());
    Path page = directory.resolve("out.html");
    assertEquals(0, run(json.toString(), page.toString()), err.toString(StandardCharsets.UTF_8));
    assertEquals(HtmlView.render(ArticleFixtures.kimJongUnArtillerySurge()), Files.readString(page));
  }

  @Test
  void aBadDocumentIsOneLineAndStatusOne(@TempDir Path directory) throws IOException {
    Path json = directory.resolve("bad.json");
    Files.writeString(json, "{\"format\": \"newsclaims/1\"}");
    Path page = directory.resolve("out.html");
    assertEquals(1, run(json.toString(), page.toString()));
    String message = err.toString(StandardCharsets.UTF_8);
    assertTrue(message.startsWith("html page: " + json + ": "), message);
    assertEquals(1, message.lines().count(), message);
    assertTrue(Files.notExists(page), "nothing is written for a bad document");
  }

  @Test
  void aMissingFileAndAnUnwritablePageAreStatusOne(@TempDir Path directory) {
    assertEquals(1, run(directory.resolve("missing.json").toString(), directory.resolve("out.html").toString()));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("no such file"), err.toString(StandardCharsets.UTF_8));
    err.reset();
    assertEquals(1, run(directory.resolve("no/such/dir/out.html").toString()));
    assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("html page: "), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aWrongCommandLineIsStatusTwo() {
    assertEquals(2, run());
    assertEquals(2, run("a", "b", "c"));
    assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("usage: HtmlPage"), err.toString(StandardCharsets.UTF_8));
  }
}
