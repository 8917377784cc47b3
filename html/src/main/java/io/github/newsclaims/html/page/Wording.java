package io.github.newsclaims.html.page;

import io.github.newsclaims.core.AttributionMode;
import io.github.newsclaims.core.Estimate;
import io.github.newsclaims.core.Factuality;
import io.github.newsclaims.core.Interval;
import io.github.newsclaims.core.Polarity;
import io.github.newsclaims.core.TimeReference;
import io.github.newsclaims.core.Unit;
import io.github.newsclaims.core.UnitKind;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * The model's values in plain English words, as a reader of the page wants them: intervals as
 * "between 13,500 and 16,500 soldiers", factuality as "probable (PR+)", times as "April, year not
 * given".
 */
final class Wording {
  private Wording() {}

  /**
   * The interval of an estimate in words, with its unit: {@code between 13,500 and 16,500 soldiers},
   * {@code at least 30% and less than 33.33%}, {@code more than USD 1,000}. Fractions read as percent.
   */
  static String interval(Interval interval, Unit unit) {
    Interval shown = interval;
    if (unit.getKind() == UnitKind.FRACTION) {
      shown = interval.scaledBy(100);
    }
    boolean lowFinite = Double.isFinite(shown.getLow());
    boolean highFinite = Double.isFinite(shown.getHigh());
    String low = amount(shown.getLow(), unit);
    String high = amount(shown.getHigh(), unit);
    String words;
    if (shown.isPoint()) {
      words = "exactly " + low;
    } else if (!lowFinite && !highFinite) {
      words = "any amount";
    } else if (!lowFinite) {
      words = (shown.isHighClosed() ? "at most " : "less than ") + high;
    } else if (!highFinite) {
      words = (shown.isLowClosed() ? "at least " : "more than ") + low;
    } else if (shown.isLowClosed() && shown.isHighClosed()) {
      words = "between " + low + " and " + high;
    } else {
      words = (shown.isLowClosed() ? "at least " : "more than ") + low
          + (shown.isHighClosed() ? " and at most " : " and less than ") + high;
    }
    return words + suffix(unit);
  }

  /** The estimate's interval in words, then the phrase the text uses: {@code between … soldiers — “about 15,000”}. */
  static String estimate(Estimate estimate) {
    String words = interval(estimate.getInterval(), estimate.getUnit());
    return estimate.getPhrase().map(phrase -> words + " \u2014 \u201c" + phrase.getText() + "\u201d").orElse(words);
  }

  /** A number with its currency code or percent sign, where the unit puts them next to the number. */
  private static String amount(double value, Unit unit) {
    String number = number(value);
    return switch (unit.getKind()) {
      case CURRENCY -> unit.getName().orElse("") + " " + number;
      case FRACTION, PERCENTAGE -> number + "%";
      default -> number;
    };
  }

  /** What follows the numbers: the counted noun, "times", or nothing. */
  private static String suffix(Unit unit) {
    return switch (unit.getKind()) {
      case COUNT -> unit.getName().map(noun -> " " + noun).orElse("");
      case MULTIPLIER -> " times";
      default -> "";
    };
  }

  /**
   * A number for reading: thousands grouped, at most four significant decimals ({@code 13,500},
   * {@code 33.3333}); very large or very small magnitudes with an exponent ({@code 1.5E+30}).
   */
  static String number(double value) {
    if (Double.isInfinite(value)) {
      return value > 0 ? "+\u221e" : "-\u221e";
    }
    if (value == 0) {
      return "0";
    }
    double magnitude = Math.abs(value);
    if (magnitude >= 1e15 || magnitude < 1e-4) {
      return new BigDecimal(value).round(new MathContext(4, RoundingMode.HALF_EVEN)).stripTrailingZeros().toString();
    }
    DecimalFormat format = new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
    format.setRoundingMode(RoundingMode.HALF_EVEN);
    return format.format(value);
  }

  /** A FactBank value in words with its code: {@code probable (PR+)}, {@code uncommitted (Uu)}. */
  static String factuality(Factuality value) {
    String words = switch (value.getCertainty()) {
      case CERTAIN -> switch (value.getPolarity()) {
        case POSITIVE -> "certain";
        case NEGATIVE -> "certainly not";
        case UNKNOWN -> "certain, but which way is not said";
      };
      case PROBABLE -> value.getPolarity() == Polarity.NEGATIVE ? "probably not" : "probable";
      case POSSIBLE -> value.getPolarity() == Polarity.NEGATIVE ? "possibly not" : "possible";
      case UNDERSPECIFIED -> "uncommitted";
    };
    String band = value.getLikelihood()
        .map(likelihood -> ", " + label(likelihood.name()) + " (" + likelihood.lowPercent() + "\u2013"
            + likelihood.highPercent() + "%)")
        .orElse("");
    return words + band + " (" + value.factBankCode() + ")";
  }

  /** How a hop reports its source's words. */
  static String mode(AttributionMode mode) {
    return switch (mode) {
      case DIRECT_QUOTE -> "direct quote";
      case PARTIAL_QUOTE -> "partial quote";
      case INDIRECT -> "indirect speech";
      case ACCORDING_TO -> "according to";
      case UNNAMED_HEARSAY -> "unnamed hearsay";
      case AUTHORIAL -> "the article's own voice";
    };
  }

  /** A time in words: {@code “In April” — April, year not given}, {@code “now” — the present}. */
  static String time(TimeReference time) {
    StringBuilder words = new StringBuilder();
    switch (time.getKind()) {
      case DATE -> {
        time.getDay().ifPresent(day -> words.append(day).append(' '));
        time.getMonth().ifPresent(month -> words.append(Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH)));
        if (time.getYear().isPresent()) {
          words.append(words.length() == 0 ? "" : " ").append(time.getYear().getAsInt());
        } else {
          words.append(", year not given");
        }
      }
      case PRESENT -> words.append("the present, at the time of writing");
      case RELATIVE -> words.append("relative to the time of writing, not pinned down");
      case RECURRING -> words.append("recurring, every ").append(time.getPeriod().map(Object::toString).orElse("?"));
    }
    return time.getExpression()
        .map(expression -> "\u201c" + expression.getText() + "\u201d \u2014 " + words)
        .orElse(words.toString());
  }

  /** A fact-checker's rating: its label, with the value on its scale when given: {@code False (1 of 1–5)}. */
  static String rating(io.github.newsclaims.core.Rating rating) {
    if (rating.getValue().isEmpty()) {
      return rating.getLabel();
    }
    // A rating has its value, best and worst together or none of them.
    return rating.getLabel() + " (" + number(rating.getValue().getAsDouble()) + " of "
        + number(rating.getWorst().getAsDouble()) + "\u2013" + number(rating.getBest().getAsDouble()) + ")";
  }

  /** An enum constant as lower-case words: {@code ABSENCE_OF_EVIDENCE} is "absence of evidence". */
  static String label(String enumName) {
    return enumName.toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
