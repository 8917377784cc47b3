package io.github.newsclaims.testing;

import io.github.newsclaims.core.Actor;
import io.github.newsclaims.core.AnnotationProvenance;
import io.github.newsclaims.core.Approximator;
import io.github.newsclaims.core.Attribution;
import io.github.newsclaims.core.AttributionMode;
import io.github.newsclaims.core.Claim;
import io.github.newsclaims.core.ClaimRelation;
import io.github.newsclaims.core.ClaimRelationKind;
import io.github.newsclaims.core.Estimate;
import io.github.newsclaims.core.Interval;
import io.github.newsclaims.core.Rating;
import io.github.newsclaims.core.TextSpan;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Supplier;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of impossible values: a valid value drawn by {@link Generators}, then one attribute
 * broken the way annotators and programs break it (a blank id, a span past its text, an interval
 * whose bounds cross, a confidence of 1.5, a hop whose mode and source disagree). Building one must
 * fail with {@link IllegalArgumentException} whose message names the broken attribute; tests of the
 * model hold every one to that.
 *
 * @since 0.1.0
 */
public final class BrokenValues {
  private BrokenValues() {}

  /**
   * One way to break a value.
   *
   * @param attribute the attribute that is broken, as the message must name it
   * @param what what was done, for a failing test's report
   * @param build builds the broken value; it must throw
   */
  public record Broken(String attribute, String what, Supplier<Object> build) {
    @Override
    public String toString() {
      return what + " (" + attribute + ")";
    }
  }

  /**
   * Every kind of broken value this class knows, drawn evenly.
   *
   * @return a generator of broken values
   */
  public static Gen<Broken> brokenValues() {
    return Generate.oneOf(spans(), intervals(), estimates(), actors(), claims(), attributions(), provenances(),
        ratings());
  }

  /**
   * Spans that cut no text right: negative, reversed, empty, or with text of the wrong length.
   *
   * @return a generator of broken spans
   */
  public static Gen<Broken> spans() {
    return Generators.spansInText().map(s -> s.span()).zip(Generate.range(0, 3), (span, way) -> switch (way) {
      case 0 -> new Broken("start", "a negative start", () -> TextSpan.of(-1 - span.getStart(), span.getEnd(),
          span.getText()));
      case 1 -> new Broken("end", "an end before the start", () -> TextSpan.of(span.getEnd(), span.getStart(),
          span.getText()));
      case 2 -> new Broken("empty", "no code unit covered", () -> TextSpan.of(span.getStart(), span.getStart(), ""));
      default -> new Broken("text", "text one code unit longer than the span",
          () -> TextSpan.of(span.getStart(), span.getEnd(), span.getText() + "x"));
    });
  }

  /**
   * Intervals with a NaN bound, crossed bounds, a closed infinite bound, or an open point.
   *
   * @return a generator of broken intervals
   */
  public static Gen<Broken> intervals() {
    return IntervalGenerators.finiteNumbers().zip(Generate.range(0, 4), (x, way) -> switch (way) {
      case 0 -> new Broken("low", "a NaN low bound", () -> Interval.closed(Double.NaN, x));
      case 1 -> new Broken("high", "a NaN high bound", () -> Interval.closed(x, Double.NaN));
      case 2 -> new Broken("low", "a low bound above the high one",
          () -> Interval.closed(x, x - Math.max(1, Math.abs(x) / 2)));
      case 3 -> new Broken("low", "a closed infinite low bound",
          () -> Interval.of(Double.NEGATIVE_INFINITY, true, x, true));
      default -> new Broken("empty", "an open degenerate interval", () -> Interval.open(x, x));
    });
  }

  /**
   * Estimates with a blank id, an infinite stated value, a blank or self reference, or a derived
   * estimate that names no operand.
   *
   * @return a generator of broken estimates
   */
  public static Gen<Broken> estimates() {
    return Generators.estimates().zip(Generate.range(0, 4), (e, way) -> switch (way) {
      case 0 -> new Broken("id", "a blank id", () -> Estimate.builder().from(e).id(" ").build());
      case 1 -> new Broken("statedValue", "an infinite stated value",
          () -> Estimate.builder().from(e).statedValue(Double.POSITIVE_INFINITY).build());
      case 2 -> new Broken("relativeTo", "a blank relativeTo", () -> Estimate.builder().from(e).relativeTo("\t").build());
      case 3 -> new Broken("derivedFrom", "derived from itself",
          () -> Estimate.builder().from(e).approximator(Approximator.DERIVED).phrase(Optional.empty())
              .statedValue(OptionalDouble.empty()).derivedFrom(List.of(e.getId())).build());
      default -> new Broken("derivedFrom", "DERIVED with nothing to derive from",
          () -> Estimate.builder().from(e).approximator(Approximator.DERIVED).phrase(Optional.empty())
              .statedValue(OptionalDouble.empty()).derivedFrom(List.of()).build());
    });
  }

  /**
   * Actors with a blank id or name, or affiliated to themselves.
   *
   * @return a generator of broken actors
   */
  public static Gen<Broken> actors() {
    return Generators.actors().zip(Generate.range(0, 2), (a, way) -> switch (way) {
      case 0 -> new Broken("id", "a blank id", () -> Actor.builder().from(a).id("").build());
      case 1 -> new Broken("name", "a blank name", () -> Actor.builder().from(a).name(" \t").build());
      default -> new Broken("affiliation", "affiliated to itself",
          () -> Actor.builder().from(a).affiliation(a.getId()).build());
    });
  }

  /**
   * Claims with no evidence, a repeated topic, a relation to themselves, or no factuality.
   *
   * @return a generator of broken claims
   */
  public static Gen<Broken> claims() {
    return Generators.claims().zip(Generate.range(0, 4), (c, way) -> switch (way) {
      case 0 -> new Broken("evidence", "no evidence", () -> Claim.builder().from(c).evidence(List.of()).build());
      case 1 -> new Broken("about", "a repeated topic",
          () -> Claim.builder().from(c).about(List.of("kim", "kim")).build());
      case 2 -> new Broken("relate", "a relation to itself", () -> Claim.builder().from(c)
          .relations(List.of(ClaimRelation.of(ClaimRelationKind.SUPPORTS, c.getId()))).build());
      case 3 -> new Broken("proposition", "a blank proposition",
          () -> Claim.builder().from(c).proposition("   ").build());
      default -> new Broken("factuality", "no factuality", () -> Claim.builder().id(c.getId())
          .proposition(c.getProposition()).evidence(c.getEvidence()).kind(c.getKind()).build());
    });
  }

  /**
   * Hops whose mode and source disagree, or that repeat a hedge.
   *
   * @return a generator of broken attribution hops
   */
  public static Gen<Broken> attributions() {
    return Generators.attributions().zip(Generate.range(0, 2), (hop, way) -> switch (way) {
      case 0 -> new Broken("source", "a named mode without a source", () -> Attribution.builder().from(hop)
          .mode(AttributionMode.INDIRECT).source(Optional.empty()).build());
      case 1 -> new Broken("source", "the article's own voice with a source", () -> Attribution.builder().from(hop)
          .mode(AttributionMode.AUTHORIAL).source("kcna").carriedOver(false).build());
      default -> new Broken("hedges", "a hedge repeated", () -> Attribution.builder().from(hop)
          .hedges(List.of(TextSpan.of(0, 10, "reportedly"), TextSpan.of(0, 10, "reportedly"))).build());
    });
  }

  /**
   * Provenances whose confidence is not a probability, or whose annotator is blank.
   *
   * @return a generator of broken provenances
   */
  public static Gen<Broken> provenances() {
    return Generators.provenances().zip(Generate.range(0, 2), (p, way) -> switch (way) {
      case 0 -> new Broken("confidence", "a confidence above 1",
          () -> AnnotationProvenance.builder().from(p).confidence(1.5).build());
      case 1 -> new Broken("confidence", "a negative confidence",
          () -> AnnotationProvenance.builder().from(p).confidence(-0.25).build());
      default -> new Broken("annotator", "a blank annotator",
          () -> AnnotationProvenance.builder().from(p).annotator("").build());
    });
  }

  /**
   * Ratings whose scale is upside down, whose value lies off the scale, or that give a value
   * without a scale.
   *
   * @return a generator of broken ratings
   */
  public static Gen<Broken> ratings() {
    return Generate.range(1, 10).zip(Generate.range(0, 2), (best, way) -> switch (way) {
      case 0 -> new Broken("worst", "worst above best", () -> Rating.of("False", best, best + 1, best));
      case 1 -> new Broken("value", "a value above best", () -> Rating.of("False", best + 1, 0, best));
      default -> new Broken("best", "a value without a scale", () -> Rating.builder().label("False")
          .value(1.0).build());
    });
  }

  /**
   * Whether a refusal's message names the broken attribute (ignoring case).
   *
   * @param broken the broken value
   * @param message the message of the exception its building threw
   * @return whether the message names the attribute
   */
  public static boolean namesTheAttribute(Broken broken, String message) {
    return message != null && message.toLowerCase(java.util.Locale.ROOT)
        .contains(broken.attribute().toLowerCase(java.util.Locale.ROOT));
  }
}
