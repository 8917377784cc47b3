package io.github.newsclaims.core.validation.internal;

import io.github.newsclaims.core.Actor;
import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.Attribution;
import io.github.newsclaims.core.Claim;
import io.github.newsclaims.core.Estimate;
import io.github.newsclaims.core.validation.ReferencesResolve;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import java.util.Optional;

/** Checks {@link ReferencesResolve}.
 * Not API: an implementation the Jakarta Validation provider instantiates reflectively (this
 * package is opened, not exported, on the module path); use the constraint annotation instead. */
public final class ReferencesResolveValidator implements ConstraintValidator<ReferencesResolve, AnnotatedArticle> {
  /** Created by the validation provider. */
  public ReferencesResolveValidator() {}

  @Override
  public boolean isValid(AnnotatedArticle annotated, ConstraintValidatorContext context) {
    if (annotated == null) {
      return true;
    }
    if (allResolve(annotated)) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    Resolver resolver = new Resolver(annotated, context);
    List<Actor> actors = annotated.getActors();
    for (int i = 0; i < actors.size(); i++) {
      PropertyPath at = PropertyPath.of("actors", i).then("affiliation");
      actors.get(i).getAffiliation().ifPresent(id -> resolver.actor(at, id));
    }
    List<Claim> claims = annotated.getClaims();
    for (int c = 0; c < claims.size(); c++) {
      Claim claim = claims.get(c);
      PropertyPath at = PropertyPath.of("claims", c);
      List<Attribution> chain = claim.getAttribution();
      for (int a = 0; a < chain.size(); a++) {
        PropertyPath source = at.then("attribution", a).then("source");
        chain.get(a).getSource().ifPresent(id -> resolver.actor(source, id));
      }
      for (int i = 0; i < claim.getAbout().size(); i++) {
        resolver.actor(at.then("about", i), claim.getAbout().get(i));
      }
      for (int r = 0; r < claim.getReviews().size(); r++) {
        resolver.actor(at.then("reviews", r).then("reviewer"), claim.getReviews().get(r).getReviewer());
      }
      for (int r = 0; r < claim.getRelations().size(); r++) {
        String target = claim.getRelations().get(r).getTarget();
        if (annotated.claim(target).isEmpty()) {
          resolver.fail(at.then("relations", r).then("target"), "claim", target);
        }
      }
      List<Estimate> estimates = claim.getEstimates();
      for (int e = 0; e < estimates.size(); e++) {
        Estimate estimate = estimates.get(e);
        PropertyPath path = at.then("estimates", e);
        estimate.getRelativeTo().ifPresent(id -> resolver.estimate(path.then("relativeTo"), id));
        for (int d = 0; d < estimate.getDerivedFrom().size(); d++) {
          resolver.estimate(path.then("derivedFrom", d), estimate.getDerivedFrom().get(d));
        }
      }
    }
    return resolver.valid;
  }

  /**
   * Whether every reference resolves, checked in plain loops without a path per reference: the fast
   * path for the valid articles nearly every validation sees; {@link #isValid} walks again with
   * paths only to report what does not resolve.
   */
  private static boolean allResolve(AnnotatedArticle annotated) {
    // Each optional is fetched once: a getter makes a new Optional at every call.
    for (Actor actor : annotated.getActors()) {
      Optional<String> affiliation = actor.getAffiliation();
      if (affiliation.isPresent() && annotated.actor(affiliation.get()).isEmpty()) {
        return false;
      }
    }
    for (Claim claim : annotated.getClaims()) {
      for (Attribution hop : claim.getAttribution()) {
        Optional<String> source = hop.getSource();
        if (source.isPresent() && annotated.actor(source.get()).isEmpty()) {
          return false;
        }
      }
      for (String about : claim.getAbout()) {
        if (annotated.actor(about).isEmpty()) {
          return false;
        }
      }
      for (int r = 0; r < claim.getReviews().size(); r++) {
        if (annotated.actor(claim.getReviews().get(r).getReviewer()).isEmpty()) {
          return false;
        }
      }
      for (int r = 0; r < claim.getRelations().size(); r++) {
        if (annotated.claim(claim.getRelations().get(r).getTarget()).isEmpty()) {
          return false;
        }
      }
      for (Estimate estimate : claim.getEstimates()) {
        Optional<String> relativeTo = estimate.getRelativeTo();
        if (relativeTo.isPresent() && annotated.estimate(relativeTo.get()).isEmpty()) {
          return false;
        }
        for (String id : estimate.getDerivedFrom()) {
          if (annotated.estimate(id).isEmpty()) {
            return false;
          }
        }
      }
    }
    return true;
  }

  private static final class Resolver {
    private final AnnotatedArticle annotated;
    private final ConstraintValidatorContext context;
    private boolean valid = true;

    Resolver(AnnotatedArticle annotated, ConstraintValidatorContext context) {
      this.annotated = annotated;
      this.context = context;
    }

    void actor(PropertyPath path, String id) {
      if (annotated.actor(id).isEmpty()) {
        fail(path, "actor", id);
      }
    }

    void estimate(PropertyPath path, String id) {
      if (annotated.estimate(id).isEmpty()) {
        fail(path, "estimate", id);
      }
    }

    void fail(PropertyPath path, String what, String id) {
      path.report(context, "refers to " + what + " " + ClaimSpans.quote(id) + ", which the article does not have");
      valid = false;
    }
  }
}
