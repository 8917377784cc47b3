package io.github.newsclaims.extract;

import io.github.newsclaims.core.Factuality;
import java.util.Optional;

/**
 * The cue → default commitment table the extractor reads: which words mark an attribution and how
 * firmly the source commits to the content ("said" certain, "believes" probable, "suggests"
 * possible). An interface so that the authoring API's shared table replaces the bundled resource
 * without a second copy.
 */
interface CueTable {

  /** The default commitment of {@code word} (lower case) as a cue, or empty when it is no cue. */
  Optional<Factuality> commitment(String word);
}
