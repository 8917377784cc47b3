package io.github.newsclaims.formats.uima;

import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.formats.FormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes annotated articles as UIMA CAS JSON, the format of
 * {@code apache/uima-uimaj-io-jsoncas} that INCEpTION recommends for exchange ("UIMA CAS JSON"),
 * over the newsclaims type system {@link #TYPE_SYSTEM} shipped in this jar.
 *
 * <p><b>The mapping.</b> Each annotation is a feature structure of a type {@code newsclaims.*}
 * (Article, NonContent, Actor, Claim, Evidence, Attribution, Source, Hedge, Quantity, Time), a
 * subtype of {@code uima.tcas.Annotation} with {@code begin}/{@code end} in UTF-16 code units as
 * INCEpTION counts them; annotations without a place in the text (the article, actors, a hop
 * without a cue, a derived estimate, a time without an expression) have {@code begin == end == 0}.
 * Values are string features (enumerations as the model's lower-case names, aliases a
 * {@code StringArray}); links between annotations are INCEpTION link features: a
 * {@code links} {@code FSArray} of {@code newsclaims.Link} holding a {@code role} and a
 * {@code target}. Nothing of the model is lost.
 *
 * <p><b>Reading.</b> Feature structures of other types — tokens, sentences, INCEpTION's document
 * metadata — are ignored. An input without a {@code newsclaims.Article} takes the id
 * {@code article}, the text's first line as headline and the language {@code en}; a claim without
 * a proposition takes its text. Every problem is reported with the feature structure's
 * {@code %ID}, all at once, as one {@link FormatException}.
 *
 * @since 0.1.0
 */
public final class CasJsonFormat {
  /** Class-path resource of the UIMA type system descriptor (XML) of the newsclaims layers. */
  public static final String TYPE_SYSTEM = "io/github/newsclaims/formats/uima/newsclaims-typesystem.xml";
  /** The prefix of every newsclaims type name, e.g. {@code newsclaims.Claim}. */
  public static final String PREFIX = "newsclaims.";
  /** The type of a link between two newsclaims annotations. */
  public static final String LINK = PREFIX + "Link";

  static final String NAME = "UIMA CAS JSON";
  static final String TYPES = "%TYPES";
  static final String HEADER = "%HEADER";
  static final String FEATURE_STRUCTURES = "%FEATURE_STRUCTURES";
  static final String VIEWS = "%VIEWS";

  private static final JsonMapper JSON = JsonMapper.builder(JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(64 * 1024 * 1024).build())
          .build())
      .build();

  private CasJsonFormat() {}

  /**
   * The CAS JSON of an article, compact.
   *
   * @param article the annotated article to write
   * @return its CAS JSON, compact
   */
  public static String write(AnnotatedArticle article) {
    Objects.requireNonNull(article, "article");
    return JSON.writeValueAsString(CasJsonWriter.write(article));
  }

  /**
   * The CAS JSON of an article, indented for reading.
   *
   * @param article the annotated article to write
   * @return its CAS JSON, indented
   */
  public static String writePretty(AnnotatedArticle article) {
    Objects.requireNonNull(article, "article");
    return JSON.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(CasJsonWriter.write(article));
  }

  /**
   * Writes the CAS JSON of an article to a stream as UTF-8; the caller closes the stream.
   *
   * @param article the annotated article to write
   * @param out the stream the UTF-8 JSON is written to; left open
   */
  public static void write(AnnotatedArticle article, OutputStream out) {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(out, "out");
    try {
      out.write(write(article).getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads CAS JSON as a validated annotated article.
   *
   * @param json the CAS JSON text
   * @return the validated annotated article it describes
   * @throws FormatException listing every problem: not JSON, no text, a newsclaims annotation of
   *     the wrong shape, an offset outside the text, a broken model rule — each with its {@code %ID}
   */
  public static AnnotatedArticle read(String json) {
    Objects.requireNonNull(json, "json");
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JacksonException e) {
      throw new FormatException(NAME, List.of(new FormatException.Problem(location(e), e.getOriginalMessage())));
    }
    return CasJsonReader.read(root == null ? JSON.missingNode() : root);
  }

  /**
   * Reads CAS JSON from a UTF-8 stream, which the caller closes; see {@link #read(String)}.
   *
   * @param in the UTF-8 stream of CAS JSON; left open
   * @return the validated annotated article it describes
   */
  public static AnnotatedArticle read(InputStream in) {
    Objects.requireNonNull(in, "in");
    try {
      return read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@return the content of the shipped type system descriptor, to import into INCEpTION} */
  public static String typeSystem() {
    try (InputStream in = CasJsonFormat.class.getResourceAsStream("/" + TYPE_SYSTEM)) {
      if (in == null) {
        throw new IllegalStateException("resource " + TYPE_SYSTEM + " is missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String location(JacksonException e) {
    return e.getLocation() == null ? "document"
        : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
  }
}
