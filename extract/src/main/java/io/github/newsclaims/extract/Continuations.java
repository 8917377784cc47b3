package io.github.newsclaims.extract;

import static io.github.newsclaims.extract.Words.lower;
import static io.github.newsclaims.extract.Words.nextWord;
import static io.github.newsclaims.extract.Words.wordEnd;
import static io.github.newsclaims.extract.Words.words;

import io.github.newsclaims.core.AttributionMode;
import io.github.newsclaims.core.Factuality;
import io.github.newsclaims.extract.Words.Word;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The attributions that follow a first one in the same sentence: after the comma that ends the
 * first's claim (a participle of the same source, ", adding that …", or a clause with a source of
 * its own, ", while three predicted …"), and in a relative clause on the source ("X, who believes
 * that Y"). Stateless and thread-safe.
 */
final class Continuations {
  private final AttributionFinder finder;
  private final Lexicon cues;

  Continuations(AttributionFinder finder, Lexicon cues) {
    this.finder = finder;
    this.cues = cues;
  }

  /**
   * A second attribution after the first in the same sentence, from the comma that ends the
   * first's claim: a participle cue of the same source (", adding that Z", ", while insisting that
   * Z") or a clause with a source of its own after "while", "and", "but" or "whereas" (", while
   * three predicted Z").
   *
   * @param comma where the first claim ends
   * @param start where the second claim starts (after the comma)
   * @param found the second attribution
   */
  record Continuation(int comma, int start, Found found) {}

  private static final Set<String> CONTINUERS = Set.of("while", "and", "but", "whereas");

  /** The second attribution after {@code first} in the sentence [start, end), if any. */
  Optional<Continuation> continuation(String text, Found first, int start, int end) {
    if (first.mode() == AttributionMode.UNNAMED_HEARSAY || first.mode() == AttributionMode.ACCORDING_TO
        || !first.hasCue() || !first.hasSource() || first.carriedOver()) {
      return Optional.empty();
    }
    int from = Math.max(first.cueEnd(), first.sourceEnd());
    if (start < 0 || from >= end) {
      return Optional.empty();
    }
    // One pass over the sentence: commas outside quotations after the first cue and source.
    boolean open = false;
    for (int i = start; i < end; i++) {
      char ch = text.charAt(i);
      if (Quotes.isQuotationMark(ch)) {
        open = Quotes.openAfter(open, ch);
      } else if (ch == ',' && !open && i >= from) {
        Optional<Continuation> at = continuationAt(text, first, i, end);
        if (at.isPresent()) {
          return at;
        }
      }
    }
    return Optional.empty();
  }

  /** The continuation after the comma at {@code c}, if the words after it make one. */
  private Optional<Continuation> continuationAt(String text, Found first, int c, int end) {
    int s0 = nextWord(text, c + 1, end);
    if (s0 < 0 || nextWord(text, wordEnd(text, s0, end), end) < 0
        || nextWord(text, wordEnd(text, nextWord(text, wordEnd(text, s0, end), end), end), end) < 0) {
      // Fewer than three words after the comma.
      return Optional.empty();
    }
    int e0 = wordEnd(text, s0, end);
    boolean continuer = CONTINUERS.contains(lower(text, s0, e0));
    int ws = continuer ? nextWord(text, e0, end) : s0;
    if (ws < 0) {
      return Optional.empty();
    }
    int we = wordEnd(text, ws, end);
    String w = lower(text, ws, we);
    Optional<Factuality> commitment = cues.commitment(w);
    int ns = nextWord(text, we, end);
    if (commitment.isPresent() && w.endsWith("ing") && ns >= 0) {
      int ne = wordEnd(text, ns, end);
      int contentStart = lower(text, ns, ne).equals("that") ? ne : we;
      Optional<Found> f = AttributionFinder.found(text, AttributionMode.INDIRECT, ws, we, first.sourceStart(), first.sourceEnd(),
          contentStart, end, commitment.get(), false);
      if (f.isPresent()) {
        Found g = f.get();
        return Optional.of(new Continuation(c, s0, new Found(Quotes.quoteMode(text, g.contentStart(), g.contentEnd()),
            g.cueStart(), g.cueEnd(), g.sourceStart(), g.sourceEnd(), g.contentStart(), g.contentEnd(),
            g.commitment(), false, null)));
      }
    }
    if (continuer && ns >= 0 && cueWithin(text, ws, end, 7)) {
      Optional<Found> f = finder.find(text, ws, end, true);
      if (f.isPresent() && f.get().hasSource() && f.get().sourceStart() == ws
          && f.get().cueStart() > f.get().sourceEnd() - 1 && f.get().mode() != AttributionMode.ACCORDING_TO
          && words(text, ws, f.get().cueStart()).size() <= 6) {
        return Optional.of(new Continuation(c, s0, f.get()));
      }
    }
    return Optional.empty();
  }

  /** Whether one of the first {@code n} words from {@code from} is a cue, read without tokenising the rest. */
  private boolean cueWithin(String text, int from, int end, int n) {
    int at = nextWord(text, from, end);
    for (int k = 0; k < n && at >= 0; k++) {
      int e = wordEnd(text, at, end);
      if (cues.commitment(lower(text, at, e)).isPresent()) {
        return true;
      }
      at = nextWord(text, e, end);
    }
    return false;
  }

  /**
   * The attribution of a relative clause on a source, "X, who believes that Y" / "according to
   * academics who suspect that Y": the same source, the clause's cue; read in [from, end), which
   * starts at the relative clause.
   */
  Optional<Found> relative(String text, Found first, int from, int end) {
    if (!first.hasSource() || first.carriedOver()) {
      return Optional.empty();
    }
    List<Word> after = words(text, from, end);
    if (after.size() < 3 || !after.get(0).lower().equals("who")) {
      return Optional.empty();
    }
    int k = after.get(1).lower().endsWith("ly") ? 2 : 1;
    Word cue = after.get(k);
    Optional<Factuality> commitment = cues.commitment(cue.lower());
    if (commitment.isEmpty() || k + 1 >= after.size()) {
      return Optional.empty();
    }
    int contentStart = after.get(k + 1).lower().equals("that") ? after.get(k + 1).end() : cue.end();
    Optional<Found> f = AttributionFinder.found(text, AttributionMode.INDIRECT, cue.start(), cue.end(), first.sourceStart(),
        first.sourceEnd(), contentStart, end, commitment.get(), false);
    return f.map(g -> new Found(Quotes.quoteMode(text, g.contentStart(), g.contentEnd()), g.cueStart(), g.cueEnd(),
        g.sourceStart(), g.sourceEnd(), g.contentStart(), g.contentEnd(), g.commitment(), false, null));
  }
}
