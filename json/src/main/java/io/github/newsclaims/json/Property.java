package io.github.newsclaims.json;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * One property of an object of the format, declared once: its JSON name, whether it must be
 * present, the type of its value and where the model keeps it. The reader, the writer and the
 * tests that hold FORMAT.md and the JSON Schema to the code all take the property from here.
 *
 * @param <T> the model type the property belongs to
 * @param <V> the type of its value (of each element, for an array)
 */
final class Property<T, V> {
  /** How often a property occurs. */
  enum Cardinality {
    /** Exactly one value, always written. */
    REQUIRED,
    /** At most one value; absent when the model's {@code Optional} (or primitive optional) is empty. */
    OPTIONAL,
    /** An array, absent when empty. */
    LIST,
    /** An array that must be present (and that the writer leaves out only if the model allows it empty). */
    REQUIRED_LIST
  }

  private final String name;
  private final SerializableString serialized;
  private final Cardinality cardinality;
  private final ValueType<V> type;
  private final Function<T, ?> getter;
  /** The getter of a required whole number, which the writer calls without boxing; null for other properties. */
  private final ToIntFunction<T> intGetter;
  private final String missing;
  /** The property's place in its {@link ObjectType}, set when the object type is declared. */
  int index = -1;

  private Property(String name, Cardinality cardinality, ValueType<V> type, Function<T, ?> getter) {
    this(name, cardinality, type, getter, null);
  }

  private Property(String name, Cardinality cardinality, ValueType<V> type, Function<T, ?> getter,
      ToIntFunction<T> intGetter) {
    this.intGetter = intGetter;
    this.name = name.intern();
    this.serialized = new SerializedString(name);
    this.cardinality = cardinality;
    this.type = type;
    this.getter = getter;
    this.missing = "missing required property " + Text.quote(name);
  }

  /** A property that must be present. */
  static <T, V> Property<T, V> required(String name, ValueType<V> type, Function<T, V> getter) {
    return new Property<>(name, Cardinality.REQUIRED, type, getter);
  }

  /** A whole number that must be present, such as a span's offsets; written without boxing. */
  static <T> Property<T, Integer> requiredInt(String name, ToIntFunction<T> getter) {
    return new Property<>(name, Cardinality.REQUIRED, Values.INTEGER, getter::applyAsInt, getter);
  }

  /** A property that may be absent. */
  static <T, V> Property<T, V> optional(String name, ValueType<V> type, Function<T, Optional<V>> getter) {
    return new Property<>(name, Cardinality.OPTIONAL, type, getter);
  }

  /** A whole-number property that may be absent, kept in the model as an {@link OptionalInt}. */
  static <T> Property<T, Integer> optionalInt(String name, Function<T, OptionalInt> getter) {
    return new Property<>(name, Cardinality.OPTIONAL, Values.INTEGER, getter);
  }

  /** A number property that may be absent, kept in the model as an {@link OptionalDouble}. */
  static <T> Property<T, Double> optionalDouble(String name, Function<T, OptionalDouble> getter) {
    return new Property<>(name, Cardinality.OPTIONAL, Values.NUMBER, getter);
  }

  /** An array property, absent when empty. */
  static <T, V> Property<T, V> list(String name, ValueType<V> type, Function<T, ? extends List<V>> getter) {
    return new Property<>(name, Cardinality.LIST, type, getter);
  }

  /** An array property that must be present. */
  static <T, V> Property<T, V> requiredList(String name, ValueType<V> type, Function<T, ? extends List<V>> getter) {
    return new Property<>(name, Cardinality.REQUIRED_LIST, type, getter);
  }

  /**
   * The property of the same name and cardinality as {@code declared}, for another object type that
   * only reads it — the draft's version of an object ({@link DraftMapping}) — holding values of
   * {@code type}. Its name comes from the declaration, so the two cannot drift apart.
   */
  static <T, V> Property<T, V> like(Property<?, ?> declared, ValueType<V> type) {
    return new Property<>(declared.name, declared.cardinality, type, Property::readOnly);
  }

  /** As {@link #like(Property, ValueType)}, with the declared value type. */
  static <T, V> Property<T, V> like(Property<?, V> declared) {
    return like(declared, declared.type);
  }

  /**
   * As {@link #like(Property, ValueType)}, but optional where {@code declared} is required: a value
   * a draft may leave to a default.
   */
  static <T, V> Property<T, V> defaultedLike(Property<?, ?> declared, ValueType<V> type) {
    Cardinality cardinality = switch (declared.cardinality) {
      case REQUIRED -> Cardinality.OPTIONAL;
      case REQUIRED_LIST -> Cardinality.LIST;
      default -> declared.cardinality;
    };
    return new Property<>(declared.name, cardinality, type, Property::readOnly);
  }

  /** A property of an object that is only read, such as the draft's quotation object. */
  static <T, V> Property<T, V> readOnly(String name, Cardinality cardinality, ValueType<V> type) {
    return new Property<>(name, cardinality, type, Property::readOnly);
  }

  private static Object readOnly(Object value) {
    throw new UnsupportedOperationException("a draft is read, never written");
  }

  /** The JSON name, interned, so that a name Jackson interned compares by reference. */
  String name() {
    return name;
  }

  SerializableString serializedName() {
    return serialized;
  }

  Cardinality cardinality() {
    return cardinality;
  }

  /** The type of the value, of each element for an array. */
  ValueType<V> type() {
    return type;
  }

  /** Whether the property must be present. */
  boolean isRequired() {
    return cardinality == Cardinality.REQUIRED || cardinality == Cardinality.REQUIRED_LIST;
  }

  /** Whether the value is an array. */
  boolean isList() {
    return cardinality == Cardinality.LIST || cardinality == Cardinality.REQUIRED_LIST;
  }

  /**
   * The model's value of this property: the value, an {@code Optional} (an {@code OptionalInt} or
   * {@code OptionalDouble} for the numbers declared so) or a {@code List}.
   */
  Object get(T value) {
    return getter.apply(value);
  }

  /** The getter of a whole number declared by {@link #requiredInt}, or null. */
  ToIntFunction<T> intGetter() {
    return intGetter;
  }

  /** The message for the property's absence. */
  String missingMessage() {
    return missing;
  }

  @Override
  public String toString() {
    return name;
  }
}
