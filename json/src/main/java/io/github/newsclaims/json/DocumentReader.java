package io.github.newsclaims.json;

import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.json.NewsClaimsJsonException.Kind;
import java.io.UncheckedIOException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;

/**
 * The reading pipeline: parse one JSON value into a tree (syntax and limits), map it onto the model
 * collecting every problem of shape and value, then check the document rules of what was built.
 * Only a fully valid value leaves; everything else is one {@link NewsClaimsJsonException}.
 */
final class DocumentReader {
  private DocumentReader() {}

  /** Reads the value the parser stands on, as a Jackson deserializer does; the parser ends on its last token. */
  static <T> T read(JsonParser parser, Mapping.Read<T> mapping) {
    Pointer at = Pointer.ofValue(parser);
    return map(JsonValue.read(parser), at, mapping);
  }

  /** Maps a parsed value onto the model and checks the document rules. */
  static <T> T map(JsonValue tree, Pointer at, Mapping.Read<T> mapping) {
    return map(tree, at, mapping, true);
  }

  /** Maps a parsed value onto the model, checking the document rules only if {@code rules} is set. */
  private static <T> T map(JsonValue tree, Pointer at, Mapping.Read<T> mapping, boolean rules) {
    Problems problems = new Problems();
    T value = mapping.read(tree, at, problems);
    if (rules && value != null && !(value instanceof Enum)) {
      DocumentRules.check(value, at, problems);
    }
    if (!problems.isEmpty()) {
      throw problems.exception(0);
    }
    return value;
  }

  /**
   * Reads a whole document from a fresh parser: exactly one annotated article and nothing after it.
   *
   * @throws UncheckedIOException if the input fails
   */
  static AnnotatedArticle readDocument(JsonParser parser) {
    return readDocument(parser, true);
  }

  /**
   * Reads a whole document as {@link #readDocument(JsonParser)} does, checking the document rules
   * only if {@code rules} is set; shape and invariants are always checked.
   */
  static AnnotatedArticle readDocument(JsonParser parser, boolean rules) {
    return map(readTree(parser), Pointer.ROOT, AnnotatedArticleMapping::read, rules);
  }

  /**
   * Reads exactly one JSON value from a fresh parser and nothing after it: the syntax and limits
   * of a document, before any mapping.
   *
   * @throws NewsClaimsJsonException for an empty input, bad syntax, a read limit or trailing content
   * @throws UncheckedIOException if the input fails
   */
  static JsonValue readTree(JsonParser parser) {
    try {
      if (parser.nextToken() == null) {
        throw Problems.single(Kind.SYNTAX, Pointer.ROOT, "no JSON document: the input is empty", 0);
      }
      JsonValue tree = JsonValue.read(parser);
      requireEnd(parser);
      return tree;
    } catch (StreamConstraintsException e) {
      throw Problems.single(Kind.LIMIT, Pointer.at(parser), Text.jacksonMessage(e, parser), 0);
    } catch (StreamReadException e) {
      throw Problems.single(Kind.SYNTAX, Pointer.at(parser), Text.jacksonMessage(e, parser), 0);
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    }
  }

  private static void requireEnd(JsonParser parser) {
    JsonToken next;
    String where;
    try {
      next = parser.nextToken();
      where = JsonValue.location(parser.currentTokenLocation());
    } catch (StreamConstraintsException e) {
      throw e;
    } catch (StreamReadException e) {
      next = JsonToken.NOT_AVAILABLE;
      where = JsonValue.location(e.getLocation());
    }
    if (next != null) {
      throw Problems.single(Kind.SYNTAX, Pointer.ROOT, "trailing content after the document" + where, 0);
    }
  }
}
