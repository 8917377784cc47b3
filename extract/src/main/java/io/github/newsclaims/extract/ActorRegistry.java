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
 * leading "the", role words before a name dropped ("main opposition candidate Cellou Dalein
 * Diallo" is the person Cellou Dalein Diallo), a lone surname ("Kim") merged into the person whose
 * name holds it, a description into the person it described before ("the North Korean leader"
 * after "North Korean leader Kim Jong Un", "the minister" after "its minister Datuk Seri Dr S.
 * Subramaniam"), "he"/"she" into the last person or office holder named (or, when none is, the
 * last lone capitalised name) and "it"/"they" into the last other party. Not thread-safe: one per
 * extraction.
 */
final class ActorRegistry {
  private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she");
  private static final Set<String> OTHER_PRONOUNS = Set.of("it", "they");

  /** An honorific before a name, dropped from the actor's name (the mention keeps it). */
  private static final java.util.regex.Pattern TITLE = java.util.regex.Pattern.compile(
      "^(?:Dr|Mr|Mrs|Ms|Prof|Professor|Sir|Dame)\\.?\\s+(?=\\p{Lu})");
  private final Map<String, ActorKind> kindCues;
  private final Map<String, Actor> byKey = new LinkedHashMap<>();
  private final Map<String, Actor> byDescription = new LinkedHashMap<>();
  private final Map<String, Actor> byRole = new LinkedHashMap<>();
  private final List<Actor> actors = new ArrayList<>();
  private Actor lastPerson;
  private Actor lastOther;
  private Actor lastNamed;
  private Actor lastTitled;
  /** Words of a mention that name one person by office ("its minister …", "a spokesman"). */
  private static final Set<String> OFFICES = Set.of("minister", "president", "spokesman", "spokeswoman",
      "spokesperson", "secretary", "mayor", "governor", "senator", "leader", "candidate", "chief", "director",
      "chairman", "chairwoman", "head", "ambassador", "commander", "economist", "analyst", "officer");

  ActorRegistry(Map<String, ActorKind> kindCues) {
    this.kindCues = kindCues;
  }

  /** The actor for a source mention, adding one when the mention names a new party. */
  Optional<String> actorFor(String mention) {
    String written = mention.strip().replaceAll("\\s+", " ");
    String proper = properName(written);
    String name = TITLE.matcher(proper).replaceFirst("");
    String lower = name.toLowerCase(Locale.ROOT);
    if (PERSON_PRONOUNS.contains(lower)) {
      return Optional.ofNullable(lastTitled != null ? lastTitled : lastNamed).map(Actor::getId);
    }
    if (OTHER_PRONOUNS.contains(lower)) {
      return Optional.ofNullable(lastOther).map(Actor::getId);
    }
    String key = lower.startsWith("the ") ? lower.substring(4) : lower;
    if (key.isBlank()) {
      return Optional.empty();
    }
    Actor actor = byKey.get(key);
    if (actor == null && proper.equals(written) && lower.startsWith("the ")) {
      // A definite description of a person named before by it: "the North Korean leader", "the minister".
      String[] keyWords = key.split(" ");
      actor = byDescription.getOrDefault(key, OFFICES.contains(keyWords[keyWords.length - 1])
          ? byRole.get(keyWords[keyWords.length - 1]) : null);
    }
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
      ActorKind kind = proper.equals(written) ? kind(name) : ActorKind.PERSON;
      actor = Actor.builder().id("a" + (actors.size() + 1)).name(name).kind(kind).build();
      actors.add(actor);
      byKey.put(key, actor);
    }
    if (!proper.equals(written)) {
      // "North Korean leader Kim Jong Un": remember "north korean leader" and "leader" for Kim.
      String description = written.substring(0, written.length() - proper.length()).strip().toLowerCase(Locale.ROOT)
          .replaceFirst("^(?:the|its|his|her|their|a|an) ", "");
      byDescription.put(description, actor);
      for (String word : description.split("[^\\p{L}]+")) {
        if (OFFICES.contains(word)) {
          byRole.put(word, actor);
        }
      }
    }
    if (actor.getKind() == ActorKind.OTHER && Character.isUpperCase(actor.getName().charAt(0))
        && !actor.getName().contains(" ")) {
      lastNamed = actor;
    }
    if (actor.getKind() == ActorKind.PERSON
        || List.of(written.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")).stream().anyMatch(OFFICES::contains)) {
      lastTitled = actor;
    }
    if (actor.getKind() == ActorKind.PERSON) {
      lastPerson = actor;
    } else {
      lastOther = actor;
    }
    return Optional.of(actor.getId());
  }

  /**
   * The name a mention ends with when role words come before it: "main opposition candidate
   * Cellou Dalein Diallo" is "Cellou Dalein Diallo", "its minister Datuk Seri Dr S. Subramaniam" is
   * "Datuk Seri Dr S. Subramaniam"; else the mention. A name is two or more capitalised words after
   * a lower-case word that is no article ("the Euro-Mediterranean Seismological Centre" stays).
   */
  static String properName(String mention) {
    String[] words = mention.split(" ");
    int i = words.length;
    while (i > 0 && !words[i - 1].isEmpty() && Character.isUpperCase(words[i - 1].charAt(0))) {
      i--;
    }
    if (i == 0 || words.length - i < 2 || Set.of("the", "a", "an", "of", "and", "for").contains(words[i - 1])) {
      return mention;
    }
    return String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
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
