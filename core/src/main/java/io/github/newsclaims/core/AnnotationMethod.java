package io.github.newsclaims.core;

/**
 * How an annotation came about (see {@link AnnotationProvenance}).
 *
 * @since 0.1.0
 */
public enum AnnotationMethod {
  /** A person annotated it by hand. */
  MANUAL,
  /** A program produced it and no person has checked it. */
  AUTOMATIC,
  /** A program produced it and a person checked it, correcting what was wrong. */
  REVIEWED
}
