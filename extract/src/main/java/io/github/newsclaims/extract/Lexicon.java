package io.github.newsclaims.extract;

import io.github.newsclaims.core.ActorKind;
import io.github.newsclaims.core.AttributionMode;
import io.github.newsclaims.core.Factuality;
import io.github.newsclaims.core.authoring.Cue;
import io.github.newsclaims.core.authoring.Cues;
import io.github.newsclaims.core.NonContentKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The documented resources of the English extractor, read once: cues and hedges from the shared
 * cue table of the authoring API ({@link Cues}, {@code cues.tsv} in {@code newsclaims-core}: one
 * table for authoring defaults and extraction), page furniture ({@code furniture.tsv}) and actor
 * kinds ({@code actor-kinds.tsv}) beside this class.
 */
final class Lexicon {

  /** A furniture pattern and the kind of non-content it marks. */
  record FurniturePattern(NonContentKind kind, Pattern pattern) {}

  private final Map<String, Factuality> cues;
  private final List<String> hedges;
  private final List<FurniturePattern> furniture;
  private final Map<String, ActorKind> actorKinds;

  private Lexicon(Map<String, Factuality> cues, List<String> hedges, List<FurniturePattern> furniture,
      Map<String, ActorKind> actorKinds) {
    this.cues = cues;
    this.hedges = hedges;
    this.furniture = furniture;
    this.actorKinds = actorKinds;
  }

  static Lexicon english() {
    Map<String, Factuality> cues = new LinkedHashMap<>();
    List<String> hedges = new ArrayList<>();
    for (Cue cue : Cues.all()) {
      boolean hearsay = cue.mode().equals(Optional.of(AttributionMode.UNNAMED_HEARSAY));
      if (cue.isHedgeOnly() || hearsay) {
        // "could", "likely", "reportedly": hedges; "reportedly" is also read as faceless hearsay.
        hedges.addAll(cue.forms());
      } else if (cue.mode().get() != AttributionMode.ACCORDING_TO) {
        // One word a form: the verbs and nouns the finder looks at word by word.
        cue.forms().stream().filter(f -> !f.contains(" ")).forEach(f -> cues.putIfAbsent(f, cue.commitment()));
      }
    }
    List<FurniturePattern> furniture = new ArrayList<>();
    for (String[] row : rows("furniture.tsv", 2)) {
      furniture.add(new FurniturePattern(NonContentKind.valueOf(row[0]), Pattern.compile(row[1])));
    }
    Map<String, ActorKind> kinds = new LinkedHashMap<>();
    for (String[] row : rows("actor-kinds.tsv", 2)) {
      kinds.put(row[0], ActorKind.valueOf(row[1]));
    }
    return new Lexicon(Map.copyOf(cues), List.copyOf(hedges), List.copyOf(furniture), kinds);
  }

  /** The default commitment of {@code word} (lower case) as a cue of a named source, or empty when it is none. */
  Optional<Factuality> commitment(String word) {
    return Optional.ofNullable(cues.get(word));
  }

  /** The commitment a hedge word or phrase gives whoever voices the claim ("could" PS+), by the shared table. */
  static Optional<Factuality> hedgeCommitment(String hedge) {
    return Cues.commitment(hedge);
  }

  List<String> hedges() {
    return hedges;
  }

  List<FurniturePattern> furniture() {
    return furniture;
  }

  /** Word → kind, in the resource's order. */
  Map<String, ActorKind> actorKinds() {
    return actorKinds;
  }

  private static List<String[]> rows(String resource, int columns) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource + " beside " + Lexicon.class.getName());
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] row = line.split("\t", -1);
        if (row.length != columns) {
          throw new IllegalStateException(resource + " line " + number + " has " + row.length
              + " columns, expected " + columns);
        }
        rows.add(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return rows;
  }
}
