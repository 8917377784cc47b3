package io.github.newsclaims.json;

import io.github.newsclaims.core.Place;
import io.github.newsclaims.core.TextSpan;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;

/**
 * {@link Place} as {@code {"name": "Kursk region", "mention": {...}, "sameAs":
 * ["http://www.wikidata.org/entity/Q1749"]}}.
 */
final class PlaceMapping {
  private PlaceMapping() {}

  static Place read(JsonValue value, Pointer at, Problems problems) {
    PropertyReader in = PropertyReader.of(value, at, problems);
    if (in == null) {
      return null;
    }
    String name = in.required("name", Scalars::string);
    Optional<TextSpan> mention = in.optional("mention", TextSpanMapping::read);
    List<URI> sameAs = in.list("sameAs", ArticleMapping::uri);
    return in.build(() -> Place.builder().name(name).mention(mention).sameAs(sameAs).build());
  }

  static void write(Place place, JsonGenerator out) {
    out.writeStartObject();
    PropertyWriter.string(out, PropertyNames.NAME, place.getName());
    PropertyWriter.optional(out, PropertyNames.MENTION, place.getMention(), TextSpanMapping::write);
    PropertyWriter.list(out, PropertyNames.SAME_AS, place.getSameAs(), PropertyWriter::uri);
    out.writeEndObject();
  }
}
