package io.github.newsclaims.json;

import tools.jackson.core.JsonGenerator;
import io.github.newsclaims.core.Unit;
import io.github.newsclaims.core.UnitKind;

/** {@link Unit} as {@code {"kind": "count", "name": "soldiers"}} or {@code {"kind": "fraction"}}. */
final class UnitMapping {
  private UnitMapping() {}

  static final Property<Unit, UnitKind> KIND = Property.required("kind", Values.enumeration(UnitKind.class), Unit::getKind);
  static final Property<Unit, String> NAME = Property.optional("name", Values.STRING, Unit::getName);

  static final ObjectType<Unit> TYPE = ObjectType.of("unit", v -> {
    UnitKind kind = v.get(KIND);
    return v.optional(NAME).map(name -> Unit.of(kind, name)).orElseGet(() -> Unit.of(kind));
  }, KIND, NAME).writtenBy(UnitMapping::members);

  static void members(Unit unit, JsonGenerator out) {
    MemberWriting.value(KIND, unit.getKind(), out);
    MemberWriting.string(NAME, unit.getName(), out);
  }
}
