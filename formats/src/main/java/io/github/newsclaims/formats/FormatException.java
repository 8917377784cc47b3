package io.github.newsclaims.formats;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * Annotation-tool input that cannot be read as a valid annotated article: a malformed brat line,
 * an unknown type or attribute, an id that dangles, an offset that does not match the text, a CAS
 * feature structure of the wrong shape, or an annotation that breaks a rule of the model. It is
 * the only exception the readers of this module throw for bad input.
 *
 * <p>{@link #getProblems()} lists every problem found, each with where it is — a brat
 * {@code .ann} line number and annotation id such as {@code line 12 (T3)}, or a CAS JSON feature
 * structure such as {@code feature structure 7 (newsclaims.Claim)} — and what is wrong. Reading
 * collects all of them in one pass before giving up; nothing half-built is returned.
 *
 * @since 0.1.0
 */
public final class FormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private static final int MESSAGE_LINES = 50;

  /**
   * One problem with the input.
   *
   * @param where where it is: a line and annotation id, a feature structure, or {@code document}
   * @param message what is wrong, in words
   * @serial exclude
   * @since 0.1.0
   */
  public record Problem(String where, String message) implements Serializable {
    /**
     * Checks that no component is null.
     *
     * @param where where it is; not null
     * @param message what is wrong; not null
     */
    public Problem {
      Objects.requireNonNull(where, "where");
      Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
      return where + ": " + message;
    }
  }

  /** The problems, in input order; never empty. */
  private final List<Problem> problems;

  /**
   * An exception for the given problems.
   *
   * @param format the format read, e.g. {@code brat} or {@code UIMA CAS JSON}
   * @param problems every problem found; at least one
   */
  public FormatException(String format, List<Problem> problems) {
    super(message(Objects.requireNonNull(format, "format"), Objects.requireNonNull(problems, "problems")));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a FormatException needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /** {@return every problem found, in the order found; never empty} */
  public List<Problem> getProblems() {
    return problems;
  }

  private static String message(String format, List<Problem> problems) {
    StringBuilder out = new StringBuilder("cannot read " + format + ": " + problems.size()
        + (problems.size() == 1 ? " problem" : " problems"));
    problems.stream().limit(MESSAGE_LINES).forEach(p -> out.append('\n').append(p));
    if (problems.size() > MESSAGE_LINES) {
      out.append("\n… and ").append(problems.size() - MESSAGE_LINES).append(" more");
    }
    return out.toString();
  }
}
