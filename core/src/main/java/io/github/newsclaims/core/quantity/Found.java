package io.github.newsclaims.core.quantity;

import io.github.newsclaims.core.Approximator;
import io.github.newsclaims.core.Estimate;
import io.github.newsclaims.core.Interval;
import io.github.newsclaims.core.TextSpan;
import io.github.newsclaims.core.Unit;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A quantity phrase read from tokens {@code [start, end)}, before it becomes an {@link Estimate}.
 * {@code weak} marks readings the finder skips (bare years, bare spelled-out numbers).
 */
record Found(int start, int end, int quantityEnd, Approximator approximator, Interval interval,
    Double statedValue, Unit unit, String measure, boolean weak) {

  /** The estimate, or null if it would break an invariant (then the phrase is not read). */
  Estimate estimate(String id, String measure, TextSpan span) {
    try {
      return Estimate.builder().id(id).measure(measure).unit(unit).approximator(approximator)
          .interval(interval).statedValue(statedValue == null ? OptionalDouble.empty() : OptionalDouble.of(statedValue))
          .phrase(Optional.ofNullable(span)).build();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
