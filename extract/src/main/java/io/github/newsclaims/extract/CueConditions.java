package io.github.newsclaims.extract;

import io.github.newsclaims.extract.Words.Word;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * When a word of the cue table attributes in a sentence, beyond being a cue at all: some cues
 * attribute only in one construction, and a cue whose object is a short noun phrase reports an act,
 * not a content. Each rule is a documented reading of news English:
 *
 * <ul>
 *   <li>"criticise", "denounce", "describe" attribute with "as" ("a move the government criticised
 *       as systematic", "described the paper as bogus"); "IMF and Moody's criticise UK policy" is an
 *       act with no content;</li>
 *   <li>"state" and "states" attribute only with "that" ("the report states that …"): otherwise
 *       they are the noun ("using state resources", "the United States");</li>
 *   <li>the research verbs "find" and "show" attribute with "that" ("the minutes showed that …",
 *       "has shown that …") or at the end of a sentence ("…, study finds"); "police found a body"
 *       is no attribution;</li>
 *   <li>"told X to do" is an order, not a report ("the party has told its supporters to wear
 *       uniforms"); "variously reported at 600" is a participle before a figure, which the finder
 *       reads as faceless hearsay;</li>
 *   <li>a cue other than "say", "tell", "add", "announce", "confirm" and "declare" whose subject comes
 *       first and whose object is at most three words up to a comma, without "that", a finite verb or a
 *       figure ("Guinea opposition alleges fraud, …", "party denies vote-rigging allegations", "…, as
 *       Biden predicts end of conflict") names an act, which the annotation guide makes a
 *       statement, not a hop; "Y, the ministry reported in full" and "Y, reports Xinhua" keep
 *       their cue, whose content comes first.</li>
 * </ul>
 *
 * Stateless.
 */
final class CueConditions {
  private CueConditions() {}

  private static final Set<String> AS_CUES = Set.of("criticise", "criticises", "criticised", "criticising",
      "criticize", "criticizes", "criticized", "criticizing", "denounce", "denounces", "denounced", "denouncing",
      "describe", "describes", "described", "describing");
  private static final Set<String> THAT_CUES = Set.of("find", "finds", "found", "finding", "show", "shows",
      "showed", "shown", "showing");
  /** Cues whose object is a content even when short: reported speech, and announcing or confirming a thing asserts it. */
  private static final Set<String> CLAUSE_CUES = Set.of("say", "says", "said", "saying", "tell", "tells", "told",
      "telling", "add", "adds", "added", "adding", "announce", "announces", "announced", "announcing", "confirm",
      "confirms", "confirmed", "confirming", "declare", "declares", "declared", "declaring");
  /** Words that make a short object a clause ("believe are fabricated"). */
  private static final Set<String> FINITE = Set.of("is", "are", "was", "were", "will", "would", "has", "have", "had",
      "can", "could", "may", "might", "should", "must");
  /** What follows "reported at" when it reads a figure: a digit or a hedge of one. */
  private static final Pattern FIGURE = Pattern.compile(
      "(?i)\\s+(?:\\d|between\\b|about\\b|around\\b|more\\b|least\\b|nearly\\b|some\\b)");
  /** Words that open a clause after a comma, before the cue's own subject. */
  private static final Set<String> CLAUSE_WORDS = Set.of("as", "which", "while", "when", "whereas", "and", "but");
  private static final Set<String> TELLS = Set.of("tell", "tells", "told", "telling");
  /** Words after a cue that start a time, a place or a channel rather than its object ("reported on Monday"). */
  private static final Set<String> NOT_AN_OBJECT = Set.of("on", "in", "at", "to", "after", "during", "before", "by",
      "from", "via", "yesterday", "today", "tonight", "earlier", "later", "last", "this", "late", "that", "it",
      "they", "he", "she", "we", "there", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday");
  private static final int SHORT_OBJECT = 3;

  /** Whether the cue word {@code words[i]} of the sentence [start, end) attributes by the rules above. */
  static boolean attributes(String text, List<Word> words, int i, int start, int end) {
    String cue = words.get(i).lower();
    if (AS_CUES.contains(cue)) {
      return followedWithin(text, words, i, "as", 6);
    }
    if (cue.equals("state") || cue.equals("states")) {
      return followedWithin(text, words, i, "that", 1); // "using state resources", "the United States": a noun
    }
    if (THAT_CUES.contains(cue)) {
      return followedWithin(text, words, i, "that", 1) || i == words.size() - 1;
    }
    if (TELLS.contains(cue) && followedWithin(text, words, i, "to", 6) && !followedWithin(text, words, i, "that", 6)) {
      return false; // "the party has told its supporters to wear uniforms": an order, no content
    }
    if (i > 0 && words.get(i - 1).lower().endsWith("ly") && followedWithin(text, words, i, "at", 1)
        && FIGURE.matcher(text).region(words.get(i + 1).end(), end).lookingAt()) {
      return false; // "variously reported at 600": a participle before a figure (hearsay), not a speaker's cue
    }
    if (CLAUSE_CUES.contains(cue) || i + 1 >= words.size()
        || NOT_AN_OBJECT.contains(words.get(i + 1).lower())) {
      return true;
    }
    int lastComma = -1;
    for (int k = start; k < words.get(i).start(); k++) {
      if ("“”\"".indexOf(text.charAt(k)) >= 0) {
        return true; // a quote may be the content: "“…,” Cooper warned reporters."
      }
      if (",;:".indexOf(text.charAt(k)) >= 0) {
        lastComma = k;
      }
    }
    if (lastComma >= 0) {
      // "Y, the ministry reported in full": the content may come before a subject after the comma; not
      // so when no subject stands there ("…, reports 1 death") or a clause word opens it ("…, as Biden predicts …").
      Word first = null;
      for (Word w : words) {
        if (w.start() > lastComma) {
          first = w;
          break;
        }
      }
      if (first != null && first.start() < words.get(i).start() && !CLAUSE_WORDS.contains(first.lower())) {
        return true;
      }
      if (first != null && first.start() == words.get(i).start()
          && Character.isUpperCase(text.charAt(words.get(i + 1).start()))) {
        return true; // "Y, reports Xinhua news agency": the subject follows the cue
      }
    }
    int objectEnd = end;
    for (int k = words.get(i).end(); k < end; k++) {
      if (",;:“”\"".indexOf(text.charAt(k)) >= 0) {
        objectEnd = k;
        break;
      }
    }
    for (int k = words.get(i).end(); k < objectEnd; k++) {
      if (Character.isDigit(text.charAt(k))) {
        return true; // a figure makes the object a content: "is now reporting 1,000 dead"
      }
    }
    int object = 0;
    for (int k = i + 1; k < words.size() && words.get(k).end() <= objectEnd; k++) {
      if (FINITE.contains(words.get(k).lower())) {
        return true;
      }
      object++;
    }
    return object > SHORT_OBJECT;
  }

  /** Whether {@code word} is among the {@code n} words after {@code i}, before any comma. */
  private static boolean followedWithin(String text, List<Word> words, int i, String word, int n) {
    for (int k = i + 1; k < words.size() && k <= i + n; k++) {
      for (int c = words.get(k - 1).end(); c < words.get(k).start(); c++) {
        if (text.charAt(c) == ',') {
          return false;
        }
      }
      if (words.get(k).lower().equals(word)) {
        return true;
      }
    }
    return false;
  }
}
