package io.github.newsclaims.html.page;

/**
 * What a marked stretch of the article text is, one colour and underline style each on the page.
 * The order is the nesting order when two spans cover exactly the same text: evidence outermost.
 */
enum Role {
  FURNITURE("furniture", "Page furniture", "text that is not the article's content: a teaser, an advertisement, a repeated headline"),
  EVIDENCE("evidence", "Claim evidence", "where the article makes a claim"),
  SOURCE("source", "Source mention", "where the text names who says it"),
  CUE("cue", "Attribution cue", "the words that introduce a source: \u201caccording to\u201d, \u201csaid\u201d"),
  TIME("time", "Time expression", "when the claim holds or was said"),
  PLACE("place", "Place", "where the claim holds or the event happened"),
  ESTIMATE("estimate", "Estimate phrase", "a quantity, read as an honest interval"),
  HEDGE("hedge", "Hedge", "a word that weakens the claim: \u201creportedly\u201d, \u201ccould\u201d");

  private final String css;
  private final String label;
  private final String description;

  Role(String css, String label, String description) {
    this.css = css;
    this.label = label;
    this.description = description;
  }

  /** The CSS class and {@code data-role} value, e.g. {@code hedge}. */
  String css() {
    return css;
  }

  /** The legend's name for the role. */
  String label() {
    return label;
  }

  /** The legend's explanation of the role. */
  String description() {
    return description;
  }
}
