package io.github.newsclaims.formats.internal;

import io.github.newsclaims.core.ActorKind;
import io.github.newsclaims.core.AnnotationMethod;
import io.github.newsclaims.core.Approximator;
import io.github.newsclaims.core.AttributionMode;
import io.github.newsclaims.core.Certainty;
import io.github.newsclaims.core.ClaimKind;
import io.github.newsclaims.core.Likelihood;
import io.github.newsclaims.core.NonContentKind;
import io.github.newsclaims.core.Polarity;
import io.github.newsclaims.core.TimeKind;
import io.github.newsclaims.core.UnitKind;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The newsclaims annotation layers, shared by every format: the types, their fields and the links
 * between them. brat's {@code annotation.conf} and the UIMA type system descriptor shipped in the
 * jar declare exactly these (their tests check it). Not API.
 */
public final class Schema {
  private Schema() {}

  /** What a field holds. */
  public enum FieldKind {
    /** Free text (numbers and dates in their text form included). */
    TEXT,
    /** A list of free-text strings. */
    LIST,
    /** One of the values of an enum, written in lower case. */
    ENUM,
    /** A yes/no flag: present as {@code "true"}, absent when false (a binary attribute in brat). */
    FLAG
  }

  /**
   * A field of a type.
   *
   * @param name the field name, e.g. {@code claimKind}
   * @param kind what it holds
   * @param values for an enum field, the enum; otherwise null
   */
  public record Field(String name, FieldKind kind, Class<? extends Enum<?>> values) {
    /**
     * The allowed values of an enum field, lower case, in declaration order.
     *
     * @return the allowed values, lower case, in declaration order
     */
    public List<String> enumValues() {
      return Arrays.stream(values.getEnumConstants()).map(Schema::value).toList();
    }
  }

  /**
   * A type of annotation.
   *
   * @param name the type name, e.g. {@code Claim}
   * @param description what it marks
   * @param anchored whether it always covers text ({@code false}: it may have no span)
   * @param fields its fields
   */
  public record Type(String name, String description, boolean anchored, List<Field> fields) {
    /**
     * The field of that name, if the type has it.
     *
     * @param fieldName a field name
     * @return the field, or empty if the type has none of that name
     */
    public Optional<Field> field(String fieldName) {
      return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
    }
  }

  /**
   * A kind of link.
   *
   * @param name the role name, e.g. {@code attribution}
   * @param from the type it starts at
   * @param to the type it points to
   * @param many whether a node may have several links of this role
   * @param bratName the brat relation type for it
   */
  public record Role(String name, String from, String to, boolean many, String bratName) {}

  private static Field text(String name) {
    return new Field(name, FieldKind.TEXT, null);
  }

  private static Field list(String name) {
    return new Field(name, FieldKind.LIST, null);
  }

  private static Field flag(String name) {
    return new Field(name, FieldKind.FLAG, null);
  }

  private static Field choice(String name, Class<? extends Enum<?>> values) {
    return new Field(name, FieldKind.ENUM, values);
  }

  /** Every type, in the order the writers emit them. */
  public static final List<Type> TYPES = List.of(
      new Type("Article", "The article: its id, headline, language and what is known of its publication.", false,
          List.of(text("id"), text("headline"), text("language"), text("outlet"), text("url"),
              text("publicationDate"), text("annotator"), choice("method", AnnotationMethod.class),
              text("confidence"))),
      new Type("NonContent", "Page furniture that is not content: a teaser, an advertisement, a repeated headline.",
          true, List.of(choice("nonContentKind", NonContentKind.class))),
      new Type("Actor", "A party that makes or is the subject of claims.", false,
          List.of(text("id"), text("name"), choice("actorKind", ActorKind.class), list("aliases"), list("sameAs"))),
      new Type("Claim", "A proposition the article puts forward, on its first evidence span.", true,
          List.of(text("id"), text("proposition"), choice("claimKind", ClaimKind.class),
              choice("polarity", Polarity.class), choice("certainty", Certainty.class),
              choice("likelihood", Likelihood.class), text("key"), text("annotator"),
              choice("method", AnnotationMethod.class), text("confidence"))),
      new Type("Evidence", "A further span where the article makes a claim.", true, List.of()),
      new Type("Attribution", "One hop of who says a claim, on its cue (\"according to\", \"said\").", false,
          List.of(choice("mode", AttributionMode.class), choice("polarity", Polarity.class),
              choice("certainty", Certainty.class), choice("likelihood", Likelihood.class), flag("carriedOver"))),
      new Type("Source", "Where the text names the source of an attribution.", true, List.of()),
      new Type("Hedge", "A word that weakens a claim: \"reportedly\", \"could\".", true, List.of()),
      new Type("Quantity", "A quantity inside a claim, on its phrase (\"about 15,000\").", false,
          List.of(text("id"), text("measure"), choice("unitKind", UnitKind.class), text("unitName"),
              choice("approximator", Approximator.class), text("interval"), text("statedValue"))),
      new Type("Place", "Where a claim holds, on its mention (\"in the Kursk region\") when the text has one.", false,
          List.of(text("name"), list("sameAs"))),
      new Type("Review", "A fact-checker's published verdict on a claim; no span.", false,
          List.of(text("ratingLabel"), text("ratingValue"), text("ratingWorst"), text("ratingBest"), text("url"),
              text("date"), text("summary"))),
      new Type("Time", "When a claim holds or a source spoke, on its expression (\"In April\").", false,
          List.of(choice("timeKind", TimeKind.class), text("year"), text("month"), text("day"), text("period"))));

  /** Every link role. */
  public static final List<Role> ROLES = List.of(
      new Role("evidence", "Claim", "Evidence", true, "HasEvidence"),
      new Role("attribution", "Claim", "Attribution", true, "HasAttribution"),
      new Role("hedge", "Claim", "Hedge", true, "HasHedge"),
      new Role("estimate", "Claim", "Quantity", true, "HasEstimate"),
      new Role("time", "Claim", "Time", false, "HasTime"),
      new Role("about", "Claim", "Actor", true, "About"),
      new Role("supports", "Claim", "Claim", true, "Supports"),
      new Role("contradicts", "Claim", "Claim", true, "Contradicts"),
      new Role("elaborates", "Claim", "Claim", true, "Elaborates"),
      new Role("derivedFrom", "Claim", "Claim", true, "ClaimDerivedFrom"),
      new Role("contrasts", "Claim", "Claim", true, "Contrasts"),
      new Role("reports", "Claim", "Claim", true, "Reports"),
      new Role("place", "Claim", "Place", false, "HasPlace"),
      new Role("review", "Claim", "Review", true, "HasReview"),
      new Role("reviewer", "Review", "Actor", false, "ReviewedBy"),
      new Role("hopHedge", "Attribution", "Hedge", true, "HasHopHedge"),
      new Role("source", "Attribution", "Actor", false, "SaidBy"),
      new Role("sourceMention", "Attribution", "Source", false, "MentionedAs"),
      new Role("attributionTime", "Attribution", "Time", false, "SaidAt"),
      new Role("affiliation", "Actor", "Actor", false, "AffiliatedWith"),
      new Role("relativeTo", "Quantity", "Quantity", false, "RelativeTo"),
      new Role("estimateDerivedFrom", "Quantity", "Quantity", true, "DerivedFrom"));

  /**
   * The type of that name.
   *
   * @param name a type name, such as {@code Claim}
   * @return the type, or empty if the schema has none of that name
   */
  public static Optional<Type> type(String name) {
    return TYPES.stream().filter(t -> t.name().equals(name)).findFirst();
  }

  /**
   * The role of that name.
   *
   * @param name a role name
   * @return the role, or empty if the schema has none of that name
   */
  public static Optional<Role> role(String name) {
    return ROLES.stream().filter(r -> r.name().equals(name)).findFirst();
  }

  /**
   * The role brat calls by that relation type.
   *
   * @param bratName a brat relation type
   * @return the role, or empty if brat has no relation type of that name here
   */
  public static Optional<Role> bratRole(String bratName) {
    return ROLES.stream().filter(r -> r.bratName().equals(bratName)).findFirst();
  }

  /**
   * An enum constant as the formats write it: lower case, e.g. {@code according_to}.
   *
   * @param constant an enum constant of the model
   * @return its lower-case name as the formats write it
   */
  public static String value(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }
}
