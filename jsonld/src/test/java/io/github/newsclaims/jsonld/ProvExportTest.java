package io.github.newsclaims.jsonld;

import static io.github.newsclaims.jsonld.WebAnnotationExportTest.count;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.jsonld.checks.OfflineJsonLd;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;

class ProvExportTest {
  private static final AnnotatedArticle ARTICLE = EmojiArticles.annotated(true);
  private static final Model MODEL = OfflineJsonLd.parse(NewsClaimsJsonLd.prov(ARTICLE));
  private static final String B = "https://news.example/2024/rockets#";
  /** c2 and c4 have keys of their own, so their ids come from the keys. */
  private static final String C2 = B + "key-nk-troops-in-russia";
  private static final String C4 = B + "key-https%3A%2F%2Fclaims.example%2Fkim-will-win";

  @Test
  void jenaReadsItOfflineAndItMeetsTheShapes() {
    assertEquals(List.of(), OfflineJsonLd.violations(OfflineJsonLd.shapes("/io/github/newsclaims/jsonld/shapes/prov.ttl"),
        MODEL.getGraph()));
    assertEquals(List.of(), OfflineJsonLd.violations(OfflineJsonLd.shapes("/io/github/newsclaims/jsonld/shapes/prov.ttl"),
        OfflineJsonLd.parse(NewsClaimsJsonLd.prov(EmojiArticles.annotated(false))).getGraph()));
  }

  @Test
  void actorsAreAgentsActingOnBehalfOfTheirAffiliation() {
    assertEquals(1, ask("<" + B + "actor-kcna> a prov:Agent, prov:Organization ; prov:actedOnBehalfOf <" + B + "actor-north-korea>"));
    assertEquals(1, ask("<" + B + "actor-kim> a prov:Person ; prov:actedOnBehalfOf <" + B + "actor-north-korea>"));
  }

  @Test
  void eachHopIsAQualifiedAttributionWithModeCueAndCommitment() {
    assertEquals(1, ask("<" + B + "claim-c1> prov:qualifiedAttribution [ a prov:Attribution ; prov:agent <" + B + "actor-kcna> ; "
        + "nc:hop 0 ; nc:mode nc:AccordingTo ; nc:cue \"According to\" ; nc:commitment \"CT+\" ]"));
    assertEquals(1, ask("<" + B + "claim-c1> prov:qualifiedAttribution [ prov:agent <" + B + "actor-kim> ; "
        + "nc:hop 1 ; nc:mode nc:PartialQuote ; nc:cue \"called\" ]"));
    assertEquals(1, ask("<" + B + "claim-c1> prov:wasAttributedTo <" + B + "actor-kcna>, <" + B + "actor-kim>"));
    assertEquals(0, ask("<" + B + "claim-c5> prov:qualifiedAttribution ?any"));
  }

  @Test
  void quotesAndPrimarySourcesAreStatementsOfTheirSources() {
    // c1: partial quote of Kim, via state media; Kim's statement is the primary source.
    assertEquals(1, ask("<" + B + "claim-c1> prov:wasQuotedFrom ?s ; prov:hadPrimarySource ?s . ?s prov:wasAttributedTo <" + B + "actor-kim>"));
    assertEquals(1, ask("<" + B + "claim-c1/hop-0> prov:wasAttributedTo <" + B + "actor-kcna> ; prov:wasDerivedFrom <" + B + "claim-c1/hop-1>"));
    // c4: a direct quote; c2: indirect speech, a primary source but no quotation.
    assertEquals(1, ask("<" + C4 + "> prov:wasQuotedFrom <" + C4 + "/hop-0>"));
    assertEquals(0, ask("<" + C2 + "> prov:wasQuotedFrom ?any"));
    assertEquals(1, ask("<" + C2 + "> prov:hadPrimarySource/prov:wasAttributedTo <" + B + "actor-analysts>"));
  }

  @Test
  void derivedEstimatesAndClaimsAreDerivedFromTheirInputs() {
    assertEquals(1, ask("<" + B + "estimate-e-casualties> prov:wasDerivedFrom <" + B + "estimate-e-share>, <" + B + "estimate-e-soldiers>"));
    assertEquals(1, ask("<" + B + "claim-c3> prov:wasDerivedFrom <" + C2 + "> ; nc:estimate <" + B + "estimate-e-casualties>"));
    assertEquals(3, count(MODEL, "SELECT (COUNT(?e) AS ?n) { ?c nc:estimate ?e . ?e a prov:Entity }"));
  }

  @Test
  void whoAnnotatedIsTheAgentOfTheAnnotatingActivity() {
    // The article was annotated by hand by Jane Doe; c3 by an extractor, with its confidence.
    assertEquals(1, ask("<" + B + "claim-c1> prov:wasGeneratedBy <" + B + "annotating> . <" + B + "annotating> a prov:Activity ; "
        + "nc:method \"MANUAL\" ; prov:wasAssociatedWith ?jane . ?jane a prov:Person ; rdfs:label \"Jane Doe\""));
    assertEquals(1, ask("<" + B + "claim-c3> prov:wasGeneratedBy ?a . ?a nc:method \"AUTOMATIC\" ; nc:confidence ?c ; "
        + "prov:wasAssociatedWith ?tool . ?tool a prov:SoftwareAgent ; rdfs:label \"claim-extractor 2.1.0\" FILTER (?c = 0.83)"));
    assertEquals(1, ask("<" + B + "claim-c3> prov:qualifiedAttribution [ nc:carriedOver true ]"));
  }

  @Test
  void placesAndSameAsLinkOut() {
    assertEquals(1, ask("<" + C2 + "> prov:atLocation [ a prov:Location ; rdfs:label \"Russia\" ; "
        + "<http://schema.org/sameAs> <http://www.wikidata.org/entity/Q159> ]"));
    assertEquals(1, ask("<" + B + "actor-north-korea> <http://schema.org/sameAs> <http://www.wikidata.org/entity/Q423>"));
  }

  private static long ask(String pattern) {
    return count(MODEL, "SELECT (COUNT(*) AS ?n) { " + pattern + " }");
  }
}
