package io.github.newsclaims.core.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * More of the grammar's edges, one news phrase each: the hedge after the number ("15 or more",
 * "20 or fewer") at the start of a text, "estimated" as a verb, a hedge before a dashed range,
 * "between" with currency signs, "ranging from", ranges of years and of spelled-out numbers,
 * "several" before two scales, a number at a level ("remains at four"), digits before "times",
 * thousands groups of three digits, dashes other than the hyphen-minus, possessives and a closing
 * quotation mark after a word, days of the month before a noun, "K" and "M" after a currency sign or
 * a bracket, and a single line break inside a phrase. (Phrases read alone are rows of
 * {@link QuantityReaderBranchesTest}; white space in measures is in {@link TokenSpacingTest}.)
 * (Each row was added for a mutant PIT reported as surviving; see CONTRIBUTING.md, "Mutation testing".)
 */
class QuantityGrammarEdgesTest {
  /** What {@link QuantityPhrases#find} finds: each mention as "span=approximator interval unit", joined by " | ". */
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = ';', value = {
      "the commander estimated 5,000 troops;   5,000 troops=EXACT [5000, 5000] troops",
      "an estimated 5,000 troops;              an estimated 5,000 troops=ABOUT [4500, 5500] troops",
      "the estimated 5,000 troops;             estimated 5,000 troops=ABOUT [4500, 5500] troops",
      "as much as 10-15 inches of rain;        10-15 inches=BETWEEN [10, 15] [in_i]",
      "the death toll remains at four;         four=EXACT [4, 4] count",
      "the toll stood at four;                 four=EXACT [4, 4] count",
      "the toll rose to six;                   six=EXACT [6, 6] count",
      "they arrived at four;                   ''",
      "they went to six schools;               six schools=EXACT [6, 6] schools",
      "between $5 and $10 a share;             between $5 and $10=BETWEEN [5, 10] USD",
      "between 5 and 10;                       between 5 and 10=BETWEEN [5, 10] count",
      "between five and ten people;            between five and ten people=BETWEEN [5, 10] people",
      "between 1990 and 2000;                  ''",
      // Spelled-out numbers alone in a range are as often times of day ("between five and ten").
      "between five and ten;                   ''",
      "1990-2000;                              ''",
      "prices ranging from 5 to 10 dollars;    5 to 10 dollars=BETWEEN [5, 10] USD",
      "prices ranged from $5 to $10;           $5 to $10=BETWEEN [5, 10] USD",
      "the toll rose from 500 to 1,000;        500=EXACT [500, 500] count | 1,000=EXACT [1000, 1000] count",
      "from £5 to $10;                         £5=EXACT [5, 5] GBP | $10=EXACT [10, 10] USD",
      "5 percent to 10 dollars;                5 percent=EXACT [5, 5] percent | 10 dollars=EXACT [10, 10] USD",
      "5 km to 10 miles;                       5 km=EXACT [5, 5] km | 10 miles=EXACT [10, 10] [mi_i]",
      "scores of people;                       scores of people=ORDER_OF_MAGNITUDE [40, 100) people",
      "test scores rose;                       ''",
      "tens;                                   ''",
      "3 times more likely;                    3 times=RELATIVE_CHANGE [3, 3] multiplier",
      "10\u201015 people;                      10\u201015 people=BETWEEN [10, 15] people",
      "10\u201315 people;                      10\u201315 people=BETWEEN [10, 15] people",
      "10\u201415 inches;                      10\u201415 inches=BETWEEN [10, 15] [in_i]",
      "He said ‘we paid 5 dollars’;            5 dollars=EXACT [5, 5] USD",
      "He said 'we paid 5 dollars';            5 dollars=EXACT [5, 5] USD",
      "five dollars' worth of goods;           five dollars=EXACT [5, 5] USD",
      "in two years' time;                     two years=EXACT [2, 2] a",
      "On March 12 protesters gathered;        ''",
      "On March 31 protesters gathered;        ''",
      "On 12 March protesters gathered;        ''",
      "a $620K settlement;                     $620K=EXACT [620000, 620000] USD",
      "output (2.4M barrels a day);            2.4M barrels=EXACT [2400000, 2400000] [bbl_us]",
      "dubbed the “100-day” offensive;         100-day=EXACT [100, 100] d",
  })
  void findsTheMentions(String text, String expected) {
    List<String> found = QuantityPhrases.find(text).stream()
        .map(m -> m.getSpan().getText() + "=" + m.getEstimate().getApproximator() + " " + m.getEstimate().getInterval()
            + " " + m.getEstimate().getUnit())
        .toList();
    assertEquals(expected.isEmpty() ? List.of() : Arrays.asList(expected.split(" \\| ")), found, text);
  }

  @Test
  void aSingleLineBreakIsSpaceAndAParagraphBreakIsNot() {
    assertEquals(List.of("5,000\ntroops=[5000, 5000] troops"), spans("killed 5,000\ntroops"));
    assertEquals(List.of("5,000=[5000, 5000] count"), spans("killed 5,000\n\ntroops"));
  }

  private static List<String> spans(String text) {
    return QuantityPhrases.find(text).stream()
        .map(m -> m.getSpan().getText() + "=" + m.getEstimate().getInterval() + " " + m.getEstimate().getUnit())
        .toList();
  }
}
