package io.github.newsclaims.examples;

import static io.github.newsclaims.core.AttributionMode.ACCORDING_TO;
import static io.github.newsclaims.core.AttributionMode.INDIRECT;
import static io.github.newsclaims.core.AttributionMode.PARTIAL_QUOTE;
import static io.github.newsclaims.core.AttributionMode.UNNAMED_HEARSAY;
import static io.github.newsclaims.core.ClaimRelationKind.CONTRASTS;
import static io.github.newsclaims.core.ClaimRelationKind.DERIVED_FROM;
import static io.github.newsclaims.core.ClaimRelationKind.ELABORATES;
import static io.github.newsclaims.core.ClaimRelationKind.REPORTS;
import static io.github.newsclaims.core.ClaimRelationKind.SUPPORTS;
import static io.github.newsclaims.core.Factuality.CERTAIN;
import static io.github.newsclaims.core.Factuality.POSSIBLE;
import static io.github.newsclaims.core.Factuality.PROBABLE;
import static io.github.newsclaims.core.Factuality.UNDERSPECIFIED;

import io.github.newsclaims.core.Actor;
import io.github.newsclaims.core.ActorKind;
import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.AnnotationMethod;
import io.github.newsclaims.core.AnnotationProvenance;
import io.github.newsclaims.core.Approximator;
import io.github.newsclaims.core.Article;
import io.github.newsclaims.core.Attribution;
import io.github.newsclaims.core.AttributionMode;
import io.github.newsclaims.core.Claim;
import io.github.newsclaims.core.ClaimKind;
import io.github.newsclaims.core.ClaimRelation;
import io.github.newsclaims.core.ClaimRelationKind;
import io.github.newsclaims.core.Estimate;
import io.github.newsclaims.core.Estimates;
import io.github.newsclaims.core.Factuality;
import io.github.newsclaims.core.Interval;
import io.github.newsclaims.core.NonContentKind;
import io.github.newsclaims.core.NonContentSpan;
import io.github.newsclaims.core.Place;
import io.github.newsclaims.core.TextSpan;
import io.github.newsclaims.core.TimeKind;
import io.github.newsclaims.core.TimeReference;
import io.github.newsclaims.core.Unit;
import java.net.URI;
import java.time.Period;
import java.util.List;

/**
 * The complete annotation of the seed article "Kim Jong Un Orders Artillery Surge as North Korea
 * Arms Russia", built from its verbatim text. Every offset is computed by locating a quotation in
 * the text ({@link TextSpan#find}); none is typed by hand, so the annotation breaks loudly (with an
 * {@link IllegalArgumentException} naming the quotation) rather than silently if the text changes.
 *
 * <p>What the article does not give — outlet, URL, publication date, the year of "In April" —
 * stays empty.
 *
 * <h2>Conventions</h2>
 *
 * <p><b>Author factuality ({@link Claim#getFactuality()}).</b> It is the article's own commitment
 * (FactBank's AUTHOR value) and follows one mechanical rule:
 * <ul>
 *   <li>a claim with an <em>empty</em> attribution chain is in the article's own voice; its
 *       factuality is how firmly the article states it — CT+ for plain assertions (including the
 *       headline, evaluations such as "controversial" and presuppositions such as "Kim’s already
 *       formidable nuclear arsenal"), PS+ where the article itself hedges with a modal ("Such
 *       support could …");</li>
 *   <li>a claim with a non-empty chain is reported content, and the author stays
 *       {@link Factuality#UNDERSPECIFIED Uu} — <em>even</em> when the article says something
 *       similar in its own voice elsewhere (the headline "North Korea Arms Russia" versus the
 *       "growing reports" of arms and troops). The article's own voice is recorded once, in its
 *       own authorial claim, and linked to the reported one by a {@code SUPPORTS}/{@code
 *       ELABORATES} relation instead of being copied into the reported claim's factuality;</li>
 *   <li>the single exception is a <em>factive</em> cue, which makes the article presuppose the
 *       content: "North Korea <em>acknowledged</em> its troop presence" (c18) is CT+ for the author
 *       as well as for North Korea. "stating" (c19) is not factive and stays Uu.</li>
 * </ul>
 *
 * <p><b>Attribution chains</b> run outermost first. Commitments per hop follow the cue:
 * "according to", "say", "acknowledged", "stating", "calling" → CT+; "estimates" → PR+;
 * "suggests" → PR+ (not PS+: in intelligence reporting "suggests" presents an assessment the
 * source leans to, and the article puts it in parallel with the same agency's "estimates" —
 * "also suggests"); "believe" → PR+, lowered to PS+ by the "could" inside the belief (c28);
 * analysts' "potentially" likewise lowers their commitment to PS+ (c23). A modal is never kept in
 * the proposition: the proposition is stated plainly, and the modal word goes to whoever voices
 * it, lowering that voice's commitment — into the claim's {@link Claim#getHedges() hedges} when it is
 * the article's own (the "could" of c24), into the hop's {@link Attribution#getHedges() hedges}
 * when it is a source's (the experts' "could" in c28, the analysts' "potentially" in c23, South
 * Korean intelligence's "suggests" in c26, which is cue and hedge at once). "reportedly" is an
 * {@code UNNAMED_HEARSAY} hop without a source, and the hedge of that hop: the unnamed reports state
 * the doubling as fact (CT+); the word marks the article's distance from them.
 *
 * <p><b>Source mentions.</b> Where the text names the source of a hop, the hop's
 * {@code sourceMention} points at those words: "state media", "South Korean intelligence",
 * "Analysts", "experts", "North Korea", and "He" for Kim's partial quote (the pronoun is the
 * mention the sentence has). Faceless hearsay ("reportedly") and the "growing reports", whose cue
 * already is the whole mention, have none.
 *
 * <p><b>Carried-over attribution.</b> Paragraphs two and three continue the state-media report
 * that paragraph one introduces with "according to state media" (paragraph four confirms it: KCNA
 * "did not directly reference …", "the timing of the remarks"). Their claims carry the KCNA hop
 * marked {@link Attribution#isCarriedOver() carried over}, its mention and cue the paragraph-one
 * spans "state media" and "according to". Kim's own words ("calling artillery production
 * “critical”") nest one level deeper: [KCNA, Kim].
 *
 * <p><b>Speech acts.</b> Directive and expressive speech acts with no truth-evaluable content
 * (urging, praising, encouraging, ordering, thanking) are claims of kind {@code STATEMENT}, their
 * chain naming who reports them. Assertive speech acts are annotated by their content, with the
 * speaker as the innermost hop. The acknowledgement in April is both: an authorial
 * {@code STATEMENT} (c17, the first-time acknowledgement is news in itself and the analysts
 * comment on it) and its content (c18, chain [North Korea]).
 *
 * <p><b>Negation and absence.</b> What the article says is <em>not said</em> or <em>not
 * evidenced</em> is a claim of kind {@code ABSENCE_OF_EVIDENCE} whose proposition states the
 * absence positively, CT+ in the article's voice: KCNA "did not directly reference" the support
 * (c11) and "no clear evidence of direct cash payments" (c27). Writing the latter as CT− on "Russia
 * made direct cash payments" would turn a lack of evidence into a denial, which the article does
 * not make; {@link io.github.newsclaims.core.Polarity#NEGATIVE NEGATIVE} polarity is kept for
 * denials, and the article contains none.
 *
 * <p><b>Estimates.</b> A phrase span covers the number words and their approximator, not the
 * counted noun ("about 15,000", "nearly a third", "thousands"); for money it includes the currency
 * words, which fix the unit ("billions of dollars"). Intervals are the ones the phrase parser uses
 * by default: "about 15,000" ±10 % = {@code [13500, 16500]}; "nearly a third" {@code [0.3, 1/3)};
 * "thousands" {@code [2000, 10000)} (at least two thousand, below ten thousand); "billions of
 * dollars" {@code [2e9, 1e10)} (like "thousands": at least two of the unit, below the next order of magnitude); "doubled" the multiplier point {@code [2, 2]}. The
 * casualty figure that "nearly a third of them" implies lives in its <em>own</em> claim (c16, kind
 * {@code QUANTITY}, {@code DERIVED_FROM} the fraction claim c15 and the head-count claim c14) so that
 * what the article states and what the annotator computed stay apart; its estimate is
 * {@code DERIVED} from both estimates, its interval the product {@code [0.3 × 13500, 1/3 × 16500) =
 * [4050, 5500)}, and its chain is South Korean intelligence's, since their figures entail it.
 *
 * <p><b>Times.</b> A claim's {@code time} is when it holds or happened ("recent" visits, "now",
 * "annual" output, "In April" for the acknowledgement); a hop's {@code time} is when the source
 * spoke ("In April" for "acknowledged" and "stating"). "In April" has no year: month 4, unresolved.
 * "long-term" qualifies the ties, not a time, and is not annotated as one.
 *
 * <p><b>Relations between speech and content.</b> The content of North Korea's acknowledgement
 * (c18) {@code REPORTS} the acknowledgement (c17); the experts' billions (c28) {@code CONTRASTS} the
 * missing evidence of cash payments (c27), as "While …" sets them against each other.
 *
 * <p><b>Places.</b> A claim's {@code place} is where it holds or happened, when the text says:
 * Russia for the soldiers "in Russia" (c14), the Kursk region for the territory retaken (c19).
 *
 * <p><b>Identity and provenance.</b> States and people the article names carry their Wikidata items
 * as {@code sameAs}. The factories are a {@code COMPANY} (enterprises, state-owned or not). The
 * annotation is the newsclaims maintainers' manual work. No fact-checker has reviewed the
 * article's claims, so no claim has reviews.
 *
 * <p><b>Page furniture.</b> The second printing of the headline, the "READ ALSO" teaser (with its
 * "217", which is another story's number) and "- Advertisement -" are non-content and carry no
 * claims. The headline at offset 0 is content: c1 and c2 are its claims.
 */
public final class SeedAnnotation {
  /** The article id. */
  public static final String ARTICLE_ID = "kim-jong-un-artillery-surge";

  /** Where the verbatim text lies on the classpath. */
  public static final String RESOURCE = "/io/github/newsclaims/examples/kim-jong-un-artillery-surge.txt";

  private SeedAnnotation() {}

  /**
   * The whole annotation of the seed article.
   *
   * @param text the verbatim article text, as in {@link #RESOURCE}
   * @throws IllegalArgumentException if a quotation the annotation points at is missing or ambiguous
   */
  public static AnnotatedArticle build(String text) {
    return new Annotator(text).annotate();
  }

  /** Locates quotations in one text and assembles the annotation. */
  private static final class Annotator {
    private final String text;
    private final TextSpan headline;

    Annotator(String text) {
      this.text = text;
      int endOfLine = text.indexOf('\n');
      if (endOfLine <= 0) {
        throw new IllegalArgumentException("the article text must start with a headline line");
      }
      this.headline = TextSpan.in(text, 0, endOfLine);
    }

    /** The only occurrence of {@code quote} in the text. */
    TextSpan span(String quote) {
      TextSpan found = TextSpan.find(text, quote);
      if (text.indexOf(quote, found.getStart() + 1) >= 0) {
        throw new IllegalArgumentException("quote \"" + quote + "\" occurs more than once; locate it within a span");
      }
      return found;
    }

    /** The first occurrence of {@code quote} inside {@code outer}. */
    TextSpan within(TextSpan outer, String quote) {
      TextSpan found = TextSpan.find(text, quote, outer.getStart());
      if (!outer.contains(found)) {
        throw new IllegalArgumentException("quote \"" + quote + "\" does not occur inside " + outer);
      }
      return found;
    }

    /** From the start of {@code quote} (which occurs once) to the end of its line. */
    TextSpan line(String quote) {
      int start = span(quote).getStart();
      int end = text.indexOf('\n', start);
      return TextSpan.in(text, start, end < 0 ? text.length() : end);
    }

    static Attribution hop(String source, TextSpan cue, AttributionMode mode, Factuality commitment) {
      return Attribution.builder().source(source).cue(cue).mode(mode).commitment(commitment).build();
    }

    /** A hop whose source the text names at {@code mention}. */
    static Attribution hop(String source, TextSpan mention, TextSpan cue, AttributionMode mode, Factuality commitment) {
      return Attribution.builder().source(source).sourceMention(mention).cue(cue).mode(mode).commitment(commitment)
          .build();
    }

    /** A hop whose source the text names at {@code mention}, speaking at {@code time}. */
    static Attribution hop(String source, TextSpan mention, TextSpan cue, AttributionMode mode, Factuality commitment,
        TimeReference time) {
      return Attribution.builder().source(source).sourceMention(mention).cue(cue).mode(mode).commitment(commitment)
          .time(time).build();
    }

    static ClaimRelation rel(ClaimRelationKind kind, String target) {
      return ClaimRelation.of(kind, target);
    }

    static Claim.Builder claim(String id, ClaimKind kind, String proposition, TextSpan... evidence) {
      return Claim.builder().id(id).kind(kind).proposition(proposition).addEvidence(evidence);
    }

    AnnotatedArticle annotate() {
      return AnnotatedArticle.builder()
          .article(article())
          .addAllActors(actors())
          .addAllClaims(claims())
          .provenance(AnnotationProvenance.of("newsclaims maintainers", AnnotationMethod.MANUAL))
          .build();
    }

    private Article article() {
      TextSpan repeatedHeadline = TextSpan.find(text, headline.getText(), headline.getEnd());
      return Article.builder()
          .id(ARTICLE_ID)
          .headline(headline.getText())
          .language("en")
          .text(text)
          .addNonContent(NonContentSpan.of(NonContentKind.REPEATED_HEADLINE, repeatedHeadline))
          .addNonContent(NonContentSpan.of(NonContentKind.TEASER, line("READ ALSO:")))
          .addNonContent(NonContentSpan.of(NonContentKind.ADVERTISEMENT, span("- Advertisement -")))
          .build();
    }

    private static List<Actor> actors() {
      return List.of(
          wikidata(actor("north-korea", "North Korea", ActorKind.STATE, null, "Pyongyang"), "Q423"),
          wikidata(actor("russia", "Russia", ActorKind.STATE, null, "Moscow"), "Q159"),
          wikidata(actor("ukraine", "Ukraine", ActorKind.STATE, null), "Q212"),
          // Named only through the adjective in "South Korean intelligence"; kept for the affiliation.
          wikidata(actor("south-korea", "South Korea", ActorKind.STATE, null), "Q884"),
          actor("kcna", "Korean Central News Agency", ActorKind.STATE_MEDIA, "north-korea", "KCNA", "state media"),
          wikidata(actor("kim-jong-un", "Kim Jong Un", ActorKind.PERSON, "north-korea", "Kim"), "Q56226"),
          wikidata(actor("vladimir-putin", "Vladimir Putin", ActorKind.PERSON, "russia", "Putin"), "Q7747"),
          actor("military-factories", "military factories", ActorKind.COMPANY, "north-korea"),
          actor("north-korean-troops", "North Korean soldiers", ActorKind.MILITARY, "north-korea", "troops"),
          actor("russian-forces", "Russian forces", ActorKind.MILITARY, "russia"),
          actor("ukrainian-forces", "Ukrainian forces", ActorKind.MILITARY, "ukraine"),
          actor("south-korean-intelligence", "South Korean intelligence", ActorKind.INTELLIGENCE_AGENCY,
              "south-korea"),
          actor("growing-reports", "growing reports", ActorKind.UNNAMED_SOURCE, null),
          actor("analysts", "Analysts", ActorKind.EXPERT_GROUP, null),
          actor("experts", "experts", ActorKind.EXPERT_GROUP, null),
          actor("civilian-workers", "civilian workers", ActorKind.GROUP, "north-korea"));
    }

    /** The actor with its Wikidata item as {@code sameAs}. */
    private static Actor wikidata(Actor actor, String item) {
      return Actor.builder().from(actor).addSameAs(URI.create("http://www.wikidata.org/entity/" + item)).build();
    }

    private static Actor actor(String id, String name, ActorKind kind, String affiliation, String... aliases) {
      Actor.Builder builder = Actor.builder().id(id).name(name).kind(kind).addAliases(aliases);
      if (affiliation != null) {
        builder.affiliation(affiliation);
      }
      return builder.build();
    }

    private List<Claim> claims() {
      // --- Headline: the article's own voice, without the body's attribution.
      TextSpan ordersSurge = within(headline, "Kim Jong Un Orders Artillery Surge");
      TextSpan armsRussia = within(headline, "North Korea Arms Russia");

      // --- Paragraph 1.
      TextSpan urging = span("North Korean leader Kim Jong Un is urging his military factories to ramp up "
          + "artillery shell production, according to state media");
      Attribution stateMedia = hop("kcna", within(urging, "state media"), within(urging, "according to"), ACCORDING_TO, CERTAIN);
      // Paragraphs two and three inherit it.
      Attribution stateMediaCarriedOver = Attribution.builder().from(stateMedia).carriedOver(true).build();
      TextSpan deepens = span("Pyongyang deepens its controversial support for Russia’s war in Ukraine");

      // --- Paragraph 2 (still the state-media report).
      TextSpan visits = span("During recent visits to undisclosed weapons and machinery factories");
      TimeReference recent = TimeReference.builder().kind(TimeKind.RELATIVE).expression(within(visits, "recent"))
          .build();
      TextSpan praised = span("Kim praised efforts");
      TextSpan doubled = span("efforts that reportedly doubled the country’s annual artillery output");
      TextSpan reportedly = within(doubled, "reportedly");

      // --- Paragraph 3 (still the state-media report).
      TextSpan encouraged = span("He encouraged further expansion");
      TextSpan critical = span("calling artillery production “critical” to enhancing North Korea’s combat readiness");
      TextSpan machinery = span("He also ordered the development of more advanced machinery to keep up with demand");

      // --- Paragraph 4.
      TextSpan noReference = span("The official Korean Central News Agency (KCNA) did not directly reference "
          + "North Korea’s support for Russia");
      TextSpan timing = span("the timing of the remarks comes amid growing reports of Pyongyang sending arms "
          + "and troops to aid Moscow");
      TextSpan reports = within(timing, "growing reports of Pyongyang sending arms and troops to aid Moscow");

      // --- Paragraph 5: South Korean intelligence's estimate.
      TextSpan soldiers = span("South Korean intelligence estimates that about 15,000 North Korean soldiers are now "
          + "in Russia");
      Attribution skEstimates = hop("south-korean-intelligence", within(soldiers, "South Korean intelligence"),
          within(soldiers, "estimates"), INDIRECT, PROBABLE);
      TextSpan casualties = span("nearly a third of them either killed or injured in combat against Ukrainian forces");

      Estimate eSoldiers = Estimate.builder()
          .id("e-soldiers")
          .measure("North Korean soldiers in Russia")
          .unit(Unit.count("soldiers"))
          .phrase(within(soldiers, "about 15,000"))
          .approximator(Approximator.ABOUT)
          .statedValue(15000)
          .interval(Interval.closed(13500, 16500))
          .build();
      Estimate eFraction = Estimate.builder()
          .id("e-casualty-fraction")
          .measure("share of the North Korean soldiers in Russia killed or injured in combat against Ukrainian forces")
          .unit(Unit.fraction())
          .phrase(within(casualties, "nearly a third"))
          .approximator(Approximator.NEARLY)
          .statedValue(1.0 / 3)
          .interval(Interval.closedOpen(0.3, 1.0 / 3))
          .relativeTo(eSoldiers.getId())
          .build();
      Estimate eCasualties = Estimates.share("e-casualties",
          "North Korean soldiers killed or injured in combat against Ukrainian forces",
          Unit.count("soldiers killed or injured"), eFraction, eSoldiers);

      // --- Paragraph 8 (after the repeated headline and the teaser).
      TextSpan acknowledgement = span("In April, North Korea acknowledged its troop presence for the first time");
      TimeReference inApril = TimeReference.builder().kind(TimeKind.DATE).month(4)
          .expression(within(acknowledgement, "In April")).build();
      TextSpan presence = within(acknowledgement, "North Korea acknowledged its troop presence");
      TextSpan kursk = span("stating they had helped Russian forces retake territory in the Kursk region");

      // --- Paragraph 9.
      TextSpan thanked = span("Russian President Vladimir Putin has thanked North Korea for its involvement");
      TextSpan signalling = span("signalling a closer alliance between the two isolated regimes");

      // --- Paragraph 10.
      TextSpan strategy = span("Analysts say North Korea’s acknowledgement is part of a strategy to solidify "
          + "long-term ties with Moscow in exchange for military technology");
      TextSpan analystsSay = within(strategy, "say");
      TextSpan including = span("potentially including drones, air defense systems, and satellite know-how");

      // --- Paragraph 11.
      TextSpan threat = span("Such support could dramatically increase the threat posed by Kim’s already formidable "
          + "nuclear arsenal");
      TextSpan arsenal = within(threat, "Kim’s already formidable nuclear arsenal");

      // --- Paragraph 12.
      TextSpan workers = span("South Korean intelligence also suggests that Pyongyang has sent thousands of civilian "
          + "workers to Russia under the guise of industrial cooperation, further tightening bilateral ties");

      // --- Paragraph 13.
      TextSpan noCash = span("there’s no clear evidence of direct cash payments from Russia");
      TextSpan billions = span("experts believe the value of military equipment and tech transfers could run into "
          + "billions of dollars");

      return List.of(
          claim("c1", ClaimKind.STATEMENT,
              "Kim Jong Un has ordered a surge in North Korea's artillery production.", ordersSurge)
              .factuality(CERTAIN)
              .addAbout("kim-jong-un")
              .build(),
          claim("c2", ClaimKind.EVENT, "North Korea is supplying Russia with arms.", armsRussia)
              .factuality(CERTAIN)
              .addAbout("north-korea", "russia")
              .build(),
          claim("c3", ClaimKind.STATEMENT,
              "Kim Jong Un is urging North Korea's military factories to increase artillery shell production.",
              urging)
              .addAttribution(stateMedia)
              .factuality(UNDERSPECIFIED)
              .addAbout("kim-jong-un", "military-factories")
              .addRelations(rel(ELABORATES, "c1"))
              .build(),
          claim("c4", ClaimKind.EVENT,
              "North Korea is deepening its controversial support for Russia's war in Ukraine.",
              deepens)
              .factuality(CERTAIN)
              .addAbout("north-korea", "russia", "ukraine")
              .build(),
          claim("c5", ClaimKind.EVENT,
              "Kim Jong Un recently visited weapons and machinery factories that were not identified.", visits)
              .addAttribution(stateMediaCarriedOver)
              .factuality(UNDERSPECIFIED)
              .time(recent)
              .addAbout("kim-jong-un")
              .build(),
          claim("c6", ClaimKind.STATEMENT,
              "During those visits Kim Jong Un praised efforts to raise artillery output.", praised)
              .addAttribution(stateMediaCarriedOver)
              .factuality(UNDERSPECIFIED)
              .time(recent)
              .addAbout("kim-jong-un")
              .addRelations(rel(ELABORATES, "c5"))
              .build(),
          claim("c7", ClaimKind.QUANTITY, "Those efforts doubled North Korea's annual artillery output.", doubled)
              .addAttribution(Attribution.builder().cue(reportedly).mode(UNNAMED_HEARSAY).commitment(CERTAIN)
                  .addHedges(reportedly).build())
              .factuality(UNDERSPECIFIED)
              .addEstimates(Estimate.builder()
                  .id("e-output-doubled")
                  .measure("North Korea's annual artillery output, relative to before the efforts")
                  .unit(Unit.multiplier())
                  .phrase(within(doubled, "doubled"))
                  .approximator(Approximator.RELATIVE_CHANGE)
                  .statedValue(2)
                  .interval(Interval.point(2))
                  .build())
              .time(TimeReference.builder().kind(TimeKind.RECURRING).period(Period.ofYears(1))
                  .expression(within(doubled, "annual")).build())
              .addAbout("north-korea")
              .addRelations(rel(ELABORATES, "c6"))
              .build(),
          claim("c8", ClaimKind.STATEMENT, "Kim Jong Un encouraged a further expansion of artillery production.",
              encouraged)
              .addAttribution(stateMediaCarriedOver)
              .factuality(UNDERSPECIFIED)
              .addAbout("kim-jong-un")
              .addRelations(rel(ELABORATES, "c3"))
              .build(),
          claim("c9", ClaimKind.ASSESSMENT,
              "Artillery production is critical to enhancing North Korea's combat readiness.", critical)
              .addAttribution(stateMediaCarriedOver)
              .addAttribution(hop("kim-jong-un", within(encouraged, "He"), within(critical, "calling"), PARTIAL_QUOTE,
                  CERTAIN))
              .factuality(UNDERSPECIFIED)
              .addAbout("north-korea")
              .addRelations(rel(ELABORATES, "c8"))
              .build(),
          claim("c10", ClaimKind.STATEMENT,
              "Kim Jong Un ordered the development of more advanced machinery to keep up with demand.", machinery)
              .addAttribution(stateMediaCarriedOver)
              .factuality(UNDERSPECIFIED)
              .addAbout("kim-jong-un")
              .addRelations(rel(ELABORATES, "c3"))
              .build(),
          claim("c11", ClaimKind.ABSENCE_OF_EVIDENCE,
              "KCNA's report did not directly reference North Korea's support for Russia.", noReference)
              .factuality(CERTAIN)
              .addAbout("kcna", "north-korea", "russia")
              .build(),
          claim("c12", ClaimKind.STATE,
              "Kim Jong Un's remarks come at a time of growing reports that North Korea is sending arms and troops "
                  + "to aid Russia.", timing)
              .factuality(CERTAIN)
              .addAbout("kim-jong-un", "north-korea", "russia")
              .build(),
          claim("c13", ClaimKind.EVENT, "North Korea is sending arms and troops to aid Russia.", reports)
              .addAttribution(hop("growing-reports", within(reports, "growing reports"), UNNAMED_HEARSAY, CERTAIN))
              .factuality(UNDERSPECIFIED)
              .addAbout("north-korea", "russia", "north-korean-troops")
              .addRelations(rel(SUPPORTS, "c2"))
              .build(),
          claim("c14", ClaimKind.QUANTITY, "About 15,000 North Korean soldiers are now in Russia.", soldiers)
              .addAttribution(skEstimates)
              .factuality(UNDERSPECIFIED)
              .addEstimates(eSoldiers)
              .time(TimeReference.builder().kind(TimeKind.PRESENT).expression(within(soldiers, "now")).build())
              .place(Place.builder().name("Russia").mention(within(soldiers, "Russia"))
                  .addSameAs(URI.create("http://www.wikidata.org/entity/Q159")).build())
              .addAbout("north-korean-troops", "russia")
              .addRelations(rel(SUPPORTS, "c13"))
              .build(),
          claim("c15", ClaimKind.QUANTITY,
              "Nearly a third of the North Korean soldiers in Russia have been killed or injured in combat against "
                  + "Ukrainian forces.", casualties)
              .addAttribution(skEstimates)
              .factuality(UNDERSPECIFIED)
              .addEstimates(eFraction)
              .addAbout("north-korean-troops", "ukrainian-forces")
              .addRelations(rel(ELABORATES, "c14"))
              .build(),
          claim("c16", ClaimKind.QUANTITY,
              "From about 4,050 to under 5,500 North Korean soldiers have been killed or injured in combat against "
                  + "Ukrainian forces (nearly a third of about 15,000; computed, not stated).",
              casualties, within(soldiers, "about 15,000 North Korean soldiers"))
              .addAttribution(skEstimates)
              .factuality(UNDERSPECIFIED)
              .addEstimates(eCasualties)
              .addAbout("north-korean-troops", "ukrainian-forces")
              .addRelations(rel(DERIVED_FROM, "c15"), rel(DERIVED_FROM, "c14"))
              .build(),
          claim("c17", ClaimKind.STATEMENT,
              "In April North Korea acknowledged, for the first time, that it has troops in Russia.",
              acknowledgement)
              .factuality(CERTAIN)
              .time(inApril)
              .addAbout("north-korea")
              .build(),
          claim("c18", ClaimKind.STATE, "North Korean troops are present in Russia.", presence)
              .addAttribution(hop("north-korea", within(presence, "North Korea"), within(presence, "acknowledged"), INDIRECT,
                  CERTAIN, inApril))
              // "acknowledged" is factive: the article presupposes the presence.
              .factuality(CERTAIN)
              .addAbout("north-korean-troops", "russia")
              .addRelations(rel(SUPPORTS, "c14"), rel(REPORTS, "c17"))
              .build(),
          claim("c19", ClaimKind.EVENT,
              "North Korean troops helped Russian forces retake territory in the Kursk region.", kursk)
              .addAttribution(hop("north-korea", within(presence, "North Korea"), within(kursk, "stating"), INDIRECT, CERTAIN,
                  inApril))
              .factuality(UNDERSPECIFIED)
              .place(Place.builder().name("Kursk region").mention(within(kursk, "the Kursk region")).build())
              .addAbout("north-korean-troops", "russian-forces")
              .addRelations(rel(ELABORATES, "c18"))
              .build(),
          claim("c20", ClaimKind.STATEMENT,
              "Russian President Vladimir Putin has thanked North Korea for its involvement.", thanked)
              .factuality(CERTAIN)
              .addAbout("vladimir-putin", "north-korea")
              .addRelations(rel(SUPPORTS, "c4"))
              .build(),
          claim("c21", ClaimKind.ASSESSMENT,
              "Putin's thanks signal a closer alliance between North Korea and Russia, two isolated regimes.",
              signalling)
              .factuality(CERTAIN)
              .addAbout("north-korea", "russia")
              .addRelations(rel(ELABORATES, "c20"))
              .build(),
          claim("c22", ClaimKind.ASSESSMENT,
              "North Korea's acknowledgement of its troops is part of a strategy to solidify long-term ties with "
                  + "Russia in exchange for military technology.", strategy)
              .addAttribution(hop("analysts", within(strategy, "Analysts"), analystsSay, INDIRECT, CERTAIN))
              .factuality(UNDERSPECIFIED)
              .addAbout("north-korea", "russia")
              .addRelations(rel(ELABORATES, "c17"))
              .build(),
          claim("c23", ClaimKind.PREDICTION,
              "The military technology North Korea receives in exchange includes drones, air defense systems and "
                  + "satellite know-how.", including)
              .addAttribution(Attribution.builder().from(hop("analysts", within(strategy, "Analysts"), analystsSay,
                  INDIRECT, POSSIBLE)).addHedges(within(including, "potentially")).build())
              .factuality(UNDERSPECIFIED)
              .addAbout("russia", "north-korea")
              .addRelations(rel(ELABORATES, "c22"))
              .build(),
          claim("c24", ClaimKind.PREDICTION,
              "Such support will dramatically increase the threat posed by Kim Jong Un's nuclear arsenal.", threat)
              .factuality(POSSIBLE)
              .addHedges(within(threat, "could"))
              .addAbout("kim-jong-un", "north-korea", "russia")
              .addRelations(rel(ELABORATES, "c22"))
              .build(),
          claim("c25", ClaimKind.ASSESSMENT, "Kim Jong Un's nuclear arsenal is already formidable.", arsenal)
              .factuality(CERTAIN)
              .addAbout("kim-jong-un", "north-korea")
              .build(),
          claim("c26", ClaimKind.EVENT,
              "North Korea has sent thousands of civilian workers to Russia under the guise of industrial "
                  + "cooperation, further tightening bilateral ties.", workers)
              .addAttribution(Attribution.builder().from(hop("south-korean-intelligence",
                  within(workers, "South Korean intelligence"), within(workers, "suggests"), INDIRECT, PROBABLE))
                  .addHedges(within(workers, "suggests")).build())
              .factuality(UNDERSPECIFIED)
              .addEstimates(Estimate.builder()
                  .id("e-civilian-workers")
                  .measure("North Korean civilian workers sent to Russia")
                  .unit(Unit.count("civilian workers"))
                  .phrase(within(workers, "thousands"))
                  .approximator(Approximator.ORDER_OF_MAGNITUDE)
                  // "thousands": at least two thousand, below ten thousand.
                  .interval(Interval.closedOpen(2000, 10000))
                  .build())
              .addAbout("north-korea", "civilian-workers", "russia")
              .addRelations(rel(SUPPORTS, "c21"))
              .build(),
          claim("c27", ClaimKind.ABSENCE_OF_EVIDENCE,
              "There is no clear evidence of direct cash payments from Russia to North Korea.", noCash)
              .factuality(CERTAIN)
              .addAbout("russia", "north-korea")
              .build(),
          claim("c28", ClaimKind.QUANTITY,
              "The military equipment and technology transferred (from Russia to North Korea, as the contrast with "
                  + "cash payments implies) is worth billions of US dollars.", billions)
              .addAttribution(Attribution.builder().from(hop("experts", within(billions, "experts"),
                  within(billions, "believe"), INDIRECT, POSSIBLE)).addHedges(within(billions, "could")).build())
              .factuality(UNDERSPECIFIED)
              .addEstimates(Estimate.builder()
                  .id("e-tech-value")
                  .measure("value of military equipment and technology transfers")
                  .unit(Unit.currency("USD"))
                  .phrase(within(billions, "billions of dollars"))
                  .approximator(Approximator.ORDER_OF_MAGNITUDE)
                  .interval(Interval.closedOpen(2e9, 1e10))
                  .build())
              .addAbout("russia", "north-korea")
              .addRelations(rel(ELABORATES, "c22"), rel(CONTRASTS, "c27"))
              .build());
    }
  }
}
