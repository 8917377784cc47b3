package io.github.newsclaims.examples;

import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.html.HtmlView;
import io.github.newsclaims.json.NewsClaimsJsonException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Writes the web view of an annotated article ({@link HtmlView}) to an HTML file: the bundled
 * fixture, or any newsclaims JSON document.
 *
 * <pre>
 * HtmlPage page.html                  the fixture's page
 * HtmlPage article.json page.html     the page of the article in article.json
 * </pre>
 *
 * @since 0.1.0
 */
public final class HtmlPage {
  private static final String USAGE = "usage: HtmlPage [annotated-article.json] page.html";

  private HtmlPage() {}

  /**
   * Writes the page. Bad input or an unwritable file ends with a one-line error on standard error
   * and exit status 1; a wrong command line with exit status 2.
   *
   * @param args the output file, optionally preceded by the path of an annotated-article JSON file
   */
  public static void main(String[] args) {
    Command.main(args, HtmlPage::run);
  }

  /**
   * Runs the command as {@link #main} does, printing to the given streams.
   *
   * @return the exit status: 0 done, 1 bad input or output, 2 bad command line
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length < 1 || args.length > 2) {
      err.println(USAGE);
      return 2;
    }
    AnnotatedArticle annotated;
    if (args.length == 1) {
      annotated = ArticleFixtures.kimJongUnArtillerySurge();
    } else {
      try {
        annotated = ClaimReport.load(Path.of(args[0]));
      } catch (InvalidPathException | IOException | UncheckedIOException | NewsClaimsJsonException e) {
        err.println("html page: " + args[0] + ": " + ClaimReport.oneLine(e));
        return 1;
      }
    }
    String target = args[args.length - 1];
    try {
      Path file = Path.of(target);
      HtmlView.write(annotated, file);
      out.println("wrote " + file.toAbsolutePath().normalize() + " (" + annotated.getClaims().size() + " claims)");
      return 0;
    } catch (InvalidPathException | IOException e) {
      err.println("html page: " + target + ": " + ClaimReport.oneLine(e));
      return 1;
    }
  }
}
