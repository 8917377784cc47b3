package io.github.newsclaims.core.validation;

import static io.github.newsclaims.core.Samples.violations;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.Claim;
import io.github.newsclaims.core.Samples;
import io.github.newsclaims.core.TextSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimsOutsideNonContentTest {
  @Test
  void reportsAClaimInsideAnAdvertisementMarker() {
    AnnotatedArticle sample = Samples.annotated();
    TextSpan ad = TextSpan.find(Samples.TEXT, "Advertisement");
    Claim claim = Claim.builder().from(sample.getClaims().get(0)).addEvidence(ad).build();
    assertEquals(List.of("claims[0].evidence[1]: span " + ad + " lies in non-content (advertisement) "
            + sample.getArticle().getNonContent().get(0).getSpan()),
        violations(AnnotatedArticle.builder().from(sample).claims(List.of(claim, sample.getClaims().get(1))).build()));
  }
}
