package io.github.newsclaims.core.authoring;

import io.github.newsclaims.core.Actor;
import io.github.newsclaims.core.ActorKind;
import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.NonContentKind;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * The actor being written by an {@link ArticleAnnotator}: set its affiliation and further
 * aliases, then go on with the next actor, a claim, or {@link #build()}.
 *
 * @since 0.1.0
 */
public final class ActorAnnotator {
  private final ArticleAnnotator article;
  private final Actor.Builder builder;

  ActorAnnotator(ArticleAnnotator article, String id, ActorKind kind, String name, String... aliases) {
    this.article = article;
    this.builder = Actor.builder().id(id).kind(kind).name(name).addAliases(aliases);
  }

  /**
   * The actor this one belongs to or speaks for: KCNA to North Korea.
   *
   * @param actorId the id of the actor this one belongs to, declared in the same article
   * @return this annotator, to chain further calls
   */
  public ActorAnnotator affiliation(String actorId) {
    Objects.requireNonNull(actorId, "actorId");
    builder.affiliation(actorId);
    return this;
  }

  /**
   * Absolute URIs naming the same party elsewhere, such as its Wikidata item.
   *
   * @param uris absolute URIs of the same party, such as {@code http://www.wikidata.org/entity/Q423}
   * @return this annotator, to chain further calls
   */
  public ActorAnnotator sameAs(URI... uris) {
    Objects.requireNonNull(uris, "uris");
    builder.addSameAs(uris);
    return this;
  }

  /**
   * Further names the article uses for the actor.
   *
   * @param aliases further names, each distinct from the others ignoring case
   * @return this annotator, to chain further calls
   */
  public ActorAnnotator aliases(String... aliases) {
    builder.addAliases(aliases);
    return this;
  }

  /**
   * Ends this actor and starts the next; see {@link ArticleAnnotator#actor(String, ActorKind, String, String...)}.
   *
   * @param id the new actor's id, unique within the article; not null
   * @param kind what sort of party it is
   * @param name the name the article uses most
   * @param aliases other names the article uses for it
   * @return the annotator of the new actor
   */
  public ActorAnnotator actor(String id, ActorKind kind, String name, String... aliases) {
    return article.actor(id, kind, name, aliases);
  }

  /**
   * Ends this actor and starts a claim; see {@link ArticleAnnotator#claim(String, io.github.newsclaims.core.ClaimKind, String)}.
   *
   * @param id the claim's id, unique within the article; not null
   * @param kind what sort of proposition it is
   * @param proposition the proposition restated in plain words; not null
   * @return the annotator of the new claim
   */
  public ClaimAnnotator claim(String id, io.github.newsclaims.core.ClaimKind kind, String proposition) {
    return article.claim(id, kind, proposition);
  }

  /**
   * Ends this actor and marks page furniture; see {@link ArticleAnnotator#nonContent(NonContentKind, Quote)}.
   *
   * @param kind what sort of page furniture it is
   * @param quote the quoted words of the furniture
   * @return the article's annotator
   */
  public ArticleAnnotator nonContent(NonContentKind kind, Quote quote) {
    return article.nonContent(kind, quote);
  }

  /**
   * Builds the whole annotation; see {@link ArticleAnnotator#build()}.
   *
   * @return the annotated article
   */
  public AnnotatedArticle build() {
    return article.build();
  }

  /** The actor, or empty after recording why the model refuses it. */
  Optional<Actor> resolve(String path, Resolution resolution) {
    try {
      return Optional.of(builder.build());
    } catch (IllegalArgumentException | IllegalStateException e) {
      resolution.problem(path, e.getMessage());
      return Optional.empty();
    }
  }
}
