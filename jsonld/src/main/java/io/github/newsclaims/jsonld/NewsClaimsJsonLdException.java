package io.github.newsclaims.jsonld;

import java.util.List;
import java.util.Objects;

/**
 * Input or a model that {@link NewsClaimsJsonLd} cannot turn into what was asked: Web Annotations
 * that are not well-formed JSON or lack what anchoring needs, or a claim review that lacks a field
 * Google's ClaimReview requires. It is the only exception the facade throws for bad input.
 *
 * <p>{@link #getProblems()} lists every problem found, each with where it is — a JSON Pointer
 * (RFC 6901) into the input, or the claim and review concerned — and what is wrong; the message
 * holds the same, one problem per line. Nothing is returned half-built.
 *
 * @since 0.1.0
 */
public final class NewsClaimsJsonLdException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * One problem.
   *
   * @param where a JSON Pointer into the input, or e.g. {@code claim c5 review 0}; empty for the whole input
   * @param message what is wrong, in words
   * @since 0.1.0
   */
  public record Problem(String where, String message) {
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
      return where.isEmpty() ? message : where + ": " + message;
    }
  }

  private final transient List<Problem> problems;

  NewsClaimsJsonLdException(String summary, List<Problem> problems) {
    super(summary + (problems.size() == 1 ? " (1 problem):" : " (" + problems.size() + " problems):")
        + "\n" + String.join("\n", problems.stream().map(Problem::toString).toList()));
    this.problems = List.copyOf(problems);
  }

  /** {@return every problem found, in input order; never empty} */
  public List<Problem> getProblems() {
    return problems;
  }
}
