package io.github.newsclaims.examples;

import static io.github.newsclaims.core.ActorKind.COMPANY;
import static io.github.newsclaims.core.ActorKind.EXPERT_GROUP;
import static io.github.newsclaims.core.ActorKind.GROUP;
import static io.github.newsclaims.core.ActorKind.INTELLIGENCE_AGENCY;
import static io.github.newsclaims.core.ActorKind.MILITARY;
import static io.github.newsclaims.core.ActorKind.PERSON;
import static io.github.newsclaims.core.ActorKind.STATE_MEDIA;
import static io.github.newsclaims.core.ActorKind.UNNAMED_SOURCE;
import static io.github.newsclaims.core.ClaimKind.ABSENCE_OF_EVIDENCE;
import static io.github.newsclaims.core.ClaimKind.ASSESSMENT;
import static io.github.newsclaims.core.ClaimKind.EVENT;
import static io.github.newsclaims.core.ClaimKind.PREDICTION;
import static io.github.newsclaims.core.ClaimKind.QUANTITY;
import static io.github.newsclaims.core.ClaimKind.STATE;
import static io.github.newsclaims.core.ClaimKind.STATEMENT;

import io.github.newsclaims.core.ActorKind;
import io.github.newsclaims.core.AttributionMode;
import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.AnnotationMethod;
import io.github.newsclaims.core.AnnotationProvenance;
import io.github.newsclaims.core.Article;
import io.github.newsclaims.core.Factuality;
import io.github.newsclaims.core.NonContentKind;
import io.github.newsclaims.core.TimeKind;
import io.github.newsclaims.core.Unit;
import io.github.newsclaims.core.authoring.ArticleAnnotator;
import io.github.newsclaims.core.authoring.Figure;
import io.github.newsclaims.core.authoring.Hop;
import io.github.newsclaims.core.authoring.Quote;
import io.github.newsclaims.core.authoring.When;
import java.net.URI;
import java.time.Period;

/**
 * The complete annotation of the seed article "Kim Jong Un Orders Artillery Surge as North Korea
 * Arms Russia", written by quotation with {@link ArticleAnnotator} from the verbatim text: no
 * offset is typed, so a changed text fails loudly, naming the quotation. The conventions it
 * follows — claim granularity, carried-over hops, cue commitments, hedges, estimates, furniture —
 * are explained, with this article as the running example, in {@code docs/annotating.md}. What the
 * article does not give (outlet, URL, date, the year of "In April") stays empty. States and people
 * the article names carry their Wikidata items as {@code sameAs}; the factories are a
 * {@code COMPANY}; the annotation is the maintainers' manual work, and no fact-checker has reviewed
 * its claims.
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
   * @throws io.github.newsclaims.core.authoring.AuthoringException (an {@link IllegalArgumentException})
   *     listing every quotation that is missing or ambiguous in {@code text}
   */
  public static AnnotatedArticle build(String text) {
    String headline = text.substring(0, Math.max(0, text.indexOf('\n')));
    Article article = Article.builder().id(ARTICLE_ID).headline(headline).language("en").text(text).build();
    // Paragraphs 1-3 are one state-media report, introduced once by "according to state media".
    Hop stateMedia = Hop.by("kcna").cue("according to").mention("state media");
    Hop stateMediaCarriedOver = stateMedia.carriedOver();   // paragraphs two and three inherit it
    Hop skEstimates = Hop.by("south-korean-intelligence").cue("estimates")
        .mention(Quote.of("South Korean intelligence").within("South Korean intelligence estimates"));
    Hop analystsSay = Hop.by("analysts").cue("say").mention("Analysts");
    When inApril = When.of(TimeKind.DATE, "In April").month(4);
    When recent = When.of(TimeKind.RELATIVE, "recent");
    return ArticleAnnotator.of(article)
        .provenance(AnnotationProvenance.of("newsclaims maintainers", AnnotationMethod.MANUAL))
        .nonContent(NonContentKind.REPEATED_HEADLINE, Quote.of(headline).occurrence(2))
        .nonContent(NonContentKind.TEASER, "READ ALSO: Colombia Arrests 217 Gulf Clan Members Amid Cartel Violence "
            + "and Police Killings")
        .nonContent(NonContentKind.ADVERTISEMENT, "- Advertisement -")
        .actor("north-korea", ActorKind.STATE, "North Korea", "Pyongyang").sameAs(wikidata("Q423"))
        .actor("russia", ActorKind.STATE, "Russia", "Moscow").sameAs(wikidata("Q159"))
        .actor("ukraine", ActorKind.STATE, "Ukraine").sameAs(wikidata("Q212"))
        // Named only through the adjective in "South Korean intelligence"; kept for the affiliation.
        .actor("south-korea", ActorKind.STATE, "South Korea").sameAs(wikidata("Q884"))
        .actor("kcna", STATE_MEDIA, "Korean Central News Agency", "KCNA", "state media").affiliation("north-korea")
        .actor("kim-jong-un", PERSON, "Kim Jong Un", "Kim").affiliation("north-korea").sameAs(wikidata("Q56226"))
        .actor("vladimir-putin", PERSON, "Vladimir Putin", "Putin").affiliation("russia")
        .sameAs(wikidata("Q7747"))
        .actor("military-factories", COMPANY, "military factories").affiliation("north-korea")
        .actor("north-korean-troops", MILITARY, "North Korean soldiers", "troops").affiliation("north-korea")
        .actor("russian-forces", MILITARY, "Russian forces").affiliation("russia")
        .actor("ukrainian-forces", MILITARY, "Ukrainian forces").affiliation("ukraine")
        .actor("south-korean-intelligence", INTELLIGENCE_AGENCY, "South Korean intelligence")
        .affiliation("south-korea")
        .actor("growing-reports", UNNAMED_SOURCE, "growing reports")
        .actor("analysts", EXPERT_GROUP, "Analysts")
        .actor("experts", EXPERT_GROUP, "experts")
        .actor("civilian-workers", GROUP, "civilian workers").affiliation("north-korea")
        // Headline: the article's own voice.
        .claim("c1", STATEMENT, "Kim Jong Un has ordered a surge in North Korea's artillery production.")
        .evidence(Quote.of("Kim Jong Un Orders Artillery Surge").occurrence(1)).about("kim-jong-un")
        .claim("c2", EVENT, "North Korea is supplying Russia with arms.")
        .evidence(Quote.of("North Korea Arms Russia").occurrence(1)).about("north-korea", "russia")
        // Paragraph 1.
        .claim("c3", STATEMENT,
            "Kim Jong Un is urging North Korea's military factories to increase artillery shell production.")
        .evidence("North Korean leader Kim Jong Un is urging his military factories to ramp up artillery shell "
            + "production, according to state media")
        .hop(stateMedia).about("kim-jong-un", "military-factories").elaborates("c1")
        .claim("c4", EVENT, "North Korea is deepening its controversial support for Russia's war in Ukraine.")
        .evidence("Pyongyang deepens its controversial support for Russia’s war in Ukraine")
        .about("north-korea", "russia", "ukraine")
        // Paragraph 2 (still the state-media report).
        .claim("c5", EVENT, "Kim Jong Un recently visited weapons and machinery factories that were not identified.")
        .evidence("During recent visits to undisclosed weapons and machinery factories")
        .hop(stateMediaCarriedOver).time(recent).about("kim-jong-un")
        .claim("c6", STATEMENT, "During those visits Kim Jong Un praised efforts to raise artillery output.")
        .evidence("Kim praised efforts").hop(stateMediaCarriedOver).time(recent).about("kim-jong-un").elaborates("c5")
        .claim("c7", QUANTITY, "Those efforts doubled North Korea's annual artillery output.")
        .evidence("efforts that reportedly doubled the country’s annual artillery output")
        .hop(Hop.unnamed().cue("reportedly").mode(AttributionMode.UNNAMED_HEARSAY).hedge("reportedly"))
        .estimate("e-output-doubled", "doubled", "North Korea's annual artillery output, relative to before the efforts")
        .time(When.of(TimeKind.RECURRING, "annual").period(Period.ofYears(1)))
        .about("north-korea").elaborates("c6")
        // Paragraph 3 (still the state-media report).
        .claim("c8", STATEMENT, "Kim Jong Un encouraged a further expansion of artillery production.")
        .evidence("He encouraged further expansion").hop(stateMediaCarriedOver).about("kim-jong-un").elaborates("c3")
        .claim("c9", ASSESSMENT, "Artillery production is critical to enhancing North Korea's combat readiness.")
        .evidence("calling artillery production “critical” to enhancing North Korea’s combat readiness")
        .hop(stateMediaCarriedOver)
        .hop(Hop.by("kim-jong-un").cue("calling").mention(Quote.of("He").within("He encouraged further expansion")))
        .about("north-korea").elaborates("c8")
        .claim("c10", STATEMENT, "Kim Jong Un ordered the development of more advanced machinery to keep up with demand.")
        .evidence("He also ordered the development of more advanced machinery to keep up with demand")
        .hop(stateMediaCarriedOver).about("kim-jong-un").elaborates("c3")
        // Paragraph 4.
        .claim("c11", ABSENCE_OF_EVIDENCE, "KCNA's report did not directly reference North Korea's support for Russia.")
        .evidence("The official Korean Central News Agency (KCNA) did not directly reference North Korea’s support "
            + "for Russia")
        .about("kcna", "north-korea", "russia")
        .claim("c12", STATE, "Kim Jong Un's remarks come at a time of growing reports that North "
            + "Korea is sending arms and troops to aid Russia.")
        .evidence("the timing of the remarks comes amid growing reports of Pyongyang sending arms and troops to aid "
            + "Moscow")
        .about("kim-jong-un", "north-korea", "russia")
        .claim("c13", EVENT, "North Korea is sending arms and troops to aid Russia.")
        .evidence("growing reports of Pyongyang sending arms and troops to aid Moscow")
        .hearsay("growing-reports", "growing reports").about("north-korea", "russia", "north-korean-troops")
        .supports("c2")
        // Paragraph 5: South Korean intelligence's estimate.
        .claim("c14", QUANTITY, "About 15,000 North Korean soldiers are now in Russia.")
        .evidence("South Korean intelligence estimates that about 15,000 North Korean soldiers are now in Russia")
        .hop(skEstimates).estimate("e-soldiers", "about 15,000", "North Korean soldiers in Russia")
        .time(When.of(TimeKind.PRESENT, "now")).place("Russia", Quote.of("Russia"), wikidata("Q159"))
        .about("north-korean-troops", "russia").supports("c13")
        .claim("c15", QUANTITY, "Nearly a third of the North Korean soldiers in Russia have been killed or injured "
            + "in combat against Ukrainian forces.")
        .evidence("nearly a third of them either killed or injured in combat against Ukrainian forces")
        .hop(skEstimates)
        .estimate(Figure.of("e-casualty-fraction", "nearly a third", "share of the North Korean soldiers in Russia "
            + "killed or injured in combat against Ukrainian forces").relativeTo("e-soldiers"))
        .about("north-korean-troops", "ukrainian-forces").elaborates("c14")
        // The casualty figure the article implies but does not state: computed, in a claim of its own.
        .claim("c16", QUANTITY, "From about 4,050 to under 5,500 North Korean soldiers have been killed or injured "
            + "in combat against Ukrainian forces (nearly a third of about 15,000; computed, not stated).")
        .evidence("nearly a third of them either killed or injured in combat against Ukrainian forces",
            "about 15,000 North Korean soldiers")
        .hop(skEstimates)
        .share("e-casualties", "North Korean soldiers killed or injured in combat against Ukrainian forces",
            Unit.count("soldiers killed or injured"), "e-casualty-fraction", "e-soldiers")
        .about("north-korean-troops", "ukrainian-forces").derivedFrom("c15", "c14")
        // Paragraph 8 (after the repeated headline and the teaser).
        .claim("c17", STATEMENT, "In April North Korea acknowledged, for the first time, that it has troops in Russia.")
        .evidence("In April, North Korea acknowledged its troop presence for the first time")
        .time(inApril).about("north-korea")
        .claim("c18", STATE, "North Korean troops are present in Russia.")
        .evidence("North Korea acknowledged its troop presence")
        .hop(Hop.by("north-korea").cue("acknowledged").at(inApril))   // factive: the article presupposes it
        .about("north-korean-troops", "russia").supports("c14").reports("c17")
        .claim("c19", EVENT, "North Korean troops helped Russian forces retake territory in the Kursk region.")
        .evidence("stating they had helped Russian forces retake territory in the Kursk region")
        .hop(Hop.by("north-korea").cue("stating").at(inApril)
            .mention(Quote.of("North Korea").within("North Korea acknowledged its troop presence")))
        .place("Kursk region", "the Kursk region").about("north-korean-troops", "russian-forces").elaborates("c18")
        // Paragraph 9.
        .claim("c20", STATEMENT, "Russian President Vladimir Putin has thanked North Korea for its involvement.")
        .evidence("Russian President Vladimir Putin has thanked North Korea for its involvement")
        .about("vladimir-putin", "north-korea").supports("c4")
        .claim("c21", ASSESSMENT,
            "Putin's thanks signal a closer alliance between North Korea and Russia, two isolated regimes.")
        .evidence("signalling a closer alliance between the two isolated regimes")
        .about("north-korea", "russia").elaborates("c20")
        // Paragraph 10.
        .claim("c22", ASSESSMENT, "North Korea's acknowledgement of its troops is part of a strategy to solidify "
            + "long-term ties with Russia in exchange for military technology.")
        .evidence("Analysts say North Korea’s acknowledgement is part of a strategy to solidify long-term ties with "
            + "Moscow in exchange for military technology")
        .hop(analystsSay).about("north-korea", "russia").elaborates("c17")
        .claim("c23", PREDICTION, "The military technology North Korea receives in exchange includes drones, air "
            + "defense systems and satellite know-how.")
        .evidence("potentially including drones, air defense systems, and satellite know-how")
        .hop(analystsSay.hedge("potentially")).about("russia", "north-korea").elaborates("c22")
        // Paragraph 11.
        .claim("c24", PREDICTION, "Such support will dramatically increase the threat posed by Kim Jong Un's "
            + "nuclear arsenal.")
        .evidence("Such support could dramatically increase the threat posed by Kim’s already formidable nuclear "
            + "arsenal")
        .hedge("could").about("kim-jong-un", "north-korea", "russia").elaborates("c22")
        .claim("c25", ASSESSMENT, "Kim Jong Un's nuclear arsenal is already formidable.")
        .evidence("Kim’s already formidable nuclear arsenal").about("kim-jong-un", "north-korea")
        // Paragraph 12: "suggests" read as PR+, parallel to the same agency's "estimates".
        .claim("c26", EVENT, "North Korea has sent thousands of civilian workers to Russia under the guise of "
            + "industrial cooperation, further tightening bilateral ties.")
        .evidence("South Korean intelligence also suggests that Pyongyang has sent thousands of civilian workers to "
            + "Russia under the guise of industrial cooperation, further tightening bilateral ties")
        .hop(Hop.by("south-korean-intelligence").cue("suggests").commitment(Factuality.PROBABLY_SO).hedge("suggests"))
        .estimate("e-civilian-workers", "thousands", "North Korean civilian workers sent to Russia")
        .about("north-korea", "civilian-workers", "russia").supports("c21")
        // Paragraph 13.
        .claim("c27", ABSENCE_OF_EVIDENCE, "There is no clear evidence of direct cash payments from Russia to North "
            + "Korea.")
        .evidence("there’s no clear evidence of direct cash payments from Russia").about("russia", "north-korea")
        .claim("c28", QUANTITY, "The military equipment and technology transferred (from Russia to North Korea, as "
            + "the contrast with cash payments implies) is worth billions of US dollars.")
        .evidence("experts believe the value of military equipment and tech transfers could run into billions of "
            + "dollars")
        .hop(Hop.by("experts").cue("believe").mode(AttributionMode.INDIRECT).hedge("could"))
        .estimate("e-tech-value", "billions of dollars", "value of military equipment and technology transfers")
        .about("russia", "north-korea").elaborates("c22").contrasts("c27")
        .build();
  }

  private static URI wikidata(String item) {
    return URI.create("http://www.wikidata.org/entity/" + item);
  }
}
