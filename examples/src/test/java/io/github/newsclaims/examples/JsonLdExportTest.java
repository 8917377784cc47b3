package io.github.newsclaims.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.Claim;
import io.github.newsclaims.jsonld.Anchoring;
import io.github.newsclaims.jsonld.ImportedAnnotations;
import io.github.newsclaims.jsonld.NewsClaimsJsonLd;
import io.github.newsclaims.jsonld.checks.OfflineJsonLd;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fixture's three JSON-LD exports, as the command writes them, read by Jena offline and checked with SHACL. */
class JsonLdExportTest {
  private static final AnnotatedArticle FIXTURE = ArticleFixtures.kimJongUnArtillerySurge();
  private static final String SHAPES = "/io/github/newsclaims/jsonld/shapes/";

  @TempDir
  Path dir;

  @Test
  void theCommandWritesTheThreeExportsOfTheFixture() throws IOException {
    Run run = run(dir.resolve("out").toString());
    assertEquals(0, run.status, run.err);
    assertEquals(NewsClaimsJsonLd.schemaOrg(FIXTURE), Files.readString(dir.resolve("out/schema-org.jsonld")));
    assertEquals(NewsClaimsJsonLd.webAnnotations(FIXTURE), Files.readString(dir.resolve("out/web-annotations.jsonld")));
    assertEquals(NewsClaimsJsonLd.prov(FIXTURE), Files.readString(dir.resolve("out/prov.jsonld")));
    assertEquals(3, run.out.lines().filter(line -> line.startsWith("wrote ")).count(), run.out);
  }

  @Test
  void theCommandExportsANewsclaimsJsonFile() throws IOException {
    Path input = Files.writeString(dir.resolve("article.json"), ArticleFixtures.kimJongUnArtillerySurgeJson());
    Run run = run(dir.resolve("out").toString(), input.toString());
    assertEquals(0, run.status, run.err);
    assertEquals(NewsClaimsJsonLd.prov(FIXTURE), Files.readString(dir.resolve("out/prov.jsonld")));
  }

  @Test
  void badInputWritesNothingAndSaysWhy() throws IOException {
    Path input = Files.writeString(dir.resolve("bad.json"), "{\"format\": \"newsclaims/1\"}");
    Run run = run(dir.resolve("out").toString(), input.toString());
    assertEquals(1, run.status);
    assertTrue(run.err.startsWith("json-ld export: " + input + ": "), run.err);
    assertFalse(Files.exists(dir.resolve("out")));
    assertEquals(2, run(new String[0]).status);
  }

  @Test
  void theSchemaOrgExportParsesOfflineAndMeetsTheShapes() {
    Model model = OfflineJsonLd.parse(NewsClaimsJsonLd.schemaOrg(FIXTURE));
    assertEquals(List.of(), OfflineJsonLd.violations(OfflineJsonLd.shapes(SHAPES + "schema-org.ttl"), model.getGraph()));
    assertEquals(FIXTURE.getClaims().size(), count(model, "SELECT (COUNT(?c) AS ?n) { ?c a schema:Claim ; schema:text ?t }"));
    assertEquals(1, count(model, "SELECT (COUNT(*) AS ?n) { ?c a schema:Claim ; schema:author ?kim . ?kim a schema:Person ; "
        + "schema:name \"Kim Jong Un\" . ?c schema:text \"Artillery production is critical to enhancing North Korea's combat readiness.\" }"));
  }

  @Test
  void theWebAnnotationsParseOfflineMeetTheMustsAndComeBackOntoTheText() {
    String json = NewsClaimsJsonLd.webAnnotations(FIXTURE);
    Model model = OfflineJsonLd.parse(json);
    assertEquals(List.of(), OfflineJsonLd.violations(OfflineJsonLd.shapes(SHAPES + "web-annotation.ttl"), model.getGraph()));
    long hedges = FIXTURE.getClaims().stream().mapToLong(claim -> claim.getHedges().size()).sum();
    long phrases = FIXTURE.estimates().stream().filter(estimate -> estimate.getPhrase().isPresent()).count();
    assertEquals(FIXTURE.getClaims().size() + hedges + phrases, count(model, "SELECT (COUNT(?a) AS ?n) { ?a a oa:Annotation }"));

    ImportedAnnotations imported = NewsClaimsJsonLd.readWebAnnotations(json, FIXTURE.getArticle());
    assertEquals(List.of(), imported.lost());
    assertTrue(imported.anchored().stream().allMatch(a -> a.anchoring() == Anchoring.POSITION));
    for (Claim claim : FIXTURE.getClaims()) {
      assertEquals(claim.getEvidence(), imported.evidence(claim.getId()), claim.getId());
    }
  }

  @Test
  void theProvExportParsesOfflineAndMeetsTheShapes() {
    Model model = OfflineJsonLd.parse(NewsClaimsJsonLd.prov(FIXTURE));
    assertEquals(List.of(), OfflineJsonLd.violations(OfflineJsonLd.shapes(SHAPES + "prov.ttl"), model.getGraph()));
    // KCNA speaks for North Korea; "critical" is Kim's partial quote, passed on by state media.
    assertEquals(1, count(model, "SELECT (COUNT(*) AS ?n) { ?kcna rdfs:label \"Korean Central News Agency\" ; "
        + "prov:actedOnBehalfOf/rdfs:label \"North Korea\" }"));
    assertEquals(1, count(model, "SELECT (COUNT(*) AS ?n) { ?c prov:value \"Artillery production is critical to enhancing "
        + "North Korea's combat readiness.\" ; prov:wasQuotedFrom ?s ; prov:hadPrimarySource ?s . "
        + "?s prov:wasAttributedTo/rdfs:label \"Kim Jong Un\" }"));
    assertEquals(1, count(model, "SELECT (COUNT(*) AS ?n) { ?e prov:wasDerivedFrom ?a, ?b . ?a nc:measure ?x . ?b nc:measure ?y "
        + "FILTER (STR(?a) < STR(?b)) }"));
  }

  /** Every JSON excerpt in the README's JSON-LD section is a verbatim part of the fixture's export it names. */
  @Test
  void theReadmeExcerptsAreTheFixturesOutput() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    Matcher excerpt = Pattern.compile("<!-- excerpt of (schema-org|web-annotations|prov)\\.jsonld -->\n```json\n(.*?)```",
        Pattern.DOTALL).matcher(readme);
    List<String> checked = new ArrayList<>();
    while (excerpt.find()) {
      String output = switch (excerpt.group(1)) {
        case "schema-org" -> NewsClaimsJsonLd.schemaOrg(FIXTURE);
        case "web-annotations" -> NewsClaimsJsonLd.webAnnotations(FIXTURE);
        default -> NewsClaimsJsonLd.prov(FIXTURE);
      };
      String body = excerpt.group(2);
      // The README shows the excerpt dedented; in the output it stands at some depth of indentation.
      boolean found = false;
      for (int depth = 0; depth <= 16 && !found; depth += 2) {
        String indent = " ".repeat(depth);
        found = output.contains(body.lines().map(line -> line.isEmpty() ? line : indent + line)
            .collect(Collectors.joining("\n")));
      }
      assertTrue(found, "the README's excerpt of " + excerpt.group(1) + " is not in the output:\n" + body);
      checked.add(excerpt.group(1));
    }
    assertEquals(List.of("schema-org", "web-annotations", "prov"), checked);
  }

  private static long count(Model model, String select) {
    String query = "PREFIX oa: <http://www.w3.org/ns/oa#> PREFIX schema: <http://schema.org/> "
        + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
        + "PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX nc: <https://newsclaims.github.io/ns#> " + select;
    try (var execution = QueryExecutionFactory.create(query, model)) {
      return execution.execSelect().next().getLiteral("n").getLong();
    }
  }

  private record Run(int status, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = JsonLdExport.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
