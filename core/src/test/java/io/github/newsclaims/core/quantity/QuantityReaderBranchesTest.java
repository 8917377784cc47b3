package io.github.newsclaims.core.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.newsclaims.core.Approximator;
import io.github.newsclaims.core.Estimate;
import io.github.newsclaims.core.Interval;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The reader's less common branches, one phrase each: signed changes, currency codes before the
 * number, pence after it, "a minute" after a modifier, shares of a scale, hyphenated adjectives,
 * "pounds sterling", "K" and "M" scales, the year and day rules at their bounds, number words
 * written with spaces, "one in five" with digits, and names at the start of a sentence. (Each row
 * was added for a mutant PIT reported as surviving; see CONTRIBUTING.md, "Mutation testing".)
 */
class QuantityReaderBranchesTest {
  @ParameterizedTest(name = "{0} → {1} {3} {2}")
  @CsvSource(delimiter = ';', value = {
      "-3%;                           EXACT;       percent;    [-3, -3]",
      "-0.4 percent;                  EXACT;       percent;    [-0.4, -0.4]",
      "-2 pct;                        EXACT;       percent;    [-2, -2]",
      "USD 2.5 billion;               EXACT;       USD;        [2500000000, 2500000000]",
      "EUR 300 million;               EXACT;       EUR;        [300000000, 300000000]",
      "318.4p;                        EXACT;       GBP;        [3.184, 3.184]",
      "about a minute;                ABOUT;       min;        [0.9, 1.1]",
      "under an hour;                 FEWER_THAN;  h;          [0, 1)",
      "nearly an hour;                NEARLY;      h;          [0.9, 1)",
      "half an hour;                  EXACT;       h;          [0.5, 0.5]",
      "a fifth of a million;          EXACT;       count;      [200000, 200000]",
      "three quarters of a billion;   EXACT;       count;      [750000000, 750000000]",
      "3 percentage points;           EXACT;       percent;    [3, 3]",
      "50 pence;                      EXACT;       GBP;        [0.5, 0.5]",
      "20 cents;                      EXACT;       USD;        [0.2, 0.2]",
      "5 pounds of sugar;             EXACT;       [lb_av];    [5, 5]",
      "5 pounds sterling;             EXACT;       GBP;        [5, 5]",
      "5 million pounds sterling;     EXACT;       GBP;        [5000000, 5000000]",
      "620K tonnes;                   EXACT;       t;          [620000, 620000]",
      "620k tonnes;                   EXACT;       t;          [620000, 620000]",
      "2.4M barrels;                  EXACT;       [bbl_us];   [2400000, 2400000]",
      "3 out of 10 people;            EXACT;       fraction;   [0.3, 0.3]",
      "one in 20;                     EXACT;       fraction;   [0.05, 0.05]",
      "1 in 5 adults;                 EXACT;       fraction;   [0.2, 0.2]",
      "five in five;                  EXACT;       fraction;   [1, 1]",
      "one in 999999;                 EXACT;       fraction;   [0.000001000001000001, 0.000001000001000001]",
      "three-quarters of voters;      EXACT;       fraction;   [0.75, 0.75]",
      "four quarters;                 EXACT;       quarters;   [4, 4]",
      "twenty five soldiers;          EXACT;       soldiers;   [25, 25]",
      "ninety nine balloons;          EXACT;       balloons;   [99, 99]",
      "thirty one days;               EXACT;       d;          [31, 31]",
      "twelve hundred people;         EXACT;       people;     [1200, 1200]",
      "six and a half;                EXACT;       count;      [6.5, 6.5]",
      "one and a half million;        EXACT;       count;      [1500000, 1500000]",
      "15 or more;                       AT_LEAST;            count;      '[15, +∞)'",
      "ten or more;                      AT_LEAST;            count;      '[10, +∞)'",
      "20 or fewer people;               AT_MOST;             people;     [0, 20]",
      "20 or less;                       AT_MOST;             count;      [0, 20]",
      "several hundred thousand people;  ORDER_OF_MAGNITUDE;  people;     [300000, 1000000)",
      "several thousand million dollars; ORDER_OF_MAGNITUDE;  USD;        [3000000000, 10000000000)",
      "250,000 people;                   EXACT;               people;     [250000, 250000]",
      "999,999 people;                   EXACT;               people;     [999999, 999999]",
      "3 times the size;                 RELATIVE_CHANGE;     multiplier; [3, 3]",
      "two million three hundred thousand people; EXACT;     people;     [2300000, 2300000]",
      "one hundred and five people;      EXACT;               people;     [105, 105]",
      "10\u201015 people;                BETWEEN;              people;     [10, 15]",
  })
  void readsThePhrase(String phrase, Approximator approximator, String unit, String interval) {
    Estimate estimate = QuantityPhrases.parse(phrase).orElseThrow(() -> new AssertionError("not read: " + phrase));
    assertEquals(Interval.parse(interval), estimate.getInterval(), phrase);
    assertEquals(approximator, estimate.getApproximator(), phrase);
    assertEquals(unit, estimate.getUnit().toString(), phrase);
  }

  @ParameterizedTest
  @ValueSource(strings = {"USD2.5 billion", "6 in 5", "one in 1000000", "four-quarters", "3m people"})
  void readsNoPhrase(String phrase) {
    assertEquals(Optional.empty(), QuantityPhrases.parse(phrase));
  }

  /** What {@link QuantityPhrases#find} finds in a text: each mention as "span=interval unit", joined by " | ". */
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = ';', value = {
      "a 38-day campaign;                          38-day=[38, 38] d",
      "a four-day finale;                          four-day=[4, 4] d",
      "a 25-foot surge;                            25-foot=[25, 25] [ft_i]",
      "a 40-million-pound contract;                40-million-pound=[40000000, 40000000] GBP",
      "a 5-billion-dollar deal;                    5-billion-dollar=[5000000000, 5000000000] USD",
      "a two-decade war;                           two-decade=[20, 20] a",
      "a 2-decade war;                             2-decade=[20, 20] a",
      "a 5-year-old boy;                           ''",
      "a five-year-old;                            ''",
      "1799 people;                                1799 people=[1799, 1799] people",
      "1800 people;                                ''",
      "2100 people;                                ''",
      "2101 people;                                2101 people=[2101, 2101] people",
      "31 March;                                   ''",
      "10 March 2024;                              ''",
      "5 million pounds sterling were paid;        5 million pounds sterling=[5000000, 5000000] GBP",
      "The talks failed. Only 300 people came.;    300 people=[300, 300] people",
      "The talks failed: Only 300 people came.;    300 people=[300, 300] people",
      "-3% in a year;                              -3%=[-3, -3] percent",
  })
  void findsTheMentions(String text, String expected) {
    List<String> found = QuantityPhrases.find(text).stream()
        .map(m -> m.getSpan().getText() + "=" + m.getEstimate().getInterval() + " " + m.getEstimate().getUnit())
        .toList();
    assertEquals(expected.isEmpty() ? List.of() : Arrays.asList(expected.split(" \\| ")), found, text);
  }

  @Test
  void aMagnitudeWithAFractionalLowMultipleIsExact() {
    // 1000 × 1.1 is 1100.0000000000002 in doubles; the policy's bound is the exact product's double.
    VaguenessPolicy policy = VaguenessPolicy.builder().magnitudeLowMultiple(1.1).build();
    assertEquals(Interval.closedOpen(1100, 10000), QuantityPhrases.parse("thousands", policy).orElseThrow().getInterval());
    assertEquals(Interval.closedOpen(110, 1000), QuantityPhrases.parse("hundreds", policy).orElseThrow().getInterval());
    assertEquals(Interval.closedOpen(11000, 100000),
        QuantityPhrases.parse("tens of thousands", policy).orElseThrow().getInterval());
  }

  /** Relative changes, found in a text: "span=approximator interval", joined by " | ". */
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = ';', value = {
      "onefold;                              ''",
      "twofold;                              twofold=RELATIVE_CHANGE [2, 2]",
      "a hundredfold;                        hundredfold=RELATIVE_CHANGE [100, 100]",
      "thousandfold;                         thousandfold=RELATIVE_CHANGE [1000, 1000]",
      "2-fold;                               2-fold=RELATIVE_CHANGE [2, 2]",
      "2.5-fold;                             2.5-fold=RELATIVE_CHANGE [2.5, 2.5]",
      "x2-fold;                              ''",
      "by a factor of 10;                    a factor of 10=RELATIVE_CHANGE [10, 10]",
      "by a factor of ten;                   a factor of ten=RELATIVE_CHANGE [10, 10]",
      "three times more likely;              three times=RELATIVE_CHANGE [3, 3]",
      "three and a half times the size;      three and a half times=RELATIVE_CHANGE [3.5, 3.5]",
      "twice as many;                        twice=RELATIVE_CHANGE [2, 2]",
      "twice;                                ''",
      "it is expected to double;             double=RELATIVE_CHANGE [2, 2]",
      "could triple;                         triple=RELATIVE_CHANGE [3, 3]",
      "quadrupled;                           quadrupled=RELATIVE_CHANGE [4, 4]",
      "more than tenfold;                    more than tenfold=MORE_THAN (10, +∞)",
      "nearly twofold;                       nearly twofold=NEARLY [1.8, 2)",
      "up to threefold;                      up to threefold=UP_TO [0, 3]",
      "nearly 0.5-fold;                      nearly 0.5-fold=MORE_THAN (0.5, 0.55]",
  })
  void findsTheRelativeChange(String text, String expected) {
    List<String> found = QuantityPhrases.find(text).stream()
        .map(m -> m.getSpan().getText() + "=" + m.getEstimate().getApproximator() + " " + m.getEstimate().getInterval())
        .toList();
    assertEquals(expected.isEmpty() ? List.of() : List.of(expected), found, text);
  }
}
