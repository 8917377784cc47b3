package io.github.newsclaims.core;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How firmly a source presents a proposition: FactBank's factuality value (Saurí and Pustejovsky,
 * 2009), a {@link Certainty} crossed with a {@link Polarity}, with an optional ICD 203
 * {@link Likelihood} band.
 *
 * <p>Invariants: only FactBank's eight values exist — CT+, CT−, CTu, PR+, PR−, PS+, PS−, Uu. An
 * unknown polarity goes with certain or underspecified; underspecified goes with unknown polarity.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Factuality {
  /** CT+: stated as fact. */
  public static final Factuality CERTAINLY_SO = of(Polarity.POSITIVE, Certainty.CERTAIN);
  /** PR+: presented as probably so. */
  public static final Factuality PROBABLY_SO = of(Polarity.POSITIVE, Certainty.PROBABLE);
  /** PS+: presented as possibly so. */
  public static final Factuality POSSIBLY_SO = of(Polarity.POSITIVE, Certainty.POSSIBLE);
  /** CT−: stated as not so. */
  public static final Factuality CERTAINLY_NOT = of(Polarity.NEGATIVE, Certainty.CERTAIN);
  /** PR−: presented as probably not so. */
  public static final Factuality PROBABLY_NOT = of(Polarity.NEGATIVE, Certainty.PROBABLE);
  /** PS−: presented as possibly not so. */
  public static final Factuality POSSIBLY_NOT = of(Polarity.NEGATIVE, Certainty.POSSIBLE);
  /** CTu: the source is certain but does not say which way (FactBank: "John knows whether Mary came"). */
  public static final Factuality CERTAIN_BUT_UNKNOWN = of(Polarity.UNKNOWN, Certainty.CERTAIN);
  /** Uu: uncommitted or unknown. */
  public static final Factuality UNDERSPECIFIED = of(Polarity.UNKNOWN, Certainty.UNDERSPECIFIED);

  Factuality() {}

  /** {@return whether the proposition is presented as holding, not holding, or left open} */
  public abstract Polarity getPolarity();

  /** {@return how firmly the proposition is presented: certain, probable, possible or underspecified} */
  public abstract Certainty getCertainty();

  /** {@return the ICD 203 probability band, when the source gives or implies one} */
  public abstract Optional<Likelihood> getLikelihood();

  /**
   * A factuality value without a likelihood band.
   *
   * @param polarity whether the event is presented as happening; not null
   * @param certainty how certain the source is; not null
   * @return the factuality value
   */
  public static Factuality of(Polarity polarity, Certainty certainty) {
    return ImmutableFactuality.builder().polarity(polarity).certainty(certainty).build();
  }

  /**
   * A factuality value with a likelihood band.
   *
   * @param polarity whether the event is presented as happening; not null
   * @param certainty how certain the source is; not null
   * @param likelihood the likelihood band; not null
   * @return the factuality value
   */
  public static Factuality of(Polarity polarity, Certainty certainty, Likelihood likelihood) {
    return ImmutableFactuality.builder().polarity(polarity).certainty(certainty).likelihood(likelihood).build();
  }

  /**
   * Parses a FactBank code: {@code CT+}, {@code CT-}, {@code CTu}, {@code PR+}, {@code PR-},
   * {@code PS+}, {@code PS-} or {@code Uu}.
   *
   * @param code the FactBank code
   * @return the factuality value it names, without a likelihood band
   * @throws IllegalArgumentException for any other text
   */
  public static Factuality fromFactBankCode(String code) {
    Objects.requireNonNull(code, "code");
    for (Factuality value : new Factuality[] {CERTAINLY_SO, PROBABLY_SO, POSSIBLY_SO, CERTAINLY_NOT, PROBABLY_NOT,
        POSSIBLY_NOT, CERTAIN_BUT_UNKNOWN, UNDERSPECIFIED}) {
      if (value.factBankCode().equals(code)) {
        return value;
      }
    }
    throw new IllegalArgumentException("not a FactBank factuality code: " + Checks.quote(code));
  }

  /**
   * This value with the given likelihood band.
   *
   * @param likelihood the likelihood band; not null
   * @return a copy of this value with the band
   */
  public final Factuality withBand(Likelihood likelihood) {
    return of(getPolarity(), getCertainty(), likelihood);
  }

  /** {@return the FactBank code, e.g. {@code PR+}} */
  public final String factBankCode() {
    String certainty = switch (getCertainty()) {
      case CERTAIN -> "CT";
      case PROBABLE -> "PR";
      case POSSIBLE -> "PS";
      case UNDERSPECIFIED -> "U";
    };
    String polarity = switch (getPolarity()) {
      case POSITIVE -> "+";
      case NEGATIVE -> "-";
      case UNKNOWN -> "u";
    };
    return certainty + polarity;
  }

  /**
   * The FactBank code and what it means, with the band when there is one: {@code CT+ (certainly so)},
   * {@code PR- (probably not)}, {@code Uu (uncommitted)}, {@code PR+ (probably so; likely)}.
   */
  @Override
  public String toString() {
    String meaning = switch (factBankCode()) {
      case "CT+" -> "certainly so";
      case "PR+" -> "probably so";
      case "PS+" -> "possibly so";
      case "CT-" -> "certainly not";
      case "PR-" -> "probably not";
      case "PS-" -> "possibly not";
      case "CTu" -> "certain, which way unknown";
      default -> "uncommitted";
    };
    return factBankCode() + " (" + meaning + getLikelihood()
        .map(band -> "; " + band.name().toLowerCase(Locale.ROOT).replace('_', ' ')).orElse("") + ")";
  }

  @Value.Check
  final void check() {
    boolean unknown = getPolarity() == Polarity.UNKNOWN;
    boolean underspecified = getCertainty() == Certainty.UNDERSPECIFIED;
    Checks.check(!underspecified || unknown,
        "factuality certainty UNDERSPECIFIED needs polarity UNKNOWN, was %s", getPolarity());
    Checks.check(!unknown || underspecified || getCertainty() == Certainty.CERTAIN,
        "factuality polarity UNKNOWN goes with certainty CERTAIN or UNDERSPECIFIED, was %s", getCertainty());
  }
}
