package io.github.newsclaims.formats.brat;

import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.formats.FormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Locale;

/**
 * Reads and writes annotated articles as brat standoff: a {@code .txt} file with the text and an
 * {@code .ann} file with the annotations, for annotating in brat and for corpora shipped in its
 * format. The brat configuration to annotate with, {@link #ANNOTATION_CONF} and
 * {@link #VISUAL_CONF}, ships in this jar.
 *
 * <p><b>The mapping.</b> Every annotation is a text-bound {@code T} line of one of the entity types
 * {@code Article, NonContent, Actor, Claim, Evidence, Attribution, Source, Hedge, Quantity, Time};
 * enumerated values (claim kind, mode, polarity, certainty, likelihood, approximator, unit kind,
 * time kind, actor kind, non-content kind) are {@code A} attribute lines; free text (ids, the
 * proposition, names, aliases, measure, interval, stated value, dates) is one {@code AnnotatorNotes}
 * line per annotation holding a JSON object; links (attribution chain, sources, hedges, estimates,
 * claim relations, affiliations, reviewers) are {@code R} relation lines, in order; an actor's or
 * place's Wikidata {@code sameAs} is also an {@code N} line {@code Reference T3 Wikidata:Q423}
 * (read back into {@code sameAs} when the note does not already list it); a carried-over hop has
 * the binary attribute {@code CarriedOver}. Annotations without a
 * place in the text — the article, actors, a hop without a cue, a derived estimate, a time without
 * an expression — sit on the first character with the binary attribute {@value #UNANCHORED}.
 * Nothing of the model is lost; see the README for the walkthrough.
 *
 * <p><b>Offsets.</b> brat counts code points; newsclaims counts UTF-16 code units. Both directions
 * convert, so an emoji before a span shifts brat's offsets by one and newsclaims' by two. A span
 * that crosses a line break is written as fragments split at the break, as brat makes them; on
 * reading, fragments separated only by line breaks join back into one span, and the
 * fragments of a {@code Claim} separated by other text become further evidence spans.
 *
 * <p><b>Reading by hand-made annotations.</b> An annotator need not write every note: a missing
 * claim proposition becomes the claim's text, a note that is not a JSON object is the claim's
 * proposition, the actor's name or the quantity's measure, and a missing {@code Article} takes the
 * id {@code article}, the text's first line as headline and the language {@code en}.
 *
 * @since 0.1.0
 */
public final class BratFormat {
  /** Class-path resource of the brat {@code annotation.conf} for newsclaims layers. */
  public static final String ANNOTATION_CONF = "io/github/newsclaims/formats/brat/annotation.conf";
  /** Class-path resource of the brat {@code visual.conf} for newsclaims layers. */
  public static final String VISUAL_CONF = "io/github/newsclaims/formats/brat/visual.conf";
  /** The binary attribute that marks an annotation placed on the first character for want of a span. */
  public static final String UNANCHORED = "Unanchored";

  /** A Wikidata item URI, which brat holds as an {@code N} line {@code Wikidata:Q423}. */
  static final java.util.regex.Pattern WIKIDATA =
      java.util.regex.Pattern.compile("https?://www\\.wikidata\\.org/(?:entity|wiki)/(Q[1-9][0-9]*)");
  /** The URI a brat {@code Wikidata:Q423} normalisation stands for. */
  static final String WIKIDATA_ENTITY = "http://www.wikidata.org/entity/";

  private BratFormat() {}

  /**
   * The brat {@code .txt} and {@code .ann} pair for an article.
   *
   * @param article the annotated article to write
   * @return its brat {@code .txt} and {@code .ann} pair
   * @throws IllegalArgumentException if the article text is empty but there are annotations to place
   */
  public static BratDocument write(AnnotatedArticle article) {
    Objects.requireNonNull(article, "article");
    return BratWriter.write(article);
  }

  /**
   * Reads a brat {@code .txt} / {@code .ann} pair as a validated annotated article.
   *
   * @param text the {@code .txt} content, verbatim
   * @param ann the {@code .ann} content
   * @return the validated annotated article the pair describes
   * @throws FormatException listing every malformed line, unknown type or attribute, dangling id,
   *     offset that does not match the text and broken model rule, each with its line number
   */
  public static AnnotatedArticle read(String text, String ann) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(ann, "ann");
    return BratReader.read(text, ann);
  }

  /**
   * Reads a {@link BratDocument}; see {@link #read(String, String)}.
   *
   * @param document the {@code .txt} and {@code .ann} pair
   * @return the validated annotated article the pair describes
   */
  public static AnnotatedArticle read(BratDocument document) {
    Objects.requireNonNull(document, "document");
    return read(document.text(), document.ann());
  }

  /** {@return the content of the shipped {@code annotation.conf}} */
  public static String annotationConf() {
    return resource(ANNOTATION_CONF);
  }

  /** {@return the content of the shipped {@code visual.conf}} */
  public static String visualConf() {
    return resource(VISUAL_CONF);
  }

  private static String resource(String name) {
    try (InputStream in = BratFormat.class.getResourceAsStream("/" + name)) {
      if (in == null) {
        throw new IllegalStateException("resource " + name + " is missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + name, e);
    }
  }

  /** The brat attribute name of a field: {@code claimKind} becomes {@code ClaimKind}. */
  static String attributeName(String field) {
    return field.substring(0, 1).toUpperCase(Locale.ROOT) + field.substring(1);
  }

  /** The field of a brat attribute name: {@code ClaimKind} becomes {@code claimKind}. */
  static String fieldName(String attribute) {
    return attribute.substring(0, 1).toLowerCase(Locale.ROOT) + attribute.substring(1);
  }

  /** Text as an {@code .ann} line holds it: line breaks become spaces. */
  static String oneLine(String text) {
    return text.replace('\n', ' ').replace('\r', ' ');
  }

  /**
   * The UTF-16 range {@code [start, end)} split at line breaks, as brat splits a span: each
   * fragment a non-empty run without {@code \n} or {@code \r}.
   */
  static List<int[]> fragments(String text, int start, int end) {
    List<int[]> fragments = new ArrayList<>();
    int from = start;
    for (int i = start; i <= end; i++) {
      if (i == end || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
        if (i > from) {
          fragments.add(new int[] {from, i});
        }
        from = i + 1;
      }
    }
    if (fragments.isEmpty()) {
      // A span of line breaks only: brat cannot show it, but the offsets still hold it.
      fragments.add(new int[] {start, end});
    }
    return fragments;
  }
}
