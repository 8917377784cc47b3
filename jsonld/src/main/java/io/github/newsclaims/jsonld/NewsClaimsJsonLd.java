package io.github.newsclaims.jsonld;

import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.Article;
import java.util.Map;
import java.util.Objects;

/**
 * Exports an {@link AnnotatedArticle} as JSON-LD in three vocabularies, and reads W3C Web
 * Annotations back onto an article.
 *
 * <ul>
 *   <li>{@link #schemaOrg} — schema.org {@code NewsArticle}, {@code Claim} and {@code ClaimReview}, as
 *       fact-checkers publish them for search engines;</li>
 *   <li>{@link #webAnnotations} — a W3C Web Annotation {@code AnnotationCollection}: one annotation
 *       per claim on its evidence, and one per hedge and estimate phrase;</li>
 *   <li>{@link #prov} — PROV-O: claims as entities, actors as agents, attribution hops as
 *       qualified attributions, quotation, primary sources and derivations.</li>
 * </ul>
 *
 * <p>The three give the article, its claims, actors and estimates the same {@code @id}s — from the
 * article URL, or {@code urn:newsclaims:article:<id>} without one — so that a claim links across
 * them. The exports name their contexts by their standard URLs ({@code https://schema.org},
 * {@code http://www.w3.org/ns/anno.jsonld}); {@link #contexts()} returns those documents, bundled in
 * the jar, so a JSON-LD processor can be given them and work offline. Output is deterministic
 * (the same article gives the same bytes), indented with two spaces, and ends with a line feed.
 *
 * <p>Offsets: the model counts UTF-16 code units, the Web Annotation {@code TextPositionSelector}
 * counts Unicode code points; both directions are converted, so an emoji counts two in the model
 * and one in the annotations.
 *
 * <p>All methods are thread-safe.
 *
 * @since 0.1.0
 */
public final class NewsClaimsJsonLd {
  private NewsClaimsJsonLd() {}

  /**
   * The article as schema.org JSON-LD (a {@code @graph} of NewsArticle, actors and claims).
   *
   * @param article the annotated article to export
   * @return its schema.org JSON-LD document
   */
  public static String schemaOrg(AnnotatedArticle article) {
    Objects.requireNonNull(article, "article");
    return Json.write(SchemaOrgExport.export(article));
  }

  /**
   * The claims, hedges and estimate phrases of the article as a W3C Web Annotation collection.
   *
   * @param article the annotated article to export
   * @return a W3C Web Annotation {@code AnnotationCollection} as JSON-LD
   */
  public static String webAnnotations(AnnotatedArticle article) {
    Objects.requireNonNull(article, "article");
    return Json.write(WebAnnotationExport.export(article));
  }

  /**
   * The provenance of the article's claims as PROV-O in JSON-LD.
   *
   * @param article the annotated article to export
   * @return its PROV-O JSON-LD document
   */
  public static String prov(AnnotatedArticle article) {
    Objects.requireNonNull(article, "article");
    return Json.write(ProvExport.export(article));
  }

  /**
   * Reads W3C Web Annotations — an {@code AnnotationCollection} with its pages embedded, one
   * {@code AnnotationPage}, one {@code Annotation}, or an array of annotations, compacted with the
   * {@code anno.jsonld} context as {@link #webAnnotations} writes them — and anchors every target
   * in {@code article}, whose text may have been edited since: the {@code TextPositionSelector}
   * first (its code points converted to UTF-16), accepted when it still covers the quoted text;
   * otherwise the {@code TextQuoteSelector}'s exact text, the occurrence whose surroundings best
   * match the quoted prefix and suffix, then the one nearest the old position. Targets that cannot
   * be found are returned as {@link LostSpan}s with the reason, never dropped.
   *
   * @param json the Web Annotation JSON-LD text
   * @param article the article the annotations' selectors point into
   * @return the spans anchored in the article's text and the ones that could not be
   * @throws NewsClaimsJsonLdException if the input is not well-formed JSON or not Web Annotations
   *     (an annotation without id, type or target, a quote selector without exact text, a position
   *     selector without non-negative start and end); every problem is listed, with its JSON Pointer
   */
  public static ImportedAnnotations readWebAnnotations(String json, Article article) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(article, "article");
    return WebAnnotationReader.read(json, article);
  }

  /**
   * The JSON-LD context documents the exports use, keyed by URL: schema.org's (under
   * {@code https://schema.org} and the other URLs schema.org serves it at), the W3C Web
   * Annotation context {@code http://www.w3.org/ns/anno.jsonld}, and the newsclaims PROV context.
   * Hand them to your JSON-LD processor's document loader to expand the exports offline.
   *
   * @return the context documents, keyed by URL
   */
  public static Map<String, String> contexts() {
    return Contexts.byUrl();
  }
}
