/**
 * The newsclaims JSON format ({@code newsclaims/1}): a Jackson 3 module, a strict reading and
 * deterministic writing facade, and the JSON Schema of the format.
 *
 * <ul>
 *   <li>{@link io.github.newsclaims.json.NewsClaimsJson} — read and write whole documents and
 *       JSON Lines, with the format's read limits.</li>
 *   <li>{@link io.github.newsclaims.json.NewsClaimsModule} — the Jackson module, found by
 *       {@code JsonMapper.builder().findAndAddModules()}, for every model type.</li>
 *   <li>{@link io.github.newsclaims.json.NewsClaimsJsonException} — the one exception for bad
 *       input, listing every problem with its JSON Pointer.</li>
 * </ul>
 *
 * <p>Each model type {@code X} maps to JSON in a package-private {@code XMapping} class that
 * declares its properties once ({@code Property}: name, whether required, value type, getter) and
 * how the model value is built from them; an {@code ObjectType} made of those declarations reads
 * the value straight from Jackson's token stream — recording problems with their pointers instead
 * of throwing, so that one pass reports all of them — and writes it in the declared order. The
 * documentation tests check FORMAT.md and the JSON Schema against the same declarations. The JSON
 * property names are the model's Java property names, so a Jakarta Validation property path such as
 * {@code claims[3].estimates[0].interval} names the JSON Pointer {@code /claims/3/estimates/0/interval}.
 */
package io.github.newsclaims.json;
