package io.github.newsclaims.examples;

import io.github.newsclaims.html.HtmlView;
import io.github.newsclaims.html.browser.Browser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Takes the README's screenshot of the fixture's web view, {@code docs/web-view.png}, in headless
 * Chromium with the card of the "about 15,000" claim open. Run it from the repository root:
 *
 * <pre>
 * mvn -B -ntp -q -pl examples -am -DskipTests package exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.github.newsclaims.examples.WebViewScreenshot
 * </pre>
 */
public final class WebViewScreenshot {
  private WebViewScreenshot() {}

  /**
   * Writes the screenshot.
   *
   * @param args optionally, the PNG file to write (default {@code docs/web-view.png}, from the repository root)
   * @throws IOException if the page or the image cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path target = Path.of(args.length > 0 ? args[0] : "docs/web-view.png");
    Path page = Files.createTempFile("newsclaims-web-view-", ".html");
    HtmlView.write(ArticleFixtures.kimJongUnArtillerySurge(), page);
    try (Browser browser = Browser.start(1360, 1400)) {
      browser.open(page);
      browser.js("document.querySelector('#text mark[data-role=estimate][data-claim-id=c14]').focus({preventScroll: true})");
      Files.createDirectories(target.toAbsolutePath().getParent());
      Files.write(target, browser.screenshot());
    } finally {
      Files.deleteIfExists(page);
    }
    System.out.println("wrote " + target.toAbsolutePath().normalize());
  }
}
