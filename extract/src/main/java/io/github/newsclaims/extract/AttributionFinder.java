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
      "(?i)\\b(reportedly|allegedly|(?:is|are|was|were) (?:\\p{L}+ly )?(?:believed|reported|thought|said) to"
          + "|(?:is|are|was|were) (?:\\p{L}+ly )?expected|it is (?:\\p{L}+ly )?(?:reported|believed|understood) that)\\b");
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
      if (ch == '“') {
        open = true;
      } else if (ch == '”') {
        open = false;
      } else if (ch == '"') {
        open = !open;
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
      Optional<Found> f = found(text, AttributionMode.INDIRECT, ws, we, first.sourceStart(), first.sourceEnd(),
          contentStart, end, commitment.get(), false);
      if (f.isPresent()) {
        Found g = f.get();
        return Optional.of(new Continuation(c, s0, new Found(quoteMode(text, g.contentStart(), g.contentEnd()),
            g.cueStart(), g.cueEnd(), g.sourceStart(), g.sourceEnd(), g.contentStart(), g.contentEnd(),
            g.commitment(), false, null)));
      }
    }
    if (continuer && ns >= 0 && cueWithin(text, ws, end, 7)) {
      Optional<Found> f = find(text, ws, end, true);
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
   * The start of the last word in [from, to) when there are at least two words there, read in place;
   * else -1.
   */
  static int lastOfTwoOrMore(String text, int from, int to) {
    int words = 0;
    int last = -1;
    for (int at = nextWord(text, from, to); at >= 0; at = nextWord(text, wordEnd(text, at, to), to)) {
      words++;
      last = at;
    }
    return words >= 2 ? last : -1;
  }

  /** The end of the word of letters (with inner apostrophes and hyphens) that starts at {@code from}. */
  private static int wordEnd(String text, int from, int end) {
    int i = from;
    while (i < end && (Character.isLetter(text.charAt(i))
        || i > from && i + 1 < end && "'’-".indexOf(text.charAt(i)) >= 0 && Character.isLetter(text.charAt(i + 1)))) {
      i++;
    }
    return i;
  }

  /** The start of the next word (a letter) at or after {@code from}, or -1 when there is none before {@code end}. */
  private static int nextWord(String text, int from, int end) {
    int i = from;
    while (i < end && !Character.isLetter(text.charAt(i))) {
      i++;
    }
    return i < end ? i : -1;
  }

  private static String lower(String text, int from, int to) {
    return text.substring(from, to).toLowerCase(Locale.ROOT);
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
    Optional<Found> f = found(text, AttributionMode.INDIRECT, cue.start(), cue.end(), first.sourceStart(),
        first.sourceEnd(), contentStart, end, commitment.get(), false);
    return f.map(g -> new Found(quoteMode(text, g.contentStart(), g.contentEnd()), g.cueStart(), g.cueEnd(),
        g.sourceStart(), g.sourceEnd(), g.contentStart(), g.contentEnd(), g.commitment(), false, null));
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

    // A source named with a cue of its own outranks faceless hearsay in the same sentence ("The toll is
    // expected to rise, officials said"): the hearsay is read only when no named source is found.
    for (int i = 0; i < words.size(); i++) {
      Word cue = words.get(i);
      if (quoted[cue.start() - start]) {
        continue;
      }
      Optional<Factuality> commitment = cues.commitment(cue.lower());
      if (commitment.isEmpty() || passive(text, words, i)
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
    Matcher hearsay = HEARSAY.matcher(sentence);
    if (hearsay.find()) {
      return found(text, AttributionMode.UNNAMED_HEARSAY, start + hearsay.start(), start + hearsay.end(),
          -1, -1, start, end, Factuality.PROBABLY_SO, false);
    }
    return Optional.empty();
  }

  /**
   * Whether the cue at {@code i} is a passive participle ("were reported from Pakistan", "is
   * widely expected": a form of "be" before it, past at most two adverbs in "-ly") or an adjective
   * (after a number or a determiner: "163 confirmed cases", "an estimated 500").
   */
  private static boolean passive(String text, List<Word> words, int i) {
    String previous = i > 0 ? words.get(i - 1).lower() : "";
    int before = words.get(i).start() - 1;
    while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
      before--;
    }
    if (before >= 0 && Character.isDigit(text.charAt(before))
        || i > 0 && (ATTRIBUTIVE_BEFORE.contains(previous) || previous.endsWith("'s") || previous.endsWith("’s"))) {
      // A participle used as an adjective ("163 confirmed cases", "an estimated 500", "the reported
      // deaths") or a noun after a possessive ("the bank's forecast").
      return true;
    }
    int j = i - 1;
    while (j >= 0 && j >= i - 2 && words.get(j).lower().endsWith("ly") && words.get(j).lower().length() > 3) {
      j--;
    }
    return j >= 0 && AUXILIARIES.contains(words.get(j).lower());
  }

  private Optional<Found> read(String text, int start, int end, List<Word> words, int i, AttributionMode mode,
      Factuality commitment) {
    Word cue = words.get(i);
    boolean tells = cue.lower().equals("told") || cue.lower().equals("tells");
    int before = previousNonSpace(text, start, cue.start());
    int wordsAfter = words.size() - i - 1;
    int nextComma = indexOf(text, ',', cue.end(), end);
    int wordsToComma = wordsBetween(words, cue.end(), nextComma);
    Optional<Found> apposed = apposedAfterQuote(text, start, words, cue, mode, commitment);
    if (apposed.isPresent()) {
      return apposed;
    }
    boolean afterQuote = before >= 0 && "”\"’".indexOf(text.charAt(before)) >= 0
        || before > start && text.charAt(before) == ',' && "”\"’".indexOf(text.charAt(before - 1)) >= 0;
    if (before >= 0 && wordsAfter >= 1 && !tells
        && (afterQuote || text.charAt(before) == ',' && wordsToComma <= 6 && i + 1 < words.size()
            && Character.isUpperCase(text.charAt(words.get(i + 1).start())))) {
      // "Y," said X.  — the source follows the cue, up to a comma, a relative clause or the sentence's end.
      // Not after "told": the name after it is the addressee ("… told Reuters").
      return found(text, mode, cue.start(), cue.end(), cue.end(), relativeClause(words, cue.end(), nextComma),
          start, before + 1, commitment, false);
    }
    int lastComma = lastIndexOf(text, ',', start, cue.start());
    if (lastComma >= 0 && (wordsToComma <= 6 || closesQuote(text, lastComma)) && wordsBetween(words, lastComma, cue.start()) <= 6
        && wordsBetween(words, start, lastComma) >= 3
        && (wordsToComma == 0 || TRAILERS.contains(words.get(i + 1).lower()) || closesQuote(text, lastComma))) {
      // "Y, X said (on Monday)(, adding …)."
      return found(text, mode, cue.start(), cue.end(), skipConjunction(words, lastComma + 1, cue.start()),
          sourceEnd(words, lastComma + 1, cue.start()), start, lastComma, commitment, false);
    }
    // "X said (that) Y", "X, who…, said Y", "X told Z (that) Y", after any opening phrase ("Speaking
    // to reporters, X said …", "In a statement, the ministry said …").
    int clauseStart = afterOpeners(text, words, start, cue.start());
    int firstComma = indexOf(text, ',', clauseStart, cue.start());
    int sourceStart = clauseStart;
    int sourceEnd = firstComma < cue.start() ? firstComma : sourceEnd(words, clauseStart, cue.start());
    if (wordsBetween(words, clauseStart, sourceEnd) > MAX_SOURCE_WORDS || sourceEnd == firstComma
        && wordsBetween(words, firstComma, cue.start()) > 12) {
      // A clause before the source: the source is the words just before the cue, back to a boundary;
      // with no boundary, a long noun phrase ("A statement released late Tuesday by the governor of …").
      sourceEnd = sourceEnd(words, clauseStart, cue.start());
      sourceStart = boundaryBefore(text, words, clauseStart, sourceEnd);
      int length = wordsBetween(words, sourceStart, sourceEnd);
      if (length > (sourceStart == clauseStart ? LONG_SOURCE_WORDS : MAX_SOURCE_WORDS)) {
        return Optional.empty();
      }
    }
    if (sourceEnd == firstComma) {
      int[] name = apposedName(text, words, firstComma, cue.start());
      if (name != null) {
        // "Another opposition candidate, Lansana Kouyate, said …": the name between the commas is the source.
        sourceStart = name[0];
        sourceEnd = name[1];
      }
    }
    int coordinated = coordinatedSubject(text, words, sourceStart, sourceEnd);
    if (coordinated > sourceStart) {
      // "Cooper praised the Goa club and said …": the subject of the first verb speaks.
      sourceEnd = coordinated;
    } else if (coordinated == -2) {
      return Optional.empty();
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
    if (contentStart == cue.end() && tells && i + 1 < words.size()) {
      contentStart = words.get(i + 1).end();
    }
    return found(text, mode, cue.start(), cue.end(), sourceStart, sourceEnd, contentStart, end, commitment, false);
  }

  /**
   * The name in "role, Name Surname, said": two to four capitalised words between the comma at
   * {@code comma} and a comma just before the cue, as {start, end}; else null.
   */
  private static int[] apposedName(String text, List<Word> words, int comma, int cueStart) {
    int last = previousNonSpace(text, comma + 1, cueStart);
    if (last < 0 || text.charAt(last) != ',' || indexOf(text, ',', comma + 1, last) < last) {
      return null;
    }
    int n = 0;
    int first = -1;
    int end = -1;
    for (Word w : words) {
      if (w.start() > comma && w.end() <= last) {
        if (!Character.isUpperCase(text.charAt(w.start()))) {
          return null;
        }
        first = first < 0 ? w.start() : first;
        end = w.end();
        n++;
      }
    }
    return n >= 2 && n <= 4 ? new int[] {first, end} : null;
  }

  /** The longest source without a comma or a clause word before it: a noun phrase with its modifiers. */
  private static final int LONG_SOURCE_WORDS = 14;
  /**
   * Words that open a sentence with an adverbial phrase up to a comma before the subject: "After
   * the match, …", "In a statement, …", "Speaking to reporters, …" (any word in "-ing").
   */
  private static final java.util.Set<String> OPENERS = java.util.Set.of("after", "before", "during", "following",
      "in", "on", "at", "amid", "despite", "with", "without", "earlier", "later", "meanwhile", "separately",
      "asked", "since", "from", "under", "by", "for", "last", "this", "yesterday", "today", "however", "still",
      "also", "overall", "instead", "now", "then");
  /** Words between a source and its cue that belong to the verb: auxiliaries and adverbs ("X has also said"). */
  private static final java.util.Set<String> VERB_WORDS = java.util.Set.of("has", "have", "had", "will", "would",
      "also", "further", "later", "earlier", "previously", "then", "again", "separately", "repeatedly", "recently",
      "publicly", "once", "already", "did", "does", "do", "not", "never", "initially", "first", "subsequently");

  /** Past any opening phrases that end at a comma before {@code cueStart}; else {@code start}. */
  private static int afterOpeners(String text, List<Word> words, int start, int cueStart) {
    int from = start;
    for (int guard = 0; guard < 3; guard++) {
      Word first = null;
      for (Word w : words) {
        if (w.start() >= from) {
          first = w;
          break;
        }
      }
      int comma = indexOf(text, ',', from, cueStart);
      if (first == null || comma >= cueStart || first.start() >= comma
          || !(OPENERS.contains(first.lower()) || first.lower().endsWith("ing") && first.lower().length() > 5)
          || wordsBetween(words, from, comma) > 12 || wordsBetween(words, comma, cueStart) == 0) {
        return from;
      }
      from = comma + 1;
    }
    return from;
  }

  /** {@code to} moved back past verb words ("has", "also") that end the words before a cue. */
  private static int sourceEnd(List<Word> words, int from, int to) {
    int end = to;
    for (int k = words.size() - 1; k >= 0; k--) {
      Word w = words.get(k);
      if (w.end() > end) {
        continue;
      }
      if (w.start() < from || !VERB_WORDS.contains(w.lower())) {
        break;
      }
      end = w.start();
    }
    return end;
  }

  /**
   * When the words before the cue end in "and" or "but" after a verb ("Cooper praised the Goa club
   * and said …"), the end of the subject at their start (a past-tense verb in "-ed" or a form of
   * "be"/"have" ends it); -2 when that cannot be found, -1 when there is no coordination.
   */
  private static int coordinatedSubject(String text, List<Word> words, int from, int to) {
    List<Word> inside = new ArrayList<>();
    for (Word w : words) {
      if (w.start() >= from && w.end() <= to) {
        inside.add(w);
      }
    }
    if (inside.size() < 3) {
      return -1;
    }
    String last = inside.get(inside.size() - 1).lower();
    if (!last.equals("and") && !last.equals("but")) {
      return -1;
    }
    for (int k = 1; k < Math.min(inside.size() - 1, 6); k++) {
      String w = inside.get(k).lower();
      if (w.endsWith("ed") || VERBS_IN_SOURCE.contains(w)) {
        return inside.get(k).start();
      }
    }
    return -2;
  }

  /**
   * "“Y,” X, a description, said." — a quotation closed by a comma, then a name and a description
   * between commas, then the cue: the source is the name, the content the quotation.
   */
  private Optional<Found> apposedAfterQuote(String text, int start, List<Word> words, Word cue, AttributionMode mode,
      Factuality commitment) {
    int quote = -1;
    for (int k = cue.start() - 1; k > start; k--) {
      char c = text.charAt(k);
      if ((c == '”' || c == '"') && ",.!?".indexOf(text.charAt(k - 1)) >= 0) {
        quote = k;
        break;
      }
    }
    if (quote < 0) {
      return Optional.empty();
    }
    int comma = indexOf(text, ',', quote + 1, cue.start());
    int before = previousNonSpace(text, quote + 1, cue.start());
    if (comma >= cue.start() || before != lastIndexOf(text, ',', quote + 1, cue.start()) || comma == before
        || wordsBetween(words, quote + 1, comma) == 0 || wordsBetween(words, quote + 1, comma) > 6
        || wordsBetween(words, quote + 1, cue.start()) > 16) {
      return Optional.empty();
    }
    int first = quote + 1;
    while (first < comma && Character.isWhitespace(text.charAt(first))) {
      first++;
    }
    if (first >= comma || !Character.isUpperCase(text.charAt(first))) {
      return Optional.empty();
    }
    return found(text, mode, cue.start(), cue.end(), first, comma, start, quote, commitment, false);
  }

  private static final java.util.Set<String> AUXILIARIES = java.util.Set.of("is", "are", "was", "were", "be",
      "been", "being");
  /** Words before a participle that make it an adjective rather than a cue: "an estimated 500". */
  private static final java.util.Set<String> ATTRIBUTIVE_BEFORE = java.util.Set.of("a", "an", "the", "its", "their",
      "his", "her", "our", "these", "those", "other", "more", "many", "several", "some", "no");
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
