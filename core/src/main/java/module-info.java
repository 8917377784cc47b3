/**
 * The newsclaims model: immutable types for what a news article claims, who says so and how
 * firmly, and the numbers inside the claims ({@code io.github.newsclaims.core}); reading quantity
 * phrases ({@code io.github.newsclaims.core.quantity}); annotating by quotation
 * ({@code io.github.newsclaims.core.authoring}); and the document rules as Jakarta Validation
 * constraints ({@code io.github.newsclaims.core.validation}).
 */
module io.github.newsclaims.core {
  requires transitive jakarta.validation;
  // Immutables is an annotation processor: its annotations are retained in source only.
  requires static org.immutables.value;

  exports io.github.newsclaims.core;
  exports io.github.newsclaims.core.authoring;
  exports io.github.newsclaims.core.quantity;
  exports io.github.newsclaims.core.validation;

  // The constraint validators are not API: the validation provider instantiates them reflectively.
  opens io.github.newsclaims.core.validation.internal;
}
