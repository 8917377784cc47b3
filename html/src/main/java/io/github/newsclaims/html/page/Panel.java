package io.github.newsclaims.html.page;

import java.util.List;

/**
 * The side panel: the claims grouped by source, with the filter choices.
 *
 * @param groups the claims by source, in the order the sources first speak
 * @param sources the source filter's choices
 * @param kinds the kind filter's choices
 * @param certainties the certainty filter's choices
 */
record Panel(List<Group> groups, List<Choice> sources, List<Choice> kinds, List<Choice> certainties) {

  /**
   * The claims of one source.
   *
   * @param source the source's name, "the article itself" or "unnamed hearsay"
   * @param key the filter value of the source
   * @param entries its claims
   */
  record Group(String source, String key, List<Entry> entries) {}

  /**
   * One claim in the list.
   *
   * @param claimIndex the claim's index
   * @param claimId the claim's id
   * @param proposition the proposition
   * @param kind the kind's filter value
   * @param kindLabel the kind in words
   * @param certainty the filter value of how firmly the source commits: a FactBank code
   * @param certaintyLabel that commitment in words
   * @param source the filter value of its source
   * @param href the link to the claim's evidence
   */
  record Entry(int claimIndex, String claimId, String proposition, String kind, String kindLabel, String certainty,
      String certaintyLabel, String source, String href) {}

  /**
   * A filter choice.
   *
   * @param value the value matched against the entries
   * @param label what the choice reads as
   * @param count how many claims it selects
   */
  record Choice(String value, String label, int count) {}
}
