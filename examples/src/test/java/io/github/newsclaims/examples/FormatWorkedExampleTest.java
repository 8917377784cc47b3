package io.github.newsclaims.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** json/FORMAT.md's worked example is made of excerpts of the fixture exactly as shipped. */
class FormatWorkedExampleTest {
  @Test
  void everyExcerptStandsInTheFixture() throws IOException {
    String format = Files.readString(Path.of("..", "json", "FORMAT.md"), StandardCharsets.UTF_8);
    int start = format.indexOf("## Worked example: the seed article");
    String section = format.substring(start, format.indexOf("\n## ", start + 1));
    String fixture = ArticleFixtures.kimJongUnArtillerySurgeJson();

    List<String> blocks = new ArrayList<>();
    for (int at = section.indexOf("```json\n"); at >= 0; at = section.indexOf("```json\n", at + 1)) {
      int from = at + "```json\n".length();
      blocks.add(section.substring(from, section.indexOf("```\n", from)));
    }
    assertEquals(9, blocks.size());
    String opening = blocks.get(0);
    assertTrue(fixture.startsWith(opening.substring(0, opening.indexOf("  \"actors\": [ … ]"))),
        "the opening of the fixture, up to its actors");
    assertTrue(fixture.endsWith(opening.substring(opening.indexOf("  \"provenance\": {"))),
        "the end of the fixture, its provenance");
    for (String block : blocks.subList(1, blocks.size())) {
      String indented = block.lines().map(line -> "    " + line).reduce((a, b) -> a + "\n" + b).orElseThrow();
      assertTrue(fixture.contains(indented + ",\n") || fixture.contains(indented + "\n"),
          () -> "not in the fixture as an element of its actors or claims:\n" + block);
    }
  }
}
