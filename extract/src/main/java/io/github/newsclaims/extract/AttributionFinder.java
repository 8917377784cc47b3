package io.github.newsclaims.extract;

import io.github.newsclaims.core.AttributionMode;
import io.github.newsclaims.core.Factuality;
import io.github.newsclaims.core.Polarity;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
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
      "(?i)\\b(reportedly|allegedly|(?:is|are|was|were) (?:believed|reported|thought|said) to|(?:is|are|was|were) expected|it is (?:reported|believed|understood) that)\\b");
  private static final Pattern NEGATION = Pattern.compile("(?i)\\b(not|never|no longer)\\b|n't\\b|n’t\\b");
  private static final int MAX_SOURCE_WORDS = 8;

  private final Lexicon cues;

  AttributionFinder(Lexicon cues) {
    this.cues = cues;
  }

  /** A word of a sentence, in offsets of the article's text. */
  record Word(int start, int end, String lower) {}

  Optional<Found> find(String text, int start, int end) {
    return find(text, start, end, false);
  }

  /**
   * The attribution inside the content of {@code outer} when the content starts with one of its
   * own ("X reported that Y said Z": Y said Z), for the chain [X, Y]; else null.
   */
  private Found inner(String text, Found outer) {
    if (outer.mode() == AttributionMode.UNNAMED_HEARSAY || outer.contentStart() < outer.cueEnd()) {
      return null;
    }
    Optional<Found> in = find(text, outer.contentStart(), outer.contentEnd(), true);
    if (in.isEmpty() || !in.get().hasSource() || in.get().sourceStart() > in.get().cueStart()
        || words(text, outer.contentStart(), in.get().cueStart()).size() > 6) {
      return null;
    }
    return in.get();
  }

  /**
   * The mode a quotation gives the content: {@code DIRECT_QUOTE} when quoted words make up most of
   * it (four in five letters), {@code PARTIAL_QUOTE} when some of it is quoted ("said the economy
   * risked falling into a “doom loop”"), else {@code INDIRECT}.
   */
  static AttributionMode quoteMode(String text, int start, int end) {
    // The content is trimmed of its quotation marks: look at them again.
    if (start > 0 && "“\"".indexOf(text.charAt(start - 1)) >= 0) {
      start--;
    }
    for (int k = 0; k < 2 && end < text.length() && ",.!?”\"".indexOf(text.charAt(end)) >= 0; k++) {
      end++;
    }
    boolean[] quoted = quoted(text.substring(start, end));
    int letters = 0;
    int inside = 0;
    for (int i = start; i < end; i++) {
      if (Character.isLetter(text.charAt(i))) {
        letters++;
        inside += quoted[i - start] ? 1 : 0;
      }
    }
    if (inside == 0) {
      return AttributionMode.INDIRECT;
    }
    return inside * 5 >= letters * 4 ? AttributionMode.DIRECT_QUOTE : AttributionMode.PARTIAL_QUOTE;
  }

  private Optional<Found> find(String text, int start, int end, boolean nested) {
    String sentence = text.substring(start, end);
    boolean[] quoted = quoted(sentence);
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
              start + comma + 1, end, Factuality.CERTAINLY_SO, false);
        }
      } else {
        // "Y, according to X."
        int sourceEnd = relativeClause(words, start + b, start + (comma > b ? comma : sentence.length())) - start;
        return found(text, AttributionMode.ACCORDING_TO, start + a, start + b, start + b, start + sourceEnd,
            start, start + a, Factuality.CERTAINLY_SO, false);
      }
    }

    Matcher hearsay = HEARSAY.matcher(sentence);
    if (hearsay.find()) {
      return found(text, AttributionMode.UNNAMED_HEARSAY, start + hearsay.start(), start + hearsay.end(),
          -1, -1, start, end, Factuality.PROBABLY_SO, false);
    }

    for (int i = 0; i < words.size(); i++) {
      Word cue = words.get(i);
      if (quoted[cue.start() - start]) {
        continue;
      }
      Optional<Factuality> commitment = cues.commitment(cue.lower());
      if (commitment.isEmpty() || i > 0 && AUXILIARIES.contains(words.get(i - 1).lower())
          || cue.lower().startsWith("call") && i + 1 < words.size()
              && Set.of("for", "on", "off", "up").contains(words.get(i + 1).lower())) {
        // No cue, a passive ("were reported from Pakistan") or a phrasal verb ("called for"): nobody is named as saying it here.
        continue;
      }
      Optional<Found> read = read(text, start, end, words, i, AttributionMode.INDIRECT, commitment.get());
      if (read.isPresent()) {
        Found f = read.get();
        AttributionMode mode = quoteMode(text, f.contentStart(), f.contentEnd());
        Found inner = nested ? null : inner(text, f);
        return Optional.of(new Found(mode, f.cueStart(), f.cueEnd(), f.sourceStart(), f.sourceEnd(),
            f.contentStart(), f.contentEnd(), f.commitment(), f.carriedOver(), inner));
      }
    }
    return Optional.empty();
  }

  private Optional<Found> read(String text, int start, int end, List<Word> words, int i, AttributionMode mode,
      Factuality commitment) {
    Word cue = words.get(i);
    int before = previousNonSpace(text, start, cue.start());
    int wordsAfter = words.size() - i - 1;
    int nextComma = indexOf(text, ',', cue.end(), end);
    int wordsToComma = wordsBetween(words, cue.end(), nextComma);
    boolean afterQuote = before >= 0 && "”\"’".indexOf(text.charAt(before)) >= 0
        || before > start && text.charAt(before) == ',' && "”\"’".indexOf(text.charAt(before - 1)) >= 0;
    if (before >= 0 && wordsAfter >= 1
        && (afterQuote || text.charAt(before) == ',' && wordsToComma <= 6 && i + 1 < words.size()
            && Character.isUpperCase(text.charAt(words.get(i + 1).start())))) {
      // "Y," said X.  — the source follows the cue, up to a comma, a relative clause or the sentence's end.
      return found(text, mode, cue.start(), cue.end(), cue.end(), relativeClause(words, cue.end(), nextComma),
          start, before + 1, commitment, false);
    }
    int lastComma = lastIndexOf(text, ',', start, cue.start());
    if (lastComma >= 0 && (wordsToComma <= 6 || closesQuote(text, lastComma)) && wordsBetween(words, lastComma, cue.start()) <= 6
        && wordsBetween(words, start, lastComma) >= 3
        && (wordsToComma == 0 || TRAILERS.contains(words.get(i + 1).lower()) || closesQuote(text, lastComma))) {
      // "Y, X said (on Monday)(, adding …)."
      return found(text, mode, cue.start(), cue.end(), skipConjunction(words, lastComma + 1, cue.start()),
          cue.start(), start, lastComma, commitment, false);
    }
    // "X said (that) Y", "X, who…, said Y", "X told Z (that) Y"
    int firstComma = indexOf(text, ',', start, cue.start());
    int sourceStart = start;
    int sourceEnd = firstComma < cue.start() ? firstComma : cue.start();
    if (wordsBetween(words, start, sourceEnd) > MAX_SOURCE_WORDS || sourceEnd == firstComma
        && wordsBetween(words, firstComma, cue.start()) > 12) {
      // A clause before the source: the source is the words just before the cue, back to a boundary.
      sourceEnd = cue.start();
      sourceStart = boundaryBefore(text, words, start, cue.start());
      if (wordsBetween(words, sourceStart, sourceEnd) > 6) {
        return Optional.empty();
      }
    }
    if (wordsAfter == 0 || !nominal(words, sourceStart, sourceEnd)) {
      return Optional.empty();
    }
    sourceStart = skipConjunction(words, sourceStart, sourceEnd);
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
    return found(text, mode, cue.start(), cue.end(), sourceStart, sourceEnd, contentStart, end, commitment, false);
  }

  private static final java.util.Set<String> AUXILIARIES = java.util.Set.of("is", "are", "was", "were", "be",
      "been", "being");
  /** Words that may follow the cue of "Y, X said …": a time, a place, a channel, an addressee. */
  private static final java.util.Set<String> TRAILERS = java.util.Set.of("on", "in", "at", "to", "after", "during",
      "before", "by", "from", "via", "yesterday", "today", "tonight", "earlier", "later", "last", "this", "late",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "afp", "reuters", "reporters");
  private static final java.util.Set<String> BOUNDARY_WORDS = java.util.Set.of("while", "but", "and", "as", "when",
      "though", "although", "whereas", "because", "after", "since", "so", "that", "which", "who");

  /** The start of the words before {@code at} back to a comma, a semicolon or a clause word. */
  private static int boundaryBefore(String text, List<Word> words, int start, int at) {
    int from = start;
    for (Word w : words) {
      if (w.end() > at) {
        break;
      }
      if (BOUNDARY_WORDS.contains(w.lower())) {
        from = w.end();
      }
    }
    int punct = Math.max(text.lastIndexOf(',', at - 1), text.lastIndexOf(';', at - 1));
    return Math.max(from, punct >= start ? punct + 1 : start);
  }

  /**
   * Whether the words of [from, to) can be a source: no finite auxiliary ("The finding has led the
   * authors to suspect") and no preposition or infinitive marker at the end ("the number of
   * confirmed cases").
   */
  private static boolean nominal(List<Word> words, int from, int to) {
    Word last = null;
    for (Word w : words) {
      if (w.start() >= from && w.end() <= to) {
        if (VERBS_IN_SOURCE.contains(w.lower())) {
          return false;
        }
        last = w;
      }
    }
    return last == null || !Set.of("to", "of", "in", "for", "with", "by", "at", "on", "from").contains(last.lower());
  }

  private static final java.util.Set<String> VERBS_IN_SOURCE = java.util.Set.of("has", "have", "had", "is", "are",
      "was", "were", "will", "would", "can", "could", "should", "did", "does", "do");

  /** Whether the comma at {@code at} ends a quotation ("…,” he said"). */
  private static boolean closesQuote(String text, int at) {
    return at + 1 < text.length() && "”\"".indexOf(text.charAt(at + 1)) >= 0;
  }

  /** Where a relative clause ("who …", "which …") starts in [from, to), else {@code to}. */
  static int relativeClause(List<Word> words, int from, int to) {
    for (Word w : words) {
      if (w.start() >= from && w.end() <= to && (w.lower().equals("who") || w.lower().equals("which"))) {
        return w.start();
      }
    }
    return to;
  }

  /** The source start moved past a leading conjunction ("but the commission said"). */
  private static int skipConjunction(List<Word> words, int from, int to) {
    for (Word w : words) {
      if (w.start() >= from && w.end() <= to) {
        return BOUNDARY_WORDS.contains(w.lower()) ? w.end() : from;
      }
    }
    return from;
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
        flipped, carriedOver, null));
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
