/**
 * The web view of an annotated article: {@link io.github.newsclaims.html.HtmlView} renders one
 * self-contained, escaped, keyboard-accessible HTML page.
 */
package io.github.newsclaims.html;
