package io.github.newsclaims.core.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsclaims.core.Approximator;
import io.github.newsclaims.core.Estimate;
import io.github.newsclaims.core.Interval;
import io.github.newsclaims.core.TextSpan;
import io.github.newsclaims.core.Unit;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityPhrasesTest {
  private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

  /** The seed article's sentences that carry quantities, verbatim. */
  private static final String SEED = "During recent visits to undisclosed weapons and machinery factories, Kim praised "
      + "efforts that reportedly doubled the country’s annual artillery output.\n\n"
      + "South Korean intelligence estimates that about 15,000 North Korean soldiers are now in Russia, with "
      + "nearly a third of them either killed or injured in combat against Ukrainian forces.\n\n"
      + "South Korean intelligence also suggests that Pyongyang has sent thousands of civilian workers to Russia "
      + "under the guise of industrial cooperation, further tightening bilateral ties.\n\n"
      + "While there’s no clear evidence of direct cash payments from Russia, experts believe the value of "
      + "military equipment and tech transfers could run into billions of dollars.";

  @ParameterizedTest(name = "{0} → {1} {3} {2}")
  @CsvSource(delimiter = ';', value = {
      // the seed article
      "about 15,000 North Korean soldiers;  ABOUT;              soldiers;          [13500, 16500]",
      "nearly a third;                      NEARLY;             fraction;          [0.3, 0.3333333333333333)",
      "doubled;                             RELATIVE_CHANGE;    multiplier;        [2, 2]",
      "thousands of civilian workers;       ORDER_OF_MAGNITUDE; civilian workers;  [2000, 10000)",
      "billions of dollars;                 ORDER_OF_MAGNITUDE; USD;               [2000000000, 10000000000)",
      "217 Gulf Clan Members;               EXACT;              members;           [217, 217]",
      // numerals, scales and currencies
      "15,000;                              EXACT;              count;             [15000, 15000]",
      "2.3 million people;                  EXACT;              people;            [2300000, 2300000]",
      "1,234.5 tonnes;                      EXACT;              t;                 [1234.5, 1234.5]",
      "$1.5 billion;                        EXACT;              USD;               [1500000000, 1500000000]",
      "$1.5bn;                              EXACT;              USD;               [1500000000, 1500000000]",
      "€3m;                                 EXACT;              EUR;               [3000000, 3000000]",
      "US$2 billion;                        EXACT;              USD;               [2000000000, 2000000000]",
      "£250,000;                            EXACT;              GBP;               [250000, 250000]",
      "2 billion yen;                       EXACT;              JPY;               [2000000000, 2000000000]",
      "5.5 million rubles;                  EXACT;              RUB;               [5500000, 5500000]",
      "300 million US dollars;              EXACT;              USD;               [300000000, 300000000]",
      // number words and fractions
      "a dozen eggs;                        EXACT;              eggs;              [12, 12]",
      "two dozen protesters;                EXACT;              protesters;        [24, 24]",
      "half a million refugees;             EXACT;              refugees;          [500000, 500000]",
      "two hundred and fifty prisoners;     EXACT;              prisoners;         [250, 250]",
      "two thousand five hundred;           EXACT;              count;             [2500, 2500]",
      "a hundred;                           EXACT;              count;             [100, 100]",
      "half;                                EXACT;              fraction;          [0.5, 0.5]",
      "a third;          EXACT;              fraction;          [0.3333333333333333, 0.3333333333333333]",
      "two-thirds;       EXACT;              fraction;          [0.6666666666666666, 0.6666666666666666]",
      "three quarters;                      EXACT;              fraction;          [0.75, 0.75]",
      "a quarter;                           EXACT;              fraction;          [0.25, 0.25]",
      "one in five;                         EXACT;              fraction;          [0.2, 0.2]",
      // percentages
      "40%;                                 EXACT;              percent;           [40, 40]",
      "40 per cent;                         EXACT;              percent;           [40, 40]",
      "twenty-five percent;                 EXACT;              percent;           [25, 25]",
      "almost 40 percent;                   NEARLY;             percent;           [36, 40)",
      "about 40 percent;                    ABOUT;              percent;           [36, 44]",
      "about 95 percent;                    ABOUT;              percent;           [85.5, 100]",
      // about
      "some 300 people;                     ABOUT;              people;            [270, 330]",
      "roughly 2,000 homes;                 ABOUT;              homes;             [1800, 2200]",
      "approximately 1.2 million barrels;   ABOUT;              [bbl_us];          [1080000, 1320000]",
      "an estimated 1.2 million;            ABOUT;              count;             [1080000, 1320000]",
      "around $5 million;                   ABOUT;              USD;               [4500000, 5500000]",
      "about half;                          ABOUT;              fraction;          [0.45, 0.55]",
      // nearly
      "nearly 1,000 civilians;              NEARLY;             civilians;         [900, 1000)",
      "almost a million;                    NEARLY;             count;             [900000, 1000000)",
      "just under 500 delegates;            NEARLY;             delegates;         [450, 500)",
      // more than, at least
      "more than 200 people;                MORE_THAN;          people;            (200, +∞)",
      "over 40%;                            MORE_THAN;          percent;           (40, 100]",
      "more than a third;                   MORE_THAN;          fraction;          (0.3333333333333333, 1]",
      "just over 100 miles;                 MORE_THAN;          [mi_i];            (100, 110]",
      "in excess of $1 trillion;            MORE_THAN;          USD;               (1000000000000, +∞)",
      "more than 1,000 dollars;             MORE_THAN;          USD;               (1000, +∞)",
      "at least 12 children;                AT_LEAST;           children;          [12, +∞)",
      "no fewer than 30 journalists;        AT_LEAST;           journalists;       [30, +∞)",
      // at most, up to, fewer than
      "at most 5,000 troops;                AT_MOST;            troops;            [0, 5000]",
      "no more than 10 percent;             AT_MOST;            percent;           [0, 10]",
      "up to 40%;                           UP_TO;              percent;           [0, 40]",
      "as many as 3,000 migrants;           UP_TO;              migrants;          [0, 3000]",
      "fewer than 50 soldiers;              FEWER_THAN;         soldiers;          [0, 50)",
      "less than a quarter;                 FEWER_THAN;         fraction;          [0, 0.25)",
      "under 18 months;                     FEWER_THAN;         mo;                [0, 18)",
      // ranges
      "between 10,000 and 12,000 soldiers;  BETWEEN;            soldiers;          [10000, 12000]",
      "between 10 and 12 million;           BETWEEN;            count;             [10000000, 12000000]",
      "between 30 and 40 percent;           BETWEEN;            percent;           [30, 40]",
      "10,000-12,000 troops;                BETWEEN;            troops;            [10000, 12000]",
      "20 to 30 vehicles;                   BETWEEN;            vehicles;          [20, 30]",
      // vague magnitudes
      "dozens of people;                    ORDER_OF_MAGNITUDE; people;            [24, 100)",
      "scores of villagers;                 ORDER_OF_MAGNITUDE; villagers;         [40, 100)",
      "hundreds;                            ORDER_OF_MAGNITUDE; count;             [200, 1000)",
      "tens of thousands of refugees;       ORDER_OF_MAGNITUDE; refugees;          [20000, 100000)",
      "hundreds of thousands of people;     ORDER_OF_MAGNITUDE; people;            [200000, 1000000)",
      "millions of euros;                   ORDER_OF_MAGNITUDE; EUR;               [2000000, 10000000)",
      "tens of billions of dollars;         ORDER_OF_MAGNITUDE; USD;               [20000000000, 100000000000)",
      "several hundred soldiers;            ORDER_OF_MAGNITUDE; soldiers;          [300, 1000)",
      "several thousand;                    ORDER_OF_MAGNITUDE; count;             [3000, 10000)",
      // relative change
      "tripled;                             RELATIVE_CHANGE;    multiplier;        [3, 3]",
      "halved;                              RELATIVE_CHANGE;    multiplier;        [0.5, 0.5]",
      "tenfold;                             RELATIVE_CHANGE;    multiplier;        [10, 10]",
      "3-fold;                              RELATIVE_CHANGE;    multiplier;        [3, 3]",
      "more than doubled;                   MORE_THAN;          multiplier;        (2, +∞)",
      "nearly doubled;                      NEARLY;             multiplier;        [1.8, 2)",
      "nearly halved;                       MORE_THAN;          multiplier;        (0.5, 0.55]",
      "more than halved;                    FEWER_THAN;         multiplier;        [0, 0.5)",
  })
  void readsAPhraseAsAnIntervalWithItsApproximatorAndUnit(String phrase, Approximator approximator, String unit,
      String interval) {
    Estimate estimate = QuantityPhrases.parse(phrase).orElseThrow(() -> new AssertionError("not read: " + phrase));
    assertEquals(Interval.parse(interval), estimate.getInterval());
    assertEquals(approximator, estimate.getApproximator());
    assertEquals(unit, estimate.getUnit().toString());
    assertEquals(List.of(), VALIDATOR.validate(estimate).stream().map(v -> v.getMessage()).toList());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "hello world", "the soldiers", "about", "more than", "in 2024", "F-16 jets",
      "1990s", "about 0", "nearly 0", "fewer than 0", "a third time", "from 10 to 20", "COVID-19", "24/7", "10:30",
      "15-year-old", "between 20 and 10", "about 15,000 soldiers and 3,000 workers", "thousand", "-5", "$",
      "15,0000 soldiers", "1,00 soldiers", "1,2,3 soldiers", "2.3.4 million"})
  void readsNothingFromWhatIsNotOneQuantityPhrase(String phrase) {
    assertEquals(Optional.empty(), QuantityPhrases.parse(phrase));
  }

  @Test
  void readsNumbersFollowedByPunctuation() {
    assertEquals("[15000, 15000]", QuantityPhrases.find("It sent 15,000, then more.").get(0).getEstimate()
        .getInterval().toString());
    assertEquals("[2.3, 2.3]", QuantityPhrases.find("It rose 2.3.").get(0).getEstimate().getInterval().toString());
  }

  @Test
  void readsNothingFromANumberBeyondTheRangeOfDoubles() {
    assertEquals(Optional.empty(), QuantityPhrases.parse("1" + "0".repeat(400) + " soldiers"));
  }

  @Test
  void namesAParsedEstimateQ1AndMeasuresTheCountedNounPhrase() {
    Estimate estimate = QuantityPhrases.parse("  about 15,000 North Korean soldiers are now in Russia ").orElseThrow();
    assertEquals("q1", estimate.getId());
    assertEquals("North Korean soldiers", estimate.getMeasure());
    assertEquals(Unit.count("soldiers"), estimate.getUnit());
    assertEquals(OptionalDouble.of(15000.0), estimate.getStatedValue());
    assertEquals(Optional.empty(), estimate.getPhrase());
  }

  @Test
  void measuresThePhraseItselfWhenNothingIsCounted() {
    assertEquals("nearly a third of them", QuantityPhrases.parse("nearly a third of them").orElseThrow().getMeasure());
    assertEquals("billions of dollars", QuantityPhrases.parse("billions of dollars").orElseThrow().getMeasure());
  }

  @Test
  void leavesTheStatedValueOutOfRangesAndMagnitudes() {
    assertEquals(OptionalDouble.empty(), QuantityPhrases.parse("thousands").orElseThrow().getStatedValue());
    assertEquals(OptionalDouble.empty(), QuantityPhrases.parse("between 1 and 2").orElseThrow().getStatedValue());
    assertEquals(OptionalDouble.of(0.5), QuantityPhrases.parse("nearly halved").orElseThrow().getStatedValue());
  }

  @Test
  void readsWithTheGivenPolicy() {
    VaguenessPolicy policy = VaguenessPolicy.builder().aboutWidth(0.05).strictComparatives(false)
        .magnitudeLowMultiple(1).build();
    assertEquals(Interval.closed(14250, 15750),
        QuantityPhrases.parse("about 15,000", policy).orElseThrow().getInterval());
    Estimate moreThan = QuantityPhrases.parse("more than 200", policy).orElseThrow();
    assertEquals(Approximator.AT_LEAST, moreThan.getApproximator());
    assertEquals(Interval.atLeast(200), moreThan.getInterval());
    assertEquals(Interval.closedOpen(1000, 10000),
        QuantityPhrases.parse("thousands", policy).orElseThrow().getInterval());
  }

  @Test
  void findsTheSeedArticlesQuantitiesWithTheirSpans() {
    List<QuantityMention> mentions = QuantityPhrases.find(SEED);
    assertEquals(List.of("doubled", "about 15,000 North Korean soldiers", "nearly a third",
        "thousands of civilian workers", "billions of dollars"),
        mentions.stream().map(m -> m.getSpan().getText()).toList());
    assertEquals(List.of("[2, 2]", "[13500, 16500]", "[0.3, 0.3333333333333333)", "[2000, 10000)",
        "[2000000000, 10000000000)"), mentions.stream().map(m -> m.getEstimate().getInterval().toString()).toList());
    assertEquals(List.of("q1", "q2", "q3", "q4", "q5"), mentions.stream().map(m -> m.getEstimate().getId()).toList());
    // The estimates' phrases are the quantity words, as the fixture marks them.
    assertEquals(List.of("doubled", "about 15,000", "nearly a third", "thousands", "billions of dollars"),
        mentions.stream().map(m -> m.getEstimate().getPhrase().orElseThrow().getText()).toList());
    for (QuantityMention mention : mentions) {
      assertTrue(mention.getSpan().matches(SEED), mention::toString);
      assertTrue(mention.getEstimate().getPhrase().orElseThrow().matches(SEED), mention::toString);
      assertEquals(List.of(), VALIDATOR.validate(mention.getEstimate()).stream().map(v -> v.getMessage()).toList());
    }
    TextSpan soldiers = mentions.get(1).getSpan();
    assertEquals(SEED.indexOf("about 15,000"), soldiers.getStart());
  }

  @Test
  void countsOffsetsInUtf16CodeUnits() {
    String text = "🎉🎉 about 15,000 soldiers";
    QuantityMention mention = QuantityPhrases.find(text).get(0);
    assertEquals(TextSpan.of(5, 26, "about 15,000 soldiers"), mention.getSpan());
  }

  @Test
  void readsTheLongestPhraseAtEachWord() {
    List<String> found = QuantityPhrases.find("Between 10,000 and 12,000 soldiers crossed; 20 to 30 vehicles followed.")
        .stream().map(m -> m.getSpan().getText()).toList();
    assertEquals(List.of("Between 10,000 and 12,000 soldiers", "20 to 30 vehicles"), found);
  }

  @Test
  void skipsDatesTimesCodesBareNumberWordsAndOrdinalUses() {
    String text = "In 2024 the two met for a third time in the second half of the year; one of them said 2022-23 was "
        + "hard for F-16 pilots, 24/7, from 10:30 on 12 March until March 14. Over 2023 prices fell.";
    assertEquals(List.of(), QuantityPhrases.find(text));
  }

  @Test
  void readsAFourDigitNumberAfterAComparativeAsACount() {
    // "more than 1800 injured" is no year: no year follows "more than" or "at least"; "over 2023" still is one.
    assertEquals(List.of("more than 1800", "at least 1900 people"),
        QuantityPhrases.find("214 died and more than 1800 injured; at least 1900 people fled. Over 2023 prices fell.")
            .stream().skip(1).map(m -> m.getSpan().getText()).toList());
    assertEquals("(1800, +∞)", QuantityPhrases.find("more than 1800 injured").get(0).toEstimate("e", "x")
        .getInterval().toString());
  }

  @Test
  void readsACountBeforeOther() {
    // "seven other suspected cases": the counted noun phrase may open with "other".
    List<QuantityMention> found = QuantityPhrases.find("while seven other suspected cases are being investigated");
    assertEquals(List.of("seven"), found.stream().map(m -> m.toEstimate("e", "x").getPhrase().get().getText()).toList());
    assertEquals("[7, 7]", found.get(0).toEstimate("e", "x").getInterval().toString());
  }

  @Test
  void readsASpelledOutLevelAfterRemainsAt() {
    // "remains at four" holds a level as "rose to six" reaches one; "at four o'clock" alone stays unread.
    assertEquals(List.of("four"), QuantityPhrases.find("The number of confirmed cases remains at four, but they met at four.")
        .stream().map(m -> m.getSpan().getText()).toList());
  }

  @Test
  void readsANumberBeforeAHeadlinesColon() {
    // "920: official report" ends a clause at a colon; "10:30" is still a time.
    assertEquals(List.of("920"), QuantityPhrases.find("Death toll soars to 920: official report, as of 10:30")
        .stream().map(m -> m.getSpan().getText()).toList());
  }

  @Test
  void readsANumberBeforeALowerCaseMayAsACount() {
    assertEquals(List.of("5"), QuantityPhrases.find("Officials said 5 may have died.").stream()
        .map(m -> m.getSpan().getText()).toList());
  }

  @Test
  void findsNothingInAnEmptyText() {
    assertEquals(List.of(), QuantityPhrases.find(""));
  }
}
