package io.github.newsclaims.extract.evaluation;

import io.github.newsclaims.core.Actor;
import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.Attribution;
import io.github.newsclaims.core.Claim;
import io.github.newsclaims.core.Estimate;
import io.github.newsclaims.core.Interval;
import io.github.newsclaims.core.TextSpan;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Scores a draft annotation of an article against a reference annotation of the same text.
 *
 * <ul>
 *   <li><b>Attributions.</b> Each hop of each claim that has a cue is one attribution: its cue
 *       span, its content (the claim's evidence) and its source actor. A draft attribution matches a
 *       reference one when the cues overlap, the draft's content covers at least half of the
 *       reference content's characters (issue 20: "≥ 50 % character overlap with the content"), and
 *       the source is right; matching is one to one, in text order, so a long draft claim still
 *       matches at most one reference attribution, the one whose cue it has. Precision, recall and
 *       F1 follow.</li>
 *   <li><b>Source accuracy.</b> Of the reference attributions a draft attribution matches by cue
 *       and content alone, the share whose source is right. A source is right when both hops are
 *       sourceless (faceless hearsay), when the two actors share a name or alias (ignoring case, a
 *       leading "the" and the apostrophe's shape), or when the two source mentions overlap and the
 *       draft's is no pronoun (a pronoun counts only through the actor it was resolved to).</li>
 *   <li><b>Quantities.</b> The distinct phrases of every estimate. A draft phrase matches a
 *       reference phrase when they overlap and their intervals are equal (bounds within a relative
 *       1e-9, same closedness): F1 by span and value, and F1 by span alone.</li>
 *   <li><b>Claim coverage.</b> The share of reference claims whose evidence one draft claim's
 *       evidence covers by at least half of the reference evidence's characters.</li>
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class DraftScorer {
  private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "we", "i", "you");

  private DraftScorer() {}

  /**
   * The score of {@code draft} against {@code reference}; both annotate the same text.
   *
   * @param reference the annotation taken as right
   * @param draft the annotation scored
   * @return the counts and measures
   * @throws IllegalArgumentException if the two annotate different texts
   */
  public static DraftScore score(AnnotatedArticle reference, AnnotatedArticle draft) {
    java.util.Objects.requireNonNull(reference, "reference");
    java.util.Objects.requireNonNull(draft, "draft");
    if (!reference.getArticle().getText().equals(draft.getArticle().getText())) {
      throw new IllegalArgumentException("the draft annotates another text than the reference ("
          + reference.getArticle().getId() + ")");
    }
    List<Unit> gold = units(reference);
    List<Unit> found = units(draft);

    boolean[] used = new boolean[found.size()];
    int matched = 0;
    for (Unit g : gold) {
      for (int i = 0; i < found.size(); i++) {
        if (!used[i] && sameCueAndContent(g, found.get(i)) && sameSource(g, found.get(i))) {
          used[i] = true;
          matched++;
          break;
        }
      }
    }
    used = new boolean[found.size()];
    int pairs = 0;
    int right = 0;
    for (Unit g : gold) {
      int best = -1;
      for (int i = 0; i < found.size(); i++) {
        if (!used[i] && sameCueAndContent(g, found.get(i))) {
          if (best < 0 || sameSource(g, found.get(i))) {
            best = i;
          }
          if (sameSource(g, found.get(i))) {
            break;
          }
        }
      }
      if (best >= 0) {
        used[best] = true;
        pairs++;
        right += sameSource(g, found.get(best)) ? 1 : 0;
      }
    }

    Map<TextSpan, Interval> goldQ = quantities(reference);
    Map<TextSpan, Interval> foundQ = quantities(draft);
    int qMatched = matchQuantities(goldQ, foundQ, true);
    int qSpans = matchQuantities(goldQ, foundQ, false);

    int covered = 0;
    for (Claim g : reference.getClaims()) {
      BitSet gs = chars(g.getEvidence());
      int need = gs.cardinality();
      for (Claim f : draft.getClaims()) {
        BitSet both = chars(f.getEvidence());
        both.and(gs);
        if (need > 0 && 2 * both.cardinality() >= need) {
          covered++;
          break;
        }
      }
    }
    return new DraftScore(gold.size(), found.size(), matched, pairs, right, goldQ.size(), foundQ.size(), qMatched,
        qSpans, reference.getClaims().size(), covered);
  }

  /** One attribution: cue, content characters, source mention and the source actor's names. */
  private record Unit(TextSpan cue, BitSet content, Optional<TextSpan> mention, Set<String> names,
      boolean sourceless) {}

  private static List<Unit> units(AnnotatedArticle annotated) {
    List<Unit> units = new ArrayList<>();
    for (Claim claim : annotated.getClaims()) {
      BitSet content = chars(claim.getEvidence());
      for (Attribution hop : claim.getAttribution()) {
        if (hop.getCue().isEmpty()) {
          continue;
        }
        Set<String> names = new HashSet<>();
        hop.getSource().flatMap(annotated::actor).map(Actor::names).ifPresent(all -> all.forEach(n -> names.add(normal(n))));
        units.add(new Unit(hop.getCue().get(), content, hop.getSourceMention(), names, hop.getSource().isEmpty()));
      }
    }
    return units;
  }

  private static boolean sameCueAndContent(Unit g, Unit f) {
    if (!g.cue().overlaps(f.cue())) {
      return false;
    }
    BitSet both = (BitSet) g.content().clone();
    both.and(f.content());
    int reference = g.content().cardinality();
    return reference > 0 && 2 * both.cardinality() >= reference;
  }

  private static boolean sameSource(Unit g, Unit f) {
    if (g.sourceless() || f.sourceless()) {
      return g.sourceless() && f.sourceless();
    }
    for (String name : f.names()) {
      if (g.names().contains(name)) {
        return true;
      }
    }
    return g.mention().isPresent() && f.mention().isPresent() && g.mention().get().overlaps(f.mention().get())
        && !PRONOUNS.contains(normal(f.mention().get().getText()));
  }

  private static Map<TextSpan, Interval> quantities(AnnotatedArticle annotated) {
    Map<TextSpan, Interval> phrases = new LinkedHashMap<>();
    annotated.getClaims().stream().flatMap(c -> c.getEstimates().stream()).filter(e -> e.getPhrase().isPresent())
        .forEach((Estimate e) -> phrases.putIfAbsent(e.getPhrase().get(), e.getInterval()));
    return phrases;
  }

  private static int matchQuantities(Map<TextSpan, Interval> gold, Map<TextSpan, Interval> found, boolean value) {
    Set<TextSpan> used = new HashSet<>();
    int matched = 0;
    for (Map.Entry<TextSpan, Interval> g : gold.entrySet()) {
      for (Map.Entry<TextSpan, Interval> f : found.entrySet()) {
        if (!used.contains(f.getKey()) && g.getKey().overlaps(f.getKey())
            && (!value || same(g.getValue(), f.getValue()))) {
          used.add(f.getKey());
          matched++;
          break;
        }
      }
    }
    return matched;
  }

  static boolean same(Interval a, Interval b) {
    return close(a.getLow(), b.getLow()) && close(a.getHigh(), b.getHigh()) && a.isLowClosed() == b.isLowClosed()
        && a.isHighClosed() == b.isHighClosed();
  }

  private static boolean close(double a, double b) {
    if (a == b) {
      return true;
    }
    return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
  }

  private static BitSet chars(List<TextSpan> spans) {
    BitSet bits = new BitSet();
    for (TextSpan span : spans) {
      bits.set(span.getStart(), span.getEnd());
    }
    return bits;
  }

  static String normal(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ");
    return n.startsWith("the ") ? n.substring(4) : n;
  }
}
