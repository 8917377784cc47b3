package io.github.newsclaims.json;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The values read for the properties of one object, handed to the object type's constructor
 * function once every one of them was read without a problem. Absent optionals are empty, absent
 * arrays empty lists.
 */
final class Slots {
  private final Object[] values;
  private final Pointer at;
  private final Problems problems;

  Slots(Object[] values, Pointer at, Problems problems) {
    this.values = values;
    this.at = at;
    this.problems = problems;
  }

  /** The value of a required property. */
  @SuppressWarnings("unchecked")
  <V> V get(Property<?, V> property) {
    return (V) values[property.index];
  }

  /** The value of an optional property. */
  @SuppressWarnings("unchecked")
  <V> Optional<V> optional(Property<?, V> property) {
    return Optional.ofNullable((V) values[property.index]);
  }

  /** The value of an optional whole-number property. */
  OptionalInt optionalInt(Property<?, Integer> property) {
    Object value = values[property.index];
    return value == null ? OptionalInt.empty() : OptionalInt.of((Integer) value);
  }

  /** The value of an optional number property. */
  OptionalDouble optionalDouble(Property<?, Double> property) {
    Object value = values[property.index];
    return value == null ? OptionalDouble.empty() : OptionalDouble.of((Double) value);
  }

  /** The elements of an array property. */
  @SuppressWarnings("unchecked")
  <V> List<V> list(Property<?, V> property) {
    Object list = values[property.index];
    return list == null ? List.of() : (List<V>) list;
  }

  /** The pointer of the object, for checks across its properties. */
  Pointer at() {
    return at;
  }

  /** Where checks across the properties record what they find; the object is not built after one. */
  Problems problems() {
    return problems;
  }
}
