package io.github.newsclaims.json;

import io.github.newsclaims.json.NewsClaimsJsonException.Kind;
import io.github.newsclaims.json.NewsClaimsJsonException.Problem;
import java.util.ArrayList;
import java.util.List;

/** The problems found so far while reading one document. Not thread-safe; one per read. */
final class Problems {
  private final List<Problem> found = new ArrayList<>();
  /**
   * The property names asked for by the {@link PropertyReader}s of this read, as a stack: each reader's
   * names follow those of the readers it is nested in and are dropped when it is built.
   */
  final List<String> asked = new ArrayList<>();

  /** Records a problem at {@code at}. */
  void add(Kind kind, Pointer at, String message) {
    found.add(new Problem(kind, at.toString(), message));
  }

  /** How many problems have been recorded; a reader compares counts to tell whether a part failed. */
  int count() {
    return found.size();
  }

  boolean isEmpty() {
    return found.isEmpty();
  }

  /** The exception that reports every problem recorded. */
  NewsClaimsJsonException exception(long line) {
    return new NewsClaimsJsonException(found, line);
  }

  /** An exception for a single problem that stops reading. */
  static NewsClaimsJsonException single(Kind kind, Pointer at, String message, long line) {
    return new NewsClaimsJsonException(List.of(new Problem(kind, at.toString(), message)), line);
  }
}
