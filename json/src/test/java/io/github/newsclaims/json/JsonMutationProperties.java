package io.github.newsclaims.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.testing.Generators;
import io.github.newsclaims.testing.Samples;
import io.github.newsclaims.json.NewsClaimsJsonException.Kind;
import io.github.newsclaims.json.NewsClaimsJsonException.Problem;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Valid documents, broken in every way {@link Mutants} knows: each mutant is either rejected with a
 * {@link NewsClaimsJsonException} that says where and what, or — if the change left it valid —
 * reads into an article with no violations that round-trips. No third outcome.
 */
class JsonMutationProperties {
  /** An RFC 6901 pointer: empty, or "/"-separated reference tokens with "~" escaped. */
  private static final Pattern POINTER = Pattern.compile("(/([^~/]|~[01])*)*");
  private static final Pattern DANGLING = Pattern.compile("refers to [a-z ]+ \"(.*)\", which the article does not have");
  private static final Pattern LEAKS = Pattern.compile("Immutable|\\$Json|tools\\.jackson|com\\.fasterxml|"
      + "java\\.lang|Exception|StreamReadConstraints|JsonReadFeature|\\bat [a-z]+\\.");

  @Test
  void everyMutantIsRejectedWithTheLibraryExceptionOrStaysValid() {
    Set<Kind> kinds = EnumSet.noneOf(Kind.class);
    int[] accepted = {0};
    qt().withExamples(Examples.of(10_000)).forAll(Generators.annotatedArticles(4), longs().all()).checkAssert((article, seed) -> {
      String json = NewsClaimsJson.write(article);
      Mutants.Mutant mutant = Mutants.mutate(json, seed, false);
      outcome(mutant).ifPresentOrElse(problems -> problems.forEach(p -> kinds.add(p.kind())), () -> accepted[0]++);
    });
    // The mutations must reach every layer of reading, and some must be harmless, or the test proves little.
    // (A LIMIT problem may come too, from a rare mutant: a number past the length limit.)
    assertTrue(kinds.containsAll(EnumSet.of(Kind.SYNTAX, Kind.SHAPE, Kind.INVARIANT, Kind.RULE)), kinds::toString);
    assertTrue(accepted[0] > 0, "no mutant stayed valid");
  }

  @Test
  void mutantsOfTheSampleArePinpointed() {
    String json = NewsClaimsJson.writePretty(Samples.annotated());
    JsonNode original = JsonMapper.builder().build().readTree(json);
    int pinpointed = 0;
    int seeds = Examples.of(2000);
    for (long seed = 0; seed < seeds; seed++) {
      Mutants.Mutant mutant = Mutants.mutate(json, seed, false);
      java.util.Optional<List<Problem>> problems = outcome(mutant);
      if (problems.isPresent() && mutant.place() != null) {
        JsonNode before = original.at(mutant.place());
        assertTrue(problems.get().stream().anyMatch(p -> related(p.pointer(), mutant.place()) || explains(p, mutant, before)),
            () -> "no problem points at or near " + mutant.place() + ": " + problems.get() + "\n" + mutant);
        pinpointed++;
      }
    }
    assertTrue(pinpointed > seeds * 45 / 100, "only " + pinpointed + " of " + seeds + " mutants were rejected and changed one place");
  }

  /**
   * Whether a problem's pointer names the mutated place: the place itself, a value inside it, an
   * object that holds it (where a missing property or a broken invariant of that object is reported),
   * or a value beside it in the same object or array — but not the document root, unless the place is
   * a top-level property.
   */
  static boolean related(String pointer, String place) {
    if (pointer.equals(place) || pointer.startsWith(place + "/") || (!pointer.isEmpty() && place.startsWith(pointer + "/"))) {
      return true;
    }
    String holder = place.substring(0, place.lastIndexOf('/'));
    return !holder.isEmpty() ? pointer.equals(holder) || pointer.startsWith(holder + "/") : pointer.isEmpty();
  }

  /**
   * Whether a problem found elsewhere is the mutation's true consequence: a reference left dangling
   * to an id that the mutated place held before, or a span that no longer fits an altered article text.
   */
  private static boolean explains(Problem problem, Mutants.Mutant mutant, JsonNode before) {
    Matcher dangling = DANGLING.matcher(problem.message());
    if (problem.kind() == Kind.RULE && dangling.find()) {
      return !before.isMissingNode() && before.toString().contains("\"" + dangling.group(1) + "\"");
    }
    return mutant.place().equals("/article/text") && problem.message().startsWith("span [");
  }

  /** The problems of a rejected mutant, or empty for one that stayed valid; fails on any other outcome. */
  static java.util.Optional<List<Problem>> outcome(Mutants.Mutant mutant) {
    AnnotatedArticle read;
    try {
      read = NewsClaimsJson.read(mutant.json());
    } catch (NewsClaimsJsonException e) {
      List<Problem> problems = e.getProblems();
      assertFalse(problems.isEmpty(), mutant::toString);
      for (Problem problem : problems) {
        assertTrue(POINTER.matcher(problem.pointer()).matches(), () -> "not a pointer: " + problem + "\n" + mutant);
        assertFalse(problem.message().isBlank(), mutant::toString);
        assertTrue(e.getMessage().contains(problem.toString()) || problems.size() > 50, mutant::toString);
      }
      assertFalse(LEAKS.matcher(e.getMessage()).find(), () -> "leaks an implementation name: " + e.getMessage());
      return java.util.Optional.of(problems);
    } catch (RuntimeException | Error e) {
      fail("mutant was neither rejected with the library exception nor read: " + mutant, e);
      return java.util.Optional.empty();
    }
    assertEquals(List.of(), Samples.violations(read), mutant::toString);
    assertEquals(read, NewsClaimsJson.read(NewsClaimsJson.write(read)), mutant::toString);
    assertEquals(read, NewsClaimsJson.read(NewsClaimsJson.writePretty(read)), mutant::toString);
    return java.util.Optional.empty();
  }
}
