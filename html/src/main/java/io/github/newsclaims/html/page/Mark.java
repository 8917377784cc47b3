package io.github.newsclaims.html.page;

import io.github.newsclaims.core.TextSpan;
import java.util.List;

/**
 * One span of the article text in one role, as the page marks it. A span several claims share in
 * the same role — one "according to" introducing four claims — is one mark of all of them.
 *
 * @param id the page-unique id of the mark, {@code m0}, {@code m1}, …; every fragment of the mark carries it
 * @param role what the span is
 * @param span where, in UTF-16 code units of the article text, and the text it covers
 * @param claimIndexes the indexes of the claims the span belongs to, in claim order; empty for page furniture
 * @param claimIds the ids of those claims
 * @param cards the element ids of the cards that focus on the mark shows
 * @param anchor the element id of the mark's first fragment, for links to a claim; {@code null} if none
 */
record Mark(String id, Role role, TextSpan span, List<Integer> claimIndexes, List<String> claimIds,
    List<String> cards, String anchor) {
  int start() {
    return span.getStart();
  }

  int end() {
    return span.getEnd();
  }

  /** The claim ids space-separated, for {@code data-claim-id}; {@code null} for page furniture. */
  String claimIdList() {
    return claimIds.isEmpty() ? null : String.join(" ", claimIds);
  }

  /** The claim indexes space-separated, for {@code data-claim-index}; {@code null} for page furniture. */
  String claimIndexList() {
    return claimIndexes.isEmpty() ? null
        : String.join(" ", claimIndexes.stream().map(String::valueOf).toList());
  }

  /** The card ids space-separated, for {@code data-card} and {@code aria-describedby}. */
  String cardList() {
    return String.join(" ", cards);
  }
}
