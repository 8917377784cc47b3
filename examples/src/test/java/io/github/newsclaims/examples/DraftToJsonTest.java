package io.github.newsclaims.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsclaims.json.NewsClaimsJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DraftToJsonTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return DraftToJson.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void writesTheDocumentAndPrintsTheReport(@TempDir Path dir) throws IOException {
    Path draft = Files.writeString(dir.resolve("seed.draft.json"), ArticleFixtures.kimJongUnArtillerySurgeDraft());
    Path document = dir.resolve("seed.json");
    assertEquals(0, run(draft.toString(), document.toString()), err.toString(StandardCharsets.UTF_8));
    assertEquals(ArticleFixtures.kimJongUnArtillerySurgeJson(), Files.readString(document));
    String printed = out.toString(StandardCharsets.UTF_8);
    assertTrue(printed.startsWith("wrote " + document + " (newsclaims/1)\n\n"
        + ClaimReport.render(ArticleFixtures.kimJongUnArtillerySurge())), printed);
  }

  @Test
  void listsEveryProblemOfABadDraftAndWritesNothing(@TempDir Path dir) throws IOException {
    String bad = ArticleFixtures.kimJongUnArtillerySurgeDraft()
        .replace("\"Kim praised efforts\"", "\"Kim\"")
        .replace("\"cue\": \"believe\"", "\"cue\": \"believes\"");
    Path draft = Files.writeString(dir.resolve("bad.draft.json"), bad);
    Path document = dir.resolve("bad.json");
    assertEquals(1, run(draft.toString(), document.toString()));
    String printed = err.toString(StandardCharsets.UTF_8);
    assertTrue(printed.startsWith("draft " + draft + ": 2 problems\n"), printed);
    assertTrue(printed.contains("  draft /claims/5/evidence/0: quote \"Kim\" occurs 5 times in the text"), printed);
    assertTrue(printed.contains("  draft /claims/27/attribution/0/cue: quote \"believes\" does not occur"), printed);
    assertTrue(!Files.exists(document));
  }

  @Test
  void aMissingDraftOrAWrongCommandLine(@TempDir Path dir) {
    assertEquals(1, run(dir.resolve("none.json").toString(), dir.resolve("out.json").toString()));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("no such file"));
    assertEquals(2, run("only-one"));
  }

  @Test
  void renderAppendsTheReport() {
    StringBuilder out = new StringBuilder("> ");
    ClaimReport.render(ArticleFixtures.kimJongUnArtillerySurge(), out);
    assertEquals("> " + ClaimReport.render(ArticleFixtures.kimJongUnArtillerySurge()), out.toString());
    assertEquals(NewsClaimsJson.FORMAT, "newsclaims/1");
  }
}
