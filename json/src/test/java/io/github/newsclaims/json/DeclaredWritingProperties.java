package io.github.newsclaims.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.testing.Generators;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectWriter;

/**
 * Each mapping's own {@link Members} method writes exactly what its {@link Property} declarations
 * say: for every generated article, compact and pretty, to bytes and to characters, the document
 * written through the members methods is the same text as the one written from the declarations
 * alone ({@link ObjectType#writeDeclared}).
 */
class DeclaredWritingProperties {
  @Test
  void everyObjectTypeOfTheFormatHasItsMembersMethod() {
    for (ObjectType<?> type : NewsClaimsModule.objectTypes()) {
      assertTrue(type.hasMembers(), type.name() + " is written from its declarations only");
    }
  }

  @Test
  void membersMethodsWriteWhatTheDeclarationsSay() {
    qt().withExamples(Examples.of(500)).forAll(Generators.annotatedArticles()).checkAssert(article -> {
      for (ObjectWriter writer : new ObjectWriter[] {Mappers.COMPACT, Mappers.PRETTY}) {
        assertEquals(chars(writer, article, false), chars(writer, article, true));
        assertEquals(bytes(writer, article, false), bytes(writer, article, true));
      }
    });
  }

  @Test
  void aLargeSyntheticArticleIsWrittenAsItsDeclarationsSay() {
    AnnotatedArticle synthetic = Generators.synthetic(2026, 200);
    String declared = chars(Mappers.COMPACT, synthetic, true);
    assertEquals(declared, NewsClaimsJson.write(synthetic));
    assertTrue(declared.contains("\"estimates\":[{"), "the article has estimates");
  }

  private static String chars(ObjectWriter writer, AnnotatedArticle article, boolean declared) {
    StringWriter out = new StringWriter();
    try (JsonGenerator gen = writer.createGenerator(out)) {
      write(article, gen, declared);
    }
    return out.toString();
  }

  private static String bytes(ObjectWriter writer, AnnotatedArticle article, boolean declared) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator gen = writer.createGenerator(out, JsonEncoding.UTF8)) {
      write(article, gen, declared);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static void write(AnnotatedArticle article, JsonGenerator gen, boolean declared) {
    if (declared) {
      AnnotatedArticleMapping.TYPE.writeDeclared(article, gen);
    } else {
      AnnotatedArticleMapping.TYPE.write(article, gen);
    }
  }
}
