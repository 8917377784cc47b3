package io.github.newsclaims.json;

import io.github.newsclaims.core.Factuality;
import io.github.newsclaims.core.authoring.Quote;
import io.github.newsclaims.json.NewsClaimsJsonException.Kind;
import io.github.newsclaims.json.Property.Cardinality;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The values a draft ({@value NewsClaimsJson#DRAFT_FORMAT}) writes differently from a document: a
 * quotation where the document has a span, a FactBank code where it has a factuality object, and
 * its own {@code format}. Read from the token stream like every other {@link ValueType}; a draft is
 * never written, so {@code write} refuses.
 */
final class DraftValues {
  private DraftValues() {}

  /** Where a value type of the draft is asked to write. */
  private abstract static class ReadOnly<T> implements ValueType<T> {
    @Override
    public final void write(T value, JsonGenerator out) {
      throw new UnsupportedOperationException("a draft is read, never written");
    }
  }

  /** Checks a value read: records a problem and returns false to refuse it. */
  @FunctionalInterface
  private interface Check<T> {
    boolean accept(T value, Pointer at, Problems problems);
  }

  /** Values of {@code type} that {@code check} accepts; a refused value reads as null, its problem recorded. */
  private static <T> ValueType<T> checked(ValueType<T> type, Check<T> check) {
    return new ReadOnly<>() {
      @Override
      public T read(JsonParser parser, Pointer at, Problems problems) {
        T value = type.read(parser, at, problems);
        return value == null || check.accept(value, at, problems) ? value : null;
      }
    };
  }

  /** The {@code format} value: {@value NewsClaimsJson#DRAFT_FORMAT}, or the draft is abandoned. */
  static final ValueType<String> FORMAT = checked(Values.STRING, (format, at, problems) -> {
    if (format.equals(NewsClaimsJson.DRAFT_FORMAT)) {
      return true;
    }
    problems.abandon(Kind.SHAPE, at, "unsupported format " + Text.quote(format) + "; a draft has the format "
        + Text.quote(NewsClaimsJson.DRAFT_FORMAT) + (format.equals(NewsClaimsJson.FORMAT)
            ? " (read a " + NewsClaimsJson.FORMAT + " document with NewsClaimsJson.read)" : ""));
    return false;
  });

  /** An occurrence: a whole number from 1. */
  private static final ValueType<Integer> OCCURRENCE = checked(Values.INTEGER, (n, at, problems) -> {
    if (n < 1) {
      problems.add(Kind.SHAPE, at, "must be at least 1 (occurrences count from 1), was " + n);
    }
    return n >= 1;
  });

  /** The quoted words: not empty. */
  private static final ValueType<String> WORDS = checked(Values.STRING, (text, at, problems) -> {
    if (text.isEmpty()) {
      problems.add(Kind.SHAPE, at, "a quote must not be empty");
    }
    return !text.isEmpty();
  });

  /** A quotation: a non-empty string, or {@code {"quote", "occurrence", "after", "within"}}. */
  static final ValueType<Quote> QUOTE = new ReadOnly<>() {
    @Override
    public Quote read(JsonParser parser, Pointer at, Problems problems) {
      return switch (parser.currentToken()) {
        case VALUE_STRING -> {
          String text = WORDS.read(parser, at, problems);
          yield text == null ? null : Quote.of(text);
        }
        case START_OBJECT -> QuoteObject.TYPE.read(parser, at, problems);
        default -> Values.wrongType(parser, "a quote: a string, or an object with \"quote\"", at, problems);
      };
    }
  };

  /** The quotation object, whose anchors are quotations in turn. */
  private static final class QuoteObject {
    static final Property<Quote, String> WORDS_PROPERTY = Property.readOnly("quote", Cardinality.REQUIRED, WORDS);
    static final Property<Quote, Integer> OCCURRENCE_PROPERTY =
        Property.readOnly("occurrence", Cardinality.OPTIONAL, OCCURRENCE);
    static final Property<Quote, Quote> AFTER = Property.readOnly("after", Cardinality.OPTIONAL, QUOTE);
    static final Property<Quote, Quote> WITHIN = Property.readOnly("within", Cardinality.OPTIONAL, QUOTE);

    static final ObjectType<Quote> TYPE = ObjectType.of("quote", v -> {
      Quote quote = Quote.of(v.get(WORDS_PROPERTY));
      quote = v.optional(OCCURRENCE_PROPERTY).map(quote::occurrence).orElse(quote);
      quote = v.optional(AFTER).map(quote::after).orElse(quote);
      return v.optional(WITHIN).map(quote::within).orElse(quote);
    }, WORDS_PROPERTY, OCCURRENCE_PROPERTY, AFTER, WITHIN);
  }

  /** The object type of the quotation object, for the tests that hold the draft schema to the code. */
  static ObjectType<Quote> quoteObject() {
    return QuoteObject.TYPE;
  }

  /**
   * A hop's source mention: a quotation, or {@code null} for none — even where the source's name
   * stands in the evidence, where the default would find it.
   */
  static final ValueType<Optional<Quote>> MENTION = new ReadOnly<>() {
    @Override
    public Optional<Quote> read(JsonParser parser, Pointer at, Problems problems) {
      if (parser.currentToken() == JsonToken.VALUE_NULL) {
        return Optional.empty();
      }
      Quote quote = QUOTE.read(parser, at, problems);
      return quote == null ? null : Optional.of(quote);
    }
  };

  /** A factuality: its FactBank code such as {@code "PR+"}, or the document's factuality object. */
  static final ValueType<Factuality> FACTUALITY = new ReadOnly<>() {
    @Override
    public Factuality read(JsonParser parser, Pointer at, Problems problems) {
      if (parser.currentToken() == JsonToken.VALUE_STRING) {
        String code = parser.getString();
        try {
          return Factuality.fromFactBankCode(code);
        } catch (IllegalArgumentException e) {
          problems.add(Kind.SHAPE, at, "must be a FactBank code (CT+, PR+, PS+, CT-, PR-, PS-, CTu, Uu) or a "
              + "factuality object, was " + Text.quote(code));
          return null;
        }
      }
      return FactualityMapping.TYPE.read(parser, at, problems);
    }
  };
}
