package io.github.newsclaims.html.page;

import java.util.List;

/**
 * Everything the page template shows, computed from an annotated article; the template only lays
 * it out (and escapes it).
 *
 * @param headline the article's headline
 * @param language the article's language tag
 * @param outlet the outlet, or {@code null}
 * @param url the article's address, or {@code null}
 * @param linkable whether the address is an http(s) address, shown as a link; any other is shown as text
 * @param date the publication date, or {@code null}
 * @param counts the header's counts, e.g. "28 claims"
 * @param text the article text with its spans marked
 * @param cards one card per claim, in claim order
 * @param furniture one card per kind of page furniture present
 * @param legend the roles, for the legend
 * @param panel the side panel
 * @param assets the inline style and script and the policy that admits only them
 */
record Page(String headline, String language, String outlet, String url, boolean linkable, String date,
    List<String> counts, List<Node> text, List<Card> cards, List<FurnitureCard> furniture, List<Role> legend,
    Panel panel, Assets assets) {

  /**
   * The card of one kind of page furniture.
   *
   * @param elementId the card element's id
   * @param kind the kind in words
   */
  record FurnitureCard(String elementId, String kind) {}
}
