package io.github.newsclaims.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.newsclaims.core.Actor;
import io.github.newsclaims.core.ActorKind;
import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.Article;
import io.github.newsclaims.core.Attribution;
import io.github.newsclaims.core.AttributionMode;
import io.github.newsclaims.core.Claim;
import io.github.newsclaims.core.ClaimKind;
import io.github.newsclaims.core.Estimate;
import io.github.newsclaims.core.Factuality;
import io.github.newsclaims.core.quantity.QuantityPhrases;
import io.github.newsclaims.core.TextSpan;
import io.github.newsclaims.json.NewsClaimsJson;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's usage example, compiled and run; the README shows exactly the marked lines. */
class ReadmeExampleTest {
  @Test
  void theUsageExampleWorks() {
    // README:begin
    String text = "South Korean intelligence estimates that about 15,000 North Korean soldiers are now in Russia.";
    Article article = Article.builder().id("example").headline("Troops in Russia").language("en").text(text).build();
    Actor nis = Actor.builder().id("nis").name("South Korean intelligence").kind(ActorKind.INTELLIGENCE_AGENCY).build();

    // "about 15,000" → ABOUT [13500, 16500] soldiers, under the default vagueness policy
    Estimate soldiers = QuantityPhrases.find(text).get(0).getEstimate();

    Claim claim = Claim.builder().id("c1")
        .proposition("About 15,000 North Korean soldiers are in Russia.")
        .kind(ClaimKind.QUANTITY)
        .addEvidence(TextSpan.find(text, "about 15,000 North Korean soldiers are now in Russia"))
        .addAttribution(Attribution.builder().source("nis").mode(AttributionMode.INDIRECT)
            .cue(TextSpan.find(text, "estimates")).commitment(Factuality.PROBABLE).build())
        .factuality(Factuality.UNDERSPECIFIED)   // the article itself does not commit
        .addEstimates(soldiers)
        .build();
    AnnotatedArticle annotated = AnnotatedArticle.builder().article(article).addActors(nis).addClaims(claim).build();

    Set<ConstraintViolation<AnnotatedArticle>> problems;
    try (ValidatorFactory validation = Validation.buildDefaultValidatorFactory()) {
      problems = validation.getValidator().validate(annotated);                       // document rules
    }
    String json = NewsClaimsJson.writePretty(annotated);                                 // newsclaims/1
    AnnotatedArticle again = NewsClaimsJson.read(json);                                  // strict
    // README:end

    assertEquals(Set.of(), problems);
    assertEquals(annotated, again);
    assertEquals("[13500, 16500]", soldiers.getInterval().toString());
    assertEquals("about 15,000", soldiers.getPhrase().orElseThrow().getText());
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
