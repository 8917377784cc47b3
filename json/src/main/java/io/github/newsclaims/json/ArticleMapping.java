package io.github.newsclaims.json;

import io.github.newsclaims.core.Article;
import io.github.newsclaims.core.NonContentSpan;
import io.github.newsclaims.core.PartialDate;
import io.github.newsclaims.json.NewsClaimsJsonException.Kind;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;

/**
 * {@link Article} as {@code {"id", "headline", "outlet", "url", "publicationDate", "language",
 * "text", "nonContent"}}; the text verbatim.
 */
final class ArticleMapping {
  private ArticleMapping() {}

  static Article read(JsonValue value, Pointer at, Problems problems) {
    PropertyReader in = PropertyReader.of(value, at, problems);
    if (in == null) {
      return null;
    }
    String id = in.required("id", Scalars::string);
    String headline = in.required("headline", Scalars::string);
    Optional<String> outlet = in.optional("outlet", Scalars::string);
    Optional<URI> url = in.optional("url", ArticleMapping::uri);
    Optional<PartialDate> publicationDate = in.optional("publicationDate", PartialDateMapping::read);
    String language = in.required("language", Scalars::string);
    String text = in.required("text", Scalars::string);
    List<NonContentSpan> nonContent = in.list("nonContent", NonContentSpanMapping::read);
    return in.build(() -> Article.builder().id(id).headline(headline).outlet(outlet).url(url)
        .publicationDate(publicationDate).language(language).text(text).nonContent(nonContent).build());
  }

  static URI uri(JsonValue value, Pointer at, Problems problems) {
    String text = Scalars.string(value, at, problems);
    if (text == null) {
      return null;
    }
    try {
      return new URI(text);
    } catch (URISyntaxException e) {
      problems.add(Kind.INVARIANT, at, "must be a URI reference (RFC 3986): " + e.getReason()
          + (e.getIndex() >= 0 ? " at index " + e.getIndex() : "") + " in " + Text.quote(text));
      return null;
    }
  }

  static void write(Article article, JsonGenerator out) {
    out.writeStartObject();
    PropertyWriter.string(out, PropertyNames.ID, article.getId());
    PropertyWriter.string(out, PropertyNames.HEADLINE, article.getHeadline());
    PropertyWriter.optional(out, PropertyNames.OUTLET, article.getOutlet(), PropertyWriter::string);
    PropertyWriter.optional(out, PropertyNames.URL, article.getUrl(), (url, gen) -> gen.writeString(url.toString()));
    PropertyWriter.optional(out, PropertyNames.PUBLICATION_DATE, article.getPublicationDate(), PartialDateMapping::write);
    PropertyWriter.string(out, PropertyNames.LANGUAGE, article.getLanguage());
    PropertyWriter.string(out, PropertyNames.TEXT, article.getText());
    PropertyWriter.list(out, PropertyNames.NON_CONTENT, article.getNonContent(), NonContentSpanMapping::write);
    out.writeEndObject();
  }
}
