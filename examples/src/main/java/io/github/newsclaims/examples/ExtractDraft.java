package io.github.newsclaims.examples;

import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.Article;
import io.github.newsclaims.extract.ClaimExtractor;
import io.github.newsclaims.json.NewsClaimsJson;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Drafts the annotation of a plain-text news article with {@link ClaimExtractor#english()}: reads a
 * UTF-8 text file whose first line is the headline (the text is the whole file, headline
 * included), writes the draft as a {@code newsclaims/1} JSON document and prints its claim report
 * ({@link ClaimReport}) for review.
 */
public final class ExtractDraft {
  private ExtractDraft() {}

  /**
   * Drafts the article in the text file given as the first argument into the JSON file given as
   * the second. An unreadable file, one that is not UTF-8 or one with no headline ends with a
   * one-line error on standard error and exit status 1, having written nothing; a wrong command
   * line with exit status 2.
   *
   * @param args the text file, then the JSON file to write
   */
  public static void main(String[] args) {
    Command.main(args, ExtractDraft::run);
  }

  /**
   * Runs the command as {@link #main} does, printing to the given streams.
   *
   * @return the exit status: 0 done, 1 bad input, 2 bad command line
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length != 2) {
      err.println("usage: ExtractDraft article.txt draft.json");
      return 2;
    }
    Article article;
    try {
      Path input = Path.of(args[0]);
      String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Files.readAllBytes(input)))
          .toString();
      if (text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      String headline = text.lines().findFirst().orElse("").strip();
      if (headline.isEmpty()) {
        err.println("extract draft: " + args[0] + ": the first line must be the headline, and it is empty");
        return 1;
      }
      article = Article.builder().id(id(input)).headline(headline).language("en").text(text).build();
    } catch (CharacterCodingException e) {
      err.println("extract draft: " + args[0] + ": not UTF-8 text");
      return 1;
    } catch (IOException | IllegalArgumentException e) {
      err.println("extract draft: " + args[0] + ": " + ClaimReport.oneLine(e));
      return 1;
    }
    AnnotatedArticle draft = ClaimExtractor.english().extract(article);
    try {
      Files.writeString(Path.of(args[1]), NewsClaimsJson.writePretty(draft), StandardCharsets.UTF_8);
    } catch (InvalidPathException | IOException e) {
      err.println("extract draft: " + args[1] + ": " + ClaimReport.oneLine(e));
      return 1;
    }
    out.print(ClaimReport.render(draft));
    out.println("wrote " + args[1]);
    out.flush();
    return 0;
  }

  /** The article id: the file name without its extension, in lower-case letters, digits and hyphens. */
  static String id(Path file) {
    String name = file.getFileName() == null ? "article" : file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String id = (dot > 0 ? name.substring(0, dot) : name).toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{Alnum}]+", "-").replaceAll("^-+|-+$", "");
    return id.isEmpty() ? "article" : id;
  }
}
