package io.github.newsclaims.json;

import tools.jackson.core.JsonGenerator;
import io.github.newsclaims.core.Article;
import io.github.newsclaims.core.NonContentSpan;
import io.github.newsclaims.core.PartialDate;
import io.github.newsclaims.json.NewsClaimsJsonException.Kind;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * {@link Article} as {@code {"id", "headline", "outlet", "url", "publicationDate", "language",
 * "text", "nonContent"}}; the text verbatim.
 */
final class ArticleMapping {
  private ArticleMapping() {}

  /** A URI reference (RFC 3986) as a string. */
  static final ValueType<URI> URI_REFERENCE = Values.textual(ArticleMapping::uri, URI::toString);

  static final Property<Article, String> ID = Property.required("id", Values.STRING, Article::getId);
  static final Property<Article, String> HEADLINE = Property.required("headline", Values.STRING, Article::getHeadline);
  static final Property<Article, String> OUTLET = Property.optional("outlet", Values.STRING, Article::getOutlet);
  static final Property<Article, URI> URL = Property.optional("url", URI_REFERENCE, Article::getUrl);
  static final Property<Article, PartialDate> PUBLICATION_DATE =
      Property.optional("publicationDate", PartialDateMapping.TYPE, Article::getPublicationDate);
  static final Property<Article, String> LANGUAGE = Property.required("language", Values.STRING, Article::getLanguage);
  static final Property<Article, String> TEXT = Property.required("text", Values.STRING, Article::getText);
  static final Property<Article, NonContentSpan> NON_CONTENT =
      Property.list("nonContent", NonContentSpanMapping.TYPE, Article::getNonContent);

  static final ObjectType<Article> TYPE = ObjectType.of("article", v -> Article.builder().id(v.get(ID))
      .headline(v.get(HEADLINE)).outlet(v.optional(OUTLET)).url(v.optional(URL))
      .publicationDate(v.optional(PUBLICATION_DATE)).language(v.get(LANGUAGE)).text(v.get(TEXT))
      .nonContent(v.list(NON_CONTENT)).build(),
      ID, HEADLINE, OUTLET, URL, PUBLICATION_DATE, LANGUAGE, TEXT, NON_CONTENT).writtenBy(ArticleMapping::members);

  static void members(Article article, JsonGenerator out) {
    MemberWriting.string(ID, article.getId(), out);
    MemberWriting.string(HEADLINE, article.getHeadline(), out);
    MemberWriting.string(OUTLET, article.getOutlet(), out);
    MemberWriting.value(URL, article.getUrl(), out);
    MemberWriting.value(PUBLICATION_DATE, article.getPublicationDate(), out);
    MemberWriting.string(LANGUAGE, article.getLanguage(), out);
    MemberWriting.string(TEXT, article.getText(), out);
    MemberWriting.objects(NON_CONTENT, article.getNonContent(), NonContentSpanMapping::members, out);
  }

  private static URI uri(String text, Pointer at, Problems problems) {
    try {
      return new URI(text);
    } catch (URISyntaxException e) {
      problems.add(Kind.INVARIANT, at, "must be a URI reference (RFC 3986): " + e.getReason()
          + (e.getIndex() >= 0 ? " at index " + e.getIndex() : "") + " in " + Text.quote(text));
      return null;
    }
  }
}
