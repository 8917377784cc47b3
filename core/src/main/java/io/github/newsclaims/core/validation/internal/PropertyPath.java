package io.github.newsclaims.core.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.LeafNodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import java.util.List;

/**
 * A property path below the validated object, such as {@code claims[3].estimates[0].interval}, and
 * the way to report a violation at it. Immutable; {@link #then} returns a longer path. A path is a
 * chain back to its first step, so that the validators, which make one for every span and reference
 * they check, pay for the steps only when they report one.
 */
final class PropertyPath {
  private record Step(String name, Integer index) {}

  private final PropertyPath parent;
  private final String name;
  private final Integer index;
  private final int length;

  private PropertyPath(PropertyPath parent, String name, Integer index) {
    this.parent = parent;
    this.name = name;
    this.index = index;
    this.length = parent == null ? 1 : parent.length + 1;
  }

  /** The path to the property {@code name} of the validated object. */
  static PropertyPath of(String name) {
    return new PropertyPath(null, name, null);
  }

  /** The path to element {@code index} of the list property {@code name} of the validated object. */
  static PropertyPath of(String name, int index) {
    return new PropertyPath(null, name, index);
  }

  /** This path followed by the property {@code name}. */
  PropertyPath then(String name) {
    return new PropertyPath(this, name, null);
  }

  /** This path followed by element {@code index} of the list property {@code name}. */
  PropertyPath then(String name, int index) {
    return new PropertyPath(this, name, index);
  }

  /** The steps from the first. */
  private List<Step> steps() {
    Step[] steps = new Step[length];
    for (PropertyPath p = this; p != null; p = p.parent) {
      steps[p.length - 1] = new Step(p.name, p.index);
    }
    return List.of(steps);
  }

  /** Reports {@code message} (plain text, not a template) as a violation at this path. */
  void report(ConstraintValidatorContext context, String message) {
    List<Step> steps = steps();
    NodeBuilderCustomizableContext node =
        context.buildConstraintViolationWithTemplate(escape(message)).addPropertyNode(steps.get(0).name());
    NodeBuilderDefinedContext indexed = null;
    Integer pendingIndex = steps.get(0).index();
    for (Step step : steps.subList(1, steps.size())) {
      // Jakarta Validation puts a list index on the node that follows the list element.
      NodeBuilderCustomizableContext next =
          indexed != null ? indexed.addPropertyNode(step.name()) : node.addPropertyNode(step.name());
      if (pendingIndex != null) {
        indexed = next.inIterable().atIndex(pendingIndex);
      } else {
        indexed = null;
        node = next;
      }
      pendingIndex = step.index();
    }
    if (pendingIndex != null) {
      LeafNodeBuilderCustomizableContext leaf = indexed != null ? indexed.addBeanNode() : node.addBeanNode();
      leaf.inIterable().atIndex(pendingIndex).addConstraintViolation();
    } else if (indexed != null) {
      indexed.addConstraintViolation();
    } else {
      node.addConstraintViolation();
    }
  }

  /** Escapes text so that the message interpolator prints it as it is. */
  private static String escape(String message) {
    return message.replaceAll("([\\\\{}$])", "\\\\$1");
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    for (Step step : steps()) {
      out.append(out.length() == 0 ? "" : ".").append(step.name());
      if (step.index() != null) {
        out.append('[').append(step.index()).append(']');
      }
    }
    return out.toString();
  }
}
