package io.github.newsclaims.json;

import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;

/** Wording shared by the messages of this package. */
final class Text {
  /** Jackson's pointers to its own configuration, e.g. "from `StreamReadConstraints.getMaxNestingDepth()`". */
  private static final Pattern JACKSON_HINT = Pattern.compile(
      ",? from `[A-Za-z.]+\\(\\)`|[:;]? *(?:\\(?\\b(?:enable|disable|use|set)\\b[^`]*`[A-Za-z_.]+`[^)]*\\)?)");

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
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /**
   * Jackson's message without its advice to change Jackson's configuration (which a caller of
   * this library does not own) and with the location in plain words.
   */
  static String jacksonMessage(JacksonException e, JsonParser parser) {
    String message = e.getOriginalMessage() == null ? "malformed JSON" : e.getOriginalMessage();
    message = JACKSON_HINT.matcher(message).replaceAll("").strip();
    // Limit exceptions carry no location; the parser knows how far it got.
    return message + JsonValue.location(e.getLocation() != null ? e.getLocation() : parser.currentLocation());
  }
}
