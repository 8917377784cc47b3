package io.github.newsclaims.consumer;

import io.github.newsclaims.core.ActorKind;
import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.Article;
import io.github.newsclaims.core.ClaimKind;
import io.github.newsclaims.core.Estimate;
import io.github.newsclaims.core.authoring.ArticleAnnotator;
import io.github.newsclaims.core.quantity.QuantityPhrases;
import io.github.newsclaims.html.HtmlView;
import io.github.newsclaims.json.NewsClaimsJson;
import io.github.newsclaims.jsonld.ImportedAnnotations;
import io.github.newsclaims.jsonld.NewsClaimsJsonLd;
import io.github.newsclaims.json.NewsClaimsModule;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a downstream pipeline does with newsclaims: read quantities, annotate by quotation, write and
 * read documents and drafts strictly, export JSON-LD.
 */
public final class Pipeline {
  private Pipeline() {}

  /** The estimate "about 15,000 soldiers" reads to. */
  public static Estimate soldiers() {
    return QuantityPhrases.parse("about 15,000 soldiers").orElseThrow();
  }

  /** A short report annotated by quotation: the hop's commitment comes from the cue table in core's jar. */
  public static AnnotatedArticle annotated() {
    Article article = Article.builder().id("a1").headline("Troops").language("en")
        .text("South Korean intelligence estimates that about 15,000 soldiers are in Russia.").build();
    return ArticleAnnotator.of(article)
        .actor("nis", ActorKind.INTELLIGENCE_AGENCY, "South Korean intelligence")
        .claim("c1", ClaimKind.QUANTITY, "About 15,000 soldiers are in Russia.")
        .evidence("South Korean intelligence estimates that about 15,000 soldiers are in Russia")
        .said("nis", "estimates")
        .estimate("e1", "about 15,000", "soldiers in Russia")
        .build();
  }

  /** The same annotation read from a newsclaims-draft/1 file's text. */
  public static AnnotatedArticle draft(String json) {
    return NewsClaimsJson.reader().readDraft(json);
  }

  /** The article written as newsclaims/1 and read back with every document rule checked. */
  public static AnnotatedArticle roundTrip(AnnotatedArticle article) {
    return NewsClaimsJson.read(NewsClaimsJson.write(article));
  }

  /** The article's Web Annotations, written and read back onto its own text. */
  public static ImportedAnnotations webAnnotationsRoundTrip(AnnotatedArticle article) {
    return NewsClaimsJsonLd.readWebAnnotations(NewsClaimsJsonLd.webAnnotations(article), article.getArticle());
  }

  /** The article's web view, as the page a reader opens. */
  public static String page(AnnotatedArticle article) {
    return HtmlView.render(article);
  }

  /** The newsclaims modules a Jackson 3 mapper finds by itself through the service loader. */
  public static List<String> discoveredModules() {
    return JsonMapper.builder().findAndAddModules().build().registeredModules().stream()
        .filter(module -> module instanceof NewsClaimsModule).map(module -> module.getModuleName()).toList();
  }
}
