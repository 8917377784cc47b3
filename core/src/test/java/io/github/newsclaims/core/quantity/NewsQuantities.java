package io.github.newsclaims.core.quantity;

import io.github.newsclaims.core.Approximator;
import io.github.newsclaims.core.Interval;
import io.github.newsclaims.core.UnitKind;
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
import java.util.function.Function;

/**
 * The labelled set {@code news-quantities.tsv} (rules in {@code news-quantities.md}) and its score:
 * a reading is right when it overlaps a labelled phrase and has the label's approximator, interval
 * and unit under the default {@link VaguenessPolicy}.
 */
final class NewsQuantities {
  /** One labelled quantity: where its phrase is in its sentence and what it stands for. */
  record Label(String url, String sentence, String phrase, int start, int end, Approximator approximator,
      Interval interval, UnitKind kind, String unitName) {}

  /** One quantity a reader found: its quantity words' offsets and its reading. */
  record Reading(int start, int end, Approximator approximator, Interval interval, UnitKind kind, String unitName) {
    static Reading of(QuantityMention m) {
      var e = m.getEstimate();
      var p = e.getPhrase().orElseThrow();
      return new Reading(p.getStart(), p.getEnd(), e.getApproximator(), e.getInterval(), e.getUnit().getKind(),
          e.getUnit().getKind() == UnitKind.COUNT ? null : e.getUnit().getName().orElse(null));
    }
  }

  /** The score: readings, labels, right readings, and each miss or false reading described. */
  record Score(int readings, int labels, int right, List<String> problems) {
    double precision() {
      return readings == 0 ? 0 : (double) right / readings;
    }

    double recall() {
      return labels == 0 ? 0 : (double) right / labels;
    }

    @Override
    public String toString() {
      return String.format(java.util.Locale.ROOT, "%d labels, %d readings, %d right: precision %.3f, recall %.3f",
          labels, readings, right, precision(), recall());
    }
  }

  private NewsQuantities() {}

  /** The sentences in file order, each with its labels (possibly none). */
  static Map<String, List<Label>> load() {
    Map<String, List<Label>> sentences = new LinkedHashMap<>();
    VaguenessPolicy policy = VaguenessPolicy.defaults();
    try (InputStream in = NewsQuantities.class.getResourceAsStream("news-quantities.tsv")) {
      if (in == null) {
        throw new IllegalStateException("news-quantities.tsv is missing from the test resources");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length != 6) {
          throw new IllegalStateException("news-quantities.tsv line " + number + ": 6 fields expected, was " + f.length);
        }
        List<Label> labels = sentences.computeIfAbsent(f[1], s -> new ArrayList<>());
        if (f[2].isEmpty()) {
          continue;
        }
        int start = phraseAt(f[1], f[2]);
        if (start < 0) {
          throw new IllegalStateException("news-quantities.tsv line " + number + ": phrase not in sentence: " + f[2]);
        }
        labels.add(label(f, start, policy, number));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sentences;
  }

  /** The first place {@code phrase} stands as whole words in {@code sentence}: "5,000" is not inside "15,000". */
  static int phraseAt(String sentence, String phrase) {
    for (int at = sentence.indexOf(phrase); at >= 0; at = sentence.indexOf(phrase, at + 1)) {
      int end = at + phrase.length();
      boolean before = at == 0 || !Character.isLetterOrDigit(sentence.charAt(at - 1))
          && !(sentence.charAt(at - 1) == ',' && at >= 2 && Character.isDigit(sentence.charAt(at - 2)));
      boolean after = end == sentence.length() || !Character.isLetterOrDigit(sentence.charAt(end));
      if (before && after) {
        return at;
      }
    }
    return -1;
  }

  private static Label label(String[] f, int start, VaguenessPolicy policy, int line) {
    String unit = f[5];
    UnitKind kind;
    String name = null;
    switch (unit) {
      case "count" -> kind = UnitKind.COUNT;
      case "percent" -> kind = UnitKind.PERCENTAGE;
      case "fraction" -> kind = UnitKind.FRACTION;
      case "multiplier" -> kind = UnitKind.MULTIPLIER;
      default -> {
        if (unit.matches("[A-Z]{3}")) {
          kind = UnitKind.CURRENCY;
        } else if (List.of("s", "min", "h", "d", "wk", "mo", "a").contains(unit)) {
          kind = UnitKind.DURATION;
        } else {
          kind = UnitKind.MEASURE;
        }
        name = unit;
      }
    }
    String a = f[3];
    String v = f[4];
    Approximator approximator;
    Interval interval;
    switch (a) {
      case "BETWEEN" -> {
        String[] ends = v.split("\\.\\.");
        approximator = Approximator.BETWEEN;
        interval = Interval.closed(Double.parseDouble(ends[0]), Double.parseDouble(ends[1]));
      }
      case "ORDER_OF_MAGNITUDE" -> {
        approximator = Approximator.ORDER_OF_MAGNITUDE;
        interval = v.startsWith("several:") ? policy.several(Double.parseDouble(v.substring(8)))
            : policy.magnitude(Double.parseDouble(v));
      }
      case "JUST_OVER" -> {
        approximator = Approximator.MORE_THAN;
        interval = policy.justOver(Double.parseDouble(v), kind);
      }
      default -> {
        Approximator stated = Approximator.valueOf(a);
        double value = Double.parseDouble(v);
        if (kind == UnitKind.MULTIPLIER && stated == Approximator.EXACT) {
          stated = Approximator.RELATIVE_CHANGE;
        }
        approximator = policy.reading(stated);
        interval = policy.interval(approximator, value, kind);
      }
    }
    return new Label(f[0], f[1], f[2], start, start + f[2].length(), approximator, interval, kind, name);
  }

  /** Scores {@code reader} on the set. */
  static Score score(Map<String, List<Label>> set, Function<String, List<Reading>> reader) {
    int readings = 0;
    int labels = 0;
    int right = 0;
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, List<Label>> entry : set.entrySet()) {
      String sentence = entry.getKey();
      List<Label> expected = entry.getValue();
      List<Reading> found = reader.apply(sentence);
      readings += found.size();
      labels += expected.size();
      boolean[] used = new boolean[found.size()];
      for (Label label : expected) {
        int match = -1;
        for (int i = 0; i < found.size(); i++) {
          Reading r = found.get(i);
          if (!used[i] && r.start() < label.end() && label.start() < r.end()) {
            match = i;
            break;
          }
        }
        if (match < 0) {
          problems.add("MISSED  " + label.phrase() + " (" + label.approximator() + " " + label.interval() + " "
              + label.kind() + ") in: " + sentence);
          continue;
        }
        used[match] = true;
        Reading r = found.get(match);
        if (r.approximator() == label.approximator() && close(r.interval(), label.interval())
            && r.kind() == label.kind() && java.util.Objects.equals(r.unitName(), label.unitName())) {
          right++;
        } else {
          problems.add("WRONG   " + sentence.substring(r.start(), r.end()) + " read " + r.approximator() + " "
              + r.interval() + " " + r.kind() + " " + r.unitName() + ", labelled " + label.approximator() + " "
              + label.interval() + " " + label.kind() + " " + label.unitName() + " in: " + sentence);
        }
      }
      for (int i = 0; i < found.size(); i++) {
        if (!used[i]) {
          Reading r = found.get(i);
          problems.add("FALSE   " + sentence.substring(r.start(), r.end()) + " read " + r.approximator() + " "
              + r.interval() + " in: " + sentence);
        }
      }
    }
    return new Score(readings, labels, right, problems);
  }

  private static boolean close(Interval a, Interval b) {
    return a.isLowClosed() == b.isLowClosed() && a.isHighClosed() == b.isHighClosed() && close(a.getLow(), b.getLow())
        && close(a.getHigh(), b.getHigh());
  }

  private static boolean close(double a, double b) {
    return a == b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
  }
}
