package io.github.newsclaims.json;

import tools.jackson.core.JsonGenerator;
import io.github.newsclaims.core.Place;
import io.github.newsclaims.core.TextSpan;
import java.net.URI;

/**
 * {@link Place} as {@code {"name": "Russia", "mention": {...}, "sameAs":
 * ["http://www.wikidata.org/entity/Q159"]}}.
 */
final class PlaceMapping {
  private PlaceMapping() {}

  static final Property<Place, String> NAME = Property.required("name", Values.STRING, Place::getName);
  static final Property<Place, TextSpan> MENTION = Property.optional("mention", TextSpanMapping.TYPE, Place::getMention);
  static final Property<Place, URI> SAME_AS = Property.list("sameAs", ArticleMapping.URI_REFERENCE, Place::getSameAs);

  static final ObjectType<Place> TYPE = ObjectType.of("place", v -> Place.builder().name(v.get(NAME))
      .mention(v.optional(MENTION)).sameAs(v.list(SAME_AS)).build(),
      NAME, MENTION, SAME_AS).writtenBy(PlaceMapping::members);

  static void members(Place place, JsonGenerator out) {
    MemberWriting.string(NAME, place.getName(), out);
    MemberWriting.object(MENTION, place.getMention(), TextSpanMapping::members, out);
    MemberWriting.values(SAME_AS, place.getSameAs(), out);
  }
}
