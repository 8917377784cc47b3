package io.github.newsclaims.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsclaims.json.NewsClaimsJsonException.Kind;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * How problems are counted and listed: at most {@link NewsClaimsJson#MAX_REPORTED_PROBLEMS} listed,
 * all counted; the message shows the first fifty and says how many more there are.
 */
class ProblemsTest {
  private static Problems problems(int n) {
    Problems problems = new Problems(false);
    for (int i = 0; i < n; i++) {
      problems.add(Kind.SHAPE, Pointer.ROOT.property("p").index(i), "problem " + i);
    }
    return problems;
  }

  @Test
  void listsUpToTheLimitAndCountsTheRest() {
    int limit = NewsClaimsJson.MAX_REPORTED_PROBLEMS;
    assertFalse(problems(limit - 1).full());
    assertTrue(problems(limit).full());
    Problems over = problems(limit + 1);
    assertEquals(limit + 1, over.count());
    NewsClaimsJsonException e = over.exception();
    assertEquals(limit, e.getProblems().size());
    assertEquals("/p/" + (limit - 1), e.getProblems().get(limit - 1).pointer());
    assertEquals(limit + 1, e.getProblemCount());
    over.addUnlisted(5);
    assertEquals(limit + 6, over.count());
  }

  @Test
  void theMessageShowsFiftyAndCountsTheRest() {
    String fifty = problems(50).exception().getMessage();
    assertTrue(fifty.startsWith("invalid newsclaims document: 50 problems\n"), fifty);
    assertEquals(51, fifty.split("\n").length, fifty);
    assertFalse(fifty.contains("more"), fifty);
    String fiftyOne = problems(51).exception().getMessage();
    assertTrue(fiftyOne.endsWith("\n... and 1 more"), fiftyOne);
    Problems many = problems(100);
    many.addUnlisted(20);
    String manyMessage = many.exception().getMessage();
    assertTrue(manyMessage.startsWith("invalid newsclaims document: 120 problems\n"), manyMessage);
    assertTrue(manyMessage.endsWith("\n... and 70 more"), manyMessage);
  }

  @Test
  void aLineIsNamedOnlyForJsonLines() {
    NewsClaimsJsonException single = problems(2).exception();
    assertEquals(OptionalLong.empty(), single.getLine());
    NewsClaimsJsonException located = single.atLine(3);
    assertEquals(OptionalLong.of(3), located.getLine());
    assertTrue(located.getMessage().startsWith("invalid newsclaims document at line 3: 2 problems"), located.getMessage());
    assertArrayEquals(single.getStackTrace(), located.getStackTrace());
    assertEquals(single.getProblems(), located.getProblems());
  }

  @Test
  void abandoningCountsOneProblemAndTruncatingForgetsTheLaterOnes() {
    Problems problems = new Problems(false);
    problems.abandon(Kind.SHAPE, Pointer.ROOT, "unsupported");
    assertEquals(1, problems.count());
    assertEquals("unsupported", problems.takeAbandon().message());
    Problems three = problems(3);
    three.truncate(1);
    assertEquals(1, three.count());
    assertEquals(1, three.exception().getProblems().size());
    assertEquals("problem 0", three.exception().getProblems().get(0).message());
  }
}
