package io.github.newsclaims.json;

import io.github.newsclaims.json.NewsClaimsJsonException.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.StringReader;

/**
 * The format is UTF-8 only, in every input form, and one byte order mark (U+FEFF) at the very start
 * of the input is ignored, whether the input is bytes, a {@code Reader} or a {@code String}, as RFC
 * 8259 allows. Jackson guesses UTF-16 and UTF-32 from zero bytes and the UTF-16 byte order marks
 * among the first four bytes; none of those bytes (00, FE, FF) can begin UTF-8 JSON, so refusing
 * them leaves Jackson no other guess than UTF-8, whose malformed sequences its UTF-8 parser reports.
 */
final class Utf8Input {
  private static final int PEEK = 7;

  private Utf8Input() {}

  /**
   * The bytes of {@code in}, checked to start as UTF-8 JSON can, without a leading byte order mark.
   *
   * @param bomAllowed whether a byte order mark may start the input (not so on the second line of JSON Lines)
   * @throws NewsClaimsJsonException if they cannot be UTF-8 JSON
   */
  static InputStream bytes(InputStream in, boolean bomAllowed) throws IOException {
    byte[] head = new byte[PEEK];
    int n = 0;
    while (n < PEEK) {
      int read = in.read(head, n, PEEK - n);
      if (read < 0) {
        break;
      }
      n += read;
    }
    int start = 0;
    if (n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
      if (!bomAllowed) {
        throw Problems.single(Kind.SYNTAX, Pointer.ROOT,
            "a byte order mark (EF BB BF) may only start the input, not a later line");
      }
      start = 3;
    }
    for (int i = start; i < Math.min(n, start + 4); i++) {
      int b = head[i] & 0xFF;
      if (b == 0x00 || b == 0xFE || b == 0xFF) {
        throw Problems.single(Kind.SYNTAX, Pointer.ROOT, String.format(
            "not UTF-8: byte 0x%02X at byte offset %d cannot begin UTF-8 JSON; the format does not accept "
                + "UTF-16 or UTF-32", b, i));
      }
    }
    return new Prefixed(head, start, n, in);
  }

  /** The characters of {@code in} without a leading byte order mark. */
  static Reader chars(Reader in) throws IOException {
    PushbackReader pushback = new PushbackReader(in, 1);
    int first = pushback.read();
    if (first >= 0 && first != '\uFEFF') {
      pushback.unread(first);
    }
    return pushback;
  }

  /** The text without a leading byte order mark, as a reader; null when it has none, to be parsed as it is. */
  static Reader withoutBom(String json) {
    if (json.isEmpty() || json.charAt(0) != '\uFEFF') {
      return null;
    }
    StringReader reader = new StringReader(json);
    try {
      reader.skip(1);
    } catch (IOException e) {
      throw new AssertionError("a string reader does not fail", e);
    }
    return reader;
  }

  /** Bytes already read, then the rest of the stream. */
  private static final class Prefixed extends InputStream {
    private final byte[] head;
    private int position;
    private final int limit;
    private final InputStream rest;

    Prefixed(byte[] head, int position, int limit, InputStream rest) {
      this.head = head;
      this.position = position;
      this.limit = limit;
      this.rest = rest;
    }

    @Override
    public int read() throws IOException {
      return position < limit ? head[position++] & 0xFF : rest.read();
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      if (length == 0) {
        return 0;
      }
      if (position < limit) {
        int n = Math.min(length, limit - position);
        System.arraycopy(head, position, buffer, offset, n);
        position += n;
        return n;
      }
      return rest.read(buffer, offset, length);
    }

    @Override
    public void close() throws IOException {
      rest.close();
    }
  }
}
