package io.github.newsclaims.jsonld;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's ClaimReview excerpt is the schema.org export of the test article, verbatim. */
class ReadmeReviewExcerptTest {
  @Test
  void theReadmeShowsTheTestArticlesReviewAsExported() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    Matcher excerpt = Pattern.compile("<!-- excerpt of a review in the test article's schema-org\\.jsonld -->\n```json\n(.*?)```",
        Pattern.DOTALL).matcher(readme);
    assertTrue(excerpt.find(), "README.md has no ClaimReview excerpt");
    // In the export the node stands in the @graph array, four spaces in.
    String indented = excerpt.group(1).lines().map(line -> "    " + line).collect(Collectors.joining("\n"));
    String output = NewsClaimsJsonLd.schemaOrg(EmojiArticles.annotated(true));
    assertTrue(output.contains(indented), "the README's ClaimReview excerpt is not in the export:\n" + output);
  }
}
