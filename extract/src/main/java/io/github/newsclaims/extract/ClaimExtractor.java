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
import io.github.newsclaims.core.Polarity;
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
 * with its hedges, quantities ({@link QuantityPhrases}) and time. Cues, their commitments and the
 * hedges come from the shared cue table of the authoring API
 * ({@link io.github.newsclaims.core.authoring.Cues}); page furniture and actor kinds from the
 * resources {@code furniture.tsv} and {@code actor-kinds.tsv} beside this class.
 *
 * <p>Guarantees: thread-safe and reusable; deterministic (the same article gives the same draft);
 * the draft passes every invariant and document rule for any text; its provenance is
 * {@link AnnotationMethod#AUTOMATIC} with the extractor's {@link #name()} and a confidence per claim.
 *
 * @since 0.1.0
 */
public final class ClaimExtractor {
  /**
   * A dateline opening a paragraph: a place in capitals, optionally its region or country and a
   * date, an agency in brackets, then a dash or a colon ("LONDON, Sept 28 (Reuters) –",
   * "GAZA/JERUSALEM (Reuters) -", "CONAKRY —", "KINSHASA, Congo —", "BINGHAMTON, N.Y. -",
   * "KANDAHAR:"). Group 1 ends at the dash or colon.
   */
  private static final Pattern DATELINE = Pattern.compile(
      "(\\p{Lu}[\\p{Lu} ./'’-]{2,40}(?:, \\p{Lu}[\\p{L}.]{1,15}(?: \\p{Lu}[\\p{L}.]{1,15})?)??"
          + "(?:,? \\p{Lu}\\p{L}{2,8}\\.? \\d{1,2})?(?: \\([\\p{L} .]{2,30}\\))? ?[-–—:])\\s+(?=\\p{L}|[“\"])");
  /**
   * A dateline in ordinary capitals, read only at the start of the first paragraph after the
   * headline: a place, optionally its region in brackets or after a comma, then a dash or a colon
   * and a capital ("Yekaterinburg, Russia - US reporter …", "Margao (Goa) [India]: After …").
   */
  private static final Pattern FIRST_DATELINE = Pattern.compile(
      "(\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+){0,2}(?:, \\p{Lu}[\\p{L}.]+(?: \\p{Lu}[\\p{L}.]+)?)?"
          + "(?: \\([^()]{2,30}\\))?(?: \\[[^\\[\\]]{2,30}\\])? ?[-–—:])\\s+(?=\\p{Lu}|[“\"])");
  /** A sentence end that is only an initial or a title ("Dr S. Subramaniam", "Lt. Gen."). */
  private static final Pattern INITIAL_END = Pattern.compile(
      "(?:^|[\\s(])(?:\\p{Lu}|Dr|Mr|Mrs|Ms|Prof|Gen|Lt|Col|Sgt|Capt|Sen|Rep|Gov|St|Jr|Sr|No)\\.\\s*$");
  private static final Pattern CLAUSE_END = Pattern.compile(
      "(?i)(?:,|;|\\b(?:while|but|and|as|whereas|although|though))\\s*$");
  private static final Pattern DESCRIPTION = Pattern.compile("(?i),?\\s+(?:who|which|an?|the)\\b");

  private final Lexicon lexicon;
  private final AttributionFinder finder;
  private final Continuations continuations;
  private final Pattern hedges;
  private final String name;

  private ClaimExtractor(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.finder = new AttributionFinder(lexicon);
    this.continuations = new Continuations(finder, lexicon);
    this.hedges = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])(" + String.join("|",
        lexicon.hedges().stream().map(Pattern::quote).toList()) + ")(?![\\p{L}\\p{N}])");
    String version = Optional.ofNullable(ClaimExtractor.class.getPackage().getImplementationVersion()).orElse("dev");
    this.name = "newsclaims-extract " + version;
  }

  /** {@return the English extractor with the bundled rules} */
  public static ClaimExtractor english() {
    return new ClaimExtractor(Lexicon.english());
  }

  /** {@return the annotator name written into the provenance: {@code "newsclaims-extract <version>"}} */
  public String name() {
    return name;
  }

  /**
   * The draft annotation of {@code article}: its non-content spans plus the furniture found, its
   * actors, and its claims. Never throws for any text.
   *
   * @param article the article to annotate
   * @return its draft annotation
   */
  public AnnotatedArticle extract(Article article) {
    Objects.requireNonNull(article, "article");
    String text = article.getText();
    List<NonContentSpan> furniture = new ArrayList<>(article.getNonContent());
    List<TextSpan> content = new ArrayList<>();
    boolean first = true;
    boolean firstBody = true;
    for (TextSpan paragraph : article.paragraphs()) {
      boolean headline = first && sameWords(paragraph.getText(), article.getHeadline());
      first = false;
      if (!article.isContent(paragraph)) {
        continue;
      }
      Optional<NonContentSpan> found = headline ? Optional.empty() : furniture(article, paragraph);
      if (found.isPresent()) {
        furniture.add(found.get());
        continue;
      }
      // The first paragraph of the story after the headline and any byline may open with a dateline in ordinary capitals.
      boolean openingBody = firstBody && !headline;
      firstBody &= headline;
      Matcher dateline = DATELINE.matcher(paragraph.getText());
      if (!dateline.lookingAt() && openingBody) {
        dateline = FIRST_DATELINE.matcher(paragraph.getText());
      }
      if (dateline.lookingAt() && dateline.end() < paragraph.length()) {
        TextSpan line = TextSpan.in(text, paragraph.getStart(), paragraph.getStart() + dateline.end(1));
        if (article.isContent(line)) {
          furniture.add(NonContentSpan.of(io.github.newsclaims.core.NonContentKind.BYLINE, line));
          int[] rest = Spans.trim(text, paragraph.getStart() + dateline.end(), paragraph.getEnd());
          if (Spans.usable(text, rest[0], paragraph.getEnd())) {
            content.add(TextSpan.in(text, rest[0], paragraph.getEnd()));
          }
          continue;
        }
      }
      content.add(paragraph);
    }
    furniture.sort(Comparator.comparing(NonContentSpan::getSpan));
    Article withFurniture = Article.builder().from(article).nonContent(furniture).build();

    List<QuantityMention> quantities = StoryQuantities.find(text);
    ActorRegistry actors = new ActorRegistry(lexicon.actorKinds());
    List<Claim> claims = new ArrayList<>();
    int[] estimateCount = {0};
    int[] cursor = {0};
    Optional<String> lastQuoted = Optional.empty();
    int[] lastCue = {-1, -1};
    for (TextSpan paragraph : content) {
      for (int[] range : sentences(paragraph.getText())) {
        int from = range[0];
        int to = range[1];
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
        Optional<Found> found = finder.find(text, start, end);
        boolean quote = hasQuote(text, start, end);
        if (found.isEmpty() && opensWithQuote(text, start) && lastQuoted.isPresent()) {
          // The speaker of the last quote goes on: the hop is carried over, its cue that quote's.
          found = Optional.of(new Found(AttributionMode.DIRECT_QUOTE, lastCue[0], lastCue[1], -1, -1, start, end,
              Factuality.CERTAINLY_SO, true));
        }
        if (found.isEmpty()) {
          actors.noticeSubject(text, start, end);
        }
        int sentenceStart = start;
        int split = found.map(f -> clauseBefore(text, sentenceStart, f)).orElse(start);
        int claimStart = found.isPresent() && split > start ? found.get().sourceStart() : start;
        if (split > start) {
          // "The pound fell, while strategists warned that …": the clause before the source is the article's own.
          int[] own = Spans.trim(text, start, split);
          List<Estimate> ownEstimates = estimates(text, quantities, cursor, own[0], own[1], estimateCount);
          claims.add(claim("c" + (claims.size() + 1), text, own[0], own[1], Optional.empty(), ownEstimates, actors,
              lastQuoted));
        }
        int coordination = found.map(f -> coordination(text, f)).orElse(-1);
        if (coordination > claimStart) {
          // "Cooper praised the Goa club and said …": the first verb's clause is the article's own.
          int[] own = Spans.trim(text, claimStart, coordination);
          if (Spans.usable(text, own[0], own[1]) && Spans.hasLetter(text, own[0], own[1])) {
            claims.add(claim("c" + (claims.size() + 1), text, own[0], own[1], Optional.empty(),
                estimates(text, quantities, cursor, own[0], own[1], estimateCount), actors, lastQuoted));
          }
          claimStart = found.get().cueStart();
        }
        int sentenceEnd = end;
        int claimEnd = found.map(f -> descriptionAfter(text, f, sentenceEnd)).orElse(end);
        int regionEnd = claimEnd;
        Optional<Continuations.Continuation> next = found.flatMap(f -> continuations.continuation(text, f, sentenceStart, regionEnd));
        Optional<Found> firstFound = found;
        int firstEnd = claimEnd;
        if (next.isPresent()) {
          // "…, adding that Z" or "…, while three predicted Z": a second attribution ends the first's claim.
          firstEnd = next.get().comma();
          int cut = firstEnd;
          firstFound = found.map(f -> f.contentEnd() > cut && f.contentStart() < cut ? f.withContentEnd(cut) : f);
        }
        List<Estimate> estimates = estimates(text, quantities, cursor, claimStart, firstEnd, estimateCount);
        Claim claim = claim("c" + (claims.size() + 1), text, claimStart, firstEnd, firstFound, estimates, actors,
            lastQuoted);
        if (found.isPresent() && found.get().mode() == AttributionMode.DIRECT_QUOTE) {
          lastQuoted = claim.sources().isEmpty() ? lastQuoted : Optional.of(claim.sources().get(0));
          if (found.get().hasCue() && !found.get().carriedOver()) {
            lastCue[0] = found.get().cueStart();
            lastCue[1] = found.get().cueEnd();
          }
        } else if (!quote) {
          lastQuoted = Optional.empty();
        }
        if (next.isPresent()) {
          claims.add(claim);
          Found second = next.get().found();
          int secondStart = next.get().start();
          claim = claim("c" + (claims.size() + 1), text, secondStart, claimEnd, Optional.of(second),
              estimates(text, quantities, cursor, secondStart, claimEnd, estimateCount), actors, lastQuoted);
        }
        if (claimEnd < end) {
          // The description of a source named after its content ("…,” said David Scade, a driver who …"),
          // attributed to that source when it has a cue of its own ("according to academics who suspect that …").
          claims.add(claim);
          int[] rest = Spans.trim(text, claimEnd, end);
          Optional<Found> relative = found.flatMap(f -> continuations.relative(text, f, rest[0], sentenceEnd));
          claim = claim("c" + (claims.size() + 1), text, rest[0], end, relative,
              estimates(text, quantities, cursor, rest[0], end, estimateCount), actors, lastQuoted);
        }
        claims.add(claim);
      }
    }
    return AnnotatedArticle.builder().article(withFurniture).actors(actors.actors()).claims(claims)
        .provenance(AnnotationProvenance.of(name, AnnotationMethod.AUTOMATIC)).build();
  }

  /**
   * Where the attributed clause of a sentence starts when an own clause of at least four words
   * comes before its source, ending at a comma or a clause word ("…, while India said …"); else the
   * sentence's start.
   */
  private static int clauseBefore(String text, int start, Found found) {
    if (!found.hasSource() || found.sourceStart() <= start || found.contentStart() < found.sourceStart()) {
      return start;
    }
    String before = text.substring(start, found.sourceStart());
    if (Words.words(text, start, found.sourceStart()).size() < 4
        || !CLAUSE_END.matcher(before).find()) {
      return start;
    }
    return found.sourceStart();
  }

  /**
   * Where the own clause ends in "X praised Y and said Z" (the source, then words ending in "and" or
   * "but" before the cue): the start of that conjunction; else -1.
   */
  private static int coordination(String text, Found found) {
    if (!found.hasSource() || !found.hasCue() || found.sourceEnd() >= found.cueStart()) {
      return -1;
    }
    int last = Words.lastOfTwoOrMore(text, found.sourceEnd(), found.cueStart());
    if (last < 0) {
      return -1;
    }
    int end = last;
    while (end < found.cueStart() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    boolean conjunction = end - last == 3
        && (text.regionMatches(true, last, "and", 0, 3) || text.regionMatches(true, last, "but", 0, 3));
    return conjunction ? last : -1;
  }

  /**
   * Where an attributed claim ends when a description of its source follows the source named
   * after the content ("Y,” said X, a driver who …", "Y, according to X, who …"): at the source's
   * end; else {@code end}.
   */
  private static int descriptionAfter(String text, Found found, int end) {
    if (!found.hasSource() || found.sourceStart() < found.contentStart() || found.sourceEnd() < found.cueEnd()) {
      return end;
    }
    int at = found.sourceEnd();
    Matcher m = DESCRIPTION.matcher(text).region(at, end);
    if (!m.lookingAt() || Words.words(text, at, end).size() < 3) {
      return end;
    }
    return at;
  }

  /** The estimates of the quantities inside [start, end); quantities come in text order, the cursor moves on. */
  private static List<Estimate> estimates(String text, List<QuantityMention> quantities, int[] cursor, int start,
      int end, int[] count) {
    while (cursor[0] < quantities.size() && quantities.get(cursor[0]).getSpan().getStart() < start) {
      cursor[0]++;
    }
    List<Estimate> estimates = new ArrayList<>();
    for (int q = cursor[0]; q < quantities.size() && quantities.get(q).getSpan().getStart() < end; q++) {
      QuantityMention mention = quantities.get(q);
      if (mention.getSpan().getEnd() <= end && Figures.figure(text, quantities, q)) {
        count[0]++;
        estimates.add(mention.toEstimate("e" + count[0],
            mention.getCountedNoun().orElse(mention.getSpan().getText())));
      }
    }
    return estimates;
  }

  private Claim claim(String id, String text, int start, int end, Optional<Found> found, List<Estimate> estimates,
      ActorRegistry actors, Optional<String> lastQuoted) {
    List<TextSpan> hedgeSpans = new ArrayList<>();
    Matcher m = hedges.matcher(text).region(start, end);
    while (m.find()) {
      hedgeSpans.add(TextSpan.in(text, m.start(), m.end()));
    }
    Claim.Builder claim = Claim.builder().id(id).addEvidence(TextSpan.in(text, start, end)).hedges(hedgeSpans)
        .estimates(estimates).time(TimeFinder.first(text, start, end));
    double confidence = 0.5;
    String proposition = text.substring(start, end);
    if (found.isPresent()) {
      Found f = found.get();
      Found outer = f;
      List<TextSpan> contentHedges = hedgeSpans.stream()
          .filter(h -> h.getStart() >= outer.contentStart() && h.getEnd() <= outer.contentEnd()
              && !(outer.hasCue() && h.getStart() < outer.cueEnd() && outer.cueStart() < h.getEnd()))
          .toList();
      Attribution.Builder hop = Attribution.builder().mode(f.mode()).commitment(
              f.inner() == null ? weakest(f.commitment(), contentHedges) : f.commitment())
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
        Found inner = f.inner();
        if (inner != null && source.isPresent()) {
          // "X reported that Y said Z": the chain [X, Y], the content Y's.
          Optional<String> innerSource = actors.actorFor(text.substring(inner.sourceStart(), inner.sourceEnd()));
          if (innerSource.isPresent() && !innerSource.equals(source)) {
            claim.addAttribution(Attribution.builder().mode(inner.mode()).commitment(weakest(inner.commitment(),
                    contentHedges))
                .source(innerSource.get()).cue(TextSpan.in(text, inner.cueStart(), inner.cueEnd()))
                .sourceMention(TextSpan.in(text, inner.sourceStart(), inner.sourceEnd())).build());
            f = inner;
          }
        }
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
    // The article's own voice, lowered by its hedges ("could" PS+, "likely" PR+).
    Factuality factuality = weakest(Factuality.CERTAINLY_SO, hedgeSpans);
    if (AttributionFinder.negated(proposition)) {
      factuality = AttributionFinder.flip(factuality);
    }
    return claim.proposition(proposition).kind(estimates.isEmpty() ? ClaimKind.EVENT : ClaimKind.QUANTITY)
        .factuality(factuality).provenance(AnnotationProvenance.of(name, AnnotationMethod.AUTOMATIC, confidence))
        .build();
  }

  /**
   * {@code commitment} lowered by the weakest of the hedges, as the shared cue table rates them
   * ("could" possible, "likely" probable); a negative or unknown commitment is kept.
   */
  static Factuality weakest(Factuality commitment, List<TextSpan> hedges) {
    Factuality result = commitment;
    for (TextSpan hedge : hedges) {
      Optional<Factuality> lowered = Lexicon.hedgeCommitment(hedge.getText());
      if (lowered.isPresent() && result.getPolarity() == Polarity.POSITIVE
          && lowered.get().getCertainty().ordinal() > result.getCertainty().ordinal()
          && lowered.get().getCertainty().ordinal() <= io.github.newsclaims.core.Certainty.POSSIBLE.ordinal()) {
        result = lowered.get();
      }
    }
    return result;
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
   * The sentences of a paragraph as {from, to} offsets, by the JDK's {@link BreakIterator}, a
   * sentence that opens a quotation without closing it joined to the next ones until the
   * quotation closes (a quote of several sentences is one attribution).
   */
  static List<int[]> sentences(String paragraph) {
    BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
    it.setText(paragraph);
    List<int[]> out = new ArrayList<>();
    int from = it.first();
    int open = -1;
    for (int to = it.next(); to != BreakIterator.DONE; from = to, to = it.next()) {
      int start = open >= 0 ? open : from;
      if ((quoteOpen(paragraph, start, to) || INITIAL_END.matcher(paragraph.substring(start, to)).find())
          && to < paragraph.length()) {
        open = start;
        continue;
      }
      open = -1;
      out.add(new int[] {start, to});
    }
    if (open >= 0) {
      out.add(new int[] {open, paragraph.length()});
    }
    return out;
  }

  /** Whether [start, end) leaves a quotation open: a “ without its ”, or an odd number of ". */
  private static boolean quoteOpen(String text, int start, int end) {
    int curly = 0;
    int straight = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == '“') {
        curly++;
      } else if (c == '”') {
        curly = Math.max(0, curly - 1);
      } else if (c == '"') {
        straight++;
      }
    }
    return curly > 0 || straight % 2 == 1;
  }

  private static boolean sameWords(String a, String b) {
    return a.strip().replaceAll("\\s+", " ").equalsIgnoreCase(b.strip().replaceAll("\\s+", " "));
  }

  private static boolean opensWithQuote(String text, int start) {
    char c = text.charAt(start);
    return c == '“' || c == '"';
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
