package io.github.newsclaims.json;

import io.github.newsclaims.json.NewsClaimsJsonException.Kind;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Checks the document rules of a value read from JSON with Jakarta Validation and reports each
 * violation at the JSON Pointer its property path names: {@code claims[3].estimates[0].interval}
 * becomes {@code /claims/3/estimates/0/interval}, which holds because every JSON property is named
 * after its Java property.
 */
final class DocumentRules {
  private DocumentRules() {}

  /** Created on first use, so that writing never starts a validation provider. */
  private static final class Holder {
    /**
     * Hibernate Validator announces its version (HV000001) at INFO when it starts; a library checking
     * documents has no use for it. Held here, since java.util.logging keeps loggers only weakly.
     * (With another logging backend the banner follows that backend's configuration.)
     */
    private static final Logger BANNER = quiet(Logger.getLogger("org.hibernate.validator.internal.util.Version"));
    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();
  }

  private static Logger quiet(Logger logger) {
    if (logger.getLevel() == null) {
      logger.setLevel(Level.WARNING);
    }
    return logger;
  }

  /** The validator of the default validation provider, built on first use, its banner quiet. */
  static Validator defaultValidator() {
    return Holder.VALIDATOR;
  }

  /** Records every rule {@code value}, found at {@code at}, breaks, as {@code validator} checks them. */
  static void check(Object value, Pointer at, Problems problems, Validator validator) {
    Set<ConstraintViolation<Object>> found = validator.validate(value);
    if (found.isEmpty()) {
      return;
    }
    List<Violation> violations = found.stream()
        .map(v -> new Violation(pointer(at, v.getPropertyPath()), v.getMessage()))
        .sorted(Comparator.comparing(Violation::at).thenComparing(Violation::message))
        .toList();
    violations.forEach(v -> problems.add(Kind.RULE, v.at(), v.message()));
  }

  private record Violation(Pointer at, String message) {}

  /** The pointer below {@code at} that a property path names; a list index precedes its node's name. */
  static Pointer pointer(Pointer at, Path path) {
    Pointer pointer = at;
    for (Path.Node node : path) {
      if (node.getIndex() != null) {
        pointer = pointer.index(node.getIndex());
      } else if (node.getKey() != null) {
        pointer = pointer.property(String.valueOf(node.getKey()));
      }
      String name = node.getName();
      // Bean nodes have no name; container element nodes are named like "<list element>".
      if (name != null && !name.startsWith("<")) {
        pointer = pointer.property(name);
      }
    }
    return pointer;
  }
}
