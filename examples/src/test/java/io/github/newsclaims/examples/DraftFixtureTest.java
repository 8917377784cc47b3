package io.github.newsclaims.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.json.NewsClaimsJson;
import java.util.List;
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
  void theDraftSchemaAcceptsTheDraftAndRejectsTheDocument() {
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(NewsClaimsJson.draftSchema());
    List<String> errors = schema.validate(draft, InputFormat.JSON).stream().map(Error::toString).toList();
    assertEquals(List.of(), errors);
    assertTrue(!schema.validate(ArticleFixtures.kimJongUnArtillerySurgeJson(), InputFormat.JSON).isEmpty(),
        "a newsclaims/1 document is not a draft");
  }
}
