package io.github.newsclaims.formats.internal;

import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.formats.FormatException;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Checks the model's document rules (Jakarta Validation) on an article read from a format and
 * reports each violation where its claim was read, e.g. {@code line 12 (T3): evidence[0]: …}.
 */
final class DocumentRules {
  private DocumentRules() {}

  /** Created on first use, so that writing never starts a validation provider. */
  private static final class Holder {
    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();
  }

  /** Adds a problem for every rule the article breaks; {@code claimWhere} locates claim i. */
  static void check(AnnotatedArticle annotated, IntFunction<String> claimWhere, List<FormatException.Problem> problems) {
    Holder.VALIDATOR.validate(annotated).stream()
        .map(v -> problem(v.getPropertyPath(), v.getMessage(), claimWhere))
        .sorted(java.util.Comparator.comparing(FormatException.Problem::where)
            .thenComparing(FormatException.Problem::message))
        .forEach(problems::add);
  }

  private static final java.util.regex.Pattern CLAIM = java.util.regex.Pattern.compile("claims\\[(\\d+)\\]\\.?(.*)");

  private static FormatException.Problem problem(Path path, String message, IntFunction<String> claimWhere) {
    StringBuilder at = new StringBuilder();
    for (Path.Node node : path) {
      if (node.getIndex() != null) {
        at.append('[').append(node.getIndex()).append(']');
      }
      String name = node.getName();
      // Bean nodes have no name; container element nodes are named like "<list element>".
      if (name != null && !name.startsWith("<")) {
        at.append(at.length() == 0 ? "" : ".").append(name);
      }
    }
    java.util.regex.Matcher claim = CLAIM.matcher(at);
    if (claim.matches()) {
      String rest = claim.group(2);
      return new FormatException.Problem(claimWhere.apply(Integer.parseInt(claim.group(1))),
          rest.isEmpty() ? message : rest + ": " + message);
    }
    return new FormatException.Problem("document", at.length() == 0 ? message : at + ": " + message);
  }
}
