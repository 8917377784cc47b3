package io.github.newsclaims.testing;

import io.github.newsclaims.core.Actor;
import io.github.newsclaims.core.ActorKind;
import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.Approximator;
import io.github.newsclaims.core.Article;
import io.github.newsclaims.core.Attribution;
import io.github.newsclaims.core.AttributionMode;
import io.github.newsclaims.core.Claim;
import io.github.newsclaims.core.ClaimKind;
import io.github.newsclaims.core.ClaimRelation;
import io.github.newsclaims.core.ClaimRelationKind;
import io.github.newsclaims.core.Estimate;
import io.github.newsclaims.core.Factuality;
import io.github.newsclaims.core.Interval;
import io.github.newsclaims.core.NonContentKind;
import io.github.newsclaims.core.NonContentSpan;
import io.github.newsclaims.core.TextSpan;
import io.github.newsclaims.core.TimeKind;
import io.github.newsclaims.core.TimeReference;
import io.github.newsclaims.core.Unit;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * A small hand-made annotated article and a shared validator, for example-based tests.
 *
 * @since 0.1.0
 */
public final class Samples {
  /** Text with curly quotes, an em dash and an emoji outside the BMP before the claims. */
  public static final String TEXT = "Headline 🚀\n\n"
      + "Kim called production “critical” — state media said about 15,000 soldiers are now there.\n\n"
      + "- Advertisement -";

  private Samples() {}

  /** Built on first use, so that the model samples need no validation provider on the class path. */
  private static final class Factory {
    static final ValidatorFactory INSTANCE = Validation.buildDefaultValidatorFactory();
  }

  /**
   * A validator from the default provider on the class path (Hibernate Validator in tests).
   *
   * @return a validator from the default Jakarta Validation provider
   */
  public static Validator validator() {
    return Factory.INSTANCE.getValidator();
  }

  /**
   * The violations of {@code value} as sorted {@code path: message} lines.
   *
   * @param value the object to validate, such as an annotated article
   * @return its violations as sorted {@code path: message} lines; empty when it is valid
   */
  public static List<String> violations(Object value) {
    Set<? extends ConstraintViolation<?>> found = validator().validate(value);
    return found.stream().map(v -> v.getPropertyPath() + ": " + v.getMessage())
        .sorted(Comparator.naturalOrder()).toList();
  }

  /** {@return the article of the sample} */
  public static Article article() {
    return Article.builder().id("sample").headline("Headline 🚀").language("en").text(TEXT)
        .addNonContent(NonContentSpan.of(NonContentKind.ADVERTISEMENT, TextSpan.find(TEXT, "- Advertisement -")))
        .build();
  }

  /** {@return the estimate "about 15,000" soldiers} */
  public static Estimate soldiers() {
    return Estimate.builder().id("e-soldiers").measure("soldiers there").unit(Unit.count("soldiers"))
        .phrase(TextSpan.find(TEXT, "about 15,000")).approximator(Approximator.ABOUT)
        .interval(Interval.closed(13_500, 16_500)).statedValue(15_000.0).build();
  }

  /**
   * The sample of {@link #annotated()} with its second claim replaced by {@code claim}.
   *
   * @param claim the claim to put in second place
   * @return a copy of {@link #annotated()} whose second claim is {@code claim}
   */
  public static AnnotatedArticle withSecondClaim(Claim claim) {
    AnnotatedArticle sample = annotated();
    return AnnotatedArticle.builder().from(sample).claims(List.of(sample.getClaims().get(0), claim)).build();
  }

  /** {@return a valid annotated article with two actors and two claims} */
  public static AnnotatedArticle annotated() {
    Actor state = Actor.builder().id("north-korea").name("North Korea").kind(ActorKind.STATE)
        .addAlias("Pyongyang").build();
    Actor media = Actor.builder().id("kcna").name("Korean Central News Agency").kind(ActorKind.STATE_MEDIA)
        .addAliases("KCNA", "state media").affiliation("north-korea").build();
    Claim critical = Claim.builder().id("c1").proposition("Kim called artillery production critical.")
        .kind(ClaimKind.STATEMENT).factuality(Factuality.CERTAINLY_SO)
        .addEvidence(TextSpan.find(TEXT, "Kim called production “critical”"))
        .addAttribution(Attribution.builder().source("kcna").mode(AttributionMode.ACCORDING_TO)
            .cue(TextSpan.find(TEXT, "state media said")).commitment(Factuality.CERTAINLY_SO).build())
        .addAbout("north-korea").build();
    Claim soldiers = Claim.builder().id("c2").proposition("About 15,000 soldiers are there now.")
        .kind(ClaimKind.QUANTITY).factuality(Factuality.UNDERSPECIFIED)
        .addEvidence(TextSpan.find(TEXT, "about 15,000 soldiers are now there"))
        .addAttribution(Attribution.builder().source("kcna").mode(AttributionMode.INDIRECT)
            .cue(TextSpan.find(TEXT, "said")).commitment(Factuality.PROBABLY_SO).build())
        .addEstimate(soldiers())
        .time(TimeReference.builder().kind(TimeKind.PRESENT).expression(TextSpan.find(TEXT, "now")).build())
        .addRelation(ClaimRelation.of(ClaimRelationKind.ELABORATES, "c1"))
        .build();
    return AnnotatedArticle.builder().article(article()).addActors(state, media).addClaims(critical, soldiers).build();
  }
}
