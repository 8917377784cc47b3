package io.github.newsclaims.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.json.NewsClaimsJson;
import io.github.newsclaims.json.NewsClaimsJsonException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The fixture also ships as a draft, which reads back into exactly the fixture. */
class DraftFixtureTest {
  private final String draft = ArticleFixtures.kimJongUnArtillerySurgeDraft();

  @Test
  void theDraftReadsIntoTheIdenticalArticle() {
    AnnotatedArticle read = NewsClaimsJson.readDraft(draft);
    assertEquals(ArticleFixtures.kimJongUnArtillerySurge(), read);
    assertEquals(ArticleFixtures.kimJongUnArtillerySurgeJson(), NewsClaimsJson.writePretty(read));
  }

  @Test
  void theDraftIsShorterThanTheDocumentAndHasNoOffsets() {
    long draftLines = draft.lines().count();
    long documentLines = ArticleFixtures.kimJongUnArtillerySurgeJson().lines().count();
    assertTrue(draftLines < documentLines, draftLines + " draft lines, " + documentLines + " document lines");
    assertTrue(!draft.contains("\"start\"") && !draft.contains("\"end\""), "a draft gives no offsets");
  }

  @Test
  void formatMdShowsExcerptsOfTheDraftAndItsProblemsAsTheyAre() throws IOException {
    String format = Files.readString(Path.of("..", "json", "FORMAT.md"), StandardCharsets.UTF_8);
    int start = format.indexOf("## Drafts");
    String section = format.substring(start, format.indexOf("\n## ", start + 1));
    List<String> blocks = new ArrayList<>();
    for (int at = section.indexOf("```json\n"); at >= 0; at = section.indexOf("```json\n", at + 1)) {
      int from = at + "```json\n".length();
      blocks.add(section.substring(from, section.indexOf("```\n", from)));
    }
    assertEquals(4, blocks.size());
    for (String block : blocks) {
      String indented = block.strip().lines().map(line -> "    " + line).collect(Collectors.joining("\n"));
      assertTrue(draft.contains("\"nonContent\": " + indented.substring(4)) || draft.contains(indented + ",\n")
          || draft.contains(indented + "\n"), () -> "not in the draft as shown:\n" + block);
    }
    String bad = draft.replace("\"Kim praised efforts\"", "\"Kim\"").replace("\"cue\": \"believe\"", "\"cue\": \"believes\"");
    NewsClaimsJsonException e = assertThrows(NewsClaimsJsonException.class, () -> NewsClaimsJson.readDraft(bad));
    int problems = section.indexOf("```\ninvalid newsclaims document") + 4;
    assertEquals(section.substring(problems, section.indexOf("```\n", problems)), e.getMessage() + "\n");
  }

  @Test
  void theDraftSchemaAcceptsTheDraftAndRejectsTheDocument() {
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(NewsClaimsJson.draftSchema());
    List<String> errors = schema.validate(draft, InputFormat.JSON).stream().map(Error::toString).toList();
    assertEquals(List.of(), errors);
    assertTrue(!schema.validate(ArticleFixtures.kimJongUnArtillerySurgeJson(), InputFormat.JSON).isEmpty(),
        "a newsclaims/1 document is not a draft");
  }
}
