package io.github.newsclaims.core;

/**
 * A probability band from the U.S. Intelligence Community Directive 203 (ICD 203) estimative
 * language scale. The band states how likely a source holds the proposition to be; ICD 203 keeps
 * it separate from the confidence in the sources, and so does this model.
 *
 * @since 0.1.0
 */
public enum Likelihood {
  /** Almost no chance (remote): 1–5 %. */
  ALMOST_NO_CHANCE(1, 5),
  /** Very unlikely (highly improbable): 5–20 %. */
  VERY_UNLIKELY(5, 20),
  /** Unlikely (improbable): 20–45 %. */
  UNLIKELY(20, 45),
  /** Roughly even chance (roughly even odds): 45–55 %. */
  ROUGHLY_EVEN_CHANCE(45, 55),
  /** Likely (probable): 55–80 %. */
  LIKELY(55, 80),
  /** Very likely (highly probable): 80–95 %. */
  VERY_LIKELY(80, 95),
  /** Almost certain (nearly certain): 95–99 %. */
  ALMOST_CERTAIN(95, 99);

  private final int lowPercent;
  private final int highPercent;

  Likelihood(int lowPercent, int highPercent) {
    this.lowPercent = lowPercent;
    this.highPercent = highPercent;
  }

  /** {@return the lower edge of the band, in percent} */
  public int lowPercent() {
    return lowPercent;
  }

  /** {@return the upper edge of the band, in percent} */
  public int highPercent() {
    return highPercent;
  }

  /** {@return the band as a probability interval, e.g. {@code [0.55, 0.8]} for {@link #LIKELY}} */
  public Interval probability() {
    return Interval.closed(lowPercent / 100.0, highPercent / 100.0);
  }
}
