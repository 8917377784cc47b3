package io.github.newsclaims.core;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * A party that makes or is the subject of claims: a person, a state, state media, an agency, a
 * group of analysts, an unnamed source.
 *
 * <p>Invariants: id and name not blank; aliases not blank, and name and aliases distinct ignoring
 * case (as {@link #isKnownAs(String)} compares them);
 * an actor is not affiliated with itself; {@code sameAs} URIs are absolute and distinct.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Actor {
  Actor() {}

  /** {@return the identifier, unique within its {@link AnnotatedArticle}, e.g. {@code "kcna"}} */
  public abstract String getId();

  /** {@return the name the article uses most, e.g. "Korean Central News Agency"} */
  public abstract String getName();

  /** {@return what sort of party this is} */
  public abstract ActorKind getKind();

  /** {@return the other names the article uses for the same party, e.g. "Pyongyang" for North Korea} */
  public abstract List<String> getAliases();

  /** {@return the id of the actor this one belongs to or speaks for, e.g. KCNA to North Korea} */
  public abstract Optional<String> getAffiliation();

  /**
   * Absolute URIs that name the same party elsewhere — its Wikidata item
   * ({@code http://www.wikidata.org/entity/Q423} for North Korea), an official site — so that the
   * actor can be matched across articles and linked to knowledge bases (schema.org {@code sameAs}).
   *
   * @return the absolute URIs naming the same party; possibly empty
   */
  public abstract List<URI> getSameAs();

  /** {@return a builder for an actor} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the name followed by the aliases} */
  public final List<String> names() {
    return Stream.concat(Stream.of(getName()), getAliases().stream()).toList();
  }

  /**
   * Whether {@code name} is this actor's name or one of its aliases, ignoring case as
   * {@link String#equalsIgnoreCase} does — the same comparison that keeps an actor's names distinct.
   *
   * @param name a name as written, not null
   * @return true if {@code name} equals the name or an alias, ignoring case
   */
  public final boolean isKnownAs(String name) {
    Objects.requireNonNull(name, "name");
    return names().stream().anyMatch(name::equalsIgnoreCase);
  }

  /**
   * The Wikidata item id, such as {@code "Q423"}, of the first {@link #getSameAs() sameAs} URI that
   * names a Wikidata item ({@code http://www.wikidata.org/entity/Q423} or
   * {@code https://www.wikidata.org/wiki/Q423}).
   *
   * @return the Wikidata item id, or empty when no {@code sameAs} URI names a Wikidata item
   */
  public final Optional<String> wikidataId() {
    return SameAs.wikidataId(getSameAs());
  }

  @Value.Check
  final void check() {
    // The owner text ("actor a1") and the messages are made only on failure.
    String id = getId();
    Checks.nonBlank("actor", "id", id);
    Checks.nonBlank("actor", id, "name", getName());
    Checks.allNonBlank("actor", id, "aliases", getAliases());
    if (!getAliases().isEmpty()) {
      Checks.distinctIgnoringCase("actor " + id, "names (name and aliases, ignoring case)", names());
    }
    if (getAffiliation().isPresent()) {
      String affiliation = getAffiliation().get();
      Checks.nonBlank("actor", id, "affiliation", affiliation);
      if (affiliation.equals(id)) {
        Checks.fail("actor %s affiliation must not be the actor itself", id);
      }
    }
    if (!getSameAs().isEmpty()) {
      SameAs.check("actor " + id, getSameAs());
    }
  }

  /**
   * Builds an {@link Actor}; {@code id}, {@code name} and {@code kind} are required.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableActor.Builder {
    Builder() {}
  }
}
