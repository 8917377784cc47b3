package io.github.newsclaims.json;

import io.github.newsclaims.core.Actor;
import io.github.newsclaims.core.ActorKind;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;

/** {@link Actor} as {@code {"id": "kcna", "name": "...", "kind": "state_media", "aliases": ["KCNA"], "affiliation": "north-korea", "sameAs": ["http://www.wikidata.org/entity/Q423"]}}. */
final class ActorMapping {
  private ActorMapping() {}

  static Actor read(JsonValue value, Pointer at, Problems problems) {
    PropertyReader in = PropertyReader.of(value, at, problems);
    if (in == null) {
      return null;
    }
    String id = in.required("id", Scalars::string);
    String name = in.required("name", Scalars::string);
    ActorKind kind = in.required("kind", Scalars.enumeration(ActorKind.class));
    List<String> aliases = in.list("aliases", Scalars::string);
    Optional<String> affiliation = in.optional("affiliation", Scalars::string);
    List<URI> sameAs = in.list("sameAs", ArticleMapping::uri);
    return in.build(() -> Actor.builder().id(id).name(name).kind(kind).aliases(aliases).affiliation(affiliation)
        .sameAs(sameAs).build());
  }

  static void write(Actor actor, JsonGenerator out) {
    out.writeStartObject();
    PropertyWriter.string(out, PropertyNames.ID, actor.getId());
    PropertyWriter.string(out, PropertyNames.NAME, actor.getName());
    PropertyWriter.required(out, PropertyNames.KIND, actor.getKind(), PropertyWriter::enumeration);
    PropertyWriter.list(out, PropertyNames.ALIASES, actor.getAliases(), PropertyWriter::string);
    PropertyWriter.optional(out, PropertyNames.AFFILIATION, actor.getAffiliation(), PropertyWriter::string);
    PropertyWriter.list(out, PropertyNames.SAME_AS, actor.getSameAs(), PropertyWriter::uri);
    out.writeEndObject();
  }
}
