package io.github.newsclaims.examples;

import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.json.NewsClaimsJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Bundled, fully annotated news articles for tests and examples. Each fixture is the verbatim
 * article text plus its annotation in the newsclaims JSON format, both shipped as resources of
 * this jar, so a downstream project can depend on {@code newsclaims-examples} in test scope and
 * test against a realistic, validated document.
 *
 * <p>Fixtures are loaded once, on first use, and shared: the returned objects are immutable and
 * safe to use from any thread.
 *
 * @since 0.1.0
 */
public final class ArticleFixtures {
  private static final String BASE = "/io/github/newsclaims/examples/";
  private static final String KIM_TEXT = BASE + "kim-jong-un-artillery-surge.txt";
  private static final String KIM_JSON = BASE + "kim-jong-un-artillery-surge.json";
  private static final String KIM_DRAFT = BASE + "kim-jong-un-artillery-surge.draft.json";

  private ArticleFixtures() {}

  /** Loads on first access (class initialisation is thread-safe and happens once). */
  private static final class Kim {
    static final String TEXT = resource(KIM_TEXT);
    static final String JSON = resource(KIM_JSON);
    static final AnnotatedArticle ARTICLE = NewsClaimsJson.read(JSON);
  }

  /**
   * "Kim Jong Un Orders Artillery Surge as North Korea Arms Russia", annotated: its claims,
   * nested attributions, factuality, hedges, estimates, times, actors and page furniture.
   * Validated with zero document-rule violations.
   *
   * @return the annotated article, read once from the shipped JSON (immutable)
   */
  public static AnnotatedArticle kimJongUnArtillerySurge() {
    return Kim.ARTICLE;
  }

  /** {@return the verbatim text of that article, byte for byte as published (UTF-8, curly quotes and all)} */
  public static String kimJongUnArtillerySurgeText() {
    return Kim.TEXT;
  }

  /** {@return the annotation of that article as a newsclaims JSON document, as shipped} */
  public static String kimJongUnArtillerySurgeJson() {
    return Kim.JSON;
  }

  /**
   * The same annotation written as a draft ({@code newsclaims-draft/1}): every span a quotation, the
   * defaults left to the reader. {@code NewsClaimsJson.readDraft} turns it into exactly
   * {@link #kimJongUnArtillerySurge()}; json/FORMAT.md explains it.
   *
   * @return the draft JSON document
   */
  public static String kimJongUnArtillerySurgeDraft() {
    return resource(KIM_DRAFT);
  }

  /** {@return a fresh stream over the UTF-8 bytes of that JSON document; the caller closes it} */
  public static InputStream openKimJongUnArtillerySurgeJson() {
    return open(KIM_JSON);
  }

  private static InputStream open(String name) {
    InputStream in = ArticleFixtures.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("fixture resource " + name + " is missing from the class path");
    }
    return in;
  }

  private static String resource(String name) {
    try (InputStream in = open(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read fixture resource " + name, e);
    }
  }
}
