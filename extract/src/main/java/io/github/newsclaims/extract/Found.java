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

  boolean hasCue() {
    return cueStart < cueEnd;
  }

  boolean hasSource() {
    return sourceStart < sourceEnd;
  }
}
