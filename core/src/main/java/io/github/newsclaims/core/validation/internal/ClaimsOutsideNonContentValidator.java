package io.github.newsclaims.core.validation.internal;

import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.NonContentSpan;
import io.github.newsclaims.core.TextSpan;
import io.github.newsclaims.core.validation.ClaimsOutsideNonContent;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/** Checks {@link ClaimsOutsideNonContent}.
 * Not API: an implementation the Jakarta Validation provider instantiates reflectively (this
 * package is opened, not exported, on the module path); use the constraint annotation instead. */
public final class ClaimsOutsideNonContentValidator
    implements ConstraintValidator<ClaimsOutsideNonContent, AnnotatedArticle> {
  /** Created by the validation provider. */
  public ClaimsOutsideNonContentValidator() {}

  @Override
  public boolean isValid(AnnotatedArticle annotated, ConstraintValidatorContext context) {
    if (annotated == null || annotated.getArticle().getNonContent().isEmpty()) {
      return true;
    }
    Furniture furniture = new Furniture(annotated.getArticle().getNonContent());
    if (ClaimSpans.all(annotated.getClaims(), span -> furniture.overlapping(span).isEmpty())) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    boolean[] valid = {true};
    ClaimSpans.forEach(annotated.getClaims(), (path, span) -> {
      for (NonContentSpan overlapping : furniture.overlapping(span)) {
        path.report(context, "span " + span + " lies in non-content ("
            + overlapping.getKind().name().toLowerCase(Locale.ROOT) + ") " + overlapping.getSpan());
        valid[0] = false;
      }
    });
    return valid[0];
  }

  /**
   * The non-content spans sorted by start, with the greatest end so far, so that the few that may
   * overlap a span are found by a binary search and a short walk back rather than by trying every
   * one for every span of every claim.
   */
  private static final class Furniture {
    private final List<NonContentSpan> inOrder;
    private final int[] byStart;
    private final int[] starts;
    private final int[] maxEnds;

    Furniture(List<NonContentSpan> furniture) {
      inOrder = furniture;
      byStart = IntStream.range(0, furniture.size()).boxed()
          .sorted(Comparator.comparingInt(i -> furniture.get(i).getSpan().getStart()))
          .mapToInt(Integer::intValue).toArray();
      starts = new int[byStart.length];
      maxEnds = new int[byStart.length];
      for (int i = 0; i < byStart.length; i++) {
        TextSpan span = furniture.get(byStart[i]).getSpan();
        starts[i] = span.getStart();
        maxEnds[i] = Math.max(span.getEnd(), i == 0 ? Integer.MIN_VALUE : maxEnds[i - 1]);
      }
    }

    /** The non-content spans that share a code unit with {@code span}, in the article's order. */
    List<NonContentSpan> overlapping(TextSpan span) {
      // Those that start before the span ends; of them, walk back while one may still reach past its start.
      int before = upperBound(span.getEnd());
      List<Integer> found = null;
      for (int j = before - 1; j >= 0 && maxEnds[j] > span.getStart(); j--) {
        if (inOrder.get(byStart[j]).getSpan().overlaps(span)) {
          if (found == null) {
            found = new ArrayList<>();
          }
          found.add(byStart[j]);
        }
      }
      if (found == null) {
        return List.of();
      }
      found.sort(null);
      return found.stream().map(inOrder::get).toList();
    }

    /** How many spans start before {@code end}. */
    private int upperBound(int end) {
      int low = 0;
      int high = starts.length;
      while (low < high) {
        int mid = (low + high) >>> 1;
        if (starts[mid] < end) {
          low = mid + 1;
        } else {
          high = mid;
        }
      }
      return low;
    }
  }
}
