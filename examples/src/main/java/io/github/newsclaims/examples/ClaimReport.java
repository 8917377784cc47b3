package io.github.newsclaims.examples;

import io.github.newsclaims.core.Actor;
import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.AnnotationProvenance;
import io.github.newsclaims.core.Article;
import io.github.newsclaims.core.Attribution;
import io.github.newsclaims.core.Certainty;
import io.github.newsclaims.core.Claim;
import io.github.newsclaims.core.ClaimReview;
import io.github.newsclaims.core.Estimate;
import io.github.newsclaims.core.Factuality;
import io.github.newsclaims.core.Interval;
import io.github.newsclaims.core.Place;
import io.github.newsclaims.core.Polarity;
import io.github.newsclaims.core.Rating;
import io.github.newsclaims.core.TextSpan;
import io.github.newsclaims.core.TimeReference;
import io.github.newsclaims.json.NewsClaimsJson;
import io.github.newsclaims.json.NewsClaimsJsonException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Renders an {@link AnnotatedArticle} as a plain-text report for a terminal: who annotated it;
 * each claim with its key, attribution chain (with each hop's hedges and whether it is carried over),
 * certainty, hedges, estimates, time, place and fact-checkers' reviews; the actors with their
 * external ids; then a summary by source of how many claims each source makes and how firmly.
 *
 * @since 0.1.0
 */
public final class ClaimReport {
  private static final String ARTICLE_VOICE = "the article itself";
  private static final int WIDTH = 100;

  private ClaimReport() {}

  /**
   * Prints the report of the bundled fixture, or of the newsclaims JSON document at the path given
   * as the only argument. Bad input ends with a one-line error on standard error and exit status 1;
   * a wrong command line with exit status 2.
   *
   * @param args nothing, or the path of an annotated-article JSON file
   */
  public static void main(String[] args) {
    Command.main(args, ClaimReport::run);
  }

  /**
   * Runs the report as {@link #main} does, printing to the given streams.
   *
   * @return the exit status: 0 done, 1 bad input, 2 bad command line
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length > 1) {
      err.println("usage: ClaimReport [annotated-article.json]");
      return 2;
    }
    AnnotatedArticle annotated;
    if (args.length == 0) {
      annotated = ArticleFixtures.kimJongUnArtillerySurge();
    } else {
      try {
        annotated = load(Path.of(args[0]));
      } catch (InvalidPathException | IOException | UncheckedIOException | NewsClaimsJsonException e) {
        err.println("claim report: " + args[0] + ": " + oneLine(e));
        return 1;
      } catch (OutOfMemoryError e) {
        err.println("claim report: " + args[0] + ": " + OUT_OF_MEMORY);
        return 1;
      }
    }
    String report;
    try {
      report = render(annotated);
    } catch (OutOfMemoryError e) {
      err.println("claim report: " + OUT_OF_MEMORY);
      return 1;
    }
    out.print(report);
    out.flush();
    return 0;
  }

  private static final String OUT_OF_MEMORY =
      "not enough memory for this document; give the JVM a larger heap (-Xmx)";

  /**
   * Reads an annotated article from a newsclaims JSON file.
   *
   * @throws NoSuchFileException if there is no such file
   * @throws IOException if it cannot be read
   * @throws NewsClaimsJsonException if it is not a valid newsclaims document
   */
  static AnnotatedArticle load(Path file) throws IOException {
    // Bytes, not a Reader: the JSON reader reports malformed UTF-8 as a problem of the document.
    try (InputStream in = Files.newInputStream(file)) {
      return NewsClaimsJson.read(in);
    }
  }

  /** The gist of an error in one line: the file problem, or the document's problems joined. */
  static String oneLine(Exception e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof UncheckedIOException unchecked) {
      return oneLine(unchecked.getCause());
    }
    if (e instanceof FileSystemException fileSystem) {
      // The JDK's message is often just the file name again; say what kind of failure it was.
      return fileSystem.getReason() != null ? fileSystem.getReason()
          : "cannot read it (" + fileSystem.getClass().getSimpleName() + ")";
    }
    if (e instanceof NewsClaimsJsonException json) {
      List<String> lines = json.getMessage().lines().toList();
      return String.join("; ", lines);
    }
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.lines().findFirst().orElse(message);
  }

  /**
   * Appends the whole report to {@code out} — a {@code StringBuilder}, a {@code Writer}, a
   * {@code PrintStream} — lines separated by {@code \n}. For a downstream project's own articles.
   *
   * @param annotated the annotated article to report on
   * @param out where the report is appended
   * @throws UncheckedIOException if {@code out} fails
   */
  public static void render(AnnotatedArticle annotated, Appendable out) {
    String report = render(annotated);
    try {
      out.append(report);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The whole report, lines separated by {@code \n}.
   *
   * @param annotated the annotated article to report on
   * @return the report
   */
  public static String render(AnnotatedArticle annotated) {
    StringBuilder out = new StringBuilder();
    header(annotated, out);
    for (Claim claim : annotated.getClaims()) {
      claim(annotated, claim, out);
    }
    actors(annotated, out);
    summary(annotated, out);
    return out.toString();
  }

  private static void header(AnnotatedArticle annotated, StringBuilder out) {
    Article article = annotated.getArticle();
    out.append(article.getHeadline()).append('\n');
    out.append("=".repeat(Math.min(WIDTH, article.getHeadline().length()))).append('\n');
    out.append("id ").append(article.getId())
        .append(" · language ").append(article.getLanguage())
        .append(" · outlet ").append(article.getOutlet().orElse("not given"))
        .append(" · published ").append(article.getPublicationDate().map(Object::toString).orElse("not given"))
        .append('\n');
    out.append(annotated.getClaims().size()).append(" claims · ")
        .append(annotated.getActors().size()).append(" actors · ")
        .append(annotated.estimates().size()).append(" estimates · ")
        .append(article.getNonContent().size()).append(" non-content spans\n");
    out.append("annotated by ").append(annotated.getProvenance().map(ClaimReport::provenance).orElse("not given"))
        .append('\n');
  }

  private static String provenance(AnnotationProvenance provenance) {
    return provenance.getAnnotator() + " (" + label(provenance.getMethod().name())
        + (provenance.getConfidence().isPresent() ? ", confidence " + provenance.getConfidence().getAsDouble() : "") + ")";
  }

  private static void claim(AnnotatedArticle annotated, Claim claim, StringBuilder out) {
    out.append('\n').append(claim.getId()).append("  ").append(label(claim.getKind().name()).toUpperCase(Locale.ROOT))
        .append("  ").append(claim.getProposition()).append('\n');
    claim.getKey().ifPresent(key -> row(out, "key", key));
    for (TextSpan evidence : claim.getEvidence()) {
      row(out, "text", "“" + shorten(evidence.getText()) + "” " + range(evidence));
    }
    row(out, "source", chain(annotated, claim));
    row(out, "article", describe(claim.getFactuality()));
    if (!claim.getHedges().isEmpty()) {
      row(out, "hedges", claim.getHedges().stream().map(span -> "\"" + span.getText() + "\"")
          .collect(Collectors.joining(", ")));
    }
    for (Estimate estimate : claim.getEstimates()) {
      row(out, "estimate", estimate(annotated, estimate));
    }
    claim.getTime().ifPresent(time -> row(out, "time", time(time)));
    claim.getPlace().ifPresent(place -> row(out, "place", place(place)));
    if (!claim.getAbout().isEmpty()) {
      row(out, "about", claim.getAbout().stream().map(id -> name(annotated, id)).collect(Collectors.joining(", ")));
    }
    if (!claim.getRelations().isEmpty()) {
      row(out, "relations", claim.getRelations().stream().map(Object::toString).collect(Collectors.joining(", ")));
    }
    for (ClaimReview review : claim.getReviews()) {
      row(out, "review", review(annotated, review));
    }
    claim.getProvenance().ifPresent(provenance -> row(out, "annotated", provenance(provenance)));
  }

  private static String place(Place place) {
    StringBuilder text = new StringBuilder(place.getName());
    place.getMention().ifPresent(mention -> text.append(" (\"").append(mention.getText()).append("\" ")
        .append(range(mention)).append(')'));
    place.wikidataId().ifPresent(id -> text.append(" · Wikidata ").append(id));
    return text.toString();
  }

  private static String review(AnnotatedArticle annotated, ClaimReview review) {
    Rating rating = review.getRating();
    StringBuilder text = new StringBuilder(name(annotated, review.getReviewer())).append(": \"")
        .append(rating.getLabel()).append('"');
    rating.getValue().ifPresent(value -> text.append(" (").append(Interval.format(value)).append(" from ")
        .append(Interval.format(rating.getWorst().orElseThrow())).append(" worst to ")
        .append(Interval.format(rating.getBest().orElseThrow())).append(" best)"));
    review.getDate().ifPresent(date -> text.append(", ").append(date));
    text.append(", ").append(review.getUrl());
    review.getSummary().ifPresent(summary -> text.append(" — ").append(summary));
    return text.toString();
  }

  private static String chain(AnnotatedArticle annotated, Claim claim) {
    if (claim.getAttribution().isEmpty()) {
      return ARTICLE_VOICE;
    }
    StringBuilder chain = new StringBuilder(ARTICLE_VOICE);
    for (Attribution hop : claim.getAttribution()) {
      chain.append(" → ").append(hop.getSource().map(id -> name(annotated, id)).orElse("unnamed"))
          .append(" (").append(label(hop.getMode().name()));
      hop.getCue().ifPresent(cue -> chain.append(" \"").append(cue.getText()).append('"'));
      chain.append(", ").append(describe(hop.getCommitment()));
      hop.getTime().ifPresent(time -> chain.append(", ").append(time(time)));
      if (!hop.getHedges().isEmpty()) {
        chain.append(", hedged ").append(hop.getHedges().stream().map(span -> "\"" + span.getText() + "\"")
            .collect(Collectors.joining(", ")));
      }
      if (hop.isCarriedOver()) {
        chain.append(", carried over");
      }
      chain.append(')');
    }
    return chain.toString();
  }

  private static String estimate(AnnotatedArticle annotated, Estimate estimate) {
    StringBuilder text = new StringBuilder();
    text.append(estimate.getId()).append(": ");
    estimate.getPhrase().ifPresent(phrase -> text.append('"').append(phrase.getText()).append("\" "));
    text.append(label(estimate.getApproximator().name())).append(' ').append(estimate.getInterval())
        .append(' ').append(estimate.getUnit()).append(" — ").append(estimate.getMeasure());
    estimate.getRelativeTo().ifPresent(id -> text.append("; of ").append(id)
        .append(annotated.estimate(id).map(of -> " " + of.getInterval()).orElse("")));
    if (estimate.isDerived()) {
      text.append("; derived from ").append(estimate.getDerivedFrom().stream()
          .map(id -> id + annotated.estimate(id).map(input -> " " + input.getInterval() + " " + input.getUnit())
              .orElse(" (missing)"))
          .collect(Collectors.joining(" and ")));
    }
    return text.toString();
  }

  private static String time(TimeReference time) {
    StringBuilder text = new StringBuilder(time.getExpression().map(span -> "\"" + span.getText() + "\" ").orElse(""));
    text.append(label(time.getKind().name()));
    time.getMonth().ifPresent(month -> text.append(", month ").append(month));
    if (time.getYear().isPresent()) {
      text.append(", year ").append(time.getYear().getAsInt());
    } else if (time.getKind() == io.github.newsclaims.core.TimeKind.DATE) {
      text.append(", year unresolved");
    }
    time.getPeriod().ifPresent(period -> text.append(", every ").append(period));
    return text.toString();
  }

  private static void actors(AnnotatedArticle annotated, StringBuilder out) {
    out.append("\nActors\n");
    for (Actor actor : annotated.getActors()) {
      StringBuilder text = new StringBuilder(actor.getName()).append(" (").append(label(actor.getKind().name()));
      actor.getAffiliation().ifPresent(id -> text.append(", of ").append(name(annotated, id)));
      text.append(')');
      actor.wikidataId().ifPresent(id -> text.append(" · Wikidata ").append(id));
      // Other identifiers in full; the Wikidata item is shown by its id.
      actor.getSameAs().stream().filter(uri -> uri.getHost() == null || !uri.getHost().endsWith("wikidata.org"))
          .forEach(uri -> text.append(" · ").append(uri));
      out.append(String.format(Locale.ROOT, "    %-26s %s\n", actor.getId(), text));
    }
  }

  private static void summary(AnnotatedArticle annotated, StringBuilder out) {
    Map<String, int[]> bySource = new LinkedHashMap<>();
    bySource.put(ARTICLE_VOICE, new int[5]);
    for (Claim claim : annotated.getClaims()) {
      if (claim.isAuthorial()) {
        count(bySource, ARTICLE_VOICE, claim.getFactuality());
      }
      for (Attribution hop : claim.getAttribution()) {
        String source = hop.getSource().map(id -> name(annotated, id)).orElse("unnamed hearsay");
        count(bySource, source, hop.getCommitment());
      }
    }
    out.append("\nSummary by source (claims made, by the source's commitment)\n");
    String format = "%-36s %6s %8s %8s %8s %8s %8s\n";
    out.append(String.format(Locale.ROOT, format, "source", "claims", "certain", "probable", "possible",
        "negated", "unknown"));
    bySource.forEach((source, counts) -> {
      int total = counts[0] + counts[1] + counts[2] + counts[3] + counts[4];
      if (total > 0) {
        out.append(String.format(Locale.ROOT, format, shorten(source, 36), total, counts[0], counts[1], counts[2],
            counts[3], counts[4]));
      }
    });
  }

  /** Counts a commitment as certain, probable, possible (all positive), negated, or unknown. */
  private static void count(Map<String, int[]> bySource, String source, Factuality value) {
    int column;
    if (value.getPolarity() == Polarity.NEGATIVE) {
      column = 3;
    } else if (value.getPolarity() == Polarity.UNKNOWN) {
      column = 4;
    } else {
      column = value.getCertainty() == Certainty.CERTAIN ? 0 : value.getCertainty() == Certainty.PROBABLE ? 1 : 2;
    }
    bySource.computeIfAbsent(source, key -> new int[5])[column]++;
  }

  private static String describe(Factuality value) {
    String polarity = switch (value.getPolarity()) {
      case POSITIVE -> "";
      case NEGATIVE -> " not";
      case UNKNOWN -> " (polarity unknown)";
    };
    String band = value.getLikelihood().map(likelihood -> " (" + label(likelihood.name()) + ")").orElse("");
    return label(value.getCertainty().name()) + polarity + " [" + value.factBankCode() + band + "]";
  }

  private static String name(AnnotatedArticle annotated, String actorId) {
    return annotated.actor(actorId).map(Actor::getName).orElse(actorId + " (unknown actor)");
  }

  private static void row(StringBuilder out, String label, String value) {
    out.append(String.format(Locale.ROOT, "    %-9s %s\n", label, value));
  }

  private static String label(String enumName) {
    return enumName.toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static String range(TextSpan span) {
    return "[" + span.getStart() + ", " + span.getEnd() + ")";
  }

  private static String shorten(String text) {
    return shorten(text.replace('\n', ' '), 80);
  }

  private static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
