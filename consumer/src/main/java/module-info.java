/** A downstream application of newsclaims, as a JPMS module. */
@SuppressWarnings("requires-automatic")
module io.github.newsclaims.consumer {
  requires transitive io.github.newsclaims.json;
  requires transitive io.github.newsclaims.jsonld;
  requires io.github.newsclaims.html;
  // An automatic module (QuickTheories has no module name of its own; see its pom).
  requires io.github.newsclaims.testing;

  exports io.github.newsclaims.consumer;
}
