package io.github.newsclaims.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsclaims.core.ActorKind;
import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.core.Approximator;
import io.github.newsclaims.core.Claim;
import io.github.newsclaims.core.Estimate;
import io.github.newsclaims.core.Factuality;
import io.github.newsclaims.core.Interval;
import io.github.newsclaims.core.Likelihood;
import io.github.newsclaims.core.PartialDate;
import io.github.newsclaims.testing.Samples;
import io.github.newsclaims.core.TextSpan;
import io.github.newsclaims.core.Unit;
import io.github.newsclaims.json.NewsClaimsJsonException.Kind;
import io.github.newsclaims.json.NewsClaimsJsonException.Problem;
import java.lang.reflect.Modifier;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.core.Version;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

class NewsClaimsModuleTest {
  /** What a new user writes: no registration by hand. */
  private static final JsonMapper DISCOVERED = JsonMapper.builder().findAndAddModules().build();

  @Test
  void isFoundByTheServiceLoader() {
    List<Class<? extends JacksonModule>> found = ServiceLoader.load(JacksonModule.class).stream()
        .map(ServiceLoader.Provider::type).filter(type -> type == NewsClaimsModule.class).toList();
    assertEquals(List.of(NewsClaimsModule.class), found);
    assertTrue(DISCOVERED.registeredModules().stream().anyMatch(module -> module instanceof NewsClaimsModule));
  }

  @Test
  void reportsTheVersionOfTheBuildItShipsIn() {
    Version version = new NewsClaimsModule().version();
    assertEquals("io.github.newsclaims", version.getGroupId());
    assertEquals("newsclaims-json", version.getArtifactId());
    // Surefire passes the version from the pom; the module reads what the build wrote into its jar.
    assertEquals(System.getProperty("newsclaims.expected.version"), version.toString());
    assertTrue(version.getMajorVersion() + version.getMinorVersion() + version.getPatchLevel() > 0, version.toString());
  }

  @Test
  void aDiscoveringMapperReadsAndWritesTheSampleAsTheFacadeDoes() {
    AnnotatedArticle sample = Samples.annotated();
    assertEquals(sample, DISCOVERED.readValue(NewsClaimsJson.writePretty(sample), AnnotatedArticle.class));
    assertEquals(NewsClaimsJson.write(sample), DISCOVERED.writeValueAsString(sample));
  }

  @Test
  void writesEveryPartAsItAppearsInADocument() {
    Claim claim = Samples.annotated().getClaims().get(1);
    String document = NewsClaimsJson.write(Samples.annotated());
    String json = DISCOVERED.writeValueAsString(claim);
    assertTrue(document.contains(json), json);
    assertEquals(claim, DISCOVERED.readValue(json, Claim.class));
    assertEquals("\"state_media\"", DISCOVERED.writeValueAsString(ActorKind.STATE_MEDIA));
    assertEquals(Approximator.ORDER_OF_MAGNITUDE, DISCOVERED.readValue("\"order_of_magnitude\"", Approximator.class));
    assertEquals("\"2024-04\"", DISCOVERED.writeValueAsString(PartialDate.of(2024, 4)));
    assertEquals(PartialDate.of(987), DISCOVERED.readValue("\"0987\"", PartialDate.class));
    assertEquals("{\"polarity\":\"positive\",\"certainty\":\"probable\",\"likelihood\":\"likely\"}",
        DISCOVERED.writeValueAsString(Factuality.PROBABLY_SO.withBand(Likelihood.LIKELY)));
    assertEquals("{\"lowClosed\":false,\"high\":0.5,\"highClosed\":false}",
        DISCOVERED.writeValueAsString(Interval.fewerThan(0.5)));
  }

  @Test
  void mapsEveryPublicTypeOfTheModel() throws Exception {
    // A model type added to core without a mapping fails here rather than serialising as {}.
    Path classes = Path.of(AnnotatedArticle.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Set<String> model = new TreeSet<>();
    try (FileSystem jar = classes.toString().endsWith(".jar") ? FileSystems.newFileSystem(classes) : null;
         Stream<Path> files = Files.list((jar == null ? classes : jar.getPath("/")).resolve("io/github/newsclaims/core"))) {
      files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".class"))
          .map(name -> "io.github.newsclaims.core." + name.substring(0, name.length() - ".class".length()))
          .filter(name -> !name.contains("$") && !name.endsWith("package-info")).forEach(name -> {
            try {
              Class<?> type = Class.forName(name);
              if (Modifier.isPublic(type.getModifiers())) {
                model.add(name);
              }
            } catch (ClassNotFoundException e) {
              throw new AssertionError(e);
            }
          });
    }
    // Quantity computation (parsing, arithmetic, comparison) works on the model; its helpers and
    // results are not part of a newsclaims document and have no JSON form.
    model.removeAll(Set.of("io.github.newsclaims.core.QuantityPhrases", "io.github.newsclaims.core.QuantityMention",
        "io.github.newsclaims.core.VaguenessPolicy", "io.github.newsclaims.core.Estimates",
        "io.github.newsclaims.core.EstimateComparison", "io.github.newsclaims.core.EstimateConflict"));
    // Nor is the index of claims across a corpus, which is built from documents.
    model.removeAll(Set.of("io.github.newsclaims.core.ClaimIndex", "io.github.newsclaims.core.ClaimAppearance"));
    assertEquals(model, NewsClaimsModule.types().stream().map(Class::getName).collect(Collectors.toCollection(TreeSet::new)));
  }

  @Test
  void readsStrictlyThroughAnyMapper() {
    NewsClaimsJsonException e = assertThrows(NewsClaimsJsonException.class,
        () -> DISCOVERED.readValue("{\"start\":1,\"end\":2,\"text\":\"x\",\"extra\":true}", TextSpan.class));
    assertEquals(List.of(new Problem(Kind.SHAPE, "/extra", "unknown property \"extra\"; known properties are start, end, text")),
        e.getProblems());
    NewsClaimsJsonException duplicate = assertThrows(NewsClaimsJsonException.class,
        () -> DISCOVERED.readValue("{\"start\":1,\"start\":1,\"end\":2,\"text\":\"x\"}", TextSpan.class));
    assertEquals(Kind.SYNTAX, duplicate.getProblems().get(0).kind());
    assertThrows(NewsClaimsJsonException.class, () -> DISCOVERED.readValue("\"STATE\"", ActorKind.class));
  }

  @Test
  void checksTheDocumentRulesOfTheValueItReads() {
    String json = DISCOVERED.writeValueAsString(Samples.soldiers()).replace("\"approximator\":\"about\"",
        "\"approximator\":\"exact\"");
    NewsClaimsJsonException e = assertThrows(NewsClaimsJsonException.class, () -> DISCOVERED.readValue(json, Estimate.class));
    assertEquals(List.of("/interval"), e.getProblems().stream().map(Problem::pointer).toList());
    assertEquals(Kind.RULE, e.getProblems().get(0).kind());
  }

  @Test
  void pointsIntoTheCallersLargerDocument() {
    String unit = DISCOVERED.writeValueAsString(Unit.count("soldiers")).replace("count", "dozen");
    DatabindException thrown = assertThrows(DatabindException.class,
        () -> DISCOVERED.readValue("{\"units\":[" + unit + "]}", new TypeReference<Map<String, List<Unit>>>() {}));
    // Jackson wraps what a nested deserializer throws; the cause is the library exception, pointing from the root.
    NewsClaimsJsonException e = assertInstanceOf(NewsClaimsJsonException.class, thrown.getCause());
    assertEquals("/units/0/kind", e.getProblems().get(0).pointer());
  }

  @Test
  void pointsFromTheEnclosingObjectWhenTheCallerStandsOnItsFirstProperty() {
    // A caller may hand over a parser that already stands inside the object, on its first
    // property name (as Jackson's own bean deserializers accept): the pointers name that object,
    // not the property the parser stands on.
    JsonMapper mapper = JsonMapper.builder().addModule(new NewsClaimsModule()).build();
    try (JsonParser parser = mapper.createParser("{\"span\":{\"start\":1,\"end\":2,\"text\":\"x\",\"extra\":true}}")) {
      assertEquals(JsonToken.START_OBJECT, parser.nextToken());
      assertEquals(JsonToken.PROPERTY_NAME, parser.nextToken());
      assertEquals(JsonToken.START_OBJECT, parser.nextToken());
      assertEquals(JsonToken.PROPERTY_NAME, parser.nextToken());
      assertEquals("start", parser.currentName());
      NewsClaimsJsonException e = assertThrows(NewsClaimsJsonException.class, () -> mapper.readValue(parser, TextSpan.class));
      assertEquals(List.of(new Problem(Kind.SHAPE, "/span/extra", "unknown property \"extra\"; known properties are start, end, text")),
          e.getProblems());
    }
  }

  @Test
  void refusesNumbersOutsideJsonSyntaxThatALenientMapperLetsThrough() {
    // A caller's mapper may accept NaN, "+1" or a bare decimal point; the format does not. (Leading
    // zeros the lenient parser drops itself: "012" reaches the module as 12.)
    JsonMapper lenient = JsonMapper.builder().addModule(new NewsClaimsModule())
        .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS, JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS,
            JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS, JsonReadFeature.ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS,
            JsonReadFeature.ALLOW_TRAILING_DECIMAL_POINT_FOR_NUMBERS)
        .build();
    for (String number : List.of("NaN", "+1", ".5", "1.", "+1.5e2", "-.5")) {
      NewsClaimsJsonException e = assertThrows(NewsClaimsJsonException.class,
          () -> lenient.readValue("{\"low\":" + number + ",\"lowClosed\":true,\"high\":20,\"highClosed\":true}", Interval.class),
          number);
      assertEquals(List.of("/low"), e.getProblems().stream().map(Problem::pointer).toList(), number);
      assertEquals(Kind.SHAPE, e.getProblems().get(0).kind(), number);
    }
    for (String number : List.of("+1", "1.", "+12", ".5")) {
      NewsClaimsJsonException e = assertThrows(NewsClaimsJsonException.class,
          () -> lenient.readValue("{\"start\":" + number + ",\"end\":20,\"text\":\"x\"}", TextSpan.class), number);
      assertEquals(List.of("/start"), e.getProblems().stream().map(Problem::pointer).toList(), number);
    }
    assertEquals(Interval.closed(12.5, 20), lenient.readValue("{\"low\":12.5,\"lowClosed\":true,\"high\":20,\"highClosed\":true}", Interval.class));
  }

  @Test
  void eachSerializerAndDeserializerNamesItsModelType() {
    Mapping<TextSpan> span = new Mapping<>(TextSpan.class, TextSpanMapping.TYPE);
    Mapping<ActorKind> kind = new Mapping<>(ActorKind.class, Values.enumeration(ActorKind.class));
    assertEquals(TextSpan.class, new ModelSerializer<>(span).handledType());
    assertEquals(TextSpan.class, new ModelDeserializer<>(span).handledType());
    assertEquals(LogicalType.POJO, new ModelDeserializer<>(span).logicalType());
    assertEquals(ActorKind.class, new ModelDeserializer<>(kind).handledType());
    assertEquals(LogicalType.Enum, new ModelDeserializer<>(kind).logicalType());
  }

  @Test
  void aFreshMapperWithTheModuleWritesAndReadsEveryPart() {
    // Built here, not shared: the module's registration runs while the test runs.
    JsonMapper mapper = JsonMapper.builder().addModule(new NewsClaimsModule()).build();
    Claim claim = Samples.annotated().getClaims().get(1);
    String json = mapper.writeValueAsString(claim);
    assertTrue(NewsClaimsJson.write(Samples.annotated()).contains(json), json);
    assertEquals(claim, mapper.readValue(json, Claim.class));
    assertEquals("\"state_media\"", mapper.writeValueAsString(ActorKind.STATE_MEDIA));
  }
}
