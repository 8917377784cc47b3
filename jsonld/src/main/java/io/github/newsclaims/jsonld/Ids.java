package io.github.newsclaims.jsonld;

import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.Article;
import io.github.newsclaims.core.Claim;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The {@code @id}s the exports give to the article, its claims, actors and estimates, the same in
 * all three exports so that a claim links across them. The base is the article's URL without its
 * fragment, or, for an article without a URL, {@code urn:newsclaims:article:<id>}; things inside
 * the article are fragments of it: {@code <base>#claim-c5}, {@code <base>#actor-kcna},
 * {@code <base>#estimate-e-soldiers}. A claim with a {@link Claim#getKey() key} that no other
 * claim of the article shares is named by its key instead, {@code <base>#key-nk-troops}, so that
 * its id survives re-annotation that renumbers the claims. Ids and keys are percent-encoded (everything but RFC 3986's
 * unreserved characters), so a fragment never holds a {@code /} of an id and the suffixes the
 * exports add after a {@code /} ({@code #claim-c5/annotation}) cannot collide with another id.
 */
final class Ids {
  private final String base;
  private final Map<String, String> claims = new HashMap<>();

  Ids(AnnotatedArticle annotated) {
    Article article = annotated.getArticle();
    this.base = article.getUrl().map(Ids::withoutFragment)
        .orElseGet(() -> "urn:newsclaims:article:" + encode(article.getId()));
    Map<String, Integer> keys = new HashMap<>();
    annotated.getClaims().forEach(claim -> claim.getKey().ifPresent(key -> keys.merge(key, 1, Integer::sum)));
    for (Claim claim : annotated.getClaims()) {
      claims.put(claim.getId(), claim.getKey().filter(key -> keys.get(key) == 1)
          .map(key -> base + "#key-" + encode(key))
          .orElseGet(() -> base + "#claim-" + encode(claim.getId())));
    }
  }

  /** The article. */
  String article() {
    return base;
  }

  /** The claim with the given id: by its key when it has one of its own, else by its id. */
  String claim(String claimId) {
    return claims.getOrDefault(claimId, base + "#claim-" + encode(claimId));
  }

  /** Who annotated, by name: {@code <base>#annotator-Jane%20Doe}. */
  String annotator(String name) {
    return base + "#annotator-" + encode(name);
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
