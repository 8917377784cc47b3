package io.github.newsclaims.core;

import io.github.newsclaims.core.validation.SpansMatchText;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A news article as published: its verbatim text and what is known about it. Fields the source
 * does not give (outlet, URL, publication date) stay empty rather than guessed.
 *
 * <p>Invariants: id and headline not blank; the language is a well-formed BCP 47 tag in canonical
 * form (as {@link Locale#toLanguageTag()} prints it, e.g. {@code en}, {@code en-GB}); non-content
 * spans do not overlap. Document rule: {@link SpansMatchText} (every non-content span matches the
 * text).
 *
 * @since 0.1.0
 */
@Value.Immutable
@SpansMatchText
public abstract class Article {
  private static final Pattern PARAGRAPH = Pattern.compile("[^\\n]+(?:\\n[^\\n]+)*");

  Article() {}

  /** {@return the identifier of the article, e.g. a slug or a database key} */
  public abstract String getId();

  /** {@return the headline} */
  public abstract String getHeadline();

  /** {@return the publication or outlet, when known} */
  public abstract Optional<String> getOutlet();

  /** {@return where it was published, when known} */
  public abstract Optional<URI> getUrl();

  /** {@return when it was published, to the precision known} */
  public abstract Optional<PartialDate> getPublicationDate();

  /** {@return the BCP 47 language tag of the text, e.g. {@code en}} */
  public abstract String getLanguage();

  /** {@return the verbatim text, byte for byte as published; every {@link TextSpan} indexes into it} */
  public abstract String getText();

  /** {@return the spans of the text that are page furniture, not content: teasers, ad markers, a repeated headline} */
  public abstract List<NonContentSpan> getNonContent();

  /** {@return a builder for an article} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The paragraphs of the text — runs of non-empty lines — in order, furniture included.
   *
   * <p>A lone surrogate is legal text, but no span may begin with a low surrogate or end with a high
   * one (see {@link TextSpan}): an unpaired surrogate at a paragraph's edge is left outside the
   * paragraph, and a paragraph of nothing else (or of blanks) is no paragraph. Never throws.
   *
   * @return an unmodifiable list of the paragraphs' spans
   */
  public final List<TextSpan> paragraphs() {
    String text = getText();
    List<TextSpan> paragraphs = new ArrayList<>();
    Matcher m = PARAGRAPH.matcher(text);
    while (m.find()) {
      int start = m.start();
      int end = m.end();
      while (start < end && Character.isLowSurrogate(text.charAt(start))) {
        start++;
      }
      while (end > start && Character.isHighSurrogate(text.charAt(end - 1))) {
        end--;
      }
      if (start < end && !text.substring(start, end).isBlank()) {
        paragraphs.add(TextSpan.in(text, start, end));
      }
    }
    return List.copyOf(paragraphs);
  }

  /**
   * The paragraphs that are content, i.e. not wholly inside a non-content span: a paragraph that
   * merely overlaps page furniture (a caption run into a sentence, say) is kept.
   *
   * @return an unmodifiable list of the content paragraphs' spans, in order
   */
  public final List<TextSpan> contentParagraphs() {
    return paragraphs().stream()
        .filter(paragraph -> getNonContent().stream().noneMatch(furniture -> furniture.getSpan().contains(paragraph)))
        .toList();
  }

  /**
   * Whether {@code span} overlaps no non-content span.
   *
   * @param span a span of the text
   * @return true if the span overlaps no non-content span
   */
  public final boolean isContent(TextSpan span) {
    Objects.requireNonNull(span, "span");
    return getNonContent().stream().noneMatch(furniture -> furniture.getSpan().overlaps(span));
  }

  /**
   * A short description for people: the id, the headline (shortened past 60 characters), the
   * outlet and date when known, and the size of the text, e.g.
   * {@code Article kim-1 "North Korea's artillery output surges..." (Yonhap, 2024-11-28; 2170 chars, 1 non-content span)}.
   * The text itself is left out: it may be megabytes long.
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("Article ").append(getId()).append(' ')
        .append(Checks.quote(getHeadline())).append(" (");
    getOutlet().ifPresent(outlet -> out.append(outlet).append(getPublicationDate().isPresent() ? ", " : "; "));
    getPublicationDate().ifPresent(date -> out.append(date).append("; "));
    int spans = getNonContent().size();
    return out.append(getText().length()).append(" chars, ").append(spans)
        .append(spans == 1 ? " non-content span)" : " non-content spans)").toString();
  }

  @Value.Check
  final void check() {
    Checks.nonBlank("article", "id", getId());
    Checks.nonBlank("article " + getId(), "headline", getHeadline());
    getOutlet().ifPresent(outlet -> Checks.nonBlank("article " + getId(), "outlet", outlet));
    String tag = getLanguage();
    Checks.check(Locale.forLanguageTag(tag).toLanguageTag().equals(tag) && !tag.equals("und"),
        "article %s language must be a well-formed BCP 47 tag in canonical form such as \"en\" or \"en-GB\", was %s",
        getId(), Checks.quote(tag));
    checkFurnitureApart();
  }

  /**
   * No two non-content spans overlap. Sorted by start, two spans overlap only if some span
   * overlaps the one after it, so one pass after an O(n log n) sort finds any overlap.
   */
  private void checkFurnitureApart() {
    List<NonContentSpan> furniture = getNonContent();
    Integer[] byStart = new Integer[furniture.size()];
    for (int i = 0; i < byStart.length; i++) {
      byStart[i] = i;
    }
    Arrays.sort(byStart, Comparator.comparingInt((Integer i) -> furniture.get(i).getSpan().getStart())
        .thenComparingInt(i -> i));
    for (int k = 1; k < byStart.length; k++) {
      int i = Math.min(byStart[k - 1], byStart[k]);
      int j = Math.max(byStart[k - 1], byStart[k]);
      if (furniture.get(i).getSpan().overlaps(furniture.get(j).getSpan())) {
        Checks.fail("article %s nonContent[%s] %s overlaps nonContent[%s] %s", getId(),
            i, furniture.get(i).getSpan(), j, furniture.get(j).getSpan());
      }
    }
  }

  /**
   * Builds an {@link Article}; id, headline, language and text are required.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableArticle.Builder {
    Builder() {}
  }
}
