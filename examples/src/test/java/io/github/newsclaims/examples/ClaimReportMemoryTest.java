package io.github.newsclaims.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsclaims.core.Actor;
import io.github.newsclaims.core.ActorKind;
import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.Article;
import io.github.newsclaims.json.NewsClaimsJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document larger than the heap ends the report with one line and exit status 1, not a stack
 * trace. Runs in its own JVM with a 48 MiB heap (see the pom), on a valid document of about 50 MB.
 */
class ClaimReportMemoryTest {
  private static final long DOCUMENT_LENGTH = 45_000_000;

  @Test
  void aDocumentLargerThanTheHeapEndsInOneLine(@TempDir Path dir) throws IOException {
    assertTrue(Runtime.getRuntime().maxMemory() < 64L * 1024 * 1024, "this test needs its small-heap JVM");
    Path file = dir.resolve("large.json");
    writeLargeDocument(file);
    assertTrue(Files.size(file) > DOCUMENT_LENGTH, () -> "size " + file.toFile().length());

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = ClaimReport.run(new String[] {file.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));

    String message = err.toString(StandardCharsets.UTF_8);
    assertEquals(1, status);
    assertEquals("claim report: " + file + ": not enough memory for this document; give the JVM a larger heap (-Xmx)\n",
        message);
    assertEquals("", out.toString(StandardCharsets.UTF_8));
  }

  /**
   * A valid newsclaims document of about 50 MB, written without holding it: a text of 15 million
   * characters and 2,300 actors with names of 15,000 characters (each string under the reader's
   * 16 Mi-character limit).
   */
  private static void writeLargeDocument(Path file) throws IOException {
    Article article = Article.builder().id("large").headline("Large").language("en").text("TEXT-GOES-HERE").build();
    Actor actor = Actor.builder().id("ACTOR-ID").name("NAME-GOES-HERE").kind(ActorKind.PERSON).build();
    String json = NewsClaimsJson.write(AnnotatedArticle.builder().article(article).addActor(actor).build());
    int text = json.indexOf("TEXT-GOES-HERE");
    int actorStart = json.lastIndexOf('{', json.indexOf("ACTOR-ID"));
    int actorEnd = json.indexOf('}', json.indexOf("NAME-GOES-HERE")) + 1;
    String actorJson = json.substring(actorStart, actorEnd);
    String name = "word ".repeat(3_000);
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      writer.write(json, 0, text);
      for (int i = 0; i < 3_000; i++) {
        writer.write("words ".repeat(833) + "w ");
      }
      writer.write(json, text + "TEXT-GOES-HERE".length(), actorStart - text - "TEXT-GOES-HERE".length());
      for (int i = 0; i < 2_300; i++) {
        writer.write((i == 0 ? "" : ",") + actorJson.replace("ACTOR-ID", "a" + i).replace("NAME-GOES-HERE", name + i));
      }
      writer.write(json, actorEnd, json.length() - actorEnd);
    }
  }
}
