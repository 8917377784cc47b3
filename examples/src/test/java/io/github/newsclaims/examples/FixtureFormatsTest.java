package io.github.newsclaims.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.formats.brat.BratDocument;
import io.github.newsclaims.formats.brat.BratFormat;
import io.github.newsclaims.formats.uima.CasJsonFormat;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;
import org.apache.uima.json.jsoncas2.JsonCas2Deserializer;
import org.apache.uima.json.jsoncas2.JsonCas2Serializer;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.XMLInputSource;
import org.junit.jupiter.api.Test;

/** The bundled fixture through brat and CAS JSON: nothing of it is lost either way. */
class FixtureFormatsTest {
  private final AnnotatedArticle fixture = ArticleFixtures.kimJongUnArtillerySurge();

  @Test
  void theFixtureRoundTripsThroughBrat() {
    BratDocument brat = BratFormat.write(fixture);
    assertEquals(ArticleFixtures.kimJongUnArtillerySurgeText(), brat.text());
    assertEquals(fixture, BratFormat.read(brat.text(), brat.ann()));
    // One Claim line per claim; the fixture's text has curly quotes but nothing beyond the BMP,
    // so its brat offsets equal its UTF-16 offsets.
    assertEquals(fixture.getClaims().size(), brat.ann().lines().filter(l -> l.matches("T\\d+\\tClaim .*")).count());
    assertTrue(brat.ann().contains("\tClaim 0 34\tKim Jong Un Orders Artillery Surge\n"), brat.ann());
  }

  @Test
  void theFixtureRoundTripsThroughCasJson() {
    assertEquals(fixture, CasJsonFormat.read(CasJsonFormat.write(fixture)));
  }

  @Test
  void theOfficialUimaLibraryReadsTheFixtureAndWritesWhatWeReadBack() throws Exception {
    CAS cas = CasCreationUtils.createCas(UIMAFramework.getXMLParser().parseTypeSystemDescription(new XMLInputSource(
        new ByteArrayInputStream(CasJsonFormat.typeSystem().getBytes(StandardCharsets.UTF_8)), null)), null, null);
    new JsonCas2Deserializer().deserialize(
        new ByteArrayInputStream(CasJsonFormat.write(fixture).getBytes(StandardCharsets.UTF_8)), cas);
    Type claim = cas.getTypeSystem().getType("newsclaims.Claim");
    assertEquals(fixture.getClaims().size(), cas.getAnnotationIndex(claim).size());
    assertEquals(fixture.getArticle().getText(), cas.getDocumentText());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new JsonCas2Serializer().serialize(cas, out);
    assertEquals(fixture, CasJsonFormat.read(out.toString(StandardCharsets.UTF_8)));
  }
}
