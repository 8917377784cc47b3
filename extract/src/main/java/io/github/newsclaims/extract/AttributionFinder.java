package io.github.newsclaims.extract;

import static io.github.newsclaims.extract.SourceBounds.*;
import static io.github.newsclaims.extract.Words.*;

import io.github.newsclaims.core.AttributionMode;
import io.github.newsclaims.core.Factuality;
import io.github.newsclaims.core.Polarity;
import io.github.newsclaims.extract.Words.Word;
import java.util.List;
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
          + "|(?:is|are|was|were) (?:\\p{L}+ly )?expected|it is (?:\\p{L}+ly )?(?:reported|believed|understood) that"
          + "|there (?:are|were|have been|had been) (?:\\p{L}+ )?(?:allegations|reports|claims|rumou?rs) that"
          + "|\\p{L}+ly (?:reported|estimated|put) at)\\b");
  private static final Pattern NEGATION = Pattern.compile("(?i)\\b(not|never|no longer)\\b|n't\\b|n’t\\b");
  private static final int MAX_SOURCE_WORDS = 8;

  private final Lexicon cues;

  AttributionFinder(Lexicon cues) {
    this.cues = cues;
  }


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


  /** Whether a nested attribution's source is "it", "they" or "we": the outer source speaking of itself. */
  private static boolean selfReference(String text, Found inner) {
    return Set.of("it", "they", "we").contains(
        text.substring(inner.sourceStart(), inner.sourceEnd()).toLowerCase(java.util.Locale.ROOT));
  }

  /** The attribution of [start, end); {@code nested} when reading inside another's content (no chain is sought). */
  Optional<Found> find(String text, int start, int end, boolean nested) {
    String sentence = text.substring(start, end);
    boolean[] quoted = Quotes.quoted(sentence);
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
      if (commitment.isEmpty() || passive(text, words, i) || !CueConditions.attributes(text, words, i, start, end)
          || i > 0 && words.get(i - 1).lower().equals("than") // a comparison: "more sharply than expected"
          || cue.lower().startsWith("call") && i + 1 < words.size()
              && Set.of("for", "on", "off", "up").contains(words.get(i + 1).lower())) {
        // No cue, a passive ("were reported from Pakistan") or a phrasal verb ("called for"): nobody is named as saying it here.
        continue;
      }
      Optional<Found> read = read(text, start, end, words, i, AttributionMode.INDIRECT, commitment.get());
      if (read.isPresent()) {
        Found f = read.get();
        AttributionMode mode = Quotes.quoteMode(text, f.contentStart(), f.contentEnd());
        Found inner = nested ? null : inner(text, f);
        if (inner != null && selfReference(text, inner) && inner.commitment() != f.commitment()) {
          // "X said it expects Y": one hop of X, whose cue is the verb that sets the commitment.
          return Optional.of(new Found(Quotes.quoteMode(text, inner.contentStart(), inner.contentEnd()),
              inner.cueStart(), inner.cueEnd(), f.sourceStart(), f.sourceEnd(), inner.contentStart(),
              inner.contentEnd(), inner.commitment(), f.carriedOver()));
        }
        Found speaker = new Found(mode, f.cueStart(), f.cueEnd(), f.sourceStart(), f.sourceEnd(),
            f.contentStart(), f.contentEnd(), f.commitment(), f.carriedOver(), inner);
        return Optional.of(nested || inner != null ? speaker : relayed(text, speaker, end).orElse(speaker));
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
    Optional<Found> absolute = withParticiple(text, end, words, i, mode, commitment);
    if (absolute.isPresent()) {
      return absolute;
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
    if (lastComma >= 0 && (wordsToComma <= 6 || Quotes.closesQuote(text, lastComma)) && wordsBetween(words, lastComma, cue.start()) <= 6
        && wordsBetween(words, start, lastComma) >= 3
        && (wordsToComma == 0 || TRAILERS.contains(words.get(i + 1).lower()) || Quotes.closesQuote(text, lastComma))) {
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


  private static final Pattern RELAYED = Pattern.compile("(?i)\\bas (quoted|reported|cited) by\\b");

  /**
   * "“Y,” Cooper said as quoted by the ISL's website": the relay is an outer hop (cue "quoted",
   * its source what follows "by" up to a comma or the sentence's end) around the speaker's.
   */
  private static Optional<Found> relayed(String text, Found speaker, int end) {
    if (!speaker.hasSource() || !speaker.hasCue() || speaker.cueEnd() < speaker.contentEnd()) {
      return Optional.empty();
    }
    Matcher m = RELAYED.matcher(text).region(speaker.cueEnd(), end);
    if (!m.find() || !text.substring(speaker.cueEnd(), m.start()).isBlank()) {
      return Optional.empty();
    }
    int sourceEnd = indexOf(text, ',', m.end(), end);
    Optional<Found> outer = found(text, AttributionMode.INDIRECT, m.start(1), m.end(1), m.end(), sourceEnd,
        speaker.contentStart(), speaker.contentEnd(), Factuality.CERTAINLY_SO, false);
    return outer.map(o -> new Found(o.mode(), o.cueStart(), o.cueEnd(), o.sourceStart(), o.sourceEnd(),
        speaker.contentStart(), speaker.contentEnd(), o.commitment(), false, speaker));
  }

  /**
   * "…, with its leader, Ismail Haniyeh, saying: Y" — a participle cue after ", with X": the source is
   * X (the name between commas when X has an apposition), the content what follows the cue.
   */
  private static Optional<Found> withParticiple(String text, int end, List<Word> words, int i, AttributionMode mode,
      Factuality commitment) {
    Word cue = words.get(i);
    if (!cue.lower().endsWith("ing") || i + 1 >= words.size()) {
      return Optional.empty();
    }
    for (int j = i - 1; j >= Math.max(0, i - MAX_SOURCE_WORDS - 1); j--) {
      Word w = words.get(j);
      if (!w.lower().equals("with")) {
        continue;
      }
      int before = previousNonSpace(text, 0, w.start());
      if (before < 0 || text.charAt(before) != ',' || j + 1 >= i) {
        return Optional.empty();
      }
      int sourceStart = w.end();
      int sourceEnd = cue.start();
      int comma = indexOf(text, ',', sourceStart, cue.start());
      if (comma < cue.start()) {
        int[] name = apposedName(text, words, comma, cue.start());
        if (name == null) {
          return Optional.empty();
        }
        sourceStart = name[0];
        sourceEnd = name[1];
      }
      if (!nominal(words, sourceStart, sourceEnd)) {
        return Optional.empty();
      }
      int contentStart = words.get(i + 1).lower().equals("that") ? words.get(i + 1).end() : cue.end();
      return found(text, mode, cue.start(), cue.end(), sourceStart, sourceEnd, contentStart, end, commitment, false);
    }
    return Optional.empty();
  }

  /**
   * "“Y,” X, a description, said." — a quotation closed by a comma, then a name and a description
   * between commas, then the cue: the source is the name, the content the quotation.
   */
  private static Optional<Found> apposedAfterQuote(String text, int start, List<Word> words, Word cue, AttributionMode mode,
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


  /** An attribution of trimmed spans, its commitment flipped by a negation in the content; empty when a span is unusable. */
  static Optional<Found> found(String text, AttributionMode mode, int cueStart, int cueEnd, int sourceStart,
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

}
