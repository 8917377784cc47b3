package io.github.newsclaims.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsclaims.formats.brat.BratFormat;
import io.github.newsclaims.json.NewsClaimsJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatConvertTest {
  @TempDir
  Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return FormatConvert.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void jsonToBratToCasToJsonKeepsTheFixture() throws IOException {
    Path json = dir.resolve("kim.json");
    Files.writeString(json, ArticleFixtures.kimJongUnArtillerySurgeJson());
    assertEquals(0, run("json", json.toString(), "brat", dir.resolve("brat/kim").toString()), err::toString);
    assertEquals(0, run("brat", dir.resolve("brat/kim.ann").toString(), "cas", dir.resolve("kim.cas.json").toString()),
        err::toString);
    assertEquals(0, run("cas", dir.resolve("kim.cas.json").toString(), "json", dir.resolve("back.json").toString()),
        err::toString);
    assertEquals(ArticleFixtures.kimJongUnArtillerySurge(), NewsClaimsJson.read(Files.readString(dir.resolve("back.json"))));
    assertEquals(BratFormat.annotationConf(), Files.readString(dir.resolve("brat/annotation.conf")));
    assertTrue(Files.exists(dir.resolve("brat/visual.conf")));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("wrote " + dir.resolve("brat/kim.ann")), out::toString);
  }

  @Test
  void badInputListsEveryProblemAndExitsWithOne() throws IOException {
    Files.createDirectories(dir.resolve("brat"));
    Files.writeString(dir.resolve("brat/x.txt"), "Some text.");
    Files.writeString(dir.resolve("brat/x.ann"), "T1\tClaim 0 4\tSone\nnonsense\n");
    assertEquals(1, run("brat", dir.resolve("brat/x").toString(), "json", dir.resolve("x.json").toString()));
    String message = err.toString(StandardCharsets.UTF_8);
    assertTrue(message.contains("line 1 (T1): offsets 0 4 cover \"Some\" in the text, but the line says \"Sone\""), message);
    assertTrue(message.contains("line 2: malformed line \"nonsense\""), message);
    assertEquals(1, run("cas", dir.resolve("missing.json").toString(), "json", dir.resolve("y.json").toString()));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("missing.json: no such file"), err::toString);
  }

  @Test
  void aWrongCommandLineExitsWithTwo() {
    assertEquals(2, run("json", "a.json", "xml", "b.xml"));
    assertEquals(2, run("json"));
    assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("usage: FormatConvert"), err::toString);
  }
}
