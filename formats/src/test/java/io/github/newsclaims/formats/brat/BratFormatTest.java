package io.github.newsclaims.formats.brat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.Claim;
import io.github.newsclaims.core.Factuality;
import io.github.newsclaims.core.TextSpan;
import io.github.newsclaims.formats.FormatException;
import io.github.newsclaims.formats.internal.Schema;
import io.github.newsclaims.testing.Samples;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BratFormatTest {
  @Test
  void theSampleRoundTripsAndItsOffsetsCountCodePoints() {
    AnnotatedArticle sample = Samples.annotated();
    BratDocument brat = BratFormat.write(sample);
    assertEquals(sample.getArticle().getText(), brat.text());
    assertEquals(sample, BratFormat.read(brat));

    // "Headline 🚀\n\n" is 12 code points but 13 UTF-16 code units before the first claim.
    TextSpan claim = sample.getClaims().get(0).getEvidence().get(0);
    assertEquals(13, claim.getStart());
    String line = brat.ann().lines().filter(l -> l.contains("\tClaim ")).findFirst().orElseThrow();
    assertEquals("T" + line.substring(1, line.indexOf('\t')) + "\tClaim 12 " + (12 + claim.length()) + "\t" + claim.getText(),
        line);
  }

  @Test
  void aHandWrittenAnnotationWithAnEmojiReadsAtUtf16Offsets() {
    String text = "🚀🚀 Officials said 3 soldiers died.\n";
    // Code points: the rockets are 0 and 1, the space 2; "Officials" 3..12; "said" 13..17.
    String ann = String.join("\n",
        "T1\tClaim 3 34\tOfficials said 3 soldiers died.",
        "A1\tClaimKind T1 event",
        "A2\tPolarity T1 unknown",
        "A3\tCertainty T1 underspecified",
        "#1\tAnnotatorNotes T1\tThree soldiers died.",
        "T2\tAttribution 13 17\tsaid",
        "A4\tMode T2 indirect",
        "A5\tPolarity T2 positive",
        "A6\tCertainty T2 certain",
        "T3\tActor 3 12\tOfficials",
        "A7\tActorKind T3 unnamed_source",
        "#2\tAnnotatorNotes T3\t{\"id\":\"officials\",\"name\":\"officials\"}",
        "R1\tHasAttribution Arg1:T1 Arg2:T2",
        "R2\tSaidBy Arg1:T2 Arg2:T3",
        "");
    AnnotatedArticle read = BratFormat.read(text, ann);
    Claim claim = read.getClaims().get(0);
    assertEquals(TextSpan.of(5, 36, "Officials said 3 soldiers died."), claim.getEvidence().get(0));
    assertEquals("Three soldiers died.", claim.getProposition());
    assertEquals(TextSpan.of(15, 19, "said"), claim.getAttribution().get(0).getCue().orElseThrow());
    assertEquals(Factuality.CERTAINLY_SO, claim.getAttribution().get(0).getCommitment());
    assertEquals(List.of("officials"), claim.sources());
    // No Article annotation: the documented defaults.
    assertEquals("article", read.getArticle().getId());
    assertEquals("🚀🚀 Officials said 3 soldiers died.", read.getArticle().getHeadline());
    assertEquals("en", read.getArticle().getLanguage());
    // The actor annotation covers text, but an actor has no span in the model: writing it back anchors it.
    assertEquals(read, BratFormat.read(BratFormat.write(read)));
  }

  @Test
  void wikidataSameAsIsAlsoABratNormalisationAndReadsBack() {
    AnnotatedArticle sample = Samples.annotated();
    io.github.newsclaims.core.Actor northKorea = io.github.newsclaims.core.Actor.builder()
        .from(sample.getActors().get(0)).addSameAs(java.net.URI.create("http://www.wikidata.org/entity/Q423")).build();
    AnnotatedArticle withId = AnnotatedArticle.builder().from(sample)
        .actors(List.of(northKorea, sample.getActors().get(1))).build();
    BratDocument brat = BratFormat.write(withId);
    assertTrue(brat.ann().lines().anyMatch(l -> l.matches("N1\tReference T\\d+ Wikidata:Q423\tNorth Korea")), brat.ann());
    assertEquals(withId, BratFormat.read(brat));

    // An annotator's own normalisation, with no sameAs in the note, becomes the Wikidata entity URI.
    String text = "Pyongyang said so.";
    String ann = String.join("\n",
        "T1\tActor 0 9\tPyongyang", "A1\tActorKind T1 state", "#1\tAnnotatorNotes T1\tNorth Korea",
        "N1\tReference T1 Wikidata:Q423\tNorth Korea", "");
    AnnotatedArticle read = BratFormat.read(text, ann);
    assertEquals(List.of(java.net.URI.create("http://www.wikidata.org/entity/Q423")), read.getActors().get(0).getSameAs());
    assertEquals(java.util.Optional.of("Q423"), read.getActors().get(0).wikidataId());
    FormatException e = assertThrows(FormatException.class,
        () -> BratFormat.read(text, ann.replace("Wikidata:Q423", "GeoNames:1873107")));
    assertTrue(e.getMessage().contains("line 4 (N1): unsupported normalisation \"GeoNames:1873107\""), e.getMessage());
  }

  @Test
  void aSpanAcrossALineBreakIsWrittenAsFragmentsAndReadBackWhole() {
    String text = "First line\nsecond line.";
    String ann = "T1\tClaim 6 22\tline second line\n"
        .replace("6 22\tline second line", "6 10;11 22\tline second line")
        + "A1\tClaimKind T1 state\nA2\tPolarity T1 positive\nA3\tCertainty T1 certain\n"
        + "#1\tAnnotatorNotes T1\t{\"id\":\"c1\"}\n";
    AnnotatedArticle read = BratFormat.read(text, ann);
    assertEquals(List.of(TextSpan.of(6, 22, "line\nsecond line")), read.getClaims().get(0).getEvidence());
    assertTrue(BratFormat.write(read).ann().contains("\tClaim 6 10;11 22\tline second line\n"));
  }

  @Test
  void everyProblemIsReportedWithItsLineAtOnce() {
    String text = "Kim said it. 🚀 Done.";
    String ann = String.join("\n",
        "T1\tClaim 0 12\tKim said it.",                   // 1 fine, but lacks its kind (rule problem)
        "T2\tBogus 0 3\tKim",                             // 2 unknown type
        "T3\tHedge 4 8\tsaid",                            // 3 offsets do not match the text ("said" is 4..8, quoted right) -> fine; linked from nowhere
        "T4\tSource 0 3\tKin",                            // 4 quoted text does not match
        "T5\tHedge 14 99\tx",                             // 5 offsets beyond the text
        "A1\tPolarity T1 sideways",                       // 6 unknown attribute value
        "R1\tHasHedge Arg1:T1 Arg2:T9",                   // 7 dangling id
        "this is not brat",                               // 8 malformed
        "T1\tHedge 0 3\tKim",                             // 9 id used twice
        "A2\tWeight T1 heavy",                            // 10 unknown attribute
        "");
    FormatException e = assertThrows(FormatException.class, () -> BratFormat.read(text, ann));
    List<String> wheres = e.getProblems().stream().map(FormatException.Problem::where).toList();
    for (String expected : List.of("line 2 (T2)", "line 3 (T3)", "line 4 (T4)", "line 5 (T5)", "line 6 (A1)",
        "line 7 (R1)", "line 8", "line 9 (T1)", "line 10 (A2)", "line 1 (T1)")) {
      assertTrue(wheres.contains(expected), () -> expected + " missing from " + e.getProblems());
    }
    String message = e.getMessage();
    assertTrue(message.contains("line 2 (T2): unknown annotation type \"Bogus\""), message);
    assertTrue(message.contains("line 4 (T4): offsets 0 3 cover \"Kim\" in the text, but the line says \"Kin\""), message);
    assertTrue(message.contains("line 5 (T5): offsets 14 99 do not lie in the text of 20 code points"), message);
    assertTrue(message.contains("line 6 (A1): ") && message.contains("unknown Polarity value \"sideways\""), message);
    assertTrue(message.contains("line 7 (R1): refers to T9, which is not a text-bound annotation of this file"), message);
    assertTrue(message.contains("line 8: malformed line \"this is not brat\""), message);
    assertTrue(message.contains("line 9 (T1): id T1 is used twice"), message);
    assertTrue(message.contains("line 10 (A2): unknown attribute \"Weight\" for a Claim"), message);
    assertTrue(message.contains("line 3 (T3): Hedge is not linked to any claim"), message);
    assertTrue(message.contains("line 1 (T1): Claim needs claimKind"), message);
    assertEquals(wheres.stream().sorted(java.util.Comparator.comparingInt(
        w -> Integer.parseInt(w.replaceAll("line (\\d+).*", "$1")))).toList(), wheres, "problems in line order");
  }

  @Test
  void aBrokenModelRuleIsReportedAtItsAnnotation() {
    String text = "Analysts say it.";
    String ann = String.join("\n",
        "T1\tClaim 0 16\tAnalysts say it.",
        "A1\tClaimKind T1 statement", "A2\tPolarity T1 unknown", "A3\tCertainty T1 certain",
        "#1\tAnnotatorNotes T1\t{\"id\":\"c1\",\"proposition\":\"It.\"}",
        "T2\tAttribution 9 12\tsay",
        "A4\tMode T2 indirect", "A5\tPolarity T2 positive", "A6\tCertainty T2 certain",
        "R1\tHasAttribution Arg1:T1 Arg2:T2", "");
    FormatException e = assertThrows(FormatException.class, () -> BratFormat.read(text, ann));
    // polarity unknown with certainty certain is CTu, allowed; the hop of mode indirect needs a source actor.
    assertEquals(List.of("line 6 (T2)"), e.getProblems().stream().map(FormatException.Problem::where).toList());
    assertTrue(e.getProblems().get(0).message().contains("attribution of mode INDIRECT needs a source actor"),
        e.getMessage());
  }

  @Test
  void theShippedAnnotationConfDeclaresEveryTypeRelationAndValue() {
    String conf = BratFormat.annotationConf();
    List<String> lines = conf.lines().toList();
    for (Schema.Type type : Schema.TYPES) {
      assertTrue(lines.contains(type.name()), type.name());
      for (Schema.Field field : type.fields()) {
        if (field.kind() == Schema.FieldKind.ENUM) {
          String name = BratFormat.attributeName(field.name());
          String declared = lines.stream().filter(l -> l.startsWith(name + "\t")).findFirst()
              .orElseThrow(() -> new AssertionError("no attribute " + name));
          assertTrue(declared.matches(".*Arg:(\\S+\\|)*" + type.name() + "[,|].*"), declared);
          Set<String> values = Arrays.stream(declared.substring(declared.indexOf("Value:") + 6).split("\\|"))
              .collect(Collectors.toSet());
          assertEquals(Set.copyOf(field.enumValues()), values, name);
        }
      }
    }
    for (Schema.Role role : Schema.ROLES) {
      assertTrue(lines.contains(role.bratName() + "\tArg1:" + role.from() + ", Arg2:" + role.to()), role.bratName());
    }
    assertTrue(lines.contains(BratFormat.UNANCHORED + "\tArg:<ENTITY>"));
    String visual = BratFormat.visualConf();
    for (Schema.Type type : Schema.TYPES) {
      assertTrue(visual.lines().anyMatch(l -> l.startsWith(type.name() + " | ")), type.name());
    }
  }
}
