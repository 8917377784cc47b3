package io.github.newsclaims.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsclaims.core.Actor;
import io.github.newsclaims.core.ActorKind;
import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.AnnotationMethod;
import io.github.newsclaims.core.AnnotationProvenance;
import io.github.newsclaims.core.Claim;
import io.github.newsclaims.core.ClaimReview;
import io.github.newsclaims.core.PartialDate;
import io.github.newsclaims.core.Rating;
import io.github.newsclaims.testing.Samples;
import io.github.newsclaims.json.NewsClaimsJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
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
    assertEquals("annotated by newsclaims maintainers (manual)", lines.get(4));
  }

  @Test
  void showsTheEstimateWithItsSourceAndCertainty() {
    String c14 = block("c14");
    assertTrue(c14.startsWith("c14  QUANTITY  About 15,000 North Korean soldiers are now in Russia."), c14);
    assertTrue(c14.contains("source    the article itself → South Korean intelligence (indirect \"estimates\", probable [PR+])"), c14);
    assertTrue(c14.contains("estimate  e-soldiers: \"about 15,000\" about [13500, 16500] soldiers"), c14);
    assertTrue(c14.contains("time      \"now\" present"), c14);
    assertTrue(c14.contains("place     Russia (\"Russia\" [930, 936)) · Wikidata Q159"), c14);
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
    assertTrue(c9.contains("the article itself → Korean Central News Agency (according to \"according to\", certain [CT+],"
        + " carried over) → Kim Jong Un (partial quote \"calling\", certain [CT+])"), c9);
    assertTrue(block("c28").contains("experts (indirect \"believe\", possible [PS+], hedged \"could\")"), block("c28"));
    assertTrue(!block("c28").contains("hedges    "), block("c28"));
    assertTrue(block("c24").contains("hedges    \"could\""), block("c24"));
    assertTrue(block("c7").contains("unnamed (unnamed hearsay \"reportedly\", certain [CT+], hedged \"reportedly\")"),
        block("c7"));
    assertTrue(block("c5").contains("Korean Central News Agency (according to \"according to\", certain [CT+], carried over)"),
        block("c5"));
  }

  @Test
  void listsTheActorsWithTheirIds() {
    String actors = report.substring(report.indexOf("\nActors\n"), report.indexOf("Summary by source"));
    assertTrue(actors.contains("    north-korea                North Korea (state) · Wikidata Q423\n"), actors);
    assertTrue(actors.contains("    kim-jong-un                Kim Jong Un (person, of North Korea) · Wikidata Q56226\n"), actors);
    assertTrue(actors.contains("    military-factories         military factories (company, of North Korea)\n"), actors);
    assertEquals(16, actors.lines().filter(line -> line.startsWith("    ")).count(), actors);
  }

  @Test
  void showsReviewsKeysAndAClaimsOwnProvenance() {
    AnnotatedArticle fixture = ArticleFixtures.kimJongUnArtillerySurge();
    Actor checker = Actor.builder().id("checker").name("Example Fact Check").kind(ActorKind.NEWS_OUTLET)
        .addSameAs(URI.create("https://factcheck.example/")).build();
    Claim c14 = Claim.builder().from(fixture.claim("c14").orElseThrow()).key("nk-troops-in-russia")
        .addReview(ClaimReview.builder().reviewer("checker").rating(Rating.of("Unproven", 2, 1, 5))
            .url(URI.create("https://factcheck.example/nk-troops")).date(PartialDate.of(2024, 11, 28))
            .summary("Only South Korean intelligence gives the figure.").build())
        .provenance(AnnotationProvenance.of("Jane Doe", AnnotationMethod.REVIEWED))
        .build();
    AnnotatedArticle reviewed = AnnotatedArticle.builder().from(fixture).addActor(checker)
        .claims(fixture.getClaims().stream().map(c -> c.getId().equals("c14") ? c14 : c).toList()).build();
    String text = ClaimReport.render(reviewed);
    int start = text.indexOf("\nc14  ") + 1;
    String block = text.substring(start, text.indexOf("\n\n", start));
    assertTrue(block.contains("    key       nk-troops-in-russia\n"), block);
    assertTrue(block.contains("    review    Example Fact Check: \"Unproven\" (2 from 1 worst to 5 best), 2024-11-28, "
        + "https://factcheck.example/nk-troops — Only South Korean intelligence gives the figure."), block);
    assertTrue(block.endsWith("    annotated Jane Doe (reviewed)"), block);
    assertTrue(text.contains("    checker                    Example Fact Check (news outlet) · https://factcheck.example/\n"),
        text);
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
  void saysWhyAFileCannotBeRead() {
    // Tests run as root in CI, where no file is unreadable: check the wording on the JDK's exceptions.
    assertEquals("permission denied", ClaimReport.oneLine(new java.nio.file.AccessDeniedException("x.json")));
    assertEquals("cannot read it (FileSystemException)", ClaimReport.oneLine(new java.nio.file.FileSystemException("x.json")));
    assertEquals("Is a directory", ClaimReport.oneLine(new java.nio.file.FileSystemException("x.json", null, "Is a directory")));
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
