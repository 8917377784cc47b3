package io.github.newsclaims.extract;

import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.AnnotationMethod;
import io.github.newsclaims.core.AnnotationProvenance;
import io.github.newsclaims.core.Article;
import io.github.newsclaims.core.Attribution;
import io.github.newsclaims.core.AttributionMode;
import io.github.newsclaims.core.Claim;
import io.github.newsclaims.core.ClaimKind;
import io.github.newsclaims.core.Estimate;
import io.github.newsclaims.core.Factuality;
import io.github.newsclaims.core.NonContentSpan;
import io.github.newsclaims.core.TextSpan;
import io.github.newsclaims.core.quantity.QuantityMention;
import io.github.newsclaims.core.quantity.QuantityPhrases;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drafts an {@link AnnotatedArticle} from an {@link Article}'s raw English text: page furniture as
 * non-content, then for each content sentence (JDK {@link BreakIterator}) either an attributed
 * claim (source actor, cue, commitment from the documented cue table) or the article's own claim,
 * with its hedges and quantities ({@link QuantityPhrases}). The rules and lexicons are resources
 * beside this class: {@code cues.tsv}, {@code hedges.txt}, {@code furniture.tsv},
 * {@code actor-kinds.tsv}.
 *
 * <p>Guarantees: thread-safe and reusable; deterministic (the same article gives the same draft);
 * the draft passes every invariant and document rule for any text; its provenance is
 * {@link AnnotationMethod#AUTOMATIC} with the extractor's {@link #name()} and a confidence per claim.
 */
public final class ClaimExtractor {
  private static final Pattern PARAGRAPH = Pattern.compile("[^\\n]+(?:\\n[^\\n]+)*");
  private static final Pattern MODAL_POSSIBLE = Pattern.compile("(?i)\\b(could|may|might|possibly|perhaps)\\b");
  private static final Pattern MODAL_PROBABLE = Pattern.compile("(?i)\\b(likely|probably|expected to)\\b");

  private final Lexicon lexicon;
  private final AttributionFinder finder;
  private final Pattern hedges;
  private final String name;

  private ClaimExtractor(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.finder = new AttributionFinder(lexicon);
    this.hedges = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])(" + String.join("|",
        lexicon.hedges().stream().map(Pattern::quote).toList()) + ")(?![\\p{L}\\p{N}])");
    String version = Optional.ofNullable(ClaimExtractor.class.getPackage().getImplementationVersion()).orElse("dev");
    this.name = "newsclaims-extract " + version;
  }

  /** The English extractor with the bundled rules. */
  public static ClaimExtractor english() {
    return new ClaimExtractor(Lexicon.english());
  }

  /** The annotator name written into the provenance: {@code "newsclaims-extract <version>"}. */
  public String name() {
    return name;
  }

  /**
   * The draft annotation of {@code article}: its non-content spans plus the furniture found, its
   * actors, and its claims. Never throws for any text.
   */
  public AnnotatedArticle extract(Article article) {
    Objects.requireNonNull(article, "article");
    String text = article.getText();
    List<NonContentSpan> furniture = new ArrayList<>(article.getNonContent());
    List<TextSpan> content = new ArrayList<>();
    for (TextSpan paragraph : paragraphs(text)) {
      if (!article.isContent(paragraph)) {
        continue;
      }
      Optional<NonContentSpan> found = furniture(article, paragraph);
      if (found.isPresent()) {
        furniture.add(found.get());
      } else {
        content.add(paragraph);
      }
    }
    furniture.sort(Comparator.comparing(NonContentSpan::getSpan));
    Article withFurniture = Article.builder().from(article).nonContent(furniture).build();

    List<QuantityMention> quantities = QuantityPhrases.find(text);
    ActorRegistry actors = new ActorRegistry(lexicon.actorKinds());
    List<Claim> claims = new ArrayList<>();
    int[] estimateCount = {0};
    int quantityIndex = 0;
    Optional<String> lastQuoted = Optional.empty();
    for (TextSpan paragraph : content) {
      BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
      sentences.setText(paragraph.getText());
      int from = sentences.first();
      for (int to = sentences.next(); to != BreakIterator.DONE; from = to, to = sentences.next()) {
        int[] span = Spans.trim(text, paragraph.getStart() + from, paragraph.getStart() + to);
        int start = span[0];
        int end = span[1];
        // Keep closing punctuation and quotes inside the evidence.
        while (end < paragraph.getStart() + to && !Character.isWhitespace(text.charAt(end))) {
          end++;
        }
        while (start > paragraph.getStart() + from && !Character.isWhitespace(text.charAt(start - 1))) {
          start--;
        }
        if (!Spans.usable(text, start, end) || !Spans.hasLetter(text, start, end)) {
          continue;
        }
        while (quantityIndex < quantities.size() && quantities.get(quantityIndex).getSpan().getStart() < start) {
          quantityIndex++;
        }
        List<Estimate> estimates = new ArrayList<>();
        for (int q = quantityIndex; q < quantities.size() && quantities.get(q).getSpan().getStart() < end; q++) {
          QuantityMention mention = quantities.get(q);
          if (mention.getSpan().getEnd() <= end) {
            estimateCount[0]++;
            estimates.add(Estimate.builder().from(mention.getEstimate()).id("e" + estimateCount[0]).build());
          }
        }
        Optional<Found> found = finder.find(text, start, end);
        boolean quote = hasQuote(text, start, end);
        if (found.isEmpty() && quote && lastQuoted.isPresent()) {
          found = Optional.of(new Found(AttributionMode.DIRECT_QUOTE, -1, -1, -1, -1, start, end,
              Factuality.CERTAIN, true));
        }
        Claim claim = claim("c" + (claims.size() + 1), text, start, end, found, estimates, actors, lastQuoted);
        if (found.isPresent() && found.get().mode() == AttributionMode.DIRECT_QUOTE) {
          lastQuoted = claim.sources().isEmpty() ? lastQuoted : Optional.of(claim.sources().get(0));
        } else if (!quote) {
          lastQuoted = Optional.empty();
        }
        claims.add(claim);
      }
    }
    return AnnotatedArticle.builder().article(withFurniture).actors(actors.actors()).claims(claims)
        .provenance(AnnotationProvenance.of(name, AnnotationMethod.AUTOMATIC)).build();
  }

  private Claim claim(String id, String text, int start, int end, Optional<Found> found, List<Estimate> estimates,
      ActorRegistry actors, Optional<String> lastQuoted) {
    List<TextSpan> hedgeSpans = new ArrayList<>();
    Matcher m = hedges.matcher(text).region(start, end);
    while (m.find()) {
      hedgeSpans.add(TextSpan.in(text, m.start(), m.end()));
    }
    Claim.Builder claim = Claim.builder().id(id).addEvidence(TextSpan.in(text, start, end)).hedges(hedgeSpans)
        .estimates(estimates);
    double confidence = 0.5;
    String proposition = text.substring(start, end);
    if (found.isPresent()) {
      Found f = found.get();
      Attribution.Builder hop = Attribution.builder().mode(f.mode()).commitment(f.commitment())
          .carriedOver(f.carriedOver());
      if (f.hasCue()) {
        hop.cue(TextSpan.in(text, f.cueStart(), f.cueEnd()));
      }
      Optional<String> source = Optional.empty();
      if (f.hasSource()) {
        source = actors.actorFor(text.substring(f.sourceStart(), f.sourceEnd()));
        if (source.isPresent()) {
          hop.sourceMention(TextSpan.in(text, f.sourceStart(), f.sourceEnd()));
        }
      } else if (f.carriedOver()) {
        source = lastQuoted;
      }
      boolean usable = source.isPresent() || f.mode() == AttributionMode.UNNAMED_HEARSAY;
      if (usable) {
        source.ifPresent(hop::source);
        claim.addAttribution(hop.build());
        String content = text.substring(f.contentStart(), f.contentEnd()).strip();
        proposition = content.isBlank() ? proposition : content;
        confidence = switch (f.mode()) {
          case DIRECT_QUOTE -> f.carriedOver() ? 0.6 : 0.8;
          case UNNAMED_HEARSAY -> 0.6;
          default -> 0.7;
        };
        return claim.proposition(proposition).kind(estimates.isEmpty() ? ClaimKind.STATEMENT : ClaimKind.QUANTITY)
            .factuality(Factuality.UNDERSPECIFIED)
            .provenance(AnnotationProvenance.of(name, AnnotationMethod.AUTOMATIC, confidence)).build();
      }
    }
    Factuality factuality = MODAL_POSSIBLE.matcher(proposition).find() ? Factuality.POSSIBLE
        : MODAL_PROBABLE.matcher(proposition).find() ? Factuality.PROBABLE : Factuality.CERTAIN;
    if (AttributionFinder.negated(proposition)) {
      factuality = AttributionFinder.flip(factuality);
    }
    return claim.proposition(proposition).kind(estimates.isEmpty() ? ClaimKind.EVENT : ClaimKind.QUANTITY)
        .factuality(factuality).provenance(AnnotationProvenance.of(name, AnnotationMethod.AUTOMATIC, confidence))
        .build();
  }

  private Optional<NonContentSpan> furniture(Article article, TextSpan paragraph) {
    String body = paragraph.getText().strip();
    if (body.length() > 200) {
      return Optional.empty();
    }
    String headline = article.getHeadline().strip().replaceAll("\\s+", " ");
    if (body.replaceAll("\\s+", " ").equalsIgnoreCase(headline)) {
      return Optional.of(NonContentSpan.of(io.github.newsclaims.core.NonContentKind.REPEATED_HEADLINE, paragraph));
    }
    for (Lexicon.FurniturePattern pattern : lexicon.furniture()) {
      if (pattern.pattern().matcher(body).matches()) {
        return Optional.of(NonContentSpan.of(pattern.kind(), paragraph));
      }
    }
    return Optional.empty();
  }

  /**
   * The paragraphs as {@link Article#paragraphs()} finds them, except that an edge cutting an
   * unpaired surrogate moves inwards (core's method refuses such text).
   */
  private static List<TextSpan> paragraphs(String text) {
    List<TextSpan> paragraphs = new ArrayList<>();
    Matcher m = PARAGRAPH.matcher(text);
    while (m.find()) {
      int start = m.start();
      int end = m.end();
      while (start < end && Character.isLowSurrogate(text.charAt(start))) {
        start++;
      }
      while (end > start && Character.isHighSurrogate(text.charAt(end - 1))) {
        end--;
      }
      if (start < end && !text.substring(start, end).isBlank()) {
        paragraphs.add(TextSpan.in(text, start, end));
      }
    }
    return paragraphs;
  }

  private static boolean hasQuote(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == '“' || c == '"') {
        return true;
      }
    }
    return false;
  }
}
