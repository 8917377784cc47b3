package io.github.newsclaims.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.json.NewsClaimsJsonException.Problem;
import io.github.newsclaims.testing.Samples;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The instance API: {@link NewsClaimsJson#reader()} and {@link NewsClaimsJson#writer()}, with files and the caller's validator. */
class InstanceApiTest {
  private static final AnnotatedArticle SAMPLE = Samples.annotated();

  @Test
  void readsAndWritesFilesItOpensAndCloses(@TempDir Path dir) throws Exception {
    Path compact = dir.resolve("sample.json");
    Path pretty = dir.resolve("pretty.json");
    NewsClaimsJson.writer().write(SAMPLE, compact);
    NewsClaimsJson.writer().pretty().write(SAMPLE, pretty);
    assertEquals(NewsClaimsJson.write(SAMPLE), Files.readString(compact));
    assertEquals(NewsClaimsJson.writePretty(SAMPLE), Files.readString(pretty));
    assertEquals(SAMPLE, NewsClaimsJson.reader().read(compact));
    assertEquals(SAMPLE, NewsClaimsJson.reader().read(pretty));
    // Closed: on every platform a closed file can be deleted.
    Files.delete(compact);
    Path lines = dir.resolve("corpus.jsonl");
    NewsClaimsJson.writer().pretty().writeLines(Stream.of(SAMPLE, SAMPLE), lines);
    try (Stream<AnnotatedArticle> read = NewsClaimsJson.reader().readLines(lines)) {
      assertEquals(List.of(SAMPLE, SAMPLE), read.toList());
    }
    assertThrows(UncheckedIOException.class, () -> NewsClaimsJson.reader().read(dir.resolve("missing.json")));
  }

  @Test
  void readersAndWritersAreImmutableValues() {
    NewsClaimsJsonReader reader = NewsClaimsJson.reader();
    assertTrue(reader.checksDocumentRules());
    assertFalse(reader.withoutDocumentRules().checksDocumentRules());
    assertTrue(reader.checksDocumentRules());
    assertSame(NewsClaimsJson.writer(), NewsClaimsJson.writer().pretty().compact());
    assertTrue(NewsClaimsJson.writer().pretty().isPretty());
    assertFalse(NewsClaimsJson.writer().isPretty());
  }

  @Test
  void checksTheDocumentRulesWithTheCallersValidator() {
    String broken = NewsClaimsJson.write(SAMPLE).replace("\"approximator\":\"about\"", "\"approximator\":\"exact\"");
    MessageInterpolator plain = Validation.byDefaultProvider().configure().getDefaultMessageInterpolator();
    try (ValidatorFactory factory = Validation.byDefaultProvider().configure()
        .messageInterpolator(new MessageInterpolator() {
          @Override
          public String interpolate(String template, Context context) {
            return "ours: " + plain.interpolate(template, context);
          }

          @Override
          public String interpolate(String template, Context context, Locale locale) {
            return "ours: " + plain.interpolate(template, context, locale);
          }
        }).buildValidatorFactory()) {
      NewsClaimsJsonReader reader = NewsClaimsJson.reader().withoutDocumentRules().withValidator(factory.getValidator());
      NewsClaimsJsonException e = assertThrows(NewsClaimsJsonException.class, () -> reader.read(broken));
      assertEquals(List.of("/claims/1/estimates/0/interval"), e.getProblems().stream().map(Problem::pointer).toList());
      assertTrue(e.getProblems().get(0).message().startsWith("ours: estimate e-soldiers interval"), e::getMessage);
      assertEquals(SAMPLE, reader.read(NewsClaimsJson.write(SAMPLE)));
    }
    assertFalse(assertThrows(NewsClaimsJsonException.class, () -> NewsClaimsJson.read(broken))
        .getMessage().contains("ours:"));
  }
}
