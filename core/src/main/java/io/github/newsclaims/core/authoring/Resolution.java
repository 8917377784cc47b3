package io.github.newsclaims.core.authoring;

import io.github.newsclaims.core.Estimate;
import io.github.newsclaims.core.TextSpan;
import io.github.newsclaims.core.quantity.QuantityMention;
import io.github.newsclaims.core.quantity.QuantityPhrases;
import io.github.newsclaims.core.quantity.VaguenessPolicy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The state of one {@link ArticleAnnotator#build()}: the text, the problems found, the estimates made. */
final class Resolution {
  final QuoteFinder finder;
  final VaguenessPolicy policy;
  final List<AuthoringException.Problem> problems = new ArrayList<>();
  final Map<String, Estimate> estimates = new LinkedHashMap<>();
  private List<QuantityMention> mentions;

  Resolution(String text, VaguenessPolicy policy) {
    this.finder = QuoteFinder.in(text);
    this.policy = policy;
  }

  void problem(String path, String message) {
    problems.add(new AuthoringException.Problem(path, message));
  }

  /** The span of {@code quote}, looked for first in {@code preferred}; empty after a problem at {@code path}. */
  Optional<TextSpan> span(String path, Quote quote, List<TextSpan> preferred) {
    QuoteFinder.Result result = finder.resolve(quote, preferred);
    if (result.span() == null) {
      problem(path, result.problem());
      return Optional.empty();
    }
    return Optional.of(result.span());
  }

  /** The estimate the quantity reader finds with exactly this phrase span, if any. */
  Optional<Estimate> reading(TextSpan phrase) {
    if (mentions == null) {
      mentions = QuantityPhrases.find(finder.text(), policy);
    }
    for (QuantityMention mention : mentions) {
      if (mention.getEstimate().getPhrase().filter(phrase::equals).isPresent()) {
        return Optional.of(mention.getEstimate());
      }
    }
    return QuantityPhrases.parse(phrase.getText(), policy)
        .map(parsed -> Estimate.builder().from(parsed).phrase(phrase).build());
  }
}
