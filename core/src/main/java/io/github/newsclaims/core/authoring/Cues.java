package io.github.newsclaims.core.authoring;

import io.github.newsclaims.core.AttributionMode;
import io.github.newsclaims.core.Factuality;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The cue table: which attribution mode and which commitment a cue word gets by default — "said"
 * certain (CT+), "estimates" and "believes" probable (PR+), "suggests" and "could" possible (PS+),
 * "denied" certainly not (CT−), "acknowledged" certain and factive.
 *
 * <p>The table is the documented resource {@value #RESOURCE} (tab-separated; its header explains
 * each column) and is the single source of these defaults for the authoring API
 * ({@link ArticleAnnotator}), the draft format and any extraction tool. The guide
 * {@code docs/annotating.md} gives the reasons.
 *
 * <p>Lookup ({@link #find(String)}) is by the written cue, ignoring case and typography (curly
 * apostrophes, non-breaking spaces): first the whole cue as a form ("according to"), then the
 * longest form that occurs in the cue as whole words ("growing reports" finds "reports", "also
 * suggests" finds "suggests").
 *
 * <p><b>Stability.</b> This class and {@link Cue} are public API for tools outside the authoring
 * API, such as claim extraction: a lookup by cue text gives the mode hint ({@link Cue#mode()}, empty
 * for a hedge) and the default commitment ({@link Cue#commitment()}). Rows of the table are stable
 * within its version (the resource's header): later versions may add rows and columns, never change
 * a row's commitment.
 *
 * <p>Immutable and thread-safe; the table is read once, from this class's own module, so it is
 * found on the class path and on the module path alike.
 *
 * @since 0.1.0
 */
public final class Cues {
  /** The class path resource holding the table. */
  public static final String RESOURCE = "/io/github/newsclaims/core/authoring/cues.tsv";

  private static final List<Cue> TABLE = load();

  private Cues() {}

  /** {@return every row of the table, in the order of the resource} */
  public static List<Cue> all() {
    return TABLE;
  }

  /**
   * The row for a written cue: the whole cue as a form, else the longest form the cue holds as
   * whole words.
   *
   * @param cueText the cue as written, e.g. {@code "said"}, {@code "According to"}, {@code "also suggests"}
   * @return the row, or empty if no form of the table occurs in the cue
   */
  public static Optional<Cue> find(String cueText) {
    Objects.requireNonNull(cueText, "cueText");
    String cue = normalise(cueText);
    for (Cue row : TABLE) {
      if (row.forms().contains(cue)) {
        return Optional.of(row);
      }
    }
    Cue best = null;
    int bestLength = 0;
    String padded = " " + cue + " ";
    for (Cue row : TABLE) {
      for (String form : row.forms()) {
        if (form.length() > bestLength && padded.contains(" " + form + " ")) {
          best = row;
          bestLength = form.length();
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The default commitment of a written cue: {@code commitment("said")} is CT+,
   * {@code commitment("believe")} PR+, {@code commitment("could")} PS+.
   *
   * @param cueText the cue as written, such as "said"
   * @return the commitment, or empty if the table has no such cue
   */
  public static Optional<Factuality> commitment(String cueText) {
    Objects.requireNonNull(cueText, "cueText");
    return find(cueText).map(Cue::commitment);
  }

  /**
   * The usual attribution mode of a written cue: {@code mode("according to")} is
   * {@link AttributionMode#ACCORDING_TO}, {@code mode("reportedly")}
   * {@link AttributionMode#UNNAMED_HEARSAY}.
   *
   * @param cueText the cue as written, such as "according to"
   * @return the mode, or empty if the table has no such cue or the cue is only a hedge
   */
  public static Optional<AttributionMode> mode(String cueText) {
    Objects.requireNonNull(cueText, "cueText");
    return find(cueText).flatMap(Cue::mode);
  }

  /**
   * Whether the written cue is factive ("acknowledged", "confirmed", "revealed").
   *
   * @param cueText the cue as written, such as "acknowledged"
   * @return true if the cue table marks the cue factive; false for an unknown cue
   */
  public static boolean isFactive(String cueText) {
    Objects.requireNonNull(cueText, "cueText");
    return find(cueText).map(Cue::factive).orElse(false);
  }

  /** Lower case, straight apostrophes and single spaces. */
  static String normalise(String text) {
    return text.strip().toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'')
        .replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ");
  }

  private static List<Cue> load() {
    try (InputStream in = Cues.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the cue table " + RESOURCE + " is missing from the class path");
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<Cue> rows = new ArrayList<>();
      int number = 0;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        rows.add(row(line, number));
      }
      return List.copyOf(rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Cue row(String line, int number) {
    String[] cells = line.split("\t", -1);
    if (cells.length != 6) {
      throw new IllegalStateException(RESOURCE + " line " + number + ": expected 6 tab-separated cells, found "
          + cells.length);
    }
    List<String> forms = Arrays.stream(cells[1].split(",")).map(String::strip).toList();
    Optional<AttributionMode> mode = cells[2].equals("-") ? Optional.empty()
        : Optional.of(AttributionMode.valueOf(cells[2]));
    return new Cue(cells[0], forms, mode, Factuality.fromFactBankCode(cells[3]), cells[4].equals("factive"),
        cells[5]);
  }
}
