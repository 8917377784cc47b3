package io.github.newsclaims.json;

import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.function.IntFunction;

/**
 * Large test inputs made on demand: a head, then {@code count} parts, then a tail, produced as they
 * are read, so that a test of the reader's memory does not itself hold the input.
 */
final class GeneratedInput extends InputStream {
  private final String head;
  private final IntFunction<String> part;
  private final int count;
  private final String tail;
  private int next = -1;
  private byte[] current = new byte[0];
  private int position;

  GeneratedInput(String head, IntFunction<String> part, int count, String tail) {
    this.head = head;
    this.part = part;
    this.count = count;
    this.tail = tail;
  }

  /** {@code count} copies of {@code part} between {@code head} and {@code tail}. */
  static GeneratedInput repeated(String head, String part, int count, String tail) {
    return new GeneratedInput(head, i -> part, count, tail);
  }

  /** The same characters as a reader. */
  Reader asReader() {
    return new java.io.InputStreamReader(this, StandardCharsets.UTF_8);
  }

  /** The total length in bytes, by generating it once more. */
  static long length(String head, IntFunction<String> part, int count, String tail) {
    long length = head.getBytes(StandardCharsets.UTF_8).length + tail.getBytes(StandardCharsets.UTF_8).length;
    for (int i = 0; i < count; i++) {
      length += part.apply(i).getBytes(StandardCharsets.UTF_8).length;
    }
    return length;
  }

  private boolean advance() {
    while (position == current.length) {
      if (next > count) {
        return false;
      }
      String text = next < 0 ? head : next < count ? part.apply(next) : tail;
      next++;
      current = text.getBytes(StandardCharsets.UTF_8);
      position = 0;
    }
    return true;
  }

  @Override
  public int read() {
    return advance() ? current[position++] & 0xFF : -1;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) {
    if (length == 0) {
      return 0;
    }
    int n = 0;
    while (n < length && advance()) {
      int k = Math.min(length - n, current.length - position);
      System.arraycopy(current, position, buffer, offset + n, k);
      position += k;
      n += k;
    }
    return n == 0 ? -1 : n;
  }
}
