package io.github.newsclaims.json;

import tools.jackson.core.JsonGenerator;

/**
 * Writes string values so that what the writer writes the reader reads back: a string longer than
 * {@link NewsClaimsJson#MAX_STRING_LENGTH} is refused, and a lone surrogate — which a read document
 * may hold, from a {@code \}{@code ud800} escape — is written as the same escape, where Jackson would
 * refuse it in UTF-8 or hand it raw to a {@code Writer} whose UTF-8 encoder cannot encode it.
 */
final class StringWriting {
  private StringWriting() {}

  static void write(String value, JsonGenerator out) {
    if (value.length() > NewsClaimsJson.MAX_STRING_LENGTH) {
      throw new IllegalArgumentException("cannot write " + pointer(out) + ": a string of " + value.length()
          + " characters, more than the format's limit of " + NewsClaimsJson.MAX_STRING_LENGTH
          + " (NewsClaimsJson.MAX_STRING_LENGTH), which reading would refuse");
    }
    if (hasLoneSurrogate(value)) {
      out.writeRawValue(literal(value));
    } else {
      out.writeString(value);
    }
  }

  private static String pointer(JsonGenerator out) {
    String pointer = out.streamWriteContext().pathAsPointer().toString();
    return pointer.isEmpty() ? "the value" : Text.safe(pointer);
  }

  static boolean hasLoneSurrogate(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
          i++;
        } else {
          return true;
        }
      }
    }
    return false;
  }

  /** The JSON string literal, escaped as Jackson escapes, lone surrogates as {@code \}{@code uXXXX}. */
  static String literal(String value) {
    StringBuilder out = new StringBuilder(value.length() + 16).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20) {
            unicode(c, out);
          } else if (Character.isHighSurrogate(c) && i + 1 < value.length()
              && Character.isLowSurrogate(value.charAt(i + 1))) {
            out.append(c).append(value.charAt(++i));
          } else if (Character.isSurrogate(c)) {
            unicode(c, out);
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /** Appends {@code \}{@code uXXXX} in upper case hex digits, as Jackson writes the escapes it makes. */
  private static void unicode(char c, StringBuilder out) {
    out.append("\\u");
    for (int shift = 12; shift >= 0; shift -= 4) {
      out.append(Character.toUpperCase(Character.forDigit(c >> shift & 0xF, 16)));
    }
  }
}
