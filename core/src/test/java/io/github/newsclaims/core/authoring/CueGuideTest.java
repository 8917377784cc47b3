package io.github.newsclaims.core.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsclaims.core.AttributionMode;
import io.github.newsclaims.core.Factuality;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The cue table of docs/annotating.md says what cues.tsv says. */
class CueGuideTest {
  @Test
  void theGuidesTableIsTheCueTable() throws IOException {
    String guide = Files.readString(Path.of("..", "docs", "annotating.md"), StandardCharsets.UTF_8);
    int start = guide.indexOf("| cues | mode | commitment |");
    assertTrue(start >= 0, "the guide has its cue table");
    String table = guide.substring(start, guide.indexOf("\n\n", start));
    int rows = 0;
    int cues = 0;
    for (String row : table.lines().skip(2).toList()) {
      String[] cells = row.split("\\|");
      String words = cells[1].replaceAll("\\([^)]*\\)", "").strip();
      String mode = cells[2].replace("**factive**", "").replace(",", "").strip();
      Factuality commitment = Factuality.fromFactBankCode(cells[3].strip().replace("`", "").replace('−', '-'));
      boolean factive = cells[2].contains("factive");
      for (String word : words.split(",")) {
        Cue cue = Cues.find(word.strip()).orElseThrow(() -> new AssertionError("not in cues.tsv: " + word));
        assertEquals(commitment, cue.commitment(), word);
        assertEquals(factive, cue.factive(), word);
        Optional<AttributionMode> expected = mode.equals("—") ? Optional.empty()
            : Optional.of(AttributionMode.valueOf(mode.toUpperCase(Locale.ROOT).replace(' ', '_')));
        assertEquals(expected, cue.mode(), word);
        cues++;
      }
      rows++;
    }
    assertEquals(10, rows);
    assertTrue(cues >= 35, cues + " cues");
  }
}
