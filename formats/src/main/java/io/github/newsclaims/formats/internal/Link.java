package io.github.newsclaims.formats.internal;

/**
 * A directed, named link between two {@link Node}s of a layer graph: a claim's attribution hop,
 * an attribution's source actor. The order of a node's links of one role is meaningful (the
 * attribution chain runs outermost first).
 *
 * @param role the schema role name, e.g. {@code attribution}
 * @param from the id of the node the link starts at
 * @param to the id of the node it points to
 * @param where where the link was read from, for messages
 */
public record Link(String role, String from, String to, String where) {}
