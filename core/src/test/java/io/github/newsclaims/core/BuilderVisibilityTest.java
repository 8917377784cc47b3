package io.github.newsclaims.core;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every public builder of the model ({@code Claim.Builder} and its kind) extends a generated builder
 * that is package-private, so that Javadoc documents the generated setters, with their signatures
 * and descriptions, on the public builder's own page instead of listing bare inherited names.
 */
class BuilderVisibilityTest {
  @Test
  void everyPublicBuilderExtendsAPackagePrivateGeneratedBuilder() throws IOException, URISyntaxException, ReflectiveOperationException {
    Path classes = Path.of(Claim.class.getProtectionDomain().getCodeSource().getLocation().toURI())
        .resolve("io/github/newsclaims/core");
    List<String> builders = new ArrayList<>();
    try (Stream<Path> files = Files.list(classes)) {
      for (Path file : files.filter(f -> f.getFileName().toString().endsWith("$Builder.class")).toList()) {
        String name = file.getFileName().toString();
        Class<?> builder = Class.forName("io.github.newsclaims.core." + name.substring(0, name.length() - ".class".length()));
        if (!Modifier.isPublic(builder.getModifiers()) || !Modifier.isPublic(builder.getEnclosingClass().getModifiers())) {
          continue; // a generated builder itself
        }
        builders.add(builder.getEnclosingClass().getSimpleName());
        Class<?> generated = builder.getSuperclass();
        assertTrue(generated.getEnclosingClass().getSimpleName().startsWith("Immutable"), builder + " extends " + generated);
        assertFalse(Modifier.isPublic(generated.getModifiers()), () -> generated + " is public, so Javadoc hides its setters");
      }
    }
    assertTrue(builders.size() >= 10, () -> "too few public builders found: " + builders);
  }
}
