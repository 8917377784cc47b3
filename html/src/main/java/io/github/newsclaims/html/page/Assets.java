package io.github.newsclaims.html.page;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The page's style sheet and script, inlined so the page needs no network, and the Content
 * Security Policy that lets only exactly these run: whatever text the article holds, no other
 * script, style, image, frame or connection is allowed.
 *
 * @param css the style sheet
 * @param js the script
 * @param policy the {@code Content-Security-Policy} value
 */
record Assets(String css, String js, String policy) {
  /** Loaded once from this package's resources. */
  static final Assets INLINE = load();

  private static Assets load() {
    String css = resource("page.css");
    String js = resource("page.js");
    String policy = "default-src 'none'; style-src '" + sha256(css) + "'; script-src '" + sha256(js)
        + "'; img-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'";
    return new Assets(css, js, policy);
  }

  private static String resource(String name) {
    try (InputStream in = Assets.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource " + name + " is missing from newsclaims-html");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + name + " of newsclaims-html", e);
    }
  }

  private static String sha256(String content) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
