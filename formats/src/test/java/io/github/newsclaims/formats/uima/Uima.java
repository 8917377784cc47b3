package io.github.newsclaims.formats.uima;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.json.jsoncas2.JsonCas2Deserializer;
import org.apache.uima.json.jsoncas2.JsonCas2Serializer;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.InvalidXMLException;
import org.apache.uima.util.XMLInputSource;

/** The official UIMA libraries, as the independent checker: a CAS over the shipped type system. */
final class Uima {
  private Uima() {}

  /** The shipped type system descriptor, parsed by UIMA's own XML parser. */
  static TypeSystemDescription typeSystem() {
    try {
      return UIMAFramework.getXMLParser().parseTypeSystemDescription(new XMLInputSource(
          new ByteArrayInputStream(CasJsonFormat.typeSystem().getBytes(StandardCharsets.UTF_8)), null));
    } catch (InvalidXMLException e) {
      throw new AssertionError("the shipped type system descriptor is not valid UIMA XML", e);
    }
  }

  /** An empty CAS with the newsclaims types. */
  static CAS newCas() {
    try {
      return CasCreationUtils.createCas(typeSystem(), null, null);
    } catch (ResourceInitializationException e) {
      throw new AssertionError("UIMA cannot create a CAS with the shipped type system", e);
    }
  }

  /** Our CAS JSON, deserialised by uimaj-io-json into a fresh CAS. */
  static CAS deserialize(String json) {
    CAS cas = newCas();
    try {
      new JsonCas2Deserializer().deserialize(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), cas);
    } catch (IOException e) {
      throw new AssertionError("uimaj-io-json rejects the CAS JSON we wrote: " + e.getMessage(), e);
    }
    return cas;
  }

  /** A CAS serialised by uimaj-io-json. */
  static String serialize(CAS cas) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new JsonCas2Serializer().serialize(cas, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
