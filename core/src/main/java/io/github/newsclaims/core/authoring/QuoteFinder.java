package io.github.newsclaims.core.authoring;

import io.github.newsclaims.core.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Finds quotations in one article text, the way an annotator points at words.
 *
 * <p><b>Word-bounded.</b> A quote matches only where it does not continue a word on either side:
 * "he" does not match inside "the" or "Heavy", "15,000" does not match inside "215,000". (A quote
 * that itself starts or ends with punctuation may touch anything there.)
 *
 * <p><b>Exactly one.</b> Without a disambiguator the quote must occur exactly once in the searched
 * range; otherwise the error lists every candidate with its offset and a few words around it. The
 * disambiguators of {@link Quote} narrow the range, then pick:
 * <ul>
 *   <li>{@code within(anchor)}: the range is the anchor's span, and the quote must occur there once;</li>
 *   <li>{@code after(anchor)}: the range starts where the anchor ends, and the <em>first</em>
 *       occurrence there is taken;</li>
 *   <li>{@code occurrence(n)}: the n-th occurrence in the range (1-based).</li>
 * </ul>
 * A quote without {@code within} or {@code after} searched with a <em>preferred scope</em> (the
 * claim's evidence, for the cues, hedges and phrases of a claim) is looked for there first, and in
 * the whole text only if it does not occur there.
 *
 * <p><b>Hints.</b> When a quote is absent but would match if typography were ignored — straight
 * versus curly quotes and apostrophes, hyphen versus dashes, a non-breaking versus a plain space —
 * the error says so and shows the text's characters; likewise when only letter case differs, or the
 * quote occurs only inside longer words.
 *
 * <p>Offsets are UTF-16 code units, as {@link TextSpan} counts. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class QuoteFinder {
  private static final int MAX_CANDIDATES = 10;
  private static final int CONTEXT = 30;

  private final String text;
  private final String plain;

  private QuoteFinder(String text) {
    this.text = Objects.requireNonNull(text, "text");
    this.plain = typographyFree(text);
  }

  /**
   * A finder over {@code text}, the verbatim article text.
   *
   * @param text the verbatim article text; not null
   * @return the finder
   */
  public static QuoteFinder in(String text) {
    return new QuoteFinder(text);
  }

  /** {@return the text searched} */
  public String text() {
    return text;
  }

  /**
   * Every word-bounded occurrence of {@code words} in the whole text, in order.
   *
   * @param words the words to look for
   * @return their spans; empty when they do not occur
   */
  public List<TextSpan> occurrences(String words) {
    Objects.requireNonNull(words, "words");
    return occurrences(text, words, 0, text.length());
  }

  /**
   * The one span {@code quote} stands for.
   *
   * @param quote the quote to find
   * @return its span
   * @throws AuthoringException if the quote or an anchor is absent or ambiguous; its single problem
   *     lists the candidates and any typography hint
   */
  public TextSpan find(Quote quote) {
    Objects.requireNonNull(quote, "quote");
    return find(quote, List.of());
  }

  /**
   * The one span {@code quote} stands for, looking first inside {@code preferred} (e.g. a claim's
   * evidence) when the quote has no {@code within} or {@code after}.
   *
   * @param quote the quote to find
   * @param preferred the spans to look in first
   * @return its span
   * @throws AuthoringException if the quote or an anchor is absent or ambiguous
   */
  public TextSpan find(Quote quote, List<TextSpan> preferred) {
    Objects.requireNonNull(quote, "quote");
    Objects.requireNonNull(preferred, "preferred");
    Result result = resolve(quote, preferred);
    if (result.span() == null) {
      throw new AuthoringException(List.of(new AuthoringException.Problem("", result.problem())));
    }
    return result.span();
  }

  /** A span, or why there is none. */
  record Result(TextSpan span, String problem) {}

  Result resolve(Quote quote, List<TextSpan> preferred) {
    int lo = 0;
    int hi = text.length();
    String range = "the text";
    if (quote.withinAnchor().isPresent()) {
      Result anchor = anchor(quote.withinAnchor().get(), preferred);
      if (anchor.span() == null) {
        return new Result(null, "quote " + quote + ": its anchor " + anchor.problem());
      }
      lo = anchor.span().getStart();
      hi = anchor.span().getEnd();
      range = "within " + anchor.span();
    }
    boolean first = false;
    if (quote.afterAnchor().isPresent()) {
      Result anchor = anchor(quote.afterAnchor().get(), preferred);
      if (anchor.span() == null) {
        return new Result(null, "quote " + quote + ": its anchor " + anchor.problem());
      }
      lo = Math.max(lo, anchor.span().getEnd());
      range = (range.equals("the text") ? "" : range + " and ") + "after " + anchor.span();
      first = true;
    }
    List<TextSpan> candidates = List.of();
    if (!quote.isAnchored() && !preferred.isEmpty()) {
      List<TextSpan> inside = new ArrayList<>();
      for (TextSpan scope : preferred) {
        for (TextSpan found : occurrences(text, quote.text(), scope.getStart(), scope.getEnd())) {
          if (!inside.contains(found)) {
            inside.add(found);
          }
        }
      }
      inside.sort(null);
      if (!inside.isEmpty()) {
        candidates = inside;
        range = "the claim's evidence";
      }
    }
    if (candidates.isEmpty()) {
      candidates = occurrences(text, quote.text(), lo, hi);
    }
    if (candidates.isEmpty()) {
      return new Result(null, absent(quote, lo, hi, range));
    }
    if (quote.occurrence().isPresent()) {
      int n = quote.occurrence().getAsInt();
      if (n > candidates.size()) {
        return new Result(null, "quote " + quote + " occurs only " + times(candidates.size()) + " in " + range + ": "
            + list(candidates));
      }
      return new Result(candidates.get(n - 1), null);
    }
    if (first || candidates.size() == 1) {
      return new Result(candidates.get(0), null);
    }
    return new Result(null, "quote " + quote + " occurs " + times(candidates.size()) + " in " + range
        + "; add an occurrence, or an anchor it comes after or lies within: " + list(candidates));
  }

  private Result anchor(Object anchor, List<TextSpan> preferred) {
    if (anchor instanceof TextSpan span) {
      if (!span.matches(text)) {
        return new Result(null, span + " does not match the text");
      }
      return new Result(span, null);
    }
    return resolve((Quote) anchor, preferred);
  }

  private String absent(Quote quote, int lo, int hi, String range) {
    StringBuilder out = new StringBuilder("quote ").append(quote).append(" does not occur in ").append(range);
    String words = quote.text();
    List<TextSpan> typographic = occurrences(plain, typographyFree(words), lo, hi);
    if (!typographic.isEmpty()) {
      TextSpan at = TextSpan.in(text, typographic.get(0).getStart(), typographic.get(0).getEnd());
      return out.append("; it differs from the text only in typography (").append(difference(words, at.getText()))
          .append("): the text has ").append(at).toString();
    }
    List<TextSpan> anyCase = occurrences(plain.toLowerCase(Locale.ROOT), typographyFree(words).toLowerCase(Locale.ROOT),
        lo, hi);
    if (!anyCase.isEmpty() && plain.length() == plain.toLowerCase(Locale.ROOT).length()) {
      TextSpan at = TextSpan.in(text, anyCase.get(0).getStart(), anyCase.get(0).getEnd());
      return out.append("; it occurs with different letter case: the text has ").append(at).toString();
    }
    int inside = text.indexOf(words, lo);
    if (inside >= 0 && inside + words.length() <= hi) {
      return out.append("; it occurs only inside longer words (a quote matches whole words): ")
          .append(context(TextSpan.in(text, inside, inside + words.length()))).toString();
    }
    if (lo > 0 || hi < text.length()) {
      List<TextSpan> elsewhere = occurrences(words);
      if (!elsewhere.isEmpty()) {
        return out.append("; it occurs elsewhere: ").append(list(elsewhere)).toString();
      }
    }
    return out.toString();
  }

  /** Names the first typographic difference between the quote and the text. */
  private static String difference(String quote, String found) {
    for (int i = 0; i < quote.length(); i++) {
      char q = quote.charAt(i);
      char t = found.charAt(i);
      if (q != t) {
        return "at character " + i + " the quote has " + describe(q) + " where the text has " + describe(t);
      }
    }
    return "none";
  }

  private static String describe(char c) {
    String name = Character.getName(c);
    return String.format(Locale.ROOT, "U+%04X %s", (int) c, name == null ? "" : name.toLowerCase(Locale.ROOT));
  }

  private String list(List<TextSpan> candidates) {
    String shown = candidates.stream().limit(MAX_CANDIDATES).map(this::context).collect(Collectors.joining("; "));
    return candidates.size() > MAX_CANDIDATES ? shown + "; and " + (candidates.size() - MAX_CANDIDATES) + " more"
        : shown;
  }

  /** The offset and a few words either side: {@code at 17: "…estimates that [about 15,000] North Korean…"}. */
  String context(TextSpan span) {
    int from = Math.max(0, span.getStart() - CONTEXT);
    int to = Math.min(text.length(), span.getEnd() + CONTEXT);
    while (from > 0 && from < span.getStart() && !Character.isWhitespace(text.charAt(from - 1))) {
      from++;
    }
    while (to < text.length() && to > span.getEnd() && !Character.isWhitespace(text.charAt(to))) {
      to--;
    }
    String before = text.substring(from, span.getStart());
    String after = text.substring(span.getEnd(), to);
    return "at " + span.getStart() + ": \"" + (from > 0 ? "…" : "") + oneLine(before) + "[" + oneLine(span.getText())
        + "]" + oneLine(after) + (to < text.length() ? "…" : "") + "\"";
  }

  private static String oneLine(String s) {
    return s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
  }

  private static String times(int n) {
    return n == 1 ? "once" : n + " times";
  }

  /** Word-bounded occurrences of {@code words} in {@code source} that lie inside {@code [lo, hi)}. */
  static List<TextSpan> occurrences(String source, String words, int lo, int hi) {
    List<TextSpan> found = new ArrayList<>();
    if (words.isEmpty()) {
      return found;
    }
    for (int at = source.indexOf(words, lo); at >= 0 && at + words.length() <= hi;
        at = source.indexOf(words, at + 1)) {
      int end = at + words.length();
      if (bounded(source, at, end)) {
        found.add(TextSpan.of(at, end, source.substring(at, end)));
      }
    }
    return found;
  }

  private static boolean bounded(String source, int start, int end) {
    boolean left = start == 0 || !(wordChar(source.charAt(start - 1)) && wordChar(source.charAt(start)));
    boolean right = end == source.length() || !(wordChar(source.charAt(end - 1)) && wordChar(source.charAt(end)));
    return left && right;
  }

  private static boolean wordChar(char c) {
    return Character.isLetterOrDigit(c) || Character.isSurrogate(c);
  }

  /**
   * The text with typography flattened character for character (so offsets stay): curly quotes
   * and apostrophes to straight ones, dashes and the minus sign to a hyphen, the no-break and
   * narrow spaces to a space.
   */
  static String typographyFree(String s) {
    char[] chars = s.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      chars[i] = switch (chars[i]) {
        case '‘', '’', '‚', '‛', '′' -> '\'';
        case '“', '”', '„', '‟', '″' -> '"';
        case '‐', '‑', '‒', '–', '—', '―', '−' -> '-';
        case '\u00A0', '\u2007', '\u202F', '\u2009' -> ' ';
        default -> chars[i];
      };
    }
    return new String(chars);
  }
}
