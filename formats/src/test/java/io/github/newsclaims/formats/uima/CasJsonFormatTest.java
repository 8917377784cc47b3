package io.github.newsclaims.formats.uima;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.Claim;
import io.github.newsclaims.core.Factuality;
import io.github.newsclaims.core.TextSpan;
import io.github.newsclaims.formats.FormatException;
import io.github.newsclaims.formats.internal.Schema;
import io.github.newsclaims.testing.Samples;
import java.util.ArrayList;
import java.util.List;
import org.apache.uima.cas.ArrayFS;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.junit.jupiter.api.Test;

class CasJsonFormatTest {
  @Test
  void theSampleRoundTrips() {
    AnnotatedArticle sample = Samples.annotated();
    assertEquals(sample, CasJsonFormat.read(CasJsonFormat.write(sample)));
    assertEquals(sample, CasJsonFormat.read(CasJsonFormat.writePretty(sample)));
  }

  @Test
  void uimaReadsWhatWeWriteAtUtf16Offsets() {
    AnnotatedArticle sample = Samples.annotated();
    CAS cas = Uima.deserialize(CasJsonFormat.write(sample));
    assertEquals(sample.getArticle().getText(), cas.getDocumentText());
    Type claimType = cas.getTypeSystem().getType("newsclaims.Claim");
    List<AnnotationFS> claims = new ArrayList<>();
    cas.getAnnotationIndex(claimType).forEach(claims::add);
    assertEquals(2, claims.size());
    TextSpan first = sample.getClaims().get(0).getEvidence().get(0);
    assertEquals(first.getStart(), claims.get(0).getBegin());
    assertEquals(first.getEnd(), claims.get(0).getEnd());
    assertEquals(first.getText(), claims.get(0).getCoveredText());
    assertEquals("c1", claims.get(0).getStringValue(claimType.getFeatureByBaseName("id")));
    assertEquals("statement", claims.get(0).getStringValue(claimType.getFeatureByBaseName("claimKind")));
    // The attribution hop is a link feature: role and target.
    ArrayFS<?> links = (ArrayFS<?>) claims.get(0).getFeatureValue(claimType.getFeatureByBaseName("links"));
    Type linkType = cas.getTypeSystem().getType("newsclaims.Link");
    List<String> roles = new ArrayList<>();
    for (int i = 0; i < links.size(); i++) {
      roles.add(links.get(i).getStringValue(linkType.getFeatureByBaseName("role")));
    }
    assertEquals(List.of("attribution", "about"), roles);
    AnnotationFS hop = (AnnotationFS) links.get(0).getFeatureValue(linkType.getFeatureByBaseName("target"));
    assertEquals("newsclaims.Attribution", hop.getType().getName());
    assertEquals("state media said", hop.getCoveredText());
    Type actorType = cas.getTypeSystem().getType("newsclaims.Actor");
    List<AnnotationFS> actors = new ArrayList<>();
    cas.getAnnotationIndex(actorType).forEach(actors::add);
    assertEquals(2, actors.size());
    Feature aliases = actorType.getFeatureByBaseName("aliases");
    AnnotationFS kcna = actors.stream().filter(a -> "kcna".equals(a.getStringValue(actorType.getFeatureByBaseName("id"))))
        .findFirst().orElseThrow();
    assertEquals(List.of("KCNA", "state media"), List.of(((org.apache.uima.cas.StringArrayFS) kcna.getFeatureValue(aliases)).toArray()));
  }

  @Test
  void whatUimaWritesBackReadsAsTheSameArticle() {
    AnnotatedArticle sample = Samples.annotated();
    String again = Uima.serialize(Uima.deserialize(CasJsonFormat.write(sample)));
    assertEquals(sample, CasJsonFormat.read(again));
  }

  @Test
  void aCasBuiltWithTheUimaApiReadsAsAnArticle() {
    CAS cas = Uima.newCas();
    String text = "🚀 Officials said 3 soldiers died.";
    cas.setDocumentText(text);
    Type claimType = cas.getTypeSystem().getType("newsclaims.Claim");
    Type hopType = cas.getTypeSystem().getType("newsclaims.Attribution");
    Type actorType = cas.getTypeSystem().getType("newsclaims.Actor");
    Type linkType = cas.getTypeSystem().getType("newsclaims.Link");
    // UTF-16: the rocket takes two code units, so "Officials" starts at 3.
    AnnotationFS claim = cas.createAnnotation(claimType, 3, 34);
    set(claim, "claimKind", "event");
    set(claim, "polarity", "unknown");
    set(claim, "certainty", "underspecified");
    AnnotationFS hop = cas.createAnnotation(hopType, 13, 17);
    set(hop, "mode", "indirect");
    set(hop, "polarity", "positive");
    set(hop, "certainty", "probable");
    AnnotationFS actor = cas.createAnnotation(actorType, 0, 0);
    set(actor, "id", "officials");
    set(actor, "name", "officials");
    set(actor, "actorKind", "unnamed_source");
    claim.setFeatureValue(claimType.getFeatureByBaseName("links"), links(cas, linkType, "attribution", hop));
    hop.setFeatureValue(hopType.getFeatureByBaseName("links"), links(cas, linkType, "source", actor));
    cas.addFsToIndexes(claim);
    cas.addFsToIndexes(hop);
    cas.addFsToIndexes(actor);

    AnnotatedArticle read = CasJsonFormat.read(Uima.serialize(cas));
    Claim only = read.getClaims().get(0);
    assertEquals(TextSpan.of(3, 34, "Officials said 3 soldiers died."), only.getEvidence().get(0));
    assertEquals("Officials said 3 soldiers died.", only.getProposition());
    assertEquals(TextSpan.of(13, 17, "said"), only.getAttribution().get(0).getCue().orElseThrow());
    assertEquals(Factuality.PROBABLY_SO, only.getAttribution().get(0).getCommitment());
    assertEquals(List.of("officials"), only.sources());
    assertEquals("🚀 Officials said 3 soldiers died.", read.getArticle().getHeadline());
  }

  private static void set(FeatureStructure fs, String feature, String value) {
    fs.setStringValue(fs.getType().getFeatureByBaseName(feature), value);
  }

  private static ArrayFS<FeatureStructure> links(CAS cas, Type linkType, String role, AnnotationFS target) {
    FeatureStructure link = cas.createFS(linkType);
    link.setStringValue(linkType.getFeatureByBaseName("role"), role);
    link.setFeatureValue(linkType.getFeatureByBaseName("target"), target);
    @SuppressWarnings("unchecked") // UIMA's CAS.createArrayFS returns the raw ArrayFS type
    ArrayFS<FeatureStructure> array = cas.createArrayFS(1);
    array.set(0, link);
    return array;
  }

  @Test
  void theShippedTypeSystemDeclaresEveryTypeAndFeature() {
    CAS cas = Uima.newCas();
    for (Schema.Type type : Schema.TYPES) {
      Type declared = cas.getTypeSystem().getType(CasJsonFormat.PREFIX + type.name());
      assertTrue(declared != null, type.name());
      assertEquals("uima.tcas.Annotation", cas.getTypeSystem().getParent(declared).getName());
      for (Schema.Field field : type.fields()) {
        Feature feature = declared.getFeatureByBaseName(field.name());
        assertTrue(feature != null, type.name() + "." + field.name());
        assertEquals(field.kind() == Schema.FieldKind.LIST ? "uima.cas.StringArray" : "uima.cas.String",
            feature.getRange().getName(), type.name() + "." + field.name());
      }
      boolean hasLinks = Schema.ROLES.stream().anyMatch(role -> role.from().equals(type.name()));
      assertEquals(hasLinks, declared.getFeatureByBaseName("links") != null, type.name() + ".links");
    }
  }

  /**
   * INCEpTION turns a type into a span layer when every feature is primitive, a string array or a
   * slot (link) feature: an array of a type under TOP with exactly a String role and a reference
   * target. Its layer import makes the same check.
   */
  @Test
  void everyTypeIsOneInceptionTakesForASpanLayerWithSlotFeatures() {
    CAS cas = Uima.newCas();
    org.apache.uima.cas.TypeSystem ts = cas.getTypeSystem();
    for (Schema.Type schemaType : Schema.TYPES) {
      Type type = ts.getType(CasJsonFormat.PREFIX + schemaType.name());
      assertEquals(ts.getType("uima.tcas.Annotation"), ts.getParent(type), type.getName());
      for (Feature feature : type.getFeatures()) {
        if (!feature.getDomain().equals(type)) {
          continue;
        }
        Type range = feature.getRange();
        if (range.isArray() && !range.getName().equals("uima.cas.StringArray")) {
          Type link = range.getComponentType();
          assertEquals(ts.getTopType(), ts.getParent(link), feature.getName());
          assertEquals(List.of("role", "target"), link.getFeatures().stream()
              .filter(f -> f.getDomain().equals(link)).map(Feature::getShortName).toList());
          assertEquals("uima.cas.String", link.getFeatureByBaseName("role").getRange().getName());
          assertEquals("uima.tcas.Annotation", link.getFeatureByBaseName("target").getRange().getName());
        } else {
          assertTrue(range.isPrimitive() || range.getName().equals("uima.cas.StringArray"), feature.getName());
        }
      }
    }
    assertTrue(CasJsonFormat.typeSystem().startsWith("<?xml"), "INCEpTION's layer import recognises XML by its preamble");
  }

  @Test
  void everyBadAnnotationIsReportedWithItsId() {
    String json = CasJsonFormat.write(Samples.annotated())
        // An unknown claim kind, an offset beyond the text and a link to a missing annotation.
        .replace("\"claimKind\":\"statement\"", "\"claimKind\":\"gossip\"")
        .replaceFirst("\"begin\":(\\d+),\"end\":(\\d+),\"id\":\"c2\"", "\"begin\":$1,\"end\":9999,\"id\":\"c2\"")
        .replace("\"%TYPE\":\"newsclaims.Time\"", "\"%TYPE\":\"newsclaims.Timer\"");
    FormatException e = assertThrows(FormatException.class, () -> CasJsonFormat.read(json));
    String message = e.getMessage();
    assertTrue(message.contains("(newsclaims.Claim): unknown claimKind \"gossip\""), message);
    assertTrue(message.contains("(newsclaims.Claim): begin ") && message.contains("end 9999"), message);
    assertTrue(message.contains("(newsclaims.Timer): unknown annotation type \"Timer\""), message);
    assertTrue(message.contains("links[2]: time link points at an annotation that does not exist"), message);
    assertTrue(e.getProblems().stream().allMatch(p -> p.where().startsWith("feature structure ")), message);
  }

  @Test
  void notJsonIsOneLocatedProblem() {
    FormatException e = assertThrows(FormatException.class, () -> CasJsonFormat.read("{\"%FEATURE_STRUCTURES\": [}"));
    assertEquals(1, e.getProblems().size());
    assertTrue(e.getProblems().get(0).where().startsWith("line 1, column "), e.getMessage());
    FormatException empty = assertThrows(FormatException.class, () -> CasJsonFormat.read("{}"));
    assertEquals("document", empty.getProblems().get(0).where());
  }
}
