package io.github.newsclaims.core;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a claim holds or an event happened, as ACLED and GDELT code the location of events: a
 * name, the words of the article that give it ("in the Kursk region", "near the northern border"),
 * and identifiers of the place elsewhere, such as its Wikidata item
 * ({@code http://www.wikidata.org/entity/Q159} for Russia).
 *
 * <p>Invariants: the name is not blank; {@code sameAs} URIs are absolute and distinct. Document
 * rules: the mention matches the article text and lies outside page furniture.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Place {
  Place() {}

  /** {@return the place named plainly, e.g. "Kursk region"} */
  public abstract String getName();

  /** {@return the words of the article that give the place, when the text has them} */
  public abstract Optional<TextSpan> getMention();

  /** {@return the absolute URIs naming the same place elsewhere (Wikidata, GeoNames)} */
  public abstract List<URI> getSameAs();

  /**
   * A place by name only.
   *
   * @param name the place's plain name, such as "Kursk region"
   * @return the place
   */
  public static Place of(String name) {
    return builder().name(name).build();
  }

  /** {@return a builder for a place} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the Wikidata item id ("Q159") of the first {@link #getSameAs() sameAs} URI that names one} */
  public final Optional<String> wikidataId() {
    return SameAs.wikidataId(getSameAs());
  }

  @Value.Check
  final void check() {
    Checks.nonBlank("place", "name", getName());
    if (!getSameAs().isEmpty()) {
      // The owner text is made only for a place that has sameAs links to check.
      SameAs.check("place " + Checks.quote(getName()), getSameAs());
    }
  }

  /**
   * Builds a {@link Place}; the name is required.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutablePlace.Builder {
    Builder() {}
  }
}
