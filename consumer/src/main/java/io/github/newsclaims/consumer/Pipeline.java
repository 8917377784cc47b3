package io.github.newsclaims.consumer;

import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.Estimate;
import io.github.newsclaims.core.quantity.QuantityPhrases;
import io.github.newsclaims.html.HtmlView;
import io.github.newsclaims.json.NewsClaimsJson;
import io.github.newsclaims.jsonld.ImportedAnnotations;
import io.github.newsclaims.jsonld.NewsClaimsJsonLd;
import io.github.newsclaims.json.NewsClaimsModule;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a downstream pipeline does with newsclaims: read quantities, write and read documents strictly,
 * export JSON-LD.
 */
public final class Pipeline {
  private Pipeline() {}

  /** The estimate "about 15,000 soldiers" reads to. */
  public static Estimate soldiers() {
    return QuantityPhrases.parse("about 15,000 soldiers").orElseThrow();
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
