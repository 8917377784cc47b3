package io.github.newsclaims.core.validation.internal;

import io.github.newsclaims.core.Attribution;
import io.github.newsclaims.core.Claim;
import io.github.newsclaims.core.Estimate;
import io.github.newsclaims.core.TextSpan;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import java.util.function.BiConsumer;

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
      path.then("text").report(context, "span " + span + " does not match the article text, which has "
          + quote(text.substring(span.getStart(), span.getEnd())) + " there");
      return false;
    }
    return true;
  }
}
