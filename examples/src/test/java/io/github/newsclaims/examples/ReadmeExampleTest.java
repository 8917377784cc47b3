package io.github.newsclaims.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.newsclaims.core.ActorKind;
import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.Article;
import io.github.newsclaims.core.AttributionMode;
import io.github.newsclaims.core.Claim;
import io.github.newsclaims.core.ClaimKind;
import io.github.newsclaims.core.Factuality;
import io.github.newsclaims.core.TextSpan;
import io.github.newsclaims.core.authoring.ArticleAnnotator;
import io.github.newsclaims.json.NewsClaimsJson;
import io.github.newsclaims.json.NewsClaimsJsonException.Problem;
import java.io.IOException;
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
        .actor("nis", ActorKind.INTELLIGENCE_AGENCY, "South Korean intelligence")
        .claim("c1", ClaimKind.QUANTITY, "About 15,000 North Korean soldiers are in Russia.")
        .evidence("about 15,000 North Korean soldiers are now in Russia")   // spans by quotation, not offsets
        .said("nis", "estimates")                                           // commitment PR+, from the cue
        .estimate("e1", "about 15,000", "North Korean soldiers in Russia")  // ABOUT [13500, 16500] soldiers
        .build();                         // the article's factuality: Uu, it reports and does not commit

    List<Problem> problems = NewsClaimsJson.check(annotated);            // document rules, in one call
    String json = NewsClaimsJson.writePretty(annotated);                 // newsclaims/1
    AnnotatedArticle again = NewsClaimsJson.read(json);                  // strict
    // README:end

    assertEquals(List.of(), problems);
    assertEquals(annotated, again);
    Claim claim = annotated.claim("c1").orElseThrow();
    assertEquals(TextSpan.of(41, 93, "about 15,000 North Korean soldiers are now in Russia"), claim.getEvidence().get(0));
    assertEquals(Factuality.PROBABLE, claim.getAttribution().get(0).getCommitment());
    assertEquals(AttributionMode.INDIRECT, claim.getAttribution().get(0).getMode());
    assertEquals(Factuality.UNDERSPECIFIED, claim.getFactuality());
    assertEquals("[13500, 16500]", claim.getEstimates().get(0).getInterval().toString());
    assertEquals("about 15,000", claim.getEstimates().get(0).getPhrase().orElseThrow().getText());
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
