/**
 * Not API: the implementations of the document rules of
 * {@link io.github.newsclaims.core.validation}, instantiated by the Jakarta Validation provider.
 * On the module path this package is opened for that reflection but not exported; on the class
 * path its classes are public only because the provider needs them so. Depend on the constraint
 * annotations, never on these classes: they may change in any release.
 */
package io.github.newsclaims.core.validation.internal;
