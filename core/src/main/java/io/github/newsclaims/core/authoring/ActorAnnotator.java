package io.github.newsclaims.core.authoring;

import io.github.newsclaims.core.Actor;
import io.github.newsclaims.core.ActorKind;
import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.NonContentKind;
import java.net.URI;
import java.util.Optional;

/**
 * The actor being written by an {@link ArticleAnnotator}: set its affiliation and further
 * aliases, then go on with the next actor, a claim, or {@link #build()}.
 */
public final class ActorAnnotator {
  private final ArticleAnnotator article;
  private final Actor.Builder builder;

  ActorAnnotator(ArticleAnnotator article, String id, ActorKind kind, String name, String... aliases) {
    this.article = article;
    this.builder = Actor.builder().id(id).kind(kind).name(name).addAliases(aliases);
  }

  /** The actor this one belongs to or speaks for: KCNA to North Korea. */
  public ActorAnnotator affiliation(String actorId) {
    builder.affiliation(actorId);
    return this;
  }

  /** Absolute URIs naming the same party elsewhere, such as its Wikidata item. */
  public ActorAnnotator sameAs(URI... uris) {
    builder.addSameAs(uris);
    return this;
  }

  /** Further names the article uses for the actor. */
  public ActorAnnotator aliases(String... aliases) {
    builder.addAliases(aliases);
    return this;
  }

  /** Ends this actor and starts the next; see {@link ArticleAnnotator#actor(String, ActorKind, String, String...)}. */
  public ActorAnnotator actor(String id, ActorKind kind, String name, String... aliases) {
    return article.actor(id, kind, name, aliases);
  }

  /** Ends this actor and starts a claim; see {@link ArticleAnnotator#claim(String, io.github.newsclaims.core.ClaimKind, String)}. */
  public ClaimAnnotator claim(String id, io.github.newsclaims.core.ClaimKind kind, String proposition) {
    return article.claim(id, kind, proposition);
  }

  /** Ends this actor and marks page furniture; see {@link ArticleAnnotator#nonContent(NonContentKind, Quote)}. */
  public ArticleAnnotator nonContent(NonContentKind kind, Quote quote) {
    return article.nonContent(kind, quote);
  }

  /** Builds the whole annotation; see {@link ArticleAnnotator#build()}. */
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
