/**
 * The newsclaims JSON format {@code newsclaims/1}: the {@link io.github.newsclaims.json.NewsClaimsJson}
 * facade, the Jackson 3 module {@link io.github.newsclaims.json.NewsClaimsModule} (also found by
 * {@code JsonMapper.builder().findAndAddModules()}) and the JSON Schema.
 */
module io.github.newsclaims.json {
  requires transitive io.github.newsclaims.core;
  requires transitive tools.jackson.databind;
  // The reader checks the document rules with Hibernate Validator, whose messages need Jakarta EL.
  requires org.hibernate.validator;
  requires jakarta.el;
  // To keep the validator's start-up banner quiet (java.util.logging is its default backend).
  requires java.logging;

  exports io.github.newsclaims.json;

  provides tools.jackson.databind.JacksonModule with io.github.newsclaims.json.NewsClaimsModule;
}
