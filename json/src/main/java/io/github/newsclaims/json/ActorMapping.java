package io.github.newsclaims.json;

import tools.jackson.core.JsonGenerator;
import io.github.newsclaims.core.Actor;
import io.github.newsclaims.core.ActorKind;
import java.net.URI;

/** {@link Actor} as {@code {"id": "kcna", "name": "...", "kind": "state_media", "aliases": ["KCNA"], "affiliation": "north-korea", "sameAs": ["http://www.wikidata.org/entity/Q423"]}}. */
final class ActorMapping {
  private ActorMapping() {}

  static final Property<Actor, String> ID = Property.required("id", Values.STRING, Actor::getId);
  static final Property<Actor, String> NAME = Property.required("name", Values.STRING, Actor::getName);
  static final Property<Actor, ActorKind> KIND =
      Property.required("kind", Values.enumeration(ActorKind.class), Actor::getKind);
  static final Property<Actor, String> ALIASES = Property.list("aliases", Values.STRING, Actor::getAliases);
  static final Property<Actor, String> AFFILIATION =
      Property.optional("affiliation", Values.STRING, Actor::getAffiliation);
  static final Property<Actor, URI> SAME_AS = Property.list("sameAs", ArticleMapping.URI_REFERENCE, Actor::getSameAs);

  static final ObjectType<Actor> TYPE = ObjectType.of("actor", v -> Actor.builder().id(v.get(ID)).name(v.get(NAME))
      .kind(v.get(KIND)).aliases(v.list(ALIASES)).affiliation(v.optional(AFFILIATION)).sameAs(v.list(SAME_AS)).build(),
      ID, NAME, KIND, ALIASES, AFFILIATION, SAME_AS).writtenBy(ActorMapping::members);

  static void members(Actor actor, JsonGenerator out) {
    MemberWriting.string(ID, actor.getId(), out);
    MemberWriting.string(NAME, actor.getName(), out);
    MemberWriting.value(KIND, actor.getKind(), out);
    MemberWriting.strings(ALIASES, actor.getAliases(), out);
    MemberWriting.string(AFFILIATION, actor.getAffiliation(), out);
    MemberWriting.values(SAME_AS, actor.getSameAs(), out);
  }
}
