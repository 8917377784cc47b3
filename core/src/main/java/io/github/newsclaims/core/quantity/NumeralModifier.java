package io.github.newsclaims.core.quantity;

import io.github.newsclaims.core.Approximator;

/**
 * The words that modify a numeral ("about", "nearly", "just over", "more than", "at least", "at
 * most", "up to", "fewer than"), and the approximator each one stands for. Not to be confused with
 * a claim's hedges, which are modal cues such as "reportedly".
 */
enum NumeralModifier {
  ABOUT(Approximator.ABOUT),
  NEARLY(Approximator.NEARLY),
  JUST_OVER(Approximator.MORE_THAN),
  MORE_THAN(Approximator.MORE_THAN),
  AT_LEAST(Approximator.AT_LEAST),
  AT_MOST(Approximator.AT_MOST),
  UP_TO(Approximator.UP_TO),
  FEWER_THAN(Approximator.FEWER_THAN);

  final Approximator approximator;

  NumeralModifier(Approximator approximator) {
    this.approximator = approximator;
  }
}
