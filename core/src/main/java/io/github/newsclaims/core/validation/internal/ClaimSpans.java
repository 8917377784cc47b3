package io.github.newsclaims.core.validation.internal;

import io.github.newsclaims.core.Attribution;
import io.github.newsclaims.core.Claim;
import io.github.newsclaims.core.Estimate;
import io.github.newsclaims.core.Place;
import io.github.newsclaims.core.TextSpan;
import io.github.newsclaims.core.TimeReference;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/** Walks every span of a list of claims together with its property path. */
final class ClaimSpans {
  private ClaimSpans() {}

  static void forEach(List<Claim> claims, BiConsumer<PropertyPath, TextSpan> action) {
    for (int c = 0; c < claims.size(); c++) {
      Claim claim = claims.get(c);
      PropertyPath at = PropertyPath.of("claims", c);
      each(at, "evidence", claim.getEvidence(), action);
      each(at, "hedges", claim.getHedges(), action);
      List<Attribution> chain = claim.getAttribution();
      for (int a = 0; a < chain.size(); a++) {
        PropertyPath hop = at.then("attribution", a);
        chain.get(a).getSourceMention().ifPresent(span -> action.accept(hop.then("sourceMention"), span));
        chain.get(a).getCue().ifPresent(span -> action.accept(hop.then("cue"), span));
        each(hop, "hedges", chain.get(a).getHedges(), action);
        chain.get(a).getTime().flatMap(time -> time.getExpression())
            .ifPresent(span -> action.accept(hop.then("time").then("expression"), span));
      }
      List<Estimate> estimates = claim.getEstimates();
      for (int e = 0; e < estimates.size(); e++) {
        PropertyPath estimate = at.then("estimates", e);
        estimates.get(e).getPhrase().ifPresent(span -> action.accept(estimate.then("phrase"), span));
      }
      claim.getTime().flatMap(time -> time.getExpression())
          .ifPresent(span -> action.accept(at.then("time").then("expression"), span));
      claim.getPlace().flatMap(place -> place.getMention())
          .ifPresent(span -> action.accept(at.then("place").then("mention"), span));
    }
  }

  /**
   * Whether every span of the claims passes {@code test}, walked as {@link #forEach} walks them but
   * without making a path or a lambda per span: the validators' fast path, since nearly every
   * article validated is valid; they walk again with paths only to report what failed.
   */
  static boolean all(List<Claim> claims, Predicate<TextSpan> test) {
    for (int c = 0; c < claims.size(); c++) {
      Claim claim = claims.get(c);
      if (!allSpans(claim.getEvidence(), test) || !allSpans(claim.getHedges(), test)) {
        return false;
      }
      List<Attribution> chain = claim.getAttribution();
      for (int a = 0; a < chain.size(); a++) {
        Attribution hop = chain.get(a);
        // Each optional is fetched once: a getter makes a new Optional at every call.
        if (!passes(hop.getSourceMention(), test) || !passes(hop.getCue(), test)
            || !allSpans(hop.getHedges(), test) || !timePasses(hop.getTime(), test)) {
          return false;
        }
      }
      List<Estimate> estimates = claim.getEstimates();
      for (int e = 0; e < estimates.size(); e++) {
        if (!passes(estimates.get(e).getPhrase(), test)) {
          return false;
        }
      }
      if (!timePasses(claim.getTime(), test)) {
        return false;
      }
      Optional<Place> place = claim.getPlace();
      if (place.isPresent() && !passes(place.get().getMention(), test)) {
        return false;
      }
    }
    return true;
  }

  private static boolean passes(Optional<TextSpan> span, Predicate<TextSpan> test) {
    return span.isEmpty() || test.test(span.get());
  }

  private static boolean timePasses(Optional<TimeReference> time, Predicate<TextSpan> test) {
    return time.isEmpty() || passes(time.get().getExpression(), test);
  }

  private static boolean allSpans(List<TextSpan> spans, Predicate<TextSpan> test) {
    for (int i = 0; i < spans.size(); i++) {
      if (!test.test(spans.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code span} lies within {@code text} and matches it: what {@link #check} reports otherwise. */
  static boolean matches(String text, TextSpan span) {
    return span.getEnd() <= text.length() && span.matches(text);
  }

  private static void each(PropertyPath at, String name, List<TextSpan> spans,
      BiConsumer<PropertyPath, TextSpan> action) {
    for (int i = 0; i < spans.size(); i++) {
      action.accept(at.then(name, i), spans.get(i));
    }
  }

  /** Quotes text for a message, shortening it past 60 characters. */
  static String quote(String value) {
    return '"' + (value.length() > 60 ? value.substring(0, 57) + "..." : value) + '"';
  }

  /** Reports {@code span} at {@code path} unless it matches {@code text}; returns whether it matched. */
  static boolean check(String text, PropertyPath path, TextSpan span, ConstraintValidatorContext context) {
    if (span.getEnd() > text.length()) {
      path.then("end").report(context, "span " + span + " ends at " + span.getEnd()
          + ", past the end of the article text (length " + text.length() + ")");
      return false;
    }
    if (!span.matches(text)) {
      path.then("text").report(context, mismatch(span, text.substring(span.getStart(), span.getEnd())));
      return false;
    }
    return true;
  }

  /**
   * Why a span does not match: short texts are shown whole; longer ones from the first offset where
   * they differ, with the text around it, since a shortened pair could look identical.
   */
  static String mismatch(TextSpan span, String actual) {
    String expected = span.getText();
    if (expected.length() <= 60) {
      return "span " + span + " does not match the article text, which has " + quote(actual) + " there";
    }
    int k = 0;
    while (k < expected.length() && expected.charAt(k) == actual.charAt(k)) {
      k++;
    }
    return "span " + span + " does not match the article text: they first differ at offset " + (span.getStart() + k)
        + " (character " + k + " of the span), where the span has " + around(expected, k) + " and the text has "
        + around(actual, k);
  }

  /** The text around index {@code k}, the character at {@code k} in brackets. */
  private static String around(String value, int k) {
    int from = Math.max(0, k - 20);
    int to = Math.min(value.length(), k + 21);
    return "\"" + (from > 0 ? "…" : "") + value.substring(from, k) + "[" + value.charAt(k) + "]"
        + value.substring(k + 1, to) + (to < value.length() ? "…" : "") + "\"";
  }
}
