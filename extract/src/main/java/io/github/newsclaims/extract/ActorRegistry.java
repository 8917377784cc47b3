package io.github.newsclaims.extract;

import io.github.newsclaims.core.Actor;
import io.github.newsclaims.core.ActorKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The parties of one article, one actor per party: mentions merged by name ignoring case and a
 * leading "the", a lone surname ("Kim") merged into the person whose name holds it, "he"/"she"
 * into the last person named and "it"/"they" into the last other party. Not thread-safe: one per
 * extraction.
 */
final class ActorRegistry {
  private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she");
  private static final Set<String> OTHER_PRONOUNS = Set.of("it", "they");

  private final Map<String, ActorKind> kindCues;
  private final Map<String, Actor> byKey = new LinkedHashMap<>();
  private final List<Actor> actors = new ArrayList<>();
  private Actor lastPerson;
  private Actor lastOther;

  ActorRegistry(Map<String, ActorKind> kindCues) {
    this.kindCues = kindCues;
  }

  /** The actor for a source mention, adding one when the mention names a new party. */
  Optional<String> actorFor(String mention) {
    String name = mention.strip().replaceAll("\\s+", " ");
    String lower = name.toLowerCase(Locale.ROOT);
    if (PERSON_PRONOUNS.contains(lower)) {
      return Optional.ofNullable(lastPerson).map(Actor::getId);
    }
    if (OTHER_PRONOUNS.contains(lower)) {
      return Optional.ofNullable(lastOther).map(Actor::getId);
    }
    String key = lower.startsWith("the ") ? lower.substring(4) : lower;
    if (key.isBlank()) {
      return Optional.empty();
    }
    Actor actor = byKey.get(key);
    if (actor == null && !key.contains(" ")) {
      for (Actor known : actors) {
        if (known.getKind() == ActorKind.PERSON
            && List.of(known.getName().toLowerCase(Locale.ROOT).split(" ")).contains(key)) {
          actor = known;
          break;
        }
      }
    }
    if (actor == null) {
      actor = Actor.builder().id("a" + (actors.size() + 1)).name(name).kind(kind(name)).build();
      actors.add(actor);
      byKey.put(key, actor);
    }
    if (actor.getKind() == ActorKind.PERSON) {
      lastPerson = actor;
    } else {
      lastOther = actor;
    }
    return Optional.of(actor.getId());
  }

  List<Actor> actors() {
    return List.copyOf(actors);
  }

  /** The kind from the documented cues, else PERSON for a capitalised name of two to four words. */
  ActorKind kind(String name) {
    List<String> words = List.of(name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"));
    for (Map.Entry<String, ActorKind> cue : kindCues.entrySet()) {
      if (words.contains(cue.getKey())) {
        return cue.getValue();
      }
    }
    String[] parts = name.split(" ");
    boolean capitalised = parts.length >= 1 && parts.length <= 4;
    for (String part : parts) {
      capitalised &= !part.isEmpty() && Character.isUpperCase(part.charAt(0));
    }
    if (capitalised && parts.length >= 2) {
      return ActorKind.PERSON;
    }
    if (!name.isEmpty() && Character.isLowerCase(name.charAt(0)) && name.endsWith("s")) {
      return ActorKind.UNNAMED_SOURCE;
    }
    return ActorKind.OTHER;
  }
}
