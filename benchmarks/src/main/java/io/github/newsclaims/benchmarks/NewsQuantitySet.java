package io.github.newsclaims.benchmarks;

import io.github.newsclaims.core.Approximator;
import io.github.newsclaims.core.Interval;
import io.github.newsclaims.core.quantity.VaguenessPolicy;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The labelled news quantities ({@code core/src/test/resources/.../news-quantities.tsv}, rules in
 * {@code news-quantities.md} beside it), scored by value and direction so that readers with
 * different outputs — our estimates, CoreNLP's normalized strings — are judged alike.
 *
 * <p>A reading is a direction ({@code =}, {@code ~}, {@code >}, {@code >=}, {@code <}, {@code <=},
 * {@code range}, {@code magnitude}), a value (the stated value; low and high for a range) and a
 * unit class ({@code money:<ISO code>}, {@code percent}, or {@code number} for everything else). It
 * is right when it overlaps a labelled phrase and all three agree. Labels map to directions so:
 * {@code EXACT} and exact multipliers {@code =}; {@code ABOUT} and {@code NEARLY} {@code ~} (CoreNLP
 * writes "nearly" as {@code ~}); {@code MORE_THAN} and {@code JUST_OVER} {@code >}; {@code AT_LEAST}
 * {@code >=}; {@code FEWER_THAN} {@code <}; {@code AT_MOST} and {@code UP_TO} {@code <=};
 * {@code BETWEEN} {@code range}; {@code ORDER_OF_MAGNITUDE} {@code magnitude}, its value the low end
 * of the default policy's interval.
 */
final class NewsQuantitySet {
  record Label(String phrase, int start, int end, String direction, double low, double high, String unit) {}

  record Reading(int start, int end, String direction, double low, double high, String unit) {}

  record Score(int labels, int readings, int right) {
    double precision() {
      return readings == 0 ? 0 : (double) right / readings;
    }

    double recall() {
      return (double) right / labels;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%d labels, %d readings, %d right: precision %.3f, recall %.3f", labels,
          readings, right, precision(), recall());
    }
  }

  /** Sentences in file order with their labels. */
  final Map<String, List<Label>> sentences = new LinkedHashMap<>();
  final int labels;

  NewsQuantitySet() {
    VaguenessPolicy policy = VaguenessPolicy.defaults();
    int count = 0;
    try (InputStream in = NewsQuantitySet.class.getResourceAsStream("news-quantities.tsv")) {
      if (in == null) {
        throw new IllegalStateException("news-quantities.tsv is missing from the benchmarks jar");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t", -1);
        List<Label> labels = sentences.computeIfAbsent(f[1], s -> new ArrayList<>());
        if (!f[2].isEmpty()) {
          labels.add(label(f, policy));
          count++;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    labels = count;
  }

  private static Label label(String[] f, VaguenessPolicy policy) {
    int start = phraseAt(f[1], f[2]);
    String unit = f[5].equals("percent") ? "percent" : f[5].matches("[A-Z]{3}") ? "money:" + f[5] : "number";
    String direction = switch (f[3]) {
      case "EXACT" -> "=";
      case "ABOUT", "NEARLY" -> "~";
      case "MORE_THAN", "JUST_OVER" -> ">";
      case "AT_LEAST" -> ">=";
      case "FEWER_THAN" -> "<";
      case "AT_MOST", "UP_TO" -> "<=";
      case "BETWEEN" -> "range";
      case "ORDER_OF_MAGNITUDE" -> "magnitude";
      default -> throw new IllegalStateException("unknown approximator " + f[3]);
    };
    double low;
    double high;
    if (direction.equals("range")) {
      String[] ends = f[4].split("\\.\\.");
      low = Double.parseDouble(ends[0]);
      high = Double.parseDouble(ends[1]);
    } else if (direction.equals("magnitude")) {
      Interval i = f[4].startsWith("several:") ? policy.several(Double.parseDouble(f[4].substring(8)))
          : policy.magnitude(Double.parseDouble(f[4]));
      low = i.getLow();
      high = i.getLow();
    } else {
      low = Double.parseDouble(f[4]);
      high = low;
    }
    return new Label(f[2], start, start + f[2].length(), direction, low, high, unit);
  }

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
    throw new IllegalStateException("phrase not in sentence: " + phrase + " | " + sentence);
  }

  /** The direction our reader's approximator stands for, as labels map theirs. */
  static String direction(Approximator approximator) {
    return switch (approximator) {
      case EXACT, RELATIVE_CHANGE -> "=";
      case ABOUT, NEARLY -> "~";
      case MORE_THAN -> ">";
      case AT_LEAST -> ">=";
      case FEWER_THAN -> "<";
      case AT_MOST, UP_TO -> "<=";
      case BETWEEN -> "range";
      case ORDER_OF_MAGNITUDE -> "magnitude";
      case DERIVED -> "derived";
    };
  }

  Score score(Function<String, List<Reading>> reader) {
    int readings = 0;
    int right = 0;
    for (Map.Entry<String, List<Label>> e : sentences.entrySet()) {
      List<Reading> found = reader.apply(e.getKey());
      readings += found.size();
      boolean[] used = new boolean[found.size()];
      for (Label label : e.getValue()) {
        for (int i = 0; i < found.size(); i++) {
          Reading r = found.get(i);
          if (!used[i] && r.start() < label.end() && label.start() < r.end()) {
            used[i] = true;
            if (r.direction().equals(label.direction()) && close(r.low(), label.low()) && close(r.high(), label.high())
                && r.unit().equals(label.unit())) {
              right++;
            }
            break;
          }
        }
      }
    }
    return new Score(labels, readings, right);
  }

  private static boolean close(double a, double b) {
    return a == b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
  }
}
