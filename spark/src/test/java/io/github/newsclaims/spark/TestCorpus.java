package io.github.newsclaims.spark;

import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.Article;
import io.github.newsclaims.testing.Generators;
import io.github.newsclaims.json.NewsClaimsJson;
import io.github.newsclaims.json.NewsClaimsJsonException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.zip.GZIPOutputStream;

/**
 * A generated JSON Lines corpus on disk: synthetic articles (unique ids {@code article-<n>}) spread
 * over plain and gzip-compressed files, with bad lines of every kind mixed in, and what reading it
 * must give — computed by the library's own strict reader, in this JVM.
 */
final class TestCorpus {
  /** A line the library reads: where it is and what it holds. */
  record Good(String fileName, long line, String json, AnnotatedArticle article) {}

  /** A line the library refuses: where it is and the problems it reports. */
  record Bad(String fileName, long line, String kind, String pointer, String message, int problems) {}

  final List<Good> good = new ArrayList<>();
  final List<Bad> bad = new ArrayList<>();
  final Path directory;

  private TestCorpus(Path directory) {
    this.directory = directory;
  }

  /**
   * The article of synthetic seed {@code n}, with the corpus-unique id {@code article-<n>}: one to
   * four claims, so that 10,000 articles (about 25,000 claims, with their attribution chains and
   * estimates) stay quick to generate, parse and compare.
   */
  static AnnotatedArticle article(long n) {
    AnnotatedArticle synthetic = Generators.synthetic(n, 1 + (int) (n % 4));
    Article article = Article.builder().from(synthetic.getArticle()).id("article-" + n).build();
    return AnnotatedArticle.builder().from(synthetic).article(article).build();
  }

  /**
   * Writes {@code articles} articles into {@code files} files in {@code directory} (every third
   * file gzip-compressed, named {@code .jsonl.gz}), with a bad line after about one good line in
   * {@code badEvery}, and a {@code _SUCCESS} marker that reading must skip. The files are generated
   * in parallel, each from its own seed, so the corpus is the same however many threads there are.
   */
  static TestCorpus write(Path directory, int articles, int files, int badEvery, long seed) {
    TestCorpus corpus = new TestCorpus(directory);
    try {
      Files.createDirectories(directory);
      Files.writeString(directory.resolve("_SUCCESS"), "not a document\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int perFile = (articles + files - 1) / files;
    List<TestCorpus> parts = IntStream.range(0, files).parallel()
        .mapToObj(f -> writeFile(directory, f, f * perFile, Math.min(articles, (f + 1) * perFile), badEvery, seed))
        .toList();
    for (TestCorpus part : parts) {
      corpus.good.addAll(part.good);
      corpus.bad.addAll(part.bad);
    }
    return corpus;
  }

  /** File number {@code f} of a corpus: articles {@code from} (inclusive) to {@code to}. */
  private static TestCorpus writeFile(Path directory, int f, int from, int to, int badEvery, long seed) {
    TestCorpus part = new TestCorpus(directory);
    Random random = new Random(seed * 1_000 + f);
    boolean gzip = f % 3 == 2;
    String name = String.format("part-%05d.jsonl%s", f, gzip ? ".gz" : "");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    long line = 0;
    for (int n = from; n < to; n++) {
      AnnotatedArticle article = article(seed * 1_000_000 + n);
      String json = NewsClaimsJson.write(article);
      if (random.nextInt(badEvery) == 0) {
        byte[] broken = part.breakLine(json, random.nextInt(BREAKS));
        line++;
        part.expectBad(name, line, broken);
        bytes.write(broken, 0, broken.length);
        bytes.write('\n');
      }
      line++;
      part.good.add(new Good(name, line, json, article));
      byte[] utf8 = json.getBytes(StandardCharsets.UTF_8);
      bytes.write(utf8, 0, utf8.length);
      bytes.write('\n');
    }
    try (OutputStream out = gzip ? new GZIPOutputStream(Files.newOutputStream(directory.resolve(name)))
        : Files.newOutputStream(directory.resolve(name))) {
      bytes.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return part;
  }

  private static final int BREAKS = 8;

  /** A valid line made bad in one of {@link #BREAKS} ways. */
  private byte[] breakLine(String json, int how) {
    String broken = switch (how) {
      case 0 -> json.substring(0, json.length() / 2);                         // cut short
      case 1 -> "{\"unknown\":1," + json.substring(1);                         // unknown property
      case 2 -> "";                                                             // empty line
      case 3 -> json.replaceFirst("\"text\":\"", "\"text\":\"Z");              // spans no longer match the text
      case 4 -> json.replaceFirst("\"end\":(\\d+)", "\"end\":$10");           // a span whose text is not end - start long
      case 5 -> "[".repeat(100) + "]".repeat(100);                            // nested too deep
      case 6 -> json + " " + json;                                             // two documents on one line
      default -> null;
    };
    if (broken != null) {
      return broken.getBytes(StandardCharsets.UTF_8);
    }
    byte[] utf8 = json.getBytes(StandardCharsets.UTF_8);                      // malformed UTF-8 in the headline
    int at = json.indexOf("\"headline\":\"") + "\"headline\":\"".length();
    byte[] out = new byte[utf8.length + 1];
    System.arraycopy(utf8, 0, out, 0, at);
    out[at] = (byte) 0xFF;
    System.arraycopy(utf8, at, out, at + 1, utf8.length - at);
    return out;
  }

  private void expectBad(String name, long line, byte[] bytes) {
    try {
      NewsClaimsJson.read(new java.io.ByteArrayInputStream(bytes));
      throw new AssertionError("line meant to be bad was read: " + new String(bytes, StandardCharsets.UTF_8));
    } catch (NewsClaimsJsonException e) {
      NewsClaimsJsonException.Problem first = e.getProblems().get(0);
      // Spark keeps strings as UTF-8: a lone surrogate in a message (a quote cut inside an emoji) is a '?'.
      String message = new String(e.getMessage().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
      bad.add(new Bad(name, line, first.kind().name(), first.pointer(), message,
          (int) Math.min(e.getProblemCount(), Integer.MAX_VALUE)));
    }
  }

  /** Every line of the corpus files. */
  long lines() {
    return good.size() + bad.size();
  }
}
