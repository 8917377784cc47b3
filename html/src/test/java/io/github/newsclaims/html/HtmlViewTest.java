package io.github.newsclaims.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsclaims.core.AnnotatedArticle;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlViewTest {
  private static final AnnotatedArticle ARTICLE = TestArticles.nested();

  @Test
  void theThreeWaysToRenderGiveTheSamePage(@TempDir Path directory) throws IOException {
    String page = HtmlView.render(ARTICLE);
    StringWriter out = new StringWriter();
    HtmlView.render(ARTICLE, out);
    assertEquals(page, out.toString());
    Path file = directory.resolve("page.html");
    HtmlView.write(ARTICLE, file);
    assertEquals(page, Files.readString(file, StandardCharsets.UTF_8));
    assertEquals(page, HtmlView.render(TestArticles.nested()), "the same article renders to the same page");
  }

  @Test
  void thePageNamesNoResourceOutsideItself() {
    String page = HtmlView.render(ARTICLE);
    assertTrue(page.startsWith("<!DOCTYPE html>"), page.substring(0, 40));
    Matcher references = Pattern.compile("(?i)\\b(?:src|href|action|srcset)\\s*=\\s*\"([^\"]*)\"").matcher(page);
    while (references.find()) {
      String target = references.group(1);
      assertTrue(target.startsWith("#") || target.equals("https://example.org/kim"),
          "a reference out of the page: " + references.group());
    }
    assertFalse(page.contains("@import"), "no imported style sheet");
    assertFalse(page.contains("url("), "no style resource");
  }

  @Test
  void aFailingAppendableReportsItsOwnException() {
    IOException failure = new IOException("disk full");
    Appendable broken = new Appendable() {
      @Override
      public Appendable append(CharSequence csq) throws IOException {
        throw failure;
      }

      @Override
      public Appendable append(CharSequence csq, int start, int end) throws IOException {
        throw failure;
      }

      @Override
      public Appendable append(char c) throws IOException {
        throw failure;
      }
    };
    assertEquals(failure, assertThrows(IOException.class, () -> HtmlView.render(ARTICLE, broken)));
  }

  @Test
  void nullIsRefused() {
    assertThrows(NullPointerException.class, () -> HtmlView.render(null));
  }
}
