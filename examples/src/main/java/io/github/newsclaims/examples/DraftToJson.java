package io.github.newsclaims.examples;

import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.json.NewsClaimsJson;
import io.github.newsclaims.json.NewsClaimsJsonException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Turns a draft ({@code newsclaims-draft/1}: spans written as quotations) into a {@code newsclaims/1}
 * document and prints the claim report of the result, so an annotator sees at once what the
 * defaults made of the draft:
 *
 * <pre>
 * mvn -B -ntp -q -pl examples -am -DskipTests package exec:java \
 *     -Dexec.mainClass=io.github.newsclaims.examples.DraftToJson -Dexec.args="my-article.draft.json my-article.json"
 * </pre>
 *
 * <p>A draft that cannot be resolved prints every problem, one per line with its JSON Pointer
 * (an ambiguous quote with its candidates), on standard error and ends with exit status 1; nothing
 * is written. A wrong command line ends with exit status 2.
 *
 * @since 0.1.0
 */
public final class DraftToJson {
  private DraftToJson() {}

  /**
   * Converts the draft at {@code args[0]} into the document {@code args[1]} and prints its report.
   *
   * @param args the draft file and the document file to write
   */
  public static void main(String[] args) {
    Command.main(args, DraftToJson::run);
  }

  /**
   * Runs the conversion as {@link #main} does, printing to the given streams.
   *
   * @return the exit status: 0 done, 1 bad input or unwritable output, 2 bad command line
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length != 2) {
      err.println("usage: DraftToJson <draft.json> <document.json>");
      return 2;
    }
    AnnotatedArticle article;
    try {
      article = NewsClaimsJson.readDraft(Path.of(args[0]));
    } catch (NewsClaimsJsonException e) {
      err.println("draft " + args[0] + ": " + e.getProblems().size() + (e.getProblems().size() == 1 ? " problem" : " problems"));
      e.getProblems().forEach(problem -> err.println("  " + problem.kind().name().toLowerCase(java.util.Locale.ROOT)
          + " " + problem));
      return 1;
    } catch (InvalidPathException | UncheckedIOException e) {
      err.println("draft " + args[0] + ": " + (e.getCause() instanceof NoSuchFileException ? "no such file"
          : e.getMessage()));
      return 1;
    }
    try {
      Files.writeString(Path.of(args[1]), NewsClaimsJson.writePretty(article), StandardCharsets.UTF_8);
    } catch (InvalidPathException | IOException e) {
      err.println("cannot write " + args[1] + ": " + e.getMessage());
      return 1;
    }
    out.println("wrote " + args[1] + " (" + NewsClaimsJson.FORMAT + ")");
    out.println();
    ClaimReport.render(article, out);
    out.flush();
    return 0;
  }
}
