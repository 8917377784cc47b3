package io.github.newsclaims.jsonld;

import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.Article;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * The {@code @id}s the exports give to the article, its claims, actors and estimates, the same in
 * all three exports so that a claim links across them. The base is the article's URL without its
 * fragment, or, for an article without a URL, {@code urn:newsclaims:article:<id>}; things inside
 * the article are fragments of it: {@code <base>#claim-c5}, {@code <base>#actor-kcna},
 * {@code <base>#estimate-e-soldiers}. Ids are percent-encoded (everything but RFC 3986's
 * unreserved characters), so a fragment never holds a {@code /} of an id and the suffixes the
 * exports add after a {@code /} ({@code #claim-c5/annotation}) cannot collide with another id.
 */
final class Ids {
  private final String base;

  Ids(AnnotatedArticle annotated) {
    this(annotated.getArticle());
  }

  Ids(Article article) {
    this.base = article.getUrl().map(Ids::withoutFragment)
        .orElseGet(() -> "urn:newsclaims:article:" + encode(article.getId()));
  }

  /** The article. */
  String article() {
    return base;
  }

  String claim(String claimId) {
    return base + "#claim-" + encode(claimId);
  }

  String actor(String actorId) {
    return base + "#actor-" + encode(actorId);
  }

  String estimate(String estimateId) {
    return base + "#estimate-" + encode(estimateId);
  }

  /** Something belonging to the article, e.g. {@code annotations}: {@code <base>#annotations}. */
  String fragment(String name) {
    return base + "#" + name;
  }

  private static String withoutFragment(URI url) {
    String text = url.toString();
    int hash = text.indexOf('#');
    return hash < 0 ? text : text.substring(0, hash);
  }

  /** Percent-encodes all but RFC 3986's unreserved characters, as UTF-8. */
  static String encode(String id) {
    StringBuilder out = new StringBuilder(id.length());
    for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~') {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return out.toString();
  }
}
