package io.github.newsclaims.json;

import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;

/** Wording shared by the messages of this package. */
final class Text {
  /**
   * Jackson's pointers to its own configuration, e.g. ", from `StreamReadConstraints.getMaxNestingDepth()`"
   * or ": enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow". Only Jackson's own type
   * names match right after the verb, so text quoted from the input is never taken for a hint.
   */
  private static final Pattern JACKSON_HINT = Pattern.compile(
      ",? from `Stream(?:Read|Write)Constraints\\.\\w+\\(\\)`"
          + "|[:;]? *\\(?\\b(?:enable|disable|use|set) `(?:JsonReadFeature|StreamReadFeature|JsonParser\\.Feature"
          + "|StreamReadConstraints|JsonFactory)[\\w.]*(?:\\(\\))?`(?: to allow)?\\)?");
  /** Jackson's "hexadecimal number literals require enabling `JsonReadFeature.…`": a plain refusal. */
  private static final Pattern JACKSON_REQUIREMENT = Pattern.compile(
      " requires? enabling `(?:JsonReadFeature|StreamReadFeature|JsonParser\\.Feature)[\\w.]*`");

  private Text() {}

  /** Quotes a value for a message as a JSON string would, shortening it past 60 characters. */
  static String quote(String value) {
    String shown = value.length() > 60 ? value.substring(0, 57) + "..." : value;
    StringBuilder out = new StringBuilder(shown.length() + 2).append('"');
    for (int i = 0; i < shown.length(); i++) {
      char c = shown.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (isUnsafe(c)) {
            escape(c, out);
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /**
   * Whether a character must not reach a message raw: a C0 or C1 control character (a line break,
   * a terminal escape) or a bidirectional override or isolate, which reorders what a reader sees.
   */
  static boolean isUnsafe(char c) {
    return c < 0x20 || c >= 0x7F && c <= 0x9F || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
  }

  private static void escape(char c, StringBuilder out) {
    out.append("\\u").append(Character.forDigit(c >> 12 & 0xF, 16)).append(Character.forDigit(c >> 8 & 0xF, 16))
        .append(Character.forDigit(c >> 4 & 0xF, 16)).append(Character.forDigit(c & 0xF, 16));
  }

  /**
   * The text with every {@linkplain #isUnsafe unsafe} character written as a {@code \}{@code uXXXX}
   * escape, so that it prints as one line that means what it shows; the text itself when it has none.
   */
  static String safe(String text) {
    int i = 0;
    while (i < text.length() && !isUnsafe(text.charAt(i))) {
      i++;
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isUnsafe(c)) {
        escape(c, out);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Jackson's message without its advice to change Jackson's configuration (which a caller of
   * this library does not own) and with the location in plain words.
   */
  static String jacksonMessage(JacksonException e, JsonParser parser, boolean withinLine) {
    String message = e.getOriginalMessage() == null ? "malformed JSON" : e.getOriginalMessage();
    message = JACKSON_REQUIREMENT.matcher(message).replaceAll(" are not allowed in JSON");
    message = JACKSON_HINT.matcher(message).replaceAll("").strip();
    // Limit exceptions carry no location; the parser knows how far it got.
    return message + location(e.getLocation() != null ? e.getLocation() : parser.currentLocation(), withinLine);
  }

  /**
   * The location for a message, e.g. {@code (line 3, column 17)}, or only the column within a
   * JSON Lines line, whose number the exception gives; empty when unknown.
   */
  static String location(TokenStreamLocation at, boolean withinLine) {
    if (at == null || at.getLineNr() < 1) {
      return "";
    }
    return withinLine ? " (column " + at.getColumnNr() + ")"
        : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
  }
}
