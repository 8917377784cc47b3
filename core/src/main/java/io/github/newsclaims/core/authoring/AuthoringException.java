package io.github.newsclaims.core.authoring;

import java.util.List;
import java.util.Objects;

/**
 * An annotation that cannot be built: a quotation that is absent or ambiguous, a default that does
 * not apply, a reference to an unknown id, or a value the model refuses. It lists every problem
 * found, each with where it is, so that one run shows them all; nothing is half-built.
 *
 * <p>It is an {@link IllegalArgumentException}: the annotation given was wrong.
 *
 * @since 0.1.0
 */
public final class AuthoringException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private static final int MESSAGE_PROBLEMS = 50;

  /**
   * One problem.
   *
   * @param path where, as a property path of the annotated article, e.g.
   *     {@code claims[3].attribution[0].cue}; empty for the whole article. The names are the
   *     model's (and the JSON format's) property names, so a draft reader can turn it into a pointer.
   * @param message what is wrong
   * @since 0.1.0
   */
  public record Problem(String path, String message) {
    /**
     * Checks that no component is null.
     *
     * @param path the property path of the problem; not null
     * @param message what is wrong; not null
     */
    public Problem {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
      return (path.isEmpty() ? "(article)" : path) + ": " + message;
    }
  }

  private final transient List<Problem> problems;

  /**
   * An exception listing {@code problems}.
   *
   * @param problems every problem found; not empty
   * @throws IllegalArgumentException if there is no problem
   */
  public AuthoringException(List<Problem> problems) {
    super(message(Objects.requireNonNull(problems, "problems")));
    this.problems = List.copyOf(problems);
  }

  /** {@return every problem, in the order the annotation was given; never empty} */
  public List<Problem> getProblems() {
    return problems;
  }

  private static String message(List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an authoring exception needs at least one problem");
    }
    if (problems.size() == 1) {
      return "cannot build the annotation: " + problems.get(0);
    }
    StringBuilder out = new StringBuilder("cannot build the annotation: ").append(problems.size()).append(" problems");
    problems.stream().limit(MESSAGE_PROBLEMS).forEach(problem -> out.append('\n').append(problem));
    if (problems.size() > MESSAGE_PROBLEMS) {
      out.append("\n... and ").append(problems.size() - MESSAGE_PROBLEMS).append(" more");
    }
    return out.toString();
  }
}
