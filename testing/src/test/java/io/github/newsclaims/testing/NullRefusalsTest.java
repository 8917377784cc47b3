package io.github.newsclaims.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** The checker itself: what it reports, what it exempts, and that a stale exemption is reported too. */
class NullRefusalsTest {
  /** One method for each outcome. */
  public static final class Target {
    public Target() {}

    public static String guarded(String text) {
      return Objects.requireNonNull(text, "text");
    }

    public static String wrongName(String text) {
      return Objects.requireNonNull(text, "value");
    }

    public static int quiet(String text) {
      return text == null ? 0 : 1;
    }

    public static String lenient(String text) {
      return String.valueOf(text);
    }
  }

  @Test
  void reportsEachWayOfNotRefusingNullByName() {
    NullRefusals.Report report = NullRefusals.withDefaultSamples()
        .nullable("NullRefusalsTest.Target.lenient(text)", "documented: null reads as \"null\"")
        .nullable("NullRefusalsTest.Target.gone(text)", "no longer exists")
        .check(List.of(Target.class));
    assertEquals(List.of("NullRefusalsTest.Target.quiet(text)", "NullRefusalsTest.Target.guarded(text)",
        "NullRefusalsTest.Target.wrongName(text)"), report.checked());
    assertEquals(List.of("NullRefusalsTest.Target.quiet(text): accepted null and returned \"0\"",
            "NullRefusalsTest.Target.wrongName(text): NullPointerException with message \"value\", not [text]",
            "NullRefusalsTest.Target.gone(text): listed as nullable but no such public parameter exists"),
        report.violations());
    AssertionError error = assertThrows(AssertionError.class, report::assertClean);
    assertTrue(error.getMessage().startsWith("3 of 3 parameters do not refuse null by name"), error.getMessage());
  }
}
