package io.github.newsclaims.extract;

import io.github.newsclaims.core.AttributionMode;
import io.github.newsclaims.core.Factuality;

/**
 * One attribution read from a sentence, in offsets of the article's text: the cue (absent when a
 * quote's speaker is carried over), the source mention (absent for faceless hearsay), the content,
 * and the attribution nested at the start of the content ("X reported that Y said Z"), if any.
 */
record Found(AttributionMode mode, int cueStart, int cueEnd, int sourceStart, int sourceEnd,
    int contentStart, int contentEnd, Factuality commitment, boolean carriedOver, Found inner) {

  /** An attribution with nothing nested inside. */
  Found(AttributionMode mode, int cueStart, int cueEnd, int sourceStart, int sourceEnd, int contentStart,
      int contentEnd, Factuality commitment, boolean carriedOver) {
    this(mode, cueStart, cueEnd, sourceStart, sourceEnd, contentStart, contentEnd, commitment, carriedOver, null);
  }

  /** The same attribution with its content ending at {@code end} (a second attribution follows in the sentence). */
  Found withContentEnd(int end) {
    return new Found(mode, cueStart, cueEnd, sourceStart, sourceEnd, contentStart, end, commitment, carriedOver, inner);
  }

  boolean hasCue() {
    return cueStart < cueEnd;
  }

  boolean hasSource() {
    return sourceStart < sourceEnd;
  }
}
