package io.github.newsclaims.formats.brat;

import java.util.Objects;

/**
 * A brat document: the {@code .txt} file, verbatim article text, and the {@code .ann} standoff
 * file that annotates it, with offsets counted in Unicode code points as brat counts them.
 *
 * @param text the content of the {@code .txt} file
 * @param ann the content of the {@code .ann} file
 * @since 0.1.0
 */
public record BratDocument(String text, String ann) {
  /**
   * Checks that neither part is null.
   *
   * @param text the {@code .txt} content, verbatim; not null
   * @param ann the {@code .ann} content; not null
   */
  public BratDocument {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(ann, "ann");
  }
}
