package io.github.newsclaims.core.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.newsclaims.core.Approximator;
import io.github.newsclaims.core.Estimate;
import io.github.newsclaims.core.Interval;
import io.github.newsclaims.core.Unit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The causes of misses found in real news text (issue 15), one row each: what {@code find} reads
 * in a sentence, and what it must not read.
 */
class QuantityNewsCasesTest {
  @ParameterizedTest(name = "{0} → {1} {2} {3} {4}")
  @CsvSource(delimiter = ';', value = {
      // numbers glued to a suffix
      "Shares closed at 318.4p on Friday.;                 318.4p;                       EXACT;              GBP;        [3.184, 3.184]",
      "Exports reached 620K tonnes.;                        620K tonnes;                  EXACT;              t;          [620000, 620000]",
      "Output rose by 2.4M barrels.;                        2.4M barrels;                 EXACT;              [bbl_us];   [2400000, 2400000]",
      "The deal is worth $3bn.;                             $3bn;                         EXACT;              USD;        [3000000000, 3000000000]",
      "A £40m refit was approved.;                          £40m;                         EXACT;              GBP;        [40000000, 40000000]",
      "It raised €2.5bn in bonds.;                          €2.5bn;                       EXACT;              EUR;        [2500000000, 2500000000]",
      // hedges
      "The toll went past 8,000 on Monday.;                 past 8,000;                   MORE_THAN;          count;      (8000, +∞)",
      "Few live beyond 40 there.;                           beyond 40;                    MORE_THAN;          count;      (40, +∞)",
      "It sold at a near 30% discount.;                     a near 30%;                   NEARLY;             percent;    [27, 30)",
      "The toll rose up to 61,000 by May.;                  up to 61,000;                 EXACT;              count;      [61000, 61000]",
      "The figure edged up to 61,000.;                      up to 61,000;                 EXACT;              count;      [61000, 61000]",
      "Officials expect up to 61,000 visitors.;             up to 61,000;                 UP_TO;              visitors;   [0, 61000]",
      "Police arrested ten or more men.;                    ten or more;                  AT_LEAST;           men;        [10, +∞)",
      "Another 15 or so were missing.;                      15 or so;                     ABOUT;              count;      [13.5, 16.5]",
      // fractions of a scale and multipliers
      "It cost a fifth of a million.;                       a fifth of a million;         EXACT;              count;      [200000, 200000]",
      "They spent three quarters of a billion.;             three quarters of a billion;  EXACT;              count;      [750000000, 750000000]",
      "The region has one and a half million people.;       one and a half million;       EXACT;              people;     [1500000, 1500000]",
      "Rents are three and a half times higher.;            three and a half times;       RELATIVE_CHANGE;    multiplier; [3.5, 3.5]",
      "Sales were twice as high.;                           twice;                        RELATIVE_CHANGE;    multiplier; [2, 2]",
      "Prices more than double in winter.;                  more than double;             MORE_THAN;          multiplier; (2, +∞)",
      "They saw a fivefold increase.;                       fivefold;                     RELATIVE_CHANGE;    multiplier; [5, 5]",
      "Losses grew by a factor of 10.;                      a factor of 10;               RELATIVE_CHANGE;    multiplier; [10, 10]",
      // spelled-out numbers as counts
      "The attack killed forty-two Britons.;                forty-two;                    EXACT;              britons;    [42, 42]",
      "The town has only one hospital.;                     one;                          EXACT;              hospital;   [1, 1]",
      "She lost two of her grandsons.;                      two;                          EXACT;              count;      [2, 2]",
      "The toll rose to six overnight.;                     six;                          EXACT;              count;      [6, 6]",
      // hyphenated money, signed changes
      "They won a 40-million-pound contract.;               40-million-pound;             EXACT;              GBP;        [40000000, 40000000]",
      "Output changed by -3% in May.;                       -3%;                          EXACT;              percent;    [-3, -3]",
      "Shares were down 3.5 percent.;                       down 3.5 percent;             EXACT;              percent;    [-3.5, -3.5]",
      // durations and measures
      "The ceasefire lasted under two weeks.;               under two weeks;              FEWER_THAN;         wk;         [0, 2)",
      "The rescue took about an hour.;                      about an hour;                ABOUT;              h;          [0.9, 1.1]",
      "Talks lasted three days.;                            three days;                   EXACT;              d;          [3, 3]",
      "It was a 38-day campaign.;                           38-day;                       EXACT;              d;          [38, 38]",
      "The fire burned 120 square kilometres.;              120 square kilometres;        EXACT;              km2;        [120, 120]",
      "Winds reached 140 miles per hour.;                   140 miles per hour;           EXACT;              [mi_i]/h;   [140, 140]",
      "It was 0.9 degrees Fahrenheit warmer.;               0.9 degrees Fahrenheit;       EXACT;              [degF];     [0.9, 0.9]",
      "The storm lasted several days.;                      several days;                 ORDER_OF_MAGNITUDE; d;          [3, 10)",
      "The ice formed over thousands of years.;             thousands of years;           ORDER_OF_MAGNITUDE; a;          [2000, 10000)",
      "Unrest lasted more than six and a half years.;       more than six and a half years; MORE_THAN;        a;          (6.5, +∞)",
      "It was the first hike in half a century.;            half a century;               EXACT;              a;          [50, 50]",
      "They shipped 52,000 pounds of tools.;                52,000 pounds of;             EXACT;              [lb_av];    [52000, 52000]",
      // currencies beyond the dollar
      "Wages rose 8 cents an hour.;                         8 cents;                      EXACT;              USD;        [0.08, 0.08]",
      "The fine was 300 pounds.;                            300 pounds;                   EXACT;              GBP;        [300, 300]",
      "Fares rose to 500 rupees.;                           500 rupees;                   EXACT;              INR;        [500, 500]",
      "Bread costs 90 roubles.;                             90 roubles;                   EXACT;              RUB;        [90, 90]",
      "A coffee costs 4,500 won.;                           4,500 won;                    EXACT;              KRW;        [4500, 4500]",
      "A stamp costs 60 pence.;                             60 pence;                     EXACT;              GBP;        [0.6, 0.6]",
  })
  void readsWhatReportersWrite(String sentence, String phrase, Approximator approximator, String unit, String interval) {
    List<QuantityMention> found = QuantityPhrases.find(sentence);
    assertEquals(1, found.size(), () -> "one quantity expected in \"" + sentence + "\", found " + found);
    Estimate estimate = found.get(0).getEstimate();
    assertEquals(phrase, estimate.getPhrase().orElseThrow().getText());
    assertEquals(approximator, estimate.getApproximator());
    assertEquals(unit, estimate.getUnit().toString());
    assertEquals(Interval.parse(interval), estimate.getInterval());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The S&P 500 closed higher.", "Airlines grounded their Boeing 737 jets.", "The G7 met in Rome.",
      "COVID-19 spread fast.", "Talks resume on Sept. 3 in Geneva.", "The vote is due Dec. 14.",
      "The war began three months ago.", "The deal was signed 18 months ago.", "Its 737 Max returned.",
      "The commander estimated it would fail.", "One of them said so.", "The two met in Paris.",
      "The Fed meets in a month.", "He was paid 80 a month."})
  void readsNoQuantityIn(String sentence) {
    List<QuantityMention> found = QuantityPhrases.find(sentence);
    if (sentence.endsWith("80 a month.")) {
      assertEquals(List.of("80"), found.stream().map(m -> m.getEstimate().getPhrase().orElseThrow().getText()).toList());
      return;
    }
    assertEquals(List.of(), found, sentence);
  }

  @ParameterizedTest
  @ValueSource(strings = {"from $2,100 in 2005 to $7,400", "prices rose from $2,100 in 2005 to $7,400 last year"})
  void readsNoYearAsTheEndOfARange(String sentence) {
    List<QuantityMention> found = QuantityPhrases.find(sentence);
    assertEquals(List.of(Approximator.EXACT, Approximator.EXACT),
        found.stream().map(m -> m.getEstimate().getApproximator()).toList(), found::toString);
    assertEquals(List.of(Interval.point(2100), Interval.point(7400)),
        found.stream().map(m -> m.getEstimate().getInterval()).toList());
    assertEquals(Unit.currency("USD"), found.get(1).getEstimate().getUnit());
  }

  @ParameterizedTest
  @ValueSource(strings = {"about 15,000 North Korean soldiers", "thousands of civilian workers"})
  void knowsWhatItCounts(String phrase) {
    QuantityMention mention = QuantityPhrases.find("Reports said " + phrase + " arrived.").get(0);
    assertEquals(Optional.of(phrase.replaceFirst("^(about 15,000|thousands of) ", "")), mention.getCountedNoun());
  }
}
