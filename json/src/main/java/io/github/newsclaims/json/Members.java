package io.github.newsclaims.json;

import tools.jackson.core.JsonGenerator;

/**
 * Writes the members of one object type — names and values, between the braces its
 * {@link ObjectType} writes — calling the model's getters directly, one mapping at a time.
 *
 * <p>The {@link ObjectType} could write every object from its {@link Property} declarations alone,
 * and does so for a type without members ({@link ObjectType#writeDeclared}); but a generic loop
 * calls every getter through one shared call site, which the JIT cannot inline, so each
 * {@code Optional} a getter makes is really allocated and each value dispatched twice. A mapping's
 * own members method calls each getter where the JIT sees its one receiver type. The names still
 * come from the declared properties ({@link Property#serializedName()}), and
 * {@code DeclaredWritingProperties} holds every members method to its declarations: the same
 * bytes for every generated article, compact and pretty.
 *
 * @param <T> the model type
 */
@FunctionalInterface
interface Members<T> {
  /** Writes the members of {@code value}, in the declared order, each absent one left out as declared. */
  void write(T value, JsonGenerator out);
}
