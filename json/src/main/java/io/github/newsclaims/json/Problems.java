package io.github.newsclaims.json;

import io.github.newsclaims.json.NewsClaimsJsonException.Kind;
import io.github.newsclaims.json.NewsClaimsJsonException.Problem;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.TokenStreamLocation;

/**
 * The problems found so far while reading one document. Only the first
 * {@link NewsClaimsJson#MAX_REPORTED_PROBLEMS} are kept, the rest are counted, so that no input
 * makes the list outgrow the heap. Not thread-safe; one per read.
 */
final class Problems {
  private final List<Problem> found = new ArrayList<>();
  private long count;
  /** Whether locations are given within a JSON Lines line, whose number the exception carries. */
  private final boolean withinLine;
  /** A problem that abandons the object being read (an unsupported format), or null. */
  private Problem abandon;

  Problems(boolean withinLine) {
    this.withinLine = withinLine;
  }

  /** Records a problem at {@code at}. */
  void add(Kind kind, Pointer at, String message) {
    if (count++ < NewsClaimsJson.MAX_REPORTED_PROBLEMS) {
      found.add(new Problem(kind, at.toString(), message));
    }
  }

  /** Counts {@code more} problems that are not listed, for an input that has many. */
  void addUnlisted(long more) {
    count += more;
  }

  /** Whether no more problems will be listed, only counted. */
  boolean full() {
    return count >= NewsClaimsJson.MAX_REPORTED_PROBLEMS;
  }

  /** How many problems have been recorded; a reader compares counts to tell whether a part failed. */
  long count() {
    return count;
  }

  boolean isEmpty() {
    return count == 0;
  }

  /**
   * Records a problem that makes the rest of the object being read meaningless: the object drops
   * what it found so far and reports this alone (see {@link ObjectType}).
   */
  void abandon(Kind kind, Pointer at, String message) {
    abandon = new Problem(kind, at.toString(), message);
    count++;
  }

  /** The problem that abandons the current object, once, or null. */
  Problem takeAbandon() {
    Problem taken = abandon;
    abandon = null;
    return taken;
  }

  /** Forgets every problem recorded after the first {@code keep}. */
  void truncate(long keep) {
    count = keep;
    while (found.size() > keep) {
      found.remove(found.size() - 1);
    }
  }

  /** Records a problem found before. */
  void add(Problem problem) {
    if (count++ < NewsClaimsJson.MAX_REPORTED_PROBLEMS) {
      found.add(problem);
    }
  }

  /** A location for a message: {@code (line 3, column 17)}, or {@code (column 17)} within a JSON Lines line. */
  String location(TokenStreamLocation at) {
    return Text.location(at, withinLine);
  }

  /** The exception that reports every problem recorded. */
  NewsClaimsJsonException exception() {
    return new NewsClaimsJsonException(found, count, 0);
  }

  /** An exception for a single problem that stops reading. */
  static NewsClaimsJsonException single(Kind kind, Pointer at, String message) {
    return new NewsClaimsJsonException(List.of(new Problem(kind, at.toString(), message)), 1, 0);
  }
}
