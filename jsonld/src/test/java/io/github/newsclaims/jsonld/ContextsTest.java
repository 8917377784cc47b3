package io.github.newsclaims.jsonld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsclaims.jsonld.checks.OfflineJsonLd;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContextsTest {
  @Test
  void theContextsAreServedUnderTheUrlsTheExportsName() {
    Map<String, String> contexts = NewsClaimsJsonLd.contexts();
    for (String url : new String[] {"https://schema.org", "https://schema.org/", "http://schema.org/",
        "https://schema.org/docs/jsonldcontext.jsonld", "http://www.w3.org/ns/anno.jsonld",
        "https://newsclaims.github.io/ns/prov-context-1.jsonld"}) {
      assertTrue(contexts.containsKey(url), url);
    }
    assertEquals(contexts.get("https://schema.org"), contexts.get("http://schema.org/"));
  }

  /** The copies are byte for byte those recorded in the README (schema.org 30.0; the W3C Recommendation's anno.jsonld). */
  @Test
  void theBundledCopiesAreTheRecordedOnes() throws Exception {
    assertEquals("d8167890b056bc7c71eb39b30cbb4816490d5e671371ba50a5a633d1bc36961a",
        sha256(NewsClaimsJsonLd.contexts().get("https://schema.org")));
    assertEquals("48c6e5e80f86bb1bf812233d13e70fab8b19516ac4e57e1e4576473f0bbd062e",
        sha256(NewsClaimsJsonLd.contexts().get("http://www.w3.org/ns/anno.jsonld")));
  }

  @Test
  void theExportsNameTheStandardContextUrls() {
    var article = EmojiArticles.annotated(true);
    assertEquals("\"https://schema.org\"", Json.MAPPER.readTree(NewsClaimsJsonLd.schemaOrg(article)).get("@context").toString());
    assertEquals("http://www.w3.org/ns/anno.jsonld",
        Json.MAPPER.readTree(NewsClaimsJsonLd.webAnnotations(article)).get("@context").get(0).asString());
    assertEquals("https://newsclaims.github.io/ns/prov-context-1.jsonld",
        Json.MAPPER.readTree(NewsClaimsJsonLd.prov(article)).get("@context").asString());
  }

  @Test
  void theTestLoaderRefusesAnyOtherDocumentSoNoTestCanReachTheNetwork() {
    String remote = "{\"@context\": \"https://w3id.org/security/v2\", \"@id\": \"urn:example:x\", \"name\": \"x\"}";
    AssertionError refused = assertThrows(AssertionError.class, () -> OfflineJsonLd.parse(remote));
    assertTrue(refused.getMessage().contains("offline: no bundled document for https://w3id.org/security/v2"), refused.getMessage());
    assertTrue(OfflineJsonLd.REFUSED.contains("https://w3id.org/security/v2"), OfflineJsonLd.REFUSED.toString());
  }

  private static String sha256(String text) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}
