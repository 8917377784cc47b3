package io.github.newsclaims.core;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The rules and helpers shared by every {@code sameAs} list: external identifiers as absolute URIs. */
final class SameAs {
  /** A Wikidata entity URI as Wikidata publishes it ({@code /entity/Q423}) or a page of it ({@code /wiki/Q423}). */
  private static final Pattern WIKIDATA = Pattern.compile("/(?:entity|wiki)/(Q[1-9][0-9]*)");

  private SameAs() {}

  /** Checks that every URI is absolute and none repeats. */
  static void check(String owner, List<URI> sameAs) {
    for (URI uri : sameAs) {
      Checks.check(uri.isAbsolute(), "%s sameAs must hold absolute URIs (with a scheme such as http:), was %s",
          owner, Checks.quote(uri.toString()));
    }
    if (sameAs.size() > 1) {
      Checks.distinct(owner, "sameAs", sameAs.stream().map(URI::toString).toList());
    }
  }

  /** The Wikidata item id ("Q423") of the first Wikidata URI in the list. */
  static Optional<String> wikidataId(List<URI> sameAs) {
    for (URI uri : sameAs) {
      String host = uri.getHost();
      if (host == null || uri.getPath() == null) {
        continue;
      }
      host = host.toLowerCase(Locale.ROOT);
      if (host.equals("www.wikidata.org") || host.equals("wikidata.org") || host.equals("m.wikidata.org")) {
        Matcher m = WIKIDATA.matcher(uri.getPath());
        if (m.matches()) {
          return Optional.of(m.group(1));
        }
      }
    }
    return Optional.empty();
  }
}
