package io.github.newsclaims.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsclaims.json.NewsClaimsJson;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/**
 * What a user's build gets: the newsclaims-json jar itself (not a class-path directory of the
 * reactor) carries the schema that {@link NewsClaimsJson#schema()} returns, and returns it on the
 * module path too (where a class loader may not read a named module's resources).
 */
class PublishedJarTest {
  @Test
  void theSchemaIsShippedInTheJsonJar() throws IOException, URISyntaxException {
    Path location = Path.of(NewsClaimsJson.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    assertTrue(location.getFileName().toString().matches("newsclaims-json-.*\\.jar"),
        () -> "newsclaims-json is not read from its jar: " + location);
    try (JarFile jar = new JarFile(location.toFile())) {
      ZipEntry entry = jar.getEntry(NewsClaimsJson.SCHEMA_RESOURCE);
      assertNotNull(entry, () -> "no schema in " + location);
      try (InputStream in = jar.getInputStream(entry)) {
        assertEquals(NewsClaimsJson.schema(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
      try (InputStream in = jar.getInputStream(jar.getEntry(NewsClaimsJson.DRAFT_SCHEMA_RESOURCE))) {
        assertEquals(NewsClaimsJson.draftSchema(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
  }
}
