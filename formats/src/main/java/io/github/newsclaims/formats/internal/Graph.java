package io.github.newsclaims.formats.internal;

import java.util.List;

/**
 * An annotated article as the annotation tools see it: the text and flat, typed annotations with
 * values and links between them. Each format only serialises this graph; {@link ArticleToGraph} and
 * {@link GraphToArticle} map it to and from the model, so both formats share one mapping.
 *
 * @param text the article text
 * @param nodes the annotations
 * @param links the links between them
 */
public record Graph(String text, List<Node> nodes, List<Link> links) {
  /**
   * Copies the lists.
   *
   * @param text the article text
   * @param nodes the annotations, copied
   * @param links the links between them, copied
   */
  public Graph {
    nodes = List.copyOf(nodes);
    links = List.copyOf(links);
  }
}
