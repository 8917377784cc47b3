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
      "chairman", "chairwoman", "head", "ambassador", "commander", "economist", "analyst", "officer", "coach",
      "manager", "captain", "judge", "prosecutor", "author", "professor", "scientist", "researcher", "lawyer",
      "attorney", "colonel", "chancellor", "premier", "executive", "founder", "owner", "official", "doctor",
      "witness", "activist", "expert", "engineer");
  /** A person's name followed by "of" and an organisation: "Eirik Lindebjerg of WWF". */
  private static final java.util.regex.Pattern NAME_OF = java.util.regex.Pattern.compile(
      "(\\p{Lu}[\\p{L}.'’-]+(?: \\p{Lu}[\\p{L}.'’-]+){1,3}) of \\p{Lu}.*");
  /** Words that make a capitalised name an organisation rather than a person ("US Department of Justice"). */
  private static final Set<String> ORGANISATION_WORDS = Set.of("the", "a", "an", "department", "ministry", "bank",
      "university", "office", "council", "institute", "centre", "center", "association", "school", "agency", "board",
      "court", "house", "committee", "commission", "union", "party", "federation", "league", "club", "bureau",
      "service", "authority", "organisation", "organization", "government", "state", "states", "republic",
      "secretary", "minister", "director", "chief", "head", "president", "general");

  ActorRegistry(Map<String, ActorKind> kindCues) {
    this.kindCues = kindCues;
  }

  /** The actor for a source mention, adding one when the mention names a new party. */
  Optional<String> actorFor(String mention) {
    String written = mention.strip().replaceAll("\\s+", " ");
    java.util.regex.Matcher nameOf = NAME_OF.matcher(written);
    if (nameOf.matches() && java.util.Arrays.stream(nameOf.group(1).toLowerCase(Locale.ROOT).split(" "))
        .noneMatch(ORGANISATION_WORDS::contains)) {
      // "Eirik Lindebjerg of WWF": the person, the organisation only describes them.
      written = nameOf.group(1);
    }
    String proper = properName(written);
    String titled = TITLE.matcher(proper).replaceFirst("");
    String name = withoutTitles(titled);
    String lower = name.toLowerCase(Locale.ROOT);
    if (PERSON_PRONOUNS.contains(lower)) {
      return Optional.ofNullable(lastTitled != null ? lastTitled : lastNamed != null ? lastNamed : lastPerson)
          .map(Actor::getId);
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
      ActorKind kind = proper.equals(written) && name.equals(titled) ? kind(name) : ActorKind.PERSON;
      Actor.Builder built = Actor.builder().id("a" + (actors.size() + 1)).name(name).kind(kind);
      if (!name.equals(titled)) {
        // The name with its titles stays an alias: "Datuk Seri Dr S. Subramaniam" besides "S. Subramaniam".
        built.addAliases(titled);
      }
      actor = built.build();
      actors.add(actor);
      byKey.put(key, actor);
      if (!name.equals(titled)) {
        byKey.put(titled.toLowerCase(Locale.ROOT), actor);
        for (String word : titled.substring(0, titled.length() - name.length()).toLowerCase(Locale.ROOT)
            .split("[^\\p{L}]+")) {
          if (OFFICES.contains(word)) {
            byRole.put(word, actor);
          }
        }
      }
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
   * Notes that a sentence without an attribution opens with a party already known ("The central
   * bank targets inflation at 4%."): a later "it", "they", "he" or "she" refers to it, as the
   * subject of the last sentence is the likeliest referent. Adds no actor.
   */
  void noticeSubject(String text, int start, int end) {
    int at = start;
    if (text.regionMatches(true, at, "the ", 0, 4)) {
      at += 4;
    }
    Actor best = null;
    int bestLength = 0;
    for (Map.Entry<String, Actor> known : byKey.entrySet()) {
      String key = known.getKey();
      int after = at + key.length();
      if (key.length() > bestLength && after <= end && text.regionMatches(true, at, key, 0, key.length())
          && (after == end || !Character.isLetterOrDigit(text.charAt(after)))) {
        best = known.getValue();
        bestLength = key.length();
      }
    }
    if (best == null) {
      return;
    }
    if (best.getKind() == ActorKind.PERSON) {
      lastPerson = best;
      lastTitled = best;
    } else {
      lastOther = best;
    }
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

  /**
   * A capitalised name without the titles before it: "Health Minister Dr. Oly Ilunga Kalenga" is
   * "Oly Ilunga Kalenga", "US District Judge Amy Berman Jackson" is "Amy Berman Jackson" (the last
   * title word ends them; two words at least stay); else the name.
   */
  static String withoutTitles(String name) {
    String[] words = name.split(" ");
    int title = -1;
    for (int k = 0; k < words.length - 2; k++) {
      if (!Character.isUpperCase(words[k].isEmpty() ? 'x' : words[k].charAt(0))) {
        return name;
      }
      if (TITLE_WORDS.contains(words[k].toLowerCase(Locale.ROOT).replace(".", ""))) {
        title = k;
      }
    }
    return title < 0 ? name : String.join(" ", java.util.Arrays.copyOfRange(words, title + 1, words.length));
  }

  /** The last word of a title before a person's name ("Minister", "Judge", "Colonel", "Dr."). */
  private static final Set<String> TITLE_WORDS = Set.of("minister", "secretary", "president", "judge", "justice",
      "dr", "doctor", "colonel", "col", "general", "gen", "lieutenant", "lt", "captain", "capt", "sergeant", "sgt",
      "commander", "admiral", "senator", "sen", "representative", "rep", "governor", "gov", "mayor", "professor",
      "prof", "sir", "dame", "mr", "mrs", "ms", "chief", "spokesman", "spokeswoman", "spokesperson", "coach",
      "manager", "ambassador", "chairman", "chairwoman", "director", "attorney", "lord", "rev", "reverend", "pope",
      "king", "queen", "prince", "princess", "chancellor", "premier", "inspector", "superintendent", "commissioner",
      "envoy", "editor");

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
