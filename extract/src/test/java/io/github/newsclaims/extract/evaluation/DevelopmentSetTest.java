package io.github.newsclaims.extract.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.Article;
import io.github.newsclaims.extract.ClaimExtractor;
import io.github.newsclaims.json.NewsClaimsJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The extractor and the regex baseline on the development set ({@code devset/README.md}): each
 * part's figures must not drop below what the extractor reached when this test was written (they
 * are in the README), and the extractor must beat the baseline.
 */
class DevelopmentSetTest {
  static final List<String> TUNE = List.of("imf-moodys-uk-policy", "uk-petrol-pumps-dry", "south-asia-quake-toll",
      "guinea-opposition-fraud", "replication-citations-study", "malaysia-zika-cases", "congo-ebola-worst",
      "gershkovich-espionage-sentence", "roger-stone-sentenced", "anole-lizards-rebreathing", "mali-army-death-toll",
      "russia-inflation-expectations", "jamshedpur-cooper-goa-loss", "afghan-airstrikes-helmand",
      "sri-lanka-rates-poll", "un-plastics-zero-tolerance", "hamas-israel-rockets", "afghanistan-quake-920",
      "zambia-cholera-vubwi", "malawi-rigging-denial", "fed-inflation-survey", "thailand-flash-floods",
      "pakistan-matani-ambush", "india-rbi-rate-hike", "ring-sentencing-retaliation", "uganda-ebola-mubende",
      "fc-goa-pena-odisha", "ngwevu-dinosaur-species", "bangladesh-opposition-rejects-poll");
  static final List<String> HELD_OUT = List.of("philippines-cebu-quake", "pakistan-balochistan-base-attack",
      "us-jobless-rate-1969-low", "conrad-black-sentenced", "bangladesh-dengue-fivefold", "rizwan-pakistan-series-win",
      "dickinsonia-oldest-animal", "georgia-parliament-seats");

  private static final ClaimExtractor EXTRACTOR = ClaimExtractor.english();
  private static final RegexBaseline BASELINE = new RegexBaseline();

  /**
   * The reference annotations of a part: each draft resolved into a {@code newsclaims/1} document
   * ({@code <id>.json} beside {@code <id>.draft.json}; {@code DraftsTest} keeps the two equal).
   */
  static List<AnnotatedArticle> part(String directory, List<String> ids) {
    List<AnnotatedArticle> articles = new ArrayList<>();
    for (String id : ids) {
      String resource = "/io/github/newsclaims/extract/devset/" + directory + "/" + id + ".json";
      try (InputStream in = DevelopmentSetTest.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("missing " + resource);
        }
        articles.add(NewsClaimsJson.read(in));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return articles;
  }

  /** The article as the extractor gets it: the text alone, without the reference's furniture. */
  static Article raw(AnnotatedArticle reference) {
    return Article.builder().from(reference.getArticle()).nonContent(List.of()).build();
  }

  static DraftScore score(List<AnnotatedArticle> references, Function<Article, AnnotatedArticle> drafter) {
    DraftScore total = DraftScore.zero();
    for (AnnotatedArticle reference : references) {
      total = total.plus(DraftScorer.score(reference, drafter.apply(raw(reference))));
    }
    return total;
  }

  @Test
  void theSetIsWhatItsReadmeSays() {
    List<AnnotatedArticle> tune = part("tune", TUNE);
    List<AnnotatedArticle> heldOut = part("heldout", HELD_OUT);
    assertEquals(294, tune.stream().mapToInt(a -> a.getClaims().size()).sum());
    assertEquals(77, heldOut.stream().mapToInt(a -> a.getClaims().size()).sum());
    for (AnnotatedArticle a : concat(tune, heldOut)) {
      assertTrue(a.getArticle().getUrl().isPresent(), a.getArticle().getId());
      assertTrue(a.getArticle().getText().startsWith(a.getArticle().getHeadline() + "\n"), a.getArticle().getId());
    }
  }

  private static List<AnnotatedArticle> concat(List<AnnotatedArticle> a, List<AnnotatedArticle> b) {
    List<AnnotatedArticle> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  @Test
  void tunedPart() {
    DraftScore x = score(part("tune", TUNE), EXTRACTOR::extract);
    DraftScore b = score(part("tune", TUNE), BASELINE::extract);
    System.out.println("tune     extractor " + x + "\ntune     baseline  " + b);
    atLeast(TUNED_FLOOR, x);
    assertTrue(x.attributionF1() > b.attributionF1() && x.quantityF1() > b.quantityF1(), x + " vs " + b);
  }

  @Test
  void heldOutPart() {
    DraftScore x = score(part("heldout", HELD_OUT), EXTRACTOR::extract);
    DraftScore b = score(part("heldout", HELD_OUT), BASELINE::extract);
    System.out.println("held out extractor " + x + "\nheld out baseline  " + b);
    atLeast(HELD_OUT_FLOOR, x);
    assertTrue(x.attributionF1() > b.attributionF1() && x.quantityF1() > b.quantityF1(), x + " vs " + b);
  }

  /**
   * What the extractor reached, rounded down to three places: attribution F1, source accuracy,
   * quantity F1, claim coverage. Raise them when the extractor gets better; never lower them to
   * let a change through. The tune part is the 29 articles of session 6; the held-out part (eight
   * articles of session 6, annotated and committed before the extractor ran on them, scored once
   * on the rules of session 6 at commit 2472710) meets issue 20's attribution F1 (0.75), source
   * accuracy (0.8) and quantity F1 (0.9) targets: see the README.
   */
  private static final double[] TUNED_FLOOR = {0.893, 0.975, 0.963, 1.0};
  private static final double[] HELD_OUT_FLOOR = {0.813, 1.0, 0.959, 1.0};

  private static void atLeast(double[] floor, DraftScore score) {
    double[] reached = {score.attributionF1(), score.sourceAccuracy(), score.quantityF1(), score.claimCoverage()};
    String[] names = {"attribution F1", "source accuracy", "quantity F1", "claim coverage"};
    for (int i = 0; i < floor.length; i++) {
      assertTrue(reached[i] >= floor[i] - 1e-9, names[i] + " dropped to " + reached[i] + " below " + floor[i]
          + ": " + score);
    }
  }
}
