package io.github.newsclaims.formats.brat;

import java.util.Objects;

/**
 * A brat document: the {@code .txt} file, verbatim article text, and the {@code .ann} standoff
 * file that annotates it, with offsets counted in Unicode code points as brat counts them.
 *
 * @param text the content of the {@code .txt} file
 * @param ann the content of the {@code .ann} file
 */
public record BratDocument(String text, String ann) {
  /** Checks that neither part is null. */
  public BratDocument {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(ann, "ann");
  }
}
