package io.github.newsclaims.core.quantity;

import static io.github.newsclaims.core.quantity.QuantityLexicon.*;

import io.github.newsclaims.core.Approximator;
import io.github.newsclaims.core.Interval;
import io.github.newsclaims.core.UnitKind;
import java.util.regex.Matcher;

/**
 * Relative changes as news writes them — "doubled", "more than halved", "tenfold", "3-fold",
 * "twice as many", "three and a half times higher", "by a factor of 10" — read into a
 * {@link UnitKind#MULTIPLIER MULTIPLIER}, and the verbs that report a change of a figure ("rose
 * to", "edged up to"). {@link QuantityReader} adds every other phrase.
 */
class ChangeReader extends NounReader {
  final VaguenessPolicy policy;

  ChangeReader(String text, VaguenessPolicy policy) {
    super(text);
    this.policy = policy;
  }

  /** Words that report a change of a figure: "rose to", "edged up to", "jumped to". */
  private static final java.util.Set<String> CHANGE_VERBS = java.util.Set.of("rose", "risen", "rises", "rising",
      "rise", "climbed", "climbs", "climbing", "climb", "edged", "edging", "edges", "jumped", "jumps", "jumping",
      "shot", "soared", "soars", "crept", "creeping", "ticked", "moved", "went", "gone", "pushed", "driven",
      "revised", "raised", "increased", "increases", "grew", "grown", "surged", "swelled", "spiked", "inched",
      "mounted", "fell", "fallen", "dropped", "declined", "sank", "slipped", "dipped", "plunged");

  boolean changeVerb(int k) {
    return isKind(k, Kind.WORD) && CHANGE_VERBS.contains(lower(k));
  }

  /**
   * The relative change at token {@code k}, after the modifier that starts at token {@code i}
   * ({@code k == i} and {@code modifier} null when there is none), or null.
   */
  Found relativeChange(int i, int k, NumeralModifier modifier) {
    int end = k + 1;
    Double factor = get(WordSlots.RELATIVE_CHANGES, k);
    if (factor == null && isKind(k, Kind.WORD) && lower(k).endsWith("fold")) {
      Matcher m = FOLD.matcher(lower(k));
      if (m.matches()) {
        Integer n = SMALL_NUMBERS.get(m.group(1));
        factor = n != null && n >= 2 ? Double.valueOf(n)
            : m.group(1).equals("hundred") ? Double.valueOf(100) : m.group(1).equals("thousand") ? 1000.0 : null;
      }
    }
    if (factor == null && isKind(k, Kind.NUMBER) && !glued(k) && isKind(k + 1, Kind.DASH) && glued(k + 1)
        && isWord(k + 2, "fold") && glued(k + 2)) {
      factor = decimal(k).doubleValue();
      end = k + 3;
    }
    if (factor == null && isWord(k, MULTIPLYING_VERBS)
        && (modifier != null || isWord(k - 1, "to") || isWord(k - 1, MODALS))) {
      factor = lower(k).startsWith("doubl") ? 2.0 : lower(k).startsWith("tripl") ? 3.0 : 4.0;
    }
    if (factor == null && isWord(k, "twice") && comparative(k + 1)) {
      factor = 2.0; // "twice as many", "twice the size"
    }
    if (factor == null && isWord(k, "a") && spaced(k + 1) && isWord(k + 1, "factor") && spaced(k + 2)
        && isWord(k + 2, "of") && spaced(k + 3)) {
      Amount by = amount(k + 3);
      if (by != null && by.kind() == UnitKind.COUNT && by.value().signum() > 0) {
        factor = by.value().doubleValue(); // "by a factor of 10"
        end = by.end();
      }
    }
    if (factor == null && (isKind(k, Kind.NUMBER) || isKind(k, Kind.WORD)) && !isWord(k, "a", "an")) {
      Num n = numeral(k, false, false);
      if (n == null) {
        n = numberWords(k);
      }
      if (n != null && isWord(n.end(), "times") && spaced(n.end()) && comparative(n.end() + 1)
          && n.value().signum() > 0) {
        factor = n.value().doubleValue(); // "three times more likely", "three and a half times the size"
        end = n.end() + 1;
      }
    }
    if (factor == null || !Double.isFinite(factor)) {
      return null;
    }
    double m = factor;
    try {
      Approximator approximator;
      Interval interval;
      if (modifier == null) {
        approximator = Approximator.RELATIVE_CHANGE;
        interval = policy.interval(approximator, m, UnitKind.MULTIPLIER);
      } else if (m >= 1) {
        approximator = policy.reading(modifier.approximator);
        interval = modifier == NumeralModifier.JUST_OVER ? policy.justOver(m, UnitKind.MULTIPLIER)
            : policy.interval(approximator, m, UnitKind.MULTIPLIER);
      } else {
        // A decrease: "nearly halved" leaves more than half, "more than halved" less than half.
        switch (modifier) {
          case ABOUT -> {
            approximator = Approximator.ABOUT;
            interval = policy.interval(approximator, m, UnitKind.MULTIPLIER);
          }
          case NEARLY -> {
            approximator = Approximator.MORE_THAN;
            interval = policy.justOver(m, UnitKind.MULTIPLIER);
          }
          case MORE_THAN, AT_LEAST -> {
            approximator = modifier == NumeralModifier.AT_LEAST ? Approximator.AT_MOST : policy.reading(Approximator.FEWER_THAN);
            interval = policy.interval(approximator, m, UnitKind.MULTIPLIER);
          }
          default -> {
            return null;
          }
        }
      }
      return new Found(i, end, end, approximator, interval, m, Units.MULTIPLIER, null, false);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Words after "three times" or "twice" that make it a factor: "more", "higher", "as", "the". */
  private static final java.util.Set<String> COMPARATIVES = java.util.Set.of("more", "less", "as", "the", "that",
      "higher", "lower", "larger", "bigger", "greater", "smaller", "faster", "slower", "longer", "shorter",
      "likelier", "stronger", "heavier", "wider", "deadlier", "cheaper", "over", "what", "its", "their", "his",
      "her", "our", "normal", "expected", "pre-war", "usual");

  private boolean comparative(int k) {
    return spaced(k) && isKind(k, Kind.WORD) && COMPARATIVES.contains(lower(k));
  }

  private static final String[] MULTIPLYING_VERBS = {"double", "doubling", "doubles", "triple", "tripling", "triples", "quadruple"};
  private static final String[] MODALS = {"will", "would", "could", "may", "might"};
}
