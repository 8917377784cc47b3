package io.github.newsclaims.jsonld;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON-LD context documents the exports name, bundled in the jar (see the README for where
 * each copy comes from and its licence), keyed by every URL under which a processor may ask for
 * them.
 */
final class Contexts {
  /** The schema.org context as the exports name it (Google's examples use the same). */
  static final String SCHEMA_ORG = "https://schema.org";
  /** The W3C Web Annotation context, as the Web Annotation Data Model requires it. */
  static final String ANNO = "http://www.w3.org/ns/anno.jsonld";
  /** Our PROV-O context: PROV terms plus the newsclaims terms for what PROV has no word for. */
  static final String PROV = "https://newsclaims.github.io/ns/prov-context-1.jsonld";
  /** Namespace of the few newsclaims terms (attribution mode, cue, commitment, FactBank values). */
  static final String NEWSCLAIMS_NS = "https://newsclaims.github.io/ns#";

  private static final String BASE = "/io/github/newsclaims/jsonld/";
  private static final String SCHEMA_ORG_FILE = "schemaorg-30.0.jsonld";

  private Contexts() {}

  private static final class Loaded {
    static final Map<String, String> BY_URL = load();
  }

  static Map<String, String> byUrl() {
    return Loaded.BY_URL;
  }

  private static Map<String, String> load() {
    String schema = read(SCHEMA_ORG_FILE);
    String anno = read("anno.jsonld");
    String prov = read("prov-context-1.jsonld");
    Map<String, String> map = new LinkedHashMap<>();
    // schema.org answers for all of these with the same context document.
    for (String url : new String[] {SCHEMA_ORG, "https://schema.org/", "http://schema.org", "http://schema.org/",
        "https://schema.org/docs/jsonldcontext.jsonld", "http://schema.org/docs/jsonldcontext.jsonld"}) {
      map.put(url, schema);
    }
    map.put(ANNO, anno);
    map.put("https://www.w3.org/ns/anno.jsonld", anno);
    map.put(PROV, prov);
    return Collections.unmodifiableMap(map);
  }

  private static String read(String name) {
    try (InputStream in = Contexts.class.getResourceAsStream(BASE + name)) {
      if (in == null) {
        throw new IllegalStateException("context document " + BASE + name + " is missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read context document " + BASE + name, e);
    }
  }
}
