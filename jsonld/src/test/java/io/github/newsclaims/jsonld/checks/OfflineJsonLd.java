package io.github.newsclaims.jsonld.checks;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import io.github.newsclaims.jsonld.NewsClaimsJsonLd;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.util.Context;

/**
 * Apache Jena as the independent checker: parses JSON-LD 1.1 (Jena's Titanium parser) into RDF
 * with a document loader that serves only {@link NewsClaimsJsonLd#contexts()} and fails on
 * anything else, so no test can touch the network; warnings fail too. Checks SHACL shapes (the
 * shapes are test resources under {@code /io/github/newsclaims/jsonld/shapes/}). Shared with the
 * examples module's tests through this module's test jar.
 */
public final class OfflineJsonLd {
  private OfflineJsonLd() {}

  /** URLs the loader was asked for that it does not have; a test asserts this stays empty. */
  public static final List<String> REFUSED = new ArrayList<>();

  public static final DocumentLoader BUNDLED_ONLY = (url, options) -> {
    String document = NewsClaimsJsonLd.contexts().get(url.toString());
    if (document == null) {
      synchronized (REFUSED) {
        REFUSED.add(url.toString());
      }
      throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "offline: no bundled document for " + url);
    }
    return JsonDocument.of(new StringReader(document));
  };

  /** The JSON-LD document as RDF; any parser warning or error fails. */
  public static Model parse(String jsonLd) {
    JsonLdOptions options = new JsonLdOptions(BUNDLED_ONLY);
    Model model = ModelFactory.createDefaultModel();
    RDFParser.create()
        .fromString(jsonLd)
        .lang(Lang.JSONLD)
        .context(Context.create().set(LangJSONLD11.JSONLD_OPTIONS, options))
        .errorHandler(STRICT)
        .parse(model.getGraph());
    return model;
  }

  private static final ErrorHandler STRICT = new ErrorHandler() {
    @Override
    public void warning(String message, long line, long col) {
      throw new AssertionError("JSON-LD warning: " + message);
    }

    @Override
    public void error(String message, long line, long col) {
      throw new AssertionError("JSON-LD error: " + message);
    }

    @Override
    public void fatal(String message, long line, long col) {
      throw new AssertionError("JSON-LD fatal error: " + message);
    }
  };

  /** SHACL shapes from a Turtle test resource. */
  public static Shapes shapes(String resource) {
    String turtle;
    try (InputStream in = OfflineJsonLd.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new AssertionError("test resource " + resource + " is missing");
      }
      turtle = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Model model = ModelFactory.createDefaultModel();
    RDFParser.create().fromString(turtle).lang(Lang.TURTLE).parse(model.getGraph());
    return Shapes.parse(model);
  }

  /** The violations of the shapes in the graph, one line each; empty when it conforms. */
  public static List<String> violations(Shapes shapes, Graph graph) {
    ValidationReport report = ShaclValidator.get().validate(shapes, graph);
    return report.getEntries().stream().map(OfflineJsonLd::line).toList();
  }

  private static String line(ReportEntry entry) {
    return entry.focusNode() + " " + entry.resultPath() + ": " + entry.message();
  }
}
