package io.github.newsclaims.extract;

import io.github.newsclaims.core.AttributionMode;
import io.github.newsclaims.core.Factuality;
import io.github.newsclaims.core.Polarity;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads at most one attribution from one sentence, by the forms news uses: "according to X, Y",
 * faceless hearsay ("reportedly", "is believed to"), "Y," said X, "Y, X said", "X said (that) Y",
 * "X told Z (that) Y", "X, who…, said Y". Stateless and thread-safe.
 */
final class AttributionFinder {
  private static final Pattern ACCORDING = Pattern.compile("(?i)\\baccording to\\b");
  private static final Pattern HEARSAY = Pattern.compile(
      "(?i)\\b(reportedly|allegedly|(?:is|are|was|were) (?:believed|reported|thought|said) to|it is (?:reported|believed|understood) that)\\b");
  private static final Pattern NEGATION = Pattern.compile("(?i)\\b(not|never|no longer)\\b|n't\\b|n’t\\b");
  private static final int MAX_SOURCE_WORDS = 8;

  private final CueTable cues;

  AttributionFinder(CueTable cues) {
    this.cues = cues;
  }

  /** A word of a sentence, in offsets of the article's text. */
  record Word(int start, int end, String lower) {}

  Optional<Found> find(String text, int start, int end) {
    String sentence = text.substring(start, end);
    boolean[] quoted = quoted(sentence);
    boolean hasQuote = hasQuote(quoted);
    List<Word> words = words(text, start, end);

    Matcher according = ACCORDING.matcher(sentence);
    if (according.find()) {
      int a = according.start();
      int b = according.end();
      int comma = sentence.indexOf(',', b);
      if (a == 0 || sentence.substring(0, a).isBlank()) {
        // "According to X, Y"
        if (comma > b) {
          return found(text, AttributionMode.ACCORDING_TO, start + a, start + b, start + b, start + comma,
              start + comma + 1, end, Factuality.CERTAIN, false);
        }
      } else {
        // "Y, according to X."
        int sourceEnd = comma > b ? comma : sentence.length();
        return found(text, AttributionMode.ACCORDING_TO, start + a, start + b, start + b, start + sourceEnd,
            start, start + a, Factuality.CERTAIN, false);
      }
    }

    Matcher hearsay = HEARSAY.matcher(sentence);
    if (hearsay.find()) {
      return found(text, AttributionMode.UNNAMED_HEARSAY, start + hearsay.start(), start + hearsay.end(),
          -1, -1, start, end, Factuality.PROBABLE, false);
    }

    for (int i = 0; i < words.size(); i++) {
      Word cue = words.get(i);
      if (quoted[cue.start() - start]) {
        continue;
      }
      Optional<Factuality> commitment = cues.commitment(cue.lower());
      if (commitment.isEmpty()) {
        continue;
      }
      AttributionMode mode = hasQuote ? AttributionMode.DIRECT_QUOTE : AttributionMode.INDIRECT;
      Optional<Found> read = read(text, start, end, words, i, mode, commitment.get());
      if (read.isPresent()) {
        return read;
      }
    }
    return Optional.empty();
  }

  private Optional<Found> read(String text, int start, int end, List<Word> words, int i, AttributionMode mode,
      Factuality commitment) {
    Word cue = words.get(i);
    int before = previousNonSpace(text, start, cue.start());
    int wordsAfter = words.size() - i - 1;
    if (before >= 0 && ",”\"’".indexOf(text.charAt(before)) >= 0 && wordsAfter >= 1) {
      // "Y," said X.  — the source follows the cue, up to a comma or the sentence's end.
      int sourceEnd = indexOf(text, ',', cue.end(), end);
      return found(text, mode, cue.start(), cue.end(), cue.end(), sourceEnd, start, before + 1,
          commitment, false);
    }
    int lastComma = lastIndexOf(text, ',', start, cue.start());
    if (lastComma >= 0 && wordsAfter <= 4 && wordsBetween(words, lastComma, cue.start()) <= 6
        && indexOf(text, ',', cue.end(), end) == end) {
      // "Y, X said (on Monday)."
      return found(text, mode, cue.start(), cue.end(), lastComma + 1, cue.start(), start, lastComma,
          commitment, false);
    }
    // "X said (that) Y", "X, who…, said Y", "X told Z (that) Y"
    int firstComma = indexOf(text, ',', start, cue.start());
    int sourceEnd = firstComma < cue.start() ? firstComma : cue.start();
    if (wordsBetween(words, start, sourceEnd) > MAX_SOURCE_WORDS || wordsAfter == 0) {
      return Optional.empty();
    }
    int contentStart = cue.end();
    int limit = Math.min(words.size(), i + 7);
    for (int j = i + 1; j < limit; j++) {
      if (words.get(j).lower().equals("that")) {
        contentStart = words.get(j).end();
        break;
      }
    }
    boolean tells = cue.lower().equals("told") || cue.lower().equals("tells");
    if (contentStart == cue.end() && tells && i + 1 < words.size()) {
      contentStart = words.get(i + 1).end();
    }
    return found(text, mode, cue.start(), cue.end(), start, sourceEnd, contentStart, end, commitment, false);
  }

  private Optional<Found> found(String text, AttributionMode mode, int cueStart, int cueEnd, int sourceStart,
      int sourceEnd, int contentStart, int contentEnd, Factuality commitment, boolean carriedOver) {
    int[] content = Spans.trim(text, contentStart, contentEnd);
    if (!Spans.hasLetter(text, content[0], content[1])) {
      return Optional.empty();
    }
    int[] source = {-1, -1};
    if (mode != AttributionMode.UNNAMED_HEARSAY) {
      source = Spans.trim(text, sourceStart, sourceEnd);
      if (!Spans.usable(text, source[0], source[1]) || !Spans.hasLetter(text, source[0], source[1])) {
        return Optional.empty();
      }
    }
    Factuality flipped = NEGATION.matcher(text.substring(content[0], content[1])).find()
        ? flip(commitment) : commitment;
    return Optional.of(new Found(mode, cueStart, cueEnd, source[0], source[1], content[0], content[1],
        flipped, carriedOver));
  }

  static Factuality flip(Factuality f) {
    return switch (f.getPolarity()) {
      case POSITIVE -> Factuality.of(Polarity.NEGATIVE, f.getCertainty());
      case NEGATIVE -> Factuality.of(Polarity.POSITIVE, f.getCertainty());
      case UNKNOWN -> f;
    };
  }

  static boolean negated(String text) {
    return NEGATION.matcher(text).find();
  }

  static List<Word> words(String text, int start, int end) {
    BreakIterator it = BreakIterator.getWordInstance(Locale.ENGLISH);
    it.setText(text.substring(start, end));
    List<Word> words = new ArrayList<>();
    int from = it.first();
    for (int to = it.next(); to != BreakIterator.DONE; from = to, to = it.next()) {
      if (Spans.hasLetter(text, start + from, start + to)) {
        words.add(new Word(start + from, start + to, text.substring(start + from, start + to).toLowerCase(Locale.ROOT)));
      }
    }
    return words;
  }

  /** For each char of the sentence, whether it lies inside a quotation. */
  static boolean[] quoted(String sentence) {
    boolean[] inside = new boolean[sentence.length()];
    boolean open = false;
    for (int i = 0; i < sentence.length(); i++) {
      char c = sentence.charAt(i);
      if (c == '“') {
        open = true;
      } else if (c == '”') {
        open = false;
      } else if (c == '"') {
        open = !open;
      } else {
        inside[i] = open;
      }
    }
    return inside;
  }

  private static boolean hasQuote(boolean[] quoted) {
    for (boolean q : quoted) {
      if (q) {
        return true;
      }
    }
    return false;
  }

  private static int previousNonSpace(String text, int start, int at) {
    for (int i = at - 1; i >= start; i--) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static int indexOf(String text, char c, int from, int to) {
    int i = text.indexOf(c, from);
    return i < 0 || i >= to ? to : i;
  }

  private static int lastIndexOf(String text, char c, int from, int to) {
    int i = text.lastIndexOf(c, to - 1);
    return i < from ? -1 : i;
  }

  private static int wordsBetween(List<Word> words, int from, int to) {
    int n = 0;
    for (Word w : words) {
      if (w.start() >= from && w.end() <= to) {
        n++;
      }
    }
    return n;
  }
}
