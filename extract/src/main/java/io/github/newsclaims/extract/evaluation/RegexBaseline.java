package io.github.newsclaims.extract.evaluation;

import io.github.newsclaims.core.Actor;
import io.github.newsclaims.core.ActorKind;
import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.AnnotationMethod;
import io.github.newsclaims.core.AnnotationProvenance;
import io.github.newsclaims.core.Approximator;
import io.github.newsclaims.core.Article;
import io.github.newsclaims.core.Attribution;
import io.github.newsclaims.core.AttributionMode;
import io.github.newsclaims.core.Claim;
import io.github.newsclaims.core.ClaimKind;
import io.github.newsclaims.core.Estimate;
import io.github.newsclaims.core.Factuality;
import io.github.newsclaims.core.Interval;
import io.github.newsclaims.core.TextSpan;
import io.github.newsclaims.core.Unit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plain regular-expression baseline the extractor is measured against: sentences are split at
 * ".", "!" or "?" followed by white space; a sentence with a cue word ({@link #CUES}) is attributed,
 * its source being the words before the cue; every other sentence is the article's own claim; every
 * run of digits is an exact quantity (a count, or a percentage when "%" follows). It knows no
 * furniture, no quotes, no actors beyond the exact source strings, no hedges. Thread-safe.
 */
public final class RegexBaseline {
  /** The cue words the baseline looks for, as one regular expression. */
  public static final String CUES = "according to|said|says|say|told|tells|stated|reported|reports|announced|added"
      + "|claimed|warned|confirmed|denied|believes|believe|estimates|estimated|expects|expected|suggests|predicted";

  /** A baseline drafter; it holds no state, so one may serve every thread. */
  public RegexBaseline() {}

  private static final Pattern SENTENCE = Pattern.compile("[^\\n]+?(?:[.!?][\"”’]?(?=\\s)|$)", Pattern.MULTILINE);
  private static final Pattern CUE = Pattern.compile("(?i)\\b(" + CUES + ")\\b");
  private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}])\\d[\\d,]*(?:\\.\\d+)?(%?)");

  /**
   * Drafts {@code article} by the baseline's rules; the draft passes every invariant.
   *
   * @param article the article to draft
   * @return the baseline's draft
   */
  public AnnotatedArticle extract(Article article) {
    Objects.requireNonNull(article, "article");
    String text = article.getText();
    Map<String, Actor> actors = new LinkedHashMap<>();
    List<Claim> claims = new ArrayList<>();
    int estimates = 0;
    Matcher sentence = SENTENCE.matcher(text);
    while (sentence.find()) {
      int start = sentence.start();
      int end = sentence.end();
      while (start < end && Character.isWhitespace(text.charAt(start))) {
        start++;
      }
      if (start >= end || !article.isContent(TextSpan.in(text, start, end))) {
        continue;
      }
      String id = "c" + (claims.size() + 1);
      Claim.Builder claim = Claim.builder().id(id).proposition(text.substring(start, end))
          .addEvidence(TextSpan.in(text, start, end)).kind(ClaimKind.EVENT);
      Matcher number = NUMBER.matcher(text).region(start, end);
      while (number.find()) {
        String digits = text.substring(number.start(), number.end()).replace(",", "").replace("%", "");
        double value;
        try {
          value = Double.parseDouble(digits);
        } catch (NumberFormatException e) {
          continue;
        }
        boolean percent = !number.group(1).isEmpty();
        estimates++;
        claim.addEstimate(Estimate.builder().id("e" + estimates).measure("quantity")
            .unit(percent ? Unit.percentage() : Unit.count()).phrase(TextSpan.in(text, number.start(), number.end()))
            .approximator(Approximator.EXACT).interval(Interval.point(value)).statedValue(value).build());
      }
      Matcher cue = CUE.matcher(text).region(start, end);
      boolean attributed = false;
      if (cue.find()) {
        String before = text.substring(start, cue.start()).strip().replaceAll("[,“”\"]+$", "").strip();
        int sourceStart = start + text.substring(start, cue.start()).indexOf(before);
        if (!before.isEmpty() && before.chars().anyMatch(Character::isLetter)) {
          String key = before.toLowerCase(Locale.ROOT);
          Actor actor = actors.computeIfAbsent(key, k -> Actor.builder().id("a" + (actors.size() + 1))
              .name(before).kind(ActorKind.OTHER).build());
          AttributionMode mode = cue.group(1).equalsIgnoreCase("according to") ? AttributionMode.ACCORDING_TO
              : AttributionMode.INDIRECT;
          claim.addAttribution(Attribution.builder().source(actor.getId()).mode(mode).commitment(Factuality.CERTAINLY_SO)
              .cue(TextSpan.in(text, cue.start(), cue.end()))
              .sourceMention(TextSpan.in(text, sourceStart, sourceStart + before.length())).build())
              .kind(ClaimKind.STATEMENT).factuality(Factuality.UNDERSPECIFIED);
          attributed = true;
        }
      }
      if (!attributed) {
        claim.factuality(Factuality.CERTAINLY_SO);
      }
      claims.add(claim.build());
    }
    return AnnotatedArticle.builder().article(article).actors(actors.values()).claims(claims)
        .provenance(AnnotationProvenance.of("newsclaims-extract regex baseline", AnnotationMethod.AUTOMATIC)).build();
  }
}
