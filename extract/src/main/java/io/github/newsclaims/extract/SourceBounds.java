package io.github.newsclaims.extract;

import static io.github.newsclaims.extract.Words.indexOf;
import static io.github.newsclaims.extract.Words.previousNonSpace;
import static io.github.newsclaims.extract.Words.wordsBetween;

import io.github.newsclaims.extract.Words.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where a source mention starts and ends among the words before (or after) its cue: past opening
 * phrases ("Speaking to reporters, …"), verb words ("has also"), a leading conjunction, a clause
 * before the source, an apposed name ("Another opposition candidate, Lansana Kouyate, said"), a
 * coordinated verb ("Cooper praised the club and said"), a relative clause; and whether the words
 * can be a source at all. The word lists that make these boundaries live here. Stateless.
 */
final class SourceBounds {
  private SourceBounds() {}

  /**
   * The name in "role, Name Surname, said": two to four capitalised words between the comma at
   * {@code comma} and a comma just before the cue, as {start, end}; else null.
   */
  static int[] apposedName(String text, List<Word> words, int comma, int cueStart) {
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
  static final int LONG_SOURCE_WORDS = 14;
  /**
   * Words that open a sentence with an adverbial phrase up to a comma before the subject: "After
   * the match, …", "In a statement, …", "Speaking to reporters, …" (any word in "-ing").
   */
  static final Set<String> OPENERS = java.util.Set.of("after", "before", "during", "following",
      "in", "on", "at", "amid", "despite", "with", "without", "earlier", "later", "meanwhile", "separately",
      "asked", "since", "from", "under", "by", "for", "last", "this", "yesterday", "today", "however", "still",
      "also", "overall", "instead", "now", "then");
  /** Words between a source and its cue that belong to the verb: auxiliaries and adverbs ("X has also said"). */
  static final Set<String> VERB_WORDS = java.util.Set.of("has", "have", "had", "will", "would",
      "also", "further", "later", "earlier", "previously", "then", "again", "separately", "repeatedly", "recently",
      "publicly", "once", "already", "did", "does", "do", "not", "never", "initially", "first", "subsequently");

  /** Past any opening phrases that end at a comma before {@code cueStart}; else {@code start}. */
  static int afterOpeners(String text, List<Word> words, int start, int cueStart) {
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
  static int sourceEnd(List<Word> words, int from, int to) {
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
  static int coordinatedSubject(String text, List<Word> words, int from, int to) {
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

  static final Set<String> AUXILIARIES = java.util.Set.of("is", "are", "was", "were", "be",
      "been", "being");
  /** Words before a participle that make it an adjective rather than a cue: "an estimated 500". */
  static final Set<String> ATTRIBUTIVE_BEFORE = java.util.Set.of("a", "an", "the", "its", "their",
      "his", "her", "our", "these", "those", "other", "more", "many", "several", "some", "no");
  /** Words that may follow the cue of "Y, X said …": a time, a place, a channel, an addressee. */
  static final Set<String> TRAILERS = java.util.Set.of("on", "in", "at", "to", "after", "during",
      "before", "by", "from", "via", "yesterday", "today", "tonight", "earlier", "later", "last", "this", "late",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "afp", "reuters", "reporters");
  static final Set<String> BOUNDARY_WORDS = java.util.Set.of("while", "but", "and", "as", "when",
      "though", "although", "whereas", "because", "after", "since", "so", "that", "which", "who");

  /** The start of the words before {@code at} back to a comma, a semicolon or a clause word. */
  static int boundaryBefore(String text, List<Word> words, int start, int at) {
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
  static boolean nominal(List<Word> words, int from, int to) {
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

  static final Set<String> VERBS_IN_SOURCE = java.util.Set.of("has", "have", "had", "is", "are",
      "was", "were", "will", "would", "can", "could", "should", "did", "does", "do");


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
  static int skipConjunction(List<Word> words, int from, int to) {
    for (Word w : words) {
      if (w.start() >= from && w.end() <= to) {
        return BOUNDARY_WORDS.contains(w.lower()) ? w.end() : from;
      }
    }
    return from;
  }
}
