package io.github.newsclaims.core;

import io.github.newsclaims.core.validation.SpansMatchText;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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
 */
@Value.Immutable
@SpansMatchText
public abstract class Article {
  private static final Pattern PARAGRAPH = Pattern.compile("[^\\n]+(?:\\n[^\\n]+)*");

  Article() {}

  /** Identifier of the article, e.g. a slug or a database key. */
  public abstract String getId();

  /** The headline. */
  public abstract String getHeadline();

  /** The publication or outlet, when known. */
  public abstract Optional<String> getOutlet();

  /** Where it was published, when known. */
  public abstract Optional<URI> getUrl();

  /** When it was published, to the precision known. */
  public abstract Optional<PartialDate> getPublicationDate();

  /** The BCP 47 language tag of the text, e.g. {@code en}. */
  public abstract String getLanguage();

  /** The verbatim text, byte for byte as published; every {@link TextSpan} indexes into it. */
  public abstract String getText();

  /** Spans of the text that are page furniture, not content: teasers, ad markers, a repeated headline. */
  public abstract List<NonContentSpan> getNonContent();

  /** A builder for an article. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The paragraphs of the text — runs of non-empty lines — in order, furniture included.
   *
   * @return an unmodifiable list of the paragraphs' spans
   */
  public final List<TextSpan> paragraphs() {
    List<TextSpan> paragraphs = new ArrayList<>();
    Matcher m = PARAGRAPH.matcher(getText());
    while (m.find()) {
      if (!m.group().isBlank()) {
        paragraphs.add(TextSpan.of(m.start(), m.end(), m.group()));
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

  /** Whether {@code span} overlaps no non-content span. */
  public final boolean isContent(TextSpan span) {
    return getNonContent().stream().noneMatch(furniture -> furniture.getSpan().overlaps(span));
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

  /** Builds an {@link Article}; id, headline, language and text are required. */
  public static final class Builder extends ImmutableArticle.Builder {
    Builder() {}
  }
}
