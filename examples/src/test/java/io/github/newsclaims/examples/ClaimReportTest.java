package io.github.newsclaims.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsclaims.testing.Samples;
import io.github.newsclaims.json.NewsClaimsJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimReportTest {
  private final String report = ClaimReport.render(ArticleFixtures.kimJongUnArtillerySurge());

  /** The report's block for one claim, from its header line to the blank line after it. */
  private String block(String id) {
    int start = report.indexOf("\n" + id + "  ") + 1;
    int end = report.indexOf("\n\n", start);
    return report.substring(start, end);
  }

  @Test
  void opensWithTheHeadlineAndCounts() {
    List<String> lines = report.lines().toList();
    assertEquals("Kim Jong Un Orders Artillery Surge as North Korea Arms Russia", lines.get(0));
    assertEquals("id kim-jong-un-artillery-surge · language en · outlet not given · published not given", lines.get(2));
    assertEquals("28 claims · 16 actors · 6 estimates · 3 non-content spans", lines.get(3));
  }

  @Test
  void showsTheEstimateWithItsSourceAndCertainty() {
    String c14 = block("c14");
    assertTrue(c14.startsWith("c14  QUANTITY  About 15,000 North Korean soldiers are now in Russia."), c14);
    assertTrue(c14.contains("source    the article itself → South Korean intelligence (indirect \"estimates\", probable [PR+])"), c14);
    assertTrue(c14.contains("estimate  e-soldiers: \"about 15,000\" about [13500, 16500] soldiers"), c14);
    assertTrue(c14.contains("time      \"now\" present"), c14);
  }

  @Test
  void showsDerivedEstimatesWithTheirInputs() {
    String c16 = block("c16");
    assertTrue(c16.contains("e-casualties: derived [4050, 5500) soldiers killed or injured"), c16);
    assertTrue(c16.contains("derived from e-casualty-fraction [0.3, 0.3333333333333333) fraction and e-soldiers [13500, 16500] soldiers"), c16);
    assertTrue(c16.contains("relations derived from c15, derived from c14"), c16);
  }

  @Test
  void showsNestedChainsAndHedges() {
    String c9 = block("c9");
    assertTrue(c9.contains("the article itself → Korean Central News Agency (according to \"according to\", certain [CT+])"
        + " → Kim Jong Un (partial quote \"calling\", certain [CT+])"), c9);
    assertTrue(block("c28").contains("hedges    \"could\""), block("c28"));
    assertTrue(block("c7").contains("unnamed (unnamed hearsay \"reportedly\", certain [CT+])"), block("c7"));
  }

  @Test
  void summarisesEachSourceByCommitment() {
    String summary = report.substring(report.indexOf("Summary by source"));
    assertTrue(summary.lines().anyMatch(line -> line.matches("South Korean intelligence\\s+4\\s+0\\s+4\\s+0\\s+0\\s+0")), summary);
    assertTrue(summary.lines().anyMatch(line -> line.matches("experts\\s+1\\s+0\\s+0\\s+1\\s+0\\s+0")), summary);
    assertTrue(summary.lines().anyMatch(line -> line.matches("the article itself\\s+11\\s+10\\s+0\\s+1\\s+0\\s+0")), summary);
  }

  @Test
  void reportsAnotherDocumentGivenAsAPath(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("sample.json");
    Files.writeString(file, NewsClaimsJson.write(Samples.annotated()), StandardCharsets.UTF_8);
    Run run = run(file.toString());
    assertEquals(0, run.status);
    assertTrue(run.out.startsWith("Headline 🚀\n"), run.out);
    assertTrue(run.out.contains("2 claims · 2 actors · 1 estimates · 1 non-content spans"), run.out);
    assertEquals("", run.err);
  }

  @Test
  void rejectsABadDocumentInOneLine(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, NewsClaimsJson.write(Samples.annotated()).replace("\"kcna\",\"name\"", "\"kcna\",\"nam\""),
        StandardCharsets.UTF_8);
    Run run = run(file.toString());
    assertEquals(1, run.status);
    assertEquals("", run.out);
    assertEquals(1, run.err.lines().count(), run.err);
    assertTrue(run.err.startsWith("claim report: " + file + ": "), run.err);
    assertTrue(run.err.contains("/actors/1"), run.err);
  }

  @Test
  void rejectsAMissingFileInOneLine() {
    Run run = run("/no/such/file.json");
    assertEquals(1, run.status);
    assertEquals("claim report: /no/such/file.json: no such file\n", run.err);
  }

  @Test
  void rejectsADirectoryInOneLine(@TempDir Path dir) {
    Run run = run(dir.toString());
    assertEquals(1, run.status);
    assertEquals(1, run.err.lines().count(), run.err);
    assertTrue(run.err.startsWith("claim report: " + dir + ": "), run.err);
  }

  @Test
  void rejectsTextThatIsNotUtf8InOneLine(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("latin1.json");
    // "naïve" in ISO-8859-1: the byte 0xEF followed by "ve" is not UTF-8.
    Files.write(file, NewsClaimsJson.write(Samples.annotated()).replace("Headline", "na\u00efve")
        .getBytes(StandardCharsets.ISO_8859_1));
    Run run = run(file.toString());
    assertEquals(1, run.status);
    assertEquals(1, run.err.lines().count(), run.err);
    assertTrue(run.err.contains("UTF-8"), run.err);
    assertEquals("", run.out);
  }

  @Test
  void rejectsTwoArguments() {
    assertEquals(2, run("a.json", "b.json").status);
  }

  private record Run(int status, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = ClaimReport.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
