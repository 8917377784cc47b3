package io.github.newsclaims.json;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A newsclaims JSON document that cannot be read: not well-formed, beyond a read limit, of the
 * wrong shape, holding a value the model refuses, or breaking a document rule. It is the only
 * exception reading throws for bad input, whichever the cause.
 *
 * <p>{@link #getProblems()} lists every problem found, each with a JSON Pointer (RFC 6901) to
 * where it is, e.g. {@code /claims/3/estimates/0/interval}, and what is wrong. The message holds
 * the same, one problem per line. Problems of shape and value are all collected in one pass;
 * document rules are checked only once the whole document has been built, and all of their
 * violations are reported together. Malformed JSON and read limits stop reading at once, so they
 * come alone; a repeated property is reported among the others. At most
 * {@link NewsClaimsJson#MAX_REPORTED_PROBLEMS} problems are listed; {@link #getProblemCount()}
 * counts them all.
 *
 * <p>Messages quote the input safely: every control character (U+0000–U+001F, U+007F–U+009F) and
 * bidirectional override or isolate (U+202A–U+202E, U+2066–U+2069) in a message or a shown pointer
 * is written as a {@code \}{@code uXXXX} escape, so that each problem is one line of plain text.
 *
 * @since 0.1.0
 */
public final class NewsClaimsJsonException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private static final int MESSAGE_LINES = 50;

  /**
   * What sort of problem a {@link Problem} is, from the outermost layer of reading inwards.
   *
   * @since 0.1.0
   */
  public enum Kind {
    /**
     * Not well-formed JSON: bad tokens, bytes that are not UTF-8, trailing content, an empty input;
     * or a property repeated in one object.
     */
    SYNTAX,
    /** Beyond a read limit of {@link NewsClaimsJson}: nesting depth, string, name or document length. */
    LIMIT,
    /**
     * Well-formed JSON of the wrong shape — an unknown or missing property, a wrong type, an
     * unknown enum value, a number out of range, an unsupported {@code format} — exactly what the
     * JSON Schema checks.
     */
    SHAPE,
    /**
     * A value of the right shape that the model refuses when it is built: an interval whose low
     * exceeds its high, a span whose text is not {@code end - start} long, a repeated id, a cycle.
     */
    INVARIANT,
    /**
     * A document rule (Jakarta Validation) broken by the built document: a span that does not
     * match the article text, a dangling id, an interval that disagrees with its approximator.
     */
    RULE,
    /**
     * A draft ({@code newsclaims-draft/1}) that cannot be resolved into an article: a quotation that
     * is absent or ambiguous (the message lists the candidates), a default that does not apply (a
     * cue the cue table lacks), an id the draft does not define.
     */
    DRAFT
  }

  /**
   * One problem with a document.
   *
   * @param kind what sort of problem it is
   * @param pointer the RFC 6901 JSON Pointer to the value concerned; empty for the whole document
   * @param message what is wrong, in words, on one line: unsafe characters are escaped
   * @serial exclude
   * @since 0.1.0
   */
  public record Problem(Kind kind, String pointer, String message) implements Serializable {
    /**
     * Checks that no component is null and escapes unsafe characters in the message.
     *
     * @param kind what sort of problem it is; not null
     * @param pointer the RFC 6901 JSON Pointer to the value concerned; not null, empty for the whole document
     * @param message what is wrong; not null
     */
    public Problem {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(pointer, "pointer");
      message = Text.safe(Objects.requireNonNull(message, "message"));
    }

    /**
     * The pointer and the message on one line, e.g. {@code /claims/0/kind: must be one of ...};
     * unsafe characters of the pointer are shown escaped.
     */
    @Override
    public String toString() {
      return (pointer.isEmpty() ? "(document)" : Text.safe(pointer)) + ": " + message;
    }
  }

  /** The problems listed, at most {@link NewsClaimsJson#MAX_REPORTED_PROBLEMS}; never empty. */
  private final List<Problem> problems;
  /** How many problems were found, at least as many as are listed. */
  private final long count;
  /** The 1-based line of a JSON Lines input; not positive for a single document. */
  private final long line;

  NewsClaimsJsonException(List<Problem> problems, long count, long line) {
    super(message(problems, count, line));
    this.problems = List.copyOf(problems);
    this.count = Math.max(count, problems.size());
    this.line = line;
  }

  /** The same problems, found on line {@code line} of a JSON Lines input. */
  NewsClaimsJsonException atLine(long line) {
    NewsClaimsJsonException located = new NewsClaimsJsonException(problems, count, line);
    located.setStackTrace(getStackTrace());
    return located;
  }

  /**
   * How many problems were found: the size of {@link #getProblems()}, or more when the document
   * had more than {@link NewsClaimsJson#MAX_REPORTED_PROBLEMS}, of which only the first are listed.
   *
   * @return the number of problems found, at least the number listed
   */
  public long getProblemCount() {
    return count;
  }

  /**
   * The problems found, at most {@link NewsClaimsJson#MAX_REPORTED_PROBLEMS}; never empty. Problems
   * of shape and value come in the order of the document (each value's problems where it stands; an
   * object's missing and then its unknown properties where it ends), document rules after them,
   * ordered by pointer.
   *
   * @return the listed problems, in the order described; never empty
   */
  public List<Problem> getProblems() {
    return problems;
  }

  /** {@return the 1-based line of a JSON Lines input that holds the document; empty for a single document} */
  public OptionalLong getLine() {
    return line > 0 ? OptionalLong.of(line) : OptionalLong.empty();
  }

  private static String message(List<Problem> problems, long count, long line) {
    StringBuilder out = new StringBuilder("invalid newsclaims document");
    if (line > 0) {
      out.append(" at line ").append(line);
    }
    long total = Math.max(count, problems.size());
    if (total == 1) {
      return out.append(": ").append(problems.get(0)).toString();
    }
    out.append(": ").append(total).append(" problems");
    problems.stream().limit(MESSAGE_LINES).forEach(problem -> out.append('\n').append(problem));
    if (total > MESSAGE_LINES) {
      out.append("\n... and ").append(total - Math.min(MESSAGE_LINES, problems.size())).append(" more");
    }
    return out.toString();
  }
}
