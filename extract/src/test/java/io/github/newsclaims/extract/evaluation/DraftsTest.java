package io.github.newsclaims.extract.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.json.NewsClaimsJson;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The development set's drafts are its source: each {@code <id>.draft.json} resolves, by
 * {@link NewsClaimsJson#readDraft}, into exactly the {@code <id>.json} document beside it that the
 * scores are computed on.
 */
class DraftsTest {
  @Test
  void everyDraftResolvesIntoTheDocumentBesideIt() throws IOException {
    int checked = 0;
    for (String part : List.of("tune", "heldout")) {
      List<String> ids = part.equals("tune") ? DevelopmentSetTest.TUNE : DevelopmentSetTest.HELD_OUT;
      for (String id : ids) {
        String base = "/io/github/newsclaims/extract/devset/" + part + "/" + id;
        AnnotatedArticle draft;
        try (InputStream in = DraftsTest.class.getResourceAsStream(base + ".draft.json")) {
          draft = NewsClaimsJson.readDraft(in);
        }
        AnnotatedArticle document;
        try (InputStream in = DraftsTest.class.getResourceAsStream(base + ".json")) {
          document = NewsClaimsJson.read(in);
        }
        assertEquals(document, draft, id);
        checked++;
      }
    }
    assertEquals(37, checked);
  }
}
