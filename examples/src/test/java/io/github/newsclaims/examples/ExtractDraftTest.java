package io.github.newsclaims.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.Article;
import io.github.newsclaims.core.Claim;
import io.github.newsclaims.extract.ClaimExtractor;
import io.github.newsclaims.json.NewsClaimsJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The draft command on a small article: the JSON it writes, the report it prints, its errors. */
class ExtractDraftTest {
  private static final String TEXT = "Floods cut off northern villages\n\n"
      + "By Jane Doe\n\n"
      + "Floods have cut off at least 40 villages in the north, officials said on Monday.\n\n"
      + "“The water is still rising,” said Anna Berg, the regional governor.\n\n"
      + "Aid groups believe about 12,000 people need shelter.";

  @TempDir
  Path dir;

  @Test
  void theDraftIsWrittenAsNewsclaimsJsonAndReported() throws IOException {
    Path input = Files.writeString(dir.resolve("Floods North.txt"), TEXT);
    Path output = dir.resolve("floods.json");
    Run run = run(input.toString(), output.toString());
    assertEquals(0, run.status, run.err);

    // read() applies the document rules: the draft passes them.
    AnnotatedArticle written = NewsClaimsJson.read(Files.readString(output));
    Article article = Article.builder().id("floods-north").headline("Floods cut off northern villages")
        .language("en").text(TEXT).build();
    assertEquals(ClaimExtractor.english().extract(article), written);

    Claim officials = written.getClaims().stream()
        .filter(c -> c.getEvidence().get(0).getText().startsWith("Floods have cut off")).findFirst().orElseThrow();
    assertEquals("officials", written.actor(officials.sources().get(0)).orElseThrow().getName());
    assertEquals("at least 40", officials.getEstimates().get(0).getPhrase().orElseThrow().getText());
    assertTrue(run.out.contains(ClaimReport.render(written)), run.out);
    assertTrue(run.out.endsWith("wrote " + output + System.lineSeparator()), run.out);
  }

  @Test
  void aFileWithoutHeadlineOrNotUtf8WritesNothing() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "\n\nbody only");
    Path output = dir.resolve("out.json");
    Run run = run(empty.toString(), output.toString());
    assertEquals(1, run.status);
    assertEquals("extract draft: " + empty + ": the first line must be the headline, and it is empty"
        + System.lineSeparator(), run.err);
    Path latin1 = Files.write(dir.resolve("latin1.txt"), new byte[] {'C', 'a', 'f', (byte) 0xE9, '\n'});
    run = run(latin1.toString(), output.toString());
    assertEquals(1, run.status);
    assertTrue(run.err.endsWith(": not UTF-8 text" + System.lineSeparator()), run.err);
    run = run(dir.resolve("missing.txt").toString(), output.toString());
    assertEquals(1, run.status);
    assertTrue(run.err.endsWith(": no such file" + System.lineSeparator()), run.err);
    assertFalse(Files.exists(output));
    assertEquals(2, run("only-one-argument").status);
  }

  private record Run(int status, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = ExtractDraft.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
