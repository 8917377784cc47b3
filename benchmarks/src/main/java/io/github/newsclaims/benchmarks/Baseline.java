package io.github.newsclaims.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.json.NewsClaimsJson;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plain Jackson 3 databind over {@link PlainDocument}: the mapper's defaults except for the two
 * settings that give the format's shape — properties in declaration order rather than Jackson 3's
 * alphabetical default, and {@code null}s left out.
 */
public final class Baseline {
  /** The baseline mapper. */
  public static final JsonMapper MAPPER = JsonMapper.builder()
      .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
      .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
      .build();

  /** Reads documents into records. */
  public static final ObjectReader READER = MAPPER.readerFor(PlainDocument.class);

  /** Writes records as documents. */
  public static final ObjectWriter WRITER = MAPPER.writerFor(PlainDocument.class);

  private Baseline() {}

  /**
   * Checks that the baseline handles the same documents: it reads what newsclaims writes, and what
   * it writes back newsclaims reads, strictly and with all rules, as the same article. (Byte for
   * byte the two differ only in numbers: plain Jackson writes {@code 15000.0} where newsclaims
   * writes {@code 15000}.)
   *
   * @return the records read from newsclaims' JSON of {@code article}
   * @throws IllegalStateException if the two disagree
   */
  public static PlainDocument check(AnnotatedArticle article) {
    byte[] json = NewsClaimsJson.write(article).getBytes(StandardCharsets.UTF_8);
    PlainDocument plain = READER.readValue(json);
    byte[] written = WRITER.writeValueAsBytes(plain);
    PlainDocument again = READER.readValue(written);
    if (!again.equals(plain)) {
      throw new IllegalStateException("the baseline does not read back what it wrote");
    }
    AnnotatedArticle read = NewsClaimsJson.read(new String(written, StandardCharsets.UTF_8));
    if (!read.equals(article)) {
      throw new IllegalStateException("the baseline's JSON is not the same document as newsclaims' JSON");
    }
    return plain;
  }
}
