/**
 * What the annotation-tool formats share: {@link io.github.newsclaims.formats.FormatException},
 * the one exception their readers throw. The formats live in {@code brat} and {@code uima}.
 */
package io.github.newsclaims.formats;
