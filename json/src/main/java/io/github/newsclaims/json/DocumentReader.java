package io.github.newsclaims.json;

import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.json.NewsClaimsJsonException.Kind;
import jakarta.validation.Validator;
import java.io.UncheckedIOException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;

/**
 * The reading pipeline: map the token stream straight onto the model, collecting every problem of
 * shape and value (malformed JSON and read limits stop reading at once), then check the document
 * rules of what was built. Only a fully valid value leaves; everything else is one
 * {@link NewsClaimsJsonException}.
 */
final class DocumentReader {
  private DocumentReader() {}

  /**
   * Reads the value the parser stands on, as a Jackson deserializer does, and checks its document
   * rules with the default validator; the parser ends on the value's last token.
   */
  static <T> T read(JsonParser parser, ValueType<T> type) {
    Pointer at = Pointer.ofValue(parser);
    Problems problems = new Problems(false);
    T value;
    try {
      value = type.read(parser, at, problems);
    } catch (StreamConstraintsException e) {
      throw Problems.single(Kind.LIMIT, Pointer.at(parser), Text.jacksonMessage(e, parser, false));
    } catch (StreamReadException e) {
      throw Problems.single(Kind.SYNTAX, Pointer.at(parser), Text.jacksonMessage(e, parser, false));
    }
    if (value != null && !(value instanceof Enum)) {
      DocumentRules.check(value, at, problems, DocumentRules.defaultValidator());
    }
    if (!problems.isEmpty()) {
      throw problems.exception();
    }
    return value;
  }

  /**
   * Reads a whole document from a fresh parser: exactly one annotated article and nothing after it.
   *
   * @param root the document's type: {@link AnnotatedArticleMapping#TYPE}, or {@link DraftMapping#TYPE} for a draft
   * @param validator checks the document rules; null to skip them (shape and invariants are always checked)
   * @param withinLine whether the input is one line of JSON Lines, so that locations give only the column
   * @throws UncheckedIOException if the input fails
   */
  static AnnotatedArticle readDocument(JsonParser parser, ValueType<AnnotatedArticle> root, Validator validator,
      boolean withinLine) {
    Problems problems = new Problems(withinLine);
    AnnotatedArticle article;
    try {
      if (parser.nextToken() == null) {
        throw Problems.single(Kind.SYNTAX, Pointer.ROOT, "no JSON document: the input is empty");
      }
      article = root.read(parser, Pointer.ROOT, problems);
      requireEnd(parser, withinLine);
    } catch (StreamConstraintsException e) {
      throw Problems.single(Kind.LIMIT, Pointer.at(parser), Text.jacksonMessage(e, parser, withinLine));
    } catch (StreamReadException e) {
      throw Problems.single(Kind.SYNTAX, Pointer.at(parser), Text.jacksonMessage(e, parser, withinLine));
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    }
    if (article != null && validator != null) {
      DocumentRules.check(article, Pointer.ROOT, problems, validator);
    }
    if (!problems.isEmpty()) {
      throw problems.exception();
    }
    return article;
  }

  private static void requireEnd(JsonParser parser, boolean withinLine) {
    JsonToken next;
    String where;
    try {
      next = parser.nextToken();
      where = Text.location(parser.currentTokenLocation(), withinLine);
    } catch (StreamConstraintsException e) {
      throw e;
    } catch (StreamReadException e) {
      next = JsonToken.NOT_AVAILABLE;
      where = Text.location(e.getLocation(), withinLine);
    }
    if (next != null) {
      throw Problems.single(Kind.SYNTAX, Pointer.ROOT, "trailing content after the document" + where);
    }
  }
}
