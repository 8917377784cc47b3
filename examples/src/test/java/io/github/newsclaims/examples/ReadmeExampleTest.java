package io.github.newsclaims.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.newsclaims.core.ActorKind;
import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.AnnotationMethod;
import io.github.newsclaims.core.AnnotationProvenance;
import io.github.newsclaims.core.Article;
import io.github.newsclaims.core.AttributionMode;
import io.github.newsclaims.core.Claim;
import io.github.newsclaims.core.ClaimKind;
import io.github.newsclaims.core.ClaimReview;
import io.github.newsclaims.core.Factuality;
import io.github.newsclaims.core.PartialDate;
import io.github.newsclaims.core.Rating;
import io.github.newsclaims.core.TextSpan;
import io.github.newsclaims.core.authoring.ArticleAnnotator;
import io.github.newsclaims.core.authoring.Quote;
import io.github.newsclaims.json.NewsClaimsJson;
import io.github.newsclaims.json.NewsClaimsJsonException.Problem;
import io.github.newsclaims.jsonld.NewsClaimsJsonLd;
import io.github.newsclaims.jsonld.checks.OfflineJsonLd;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's usage example, compiled and run; the README shows exactly the marked lines. */
class ReadmeExampleTest {
  @Test
  void theUsageExampleWorks() {
    // README:begin
    String text = "South Korean intelligence estimates that about 15,000 North Korean soldiers are now in Russia.";
    Article article = Article.builder().id("example").headline("Troops in Russia").language("en").text(text).build();

    AnnotatedArticle annotated = ArticleAnnotator.of(article)
        .provenance(AnnotationProvenance.of("Jane Doe", AnnotationMethod.MANUAL))  // who annotated it
        .actor("nis", ActorKind.INTELLIGENCE_AGENCY, "South Korean intelligence")
        .actor("checker", ActorKind.NEWS_OUTLET, "Example Fact Check").sameAs(URI.create("https://factcheck.example/"))
        .claim("c1", ClaimKind.QUANTITY, "About 15,000 North Korean soldiers are in Russia.")
        .key("nk-troops-in-russia")             // links this claim's appearances in other articles
        .evidence("about 15,000 North Korean soldiers are now in Russia")   // spans by quotation, not offsets
        .said("nis", "estimates")                                           // commitment PR+, from the cue
        .estimate("q1", "about 15,000", "North Korean soldiers")            // ABOUT [13500, 16500] soldiers
        .place("Russia", Quote.of("Russia"), URI.create("http://www.wikidata.org/entity/Q159"))
        .review(ClaimReview.builder().reviewer("checker")    // a fact-checker's verdict (an invented one)
            .rating(Rating.of("Unproven", 2, 1, 5)).url(URI.create("https://factcheck.example/nk-troops"))
            .date(PartialDate.of(2024, 11, 28)).summary("Only South Korean intelligence gives the figure.").build())
        .build();                         // the article's factuality: Uu, it reports and does not commit

    List<Problem> problems = NewsClaimsJson.check(annotated);            // document rules, in one call
    String json = NewsClaimsJson.writePretty(annotated);                 // newsclaims/1
    AnnotatedArticle again = NewsClaimsJson.read(json);                  // strict
    // README:end

    assertEquals(List.of(), problems);
    assertEquals(annotated, again);
    Claim claim = annotated.claim("c1").orElseThrow();
    assertEquals(TextSpan.of(41, 93, "about 15,000 North Korean soldiers are now in Russia"), claim.getEvidence().get(0));
    assertEquals(Factuality.PROBABLY_SO, claim.getAttribution().get(0).getCommitment());
    assertEquals(AttributionMode.INDIRECT, claim.getAttribution().get(0).getMode());
    assertEquals(Factuality.UNDERSPECIFIED, claim.getFactuality());
    assertEquals("[13500, 16500]", claim.getEstimates().get(0).getInterval().toString());
    assertEquals("about 15,000", claim.getEstimates().get(0).getPhrase().orElseThrow().getText());
    assertEquals("Unproven", again.getClaims().get(0).getReviews().get(0).getRating().getLabel());
    assertEquals(java.util.Optional.of("Q159"), again.getClaims().get(0).getPlace().orElseThrow().wikidataId());
    // json/FORMAT.md shows this document as its worked example of a fact-checked claim.
    assertEquals(json, formatBlock("## Worked example: a fact-checked claim"));

    // Its JSON-LD exports parse offline and meet the shapes, as the fixture's do.
    String shapes = "/io/github/newsclaims/jsonld/shapes/";
    assertEquals(List.of(), OfflineJsonLd.violations(OfflineJsonLd.shapes(shapes + "schema-org.ttl"),
        OfflineJsonLd.parse(NewsClaimsJsonLd.schemaOrg(annotated)).getGraph()));
    assertEquals(List.of(), OfflineJsonLd.violations(OfflineJsonLd.shapes(shapes + "web-annotation.ttl"),
        OfflineJsonLd.parse(NewsClaimsJsonLd.webAnnotations(annotated)).getGraph()));
    assertEquals(List.of(), OfflineJsonLd.violations(OfflineJsonLd.shapes(shapes + "prov.ttl"),
        OfflineJsonLd.parse(NewsClaimsJsonLd.prov(annotated)).getGraph()));
    assertEquals(claim.getEvidence(), NewsClaimsJsonLd.readWebAnnotations(NewsClaimsJsonLd.webAnnotations(annotated), article)
        .evidence("c1"));
  }

  /** The first JSON block after {@code heading} in json/FORMAT.md. */
  private static String formatBlock(String heading) {
    String format;
    try {
      format = Files.readString(Path.of("..", "json", "FORMAT.md"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    int at = format.indexOf(heading);
    assertEquals(true, at >= 0, heading);
    int start = format.indexOf("```json\n", at) + "```json\n".length();
    return format.substring(start, format.indexOf("```\n", start));
  }

  @Test
  void theReadmeShowsTheExampleAsItIs() throws IOException {
    String source = Files.readString(Path.of("src/test/java/io/github/newsclaims/examples/ReadmeExampleTest.java"),
        StandardCharsets.UTF_8);
    String example = source.substring(source.indexOf("// README:begin\n") + "// README:begin\n".length(),
        source.indexOf("    // README:end"));
    String dedented = example.lines().map(line -> line.length() >= 4 ? line.substring(4) : line)
        .collect(Collectors.joining("\n", "", "\n"));
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    assertEquals(true, readme.contains("```java\n" + dedented + "```\n"),
        "README.md must show the example of ReadmeExampleTest exactly:\n```java\n" + dedented + "```");
  }
}
