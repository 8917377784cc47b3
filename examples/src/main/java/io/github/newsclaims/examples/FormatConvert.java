package io.github.newsclaims.examples;

import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.formats.FormatException;
import io.github.newsclaims.formats.brat.BratDocument;
import io.github.newsclaims.formats.brat.BratFormat;
import io.github.newsclaims.formats.uima.CasJsonFormat;
import io.github.newsclaims.json.NewsClaimsJson;
import io.github.newsclaims.json.NewsClaimsJsonException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * Converts an annotated article between newsclaims JSON ({@code json}), a brat standoff pair
 * ({@code brat}) and UIMA CAS JSON for INCEpTION ({@code cas}):
 *
 * <pre>FormatConvert &lt;from&gt; &lt;input&gt; &lt;to&gt; &lt;output&gt;</pre>
 *
 * <p>A brat path names the pair without its extension: {@code corpus/kim} stands for
 * {@code corpus/kim.txt} and {@code corpus/kim.ann} (a given {@code .txt} or {@code .ann} is
 * dropped). Missing output directories are made. Writing brat also writes the collection's {@code annotation.conf} and
 * {@code visual.conf} beside the pair, unless they exist. Bad input ends with every problem on
 * standard error and exit status 1; a wrong command line with exit status 2.
 *
 * @since 0.1.0
 */
public final class FormatConvert {
  private static final List<String> FORMATS = List.of("json", "brat", "cas");
  private static final String USAGE = "usage: FormatConvert <json|brat|cas> <input> <json|brat|cas> <output>\n"
      + "  a brat path names the .txt/.ann pair without its extension";

  private FormatConvert() {}

  /**
   * Converts as the class comment says.
   *
   * @param args the source format, input path, target format and output path
   */
  public static void main(String[] args) {
    Command.main(args, FormatConvert::run);
  }

  /**
   * Runs the conversion as {@link #main} does, printing to the given streams.
   *
   * @return the exit status: 0 done, 1 bad input or unwritable output, 2 bad command line
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length != 4 || !FORMATS.contains(args[0]) || !FORMATS.contains(args[2])) {
      err.println(USAGE);
      return 2;
    }
    AnnotatedArticle article;
    try {
      article = read(args[0], Path.of(args[1]));
    } catch (FormatException | NewsClaimsJsonException e) {
      err.println("format convert: " + args[1] + ": " + e.getMessage());
      return 1;
    } catch (InvalidPathException | IOException | UncheckedIOException e) {
      err.println("format convert: " + args[1] + ": " + ClaimReport.oneLine(e));
      return 1;
    }
    try {
      List<Path> written = write(article, args[2], Path.of(args[3]));
      written.forEach(path -> out.println("wrote " + path));
    } catch (InvalidPathException | IOException | UncheckedIOException e) {
      err.println("format convert: " + args[3] + ": " + ClaimReport.oneLine(e));
      return 1;
    } catch (IllegalArgumentException e) {
      err.println("format convert: " + e.getMessage());
      return 1;
    }
    return 0;
  }

  private static AnnotatedArticle read(String format, Path path) throws IOException {
    switch (format) {
      case "json" -> {
        return ClaimReport.load(path);
      }
      case "cas" -> {
        try (InputStream in = Files.newInputStream(path)) {
          return CasJsonFormat.read(in);
        }
      }
      default -> {
        Path base = base(path);
        return BratFormat.read(Files.readString(sibling(base, ".txt")), Files.readString(sibling(base, ".ann")));
      }
    }
  }

  private static List<Path> write(AnnotatedArticle article, String format, Path path) throws IOException {
    Path parent = path.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    switch (format) {
      case "json" -> {
        Files.writeString(path, NewsClaimsJson.writePretty(article));
        return List.of(path);
      }
      case "cas" -> {
        Files.writeString(path, CasJsonFormat.writePretty(article));
        return List.of(path);
      }
      default -> {
        Path base = base(path);
        BratDocument brat = BratFormat.write(article);
        Path text = sibling(base, ".txt");
        Path ann = sibling(base, ".ann");
        Files.writeString(text, brat.text());
        Files.writeString(ann, brat.ann());
        List<Path> written = new java.util.ArrayList<>(List.of(text, ann));
        Path dir = text.toAbsolutePath().getParent();
        for (String[] conf : new String[][] {{"annotation.conf", BratFormat.annotationConf()},
            {"visual.conf", BratFormat.visualConf()}}) {
          Path file = dir.resolve(conf[0]);
          if (!Files.exists(file)) {
            Files.writeString(file, conf[1]);
            written.add(file);
          }
        }
        return written;
      }
    }
  }

  /** The brat pair's path without extension. */
  private static Path base(Path path) {
    String name = path.getFileName() == null ? "" : path.getFileName().toString();
    if (name.endsWith(".txt") || name.endsWith(".ann")) {
      return path.resolveSibling(name.substring(0, name.length() - 4));
    }
    return path;
  }

  private static Path sibling(Path base, String extension) {
    return base.resolveSibling(base.getFileName() + extension);
  }
}
