package io.github.newsclaims.html.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.newsclaims.core.Approximator;
import io.github.newsclaims.core.Estimate;
import io.github.newsclaims.core.Factuality;
import io.github.newsclaims.core.Interval;
import io.github.newsclaims.core.Likelihood;
import io.github.newsclaims.core.TextSpan;
import io.github.newsclaims.core.TimeKind;
import io.github.newsclaims.core.TimeReference;
import io.github.newsclaims.core.Unit;
import java.time.Period;
import org.junit.jupiter.api.Test;

class WordingTest {
  @Test
  void intervalsReadInPlainWords() {
    Unit soldiers = Unit.count("soldiers");
    assertEquals("between 13,500 and 16,500 soldiers", Wording.interval(Interval.closed(13_500, 16_500), soldiers));
    assertEquals("exactly 217 soldiers", Wording.interval(Interval.point(217), soldiers));
    assertEquals("at least 200 soldiers", Wording.interval(Interval.atLeast(200), soldiers));
    assertEquals("more than 200 soldiers", Wording.interval(Interval.moreThan(200), soldiers));
    assertEquals("at most 50 soldiers", Wording.interval(Interval.atMost(50), soldiers));
    assertEquals("less than 1,000 soldiers", Wording.interval(Interval.fewerThan(1_000), soldiers));
    assertEquals("at least 1 and less than 2 soldiers", Wording.interval(Interval.closedOpen(1, 2), soldiers));
    assertEquals("more than 1 and at most 2 soldiers", Wording.interval(Interval.openClosed(1, 2), soldiers));
    assertEquals("more than 1 and less than 2 soldiers", Wording.interval(Interval.open(1, 2), soldiers));
    assertEquals("any amount", Wording.interval(Interval.open(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY),
        Unit.count()));
  }

  @Test
  void unitsSitWhereTheyAreRead() {
    assertEquals("at least 30% and less than 33.3333%",
        Wording.interval(Interval.closedOpen(0.3, 1.0 / 3), Unit.fraction()));
    assertEquals("between 40% and 45%", Wording.interval(Interval.closed(40, 45), Unit.percentage()));
    assertEquals("more than USD 1,000,000", Wording.interval(Interval.moreThan(1e6), Unit.currency("USD")));
    assertEquals("between 1.8 and 2.2 times", Wording.interval(Interval.closed(1.8, 2.2), Unit.multiplier()));
    assertEquals("between 1.5E+30 and 2E+30", Wording.interval(Interval.closed(1.5e30, 2e30), Unit.count()));
  }

  @Test
  void anEstimateReadsAsItsIntervalAndItsPhrase() {
    Estimate estimate = Estimate.builder().id("e1").measure("soldiers").unit(Unit.count("soldiers"))
        .phrase(TextSpan.of(0, 12, "about 15,000")).approximator(Approximator.ABOUT)
        .interval(Interval.closed(13_500, 16_500)).statedValue(15_000.0).build();
    assertEquals("between 13,500 and 16,500 soldiers — “about 15,000”", Wording.estimate(estimate));
  }

  @Test
  void factualityReadsAsWordsAndCode() {
    assertEquals("certain (CT+)", Wording.factuality(Factuality.CERTAINLY_SO));
    assertEquals("probably not (PR-)", Wording.factuality(Factuality.PROBABLY_NOT));
    assertEquals("uncommitted (Uu)", Wording.factuality(Factuality.UNDERSPECIFIED));
    assertEquals("certain, but which way is not said (CTu)", Wording.factuality(Factuality.CERTAIN_BUT_UNKNOWN));
    assertEquals("probable, likely (55–80%) (PR+)", Wording.factuality(Factuality.PROBABLY_SO.withBand(Likelihood.LIKELY)));
  }

  @Test
  void timesReadAsGiven() {
    assertEquals("“In April” — April, year not given", Wording.time(TimeReference.builder().kind(TimeKind.DATE)
        .month(4).expression(TextSpan.of(0, 8, "In April")).build()));
    assertEquals("26 November 2024", Wording.time(TimeReference.builder().kind(TimeKind.DATE)
        .year(2024).month(11).day(26).build()));
    assertEquals("recurring, every P1Y", Wording.time(TimeReference.builder().kind(TimeKind.RECURRING)
        .period(Period.ofYears(1)).build()));
  }
}
