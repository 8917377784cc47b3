package io.github.newsclaims.jsonld;

import io.github.newsclaims.core.Article;
import io.github.newsclaims.core.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;

/**
 * Reads W3C Web Annotations in the compacted form the {@code anno.jsonld} context gives (an
 * {@code AnnotationCollection} with embedded pages, an {@code AnnotationPage}, one
 * {@code Annotation} or an array of annotations) and anchors each target in an article, as robust
 * anchoring does: the position first, checked against the quote; then the quote, the occurrence
 * whose surroundings best match the quoted prefix and suffix. Shape problems are all collected and
 * thrown together; targets that cannot be found are reported as {@link LostSpan}s.
 */
final class WebAnnotationReader {
  private final String text;
  private final List<NewsClaimsJsonLdException.Problem> problems = new ArrayList<>();
  private final List<AnchoredSpan> anchored = new ArrayList<>();
  private final List<LostSpan> lost = new ArrayList<>();

  private WebAnnotationReader(Article article) {
    this.text = article.getText();
  }

  static ImportedAnnotations read(String json, Article article) {
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(json);
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw new NewsClaimsJsonLdException("Web Annotations cannot be read",
          List.of(new NewsClaimsJsonLdException.Problem(where, "not well-formed JSON: " + e.getOriginalMessage())));
    }
    WebAnnotationReader reader = new WebAnnotationReader(article);
    reader.root(root);
    if (!reader.problems.isEmpty()) {
      throw new NewsClaimsJsonLdException("Web Annotations cannot be read", reader.problems);
    }
    return new ImportedAnnotations(reader.anchored, reader.lost);
  }

  private void problem(String pointer, String message) {
    problems.add(new NewsClaimsJsonLdException.Problem(pointer, message));
  }

  private void root(JsonNode root) {
    if (root == null || root.isMissingNode()) {
      problem("", "the input is empty");
    } else if (root.isArray()) {
      annotations(root, "");
    } else if (!root.isObject()) {
      problem("", "expected an AnnotationCollection, AnnotationPage, Annotation or an array of annotations");
    } else if (hasType(root, "AnnotationCollection")) {
      JsonNode page = root.get("first");
      String pointer = "/first";
      while (page != null) {
        if (!page.isObject()) {
          problem(pointer, "pages must be embedded objects; a page named only by its IRI is not fetched");
          break;
        }
        page(page, pointer);
        page = page.get("next");
        pointer += "/next";
      }
      if (root.get("first") == null) {
        problem("/first", "an AnnotationCollection to import needs its first page embedded");
      }
    } else if (hasType(root, "AnnotationPage")) {
      page(root, "");
    } else if (hasType(root, "Annotation")) {
      annotation(root, "");
    } else {
      problem("/type", "expected type AnnotationCollection, AnnotationPage or Annotation");
    }
  }

  private void page(JsonNode page, String pointer) {
    JsonNode items = page.get("items");
    if (items == null || !items.isArray()) {
      problem(pointer + "/items", "an AnnotationPage must have items, an array of annotations");
      return;
    }
    annotations(items, pointer + "/items");
  }

  private void annotations(JsonNode array, String pointer) {
    for (int i = 0; i < array.size(); i++) {
      JsonNode item = array.get(i);
      if (!item.isObject()) {
        problem(pointer + "/" + i, "an annotation must be an object");
      } else {
        annotation(item, pointer + "/" + i);
      }
    }
  }

  private void annotation(JsonNode annotation, String pointer) {
    Optional<String> id = string(annotation, "id").or(() -> string(annotation, "@id"));
    if (id.isEmpty()) {
      problem(pointer + "/id", "an annotation must have an id (a string IRI)");
    }
    if (!hasType(annotation, "Annotation")) {
      problem(pointer + "/type", "an annotation must have type Annotation");
    }
    AnnotationRole role = role(annotation, pointer);
    Optional<String> claimId = bodyProperty(annotation, "nc:claimId");
    Optional<String> estimateId = bodyProperty(annotation, "nc:estimateId");
    JsonNode targets = annotation.get("target");
    if (targets == null) {
      problem(pointer + "/target", "an annotation must have a target");
      return;
    }
    List<JsonNode> list = new ArrayList<>();
    if (targets.isArray()) {
      targets.forEach(list::add);
    } else {
      list.add(targets);
    }
    for (int i = 0; i < list.size(); i++) {
      String at = targets.isArray() ? pointer + "/target/" + i : pointer + "/target";
      target(list.get(i), at, new Owner(id.orElse(""), role, claimId, estimateId));
    }
  }

  private record Owner(String id, AnnotationRole role, Optional<String> claimId, Optional<String> estimateId) {}

  private AnnotationRole role(JsonNode annotation, String pointer) {
    Optional<String> role = string(annotation, "nc:role");
    if (role.isEmpty()) {
      return AnnotationRole.OTHER;
    }
    switch (role.get()) {
      case WebAnnotationExport.ROLE_CLAIM:
        return AnnotationRole.CLAIM;
      case WebAnnotationExport.ROLE_HEDGE:
        return AnnotationRole.HEDGE;
      case WebAnnotationExport.ROLE_ESTIMATE:
        return AnnotationRole.ESTIMATE;
      default:
        problem(pointer + "/nc:role", "unknown role \"" + role.get() + "\"; expected claim, hedge or estimate");
        return AnnotationRole.OTHER;
    }
  }

  private static Optional<String> bodyProperty(JsonNode annotation, String name) {
    JsonNode body = annotation.get("body");
    if (body == null) {
      return Optional.empty();
    }
    for (JsonNode node : body.isArray() ? body : List.of(body)) {
      Optional<String> value = string(node, name);
      if (value.isPresent()) {
        return value;
      }
    }
    return Optional.empty();
  }

  private void target(JsonNode target, String pointer, Owner owner) {
    if (target.isString()) {
      lost.add(new LostSpan(owner.id(), owner.role(), owner.claimId(), Optional.empty(),
          "the target is the whole resource " + target.asString() + ", not a span of its text"));
      return;
    }
    if (!target.isObject()) {
      problem(pointer, "a target must be an IRI or a SpecificResource object");
      return;
    }
    JsonNode selectors = target.get("selector");
    JsonNode quote = null;
    JsonNode position = null;
    String quotePointer = null;
    String positionPointer = null;
    if (selectors != null) {
      boolean many = selectors.isArray();
      int i = 0;
      for (JsonNode selector : many ? selectors : List.of(selectors)) {
        String at = pointer + "/selector" + (many ? "/" + i : "");
        if (hasType(selector, "TextQuoteSelector") && quote == null) {
          quote = selector;
          quotePointer = at;
        } else if (hasType(selector, "TextPositionSelector") && position == null) {
          position = selector;
          positionPointer = at;
        }
        i++;
      }
    }
    Optional<String> exact = Optional.empty();
    String prefix = "";
    String suffix = "";
    if (quote != null) {
      exact = string(quote, "exact");
      if (exact.isEmpty() || exact.get().isEmpty()) {
        problem(quotePointer + "/exact", "a TextQuoteSelector must have exact, a non-empty string");
        return;
      }
      prefix = string(quote, "prefix").orElse("");
      suffix = string(quote, "suffix").orElse("");
    }
    long start = -1;
    long end = -1;
    if (position != null) {
      JsonNode s = position.get("start");
      JsonNode e = position.get("end");
      boolean ok = true;
      if (s == null || !s.isIntegralNumber() || s.asLong() < 0) {
        problem(positionPointer + "/start", "a TextPositionSelector must have start, a non-negative integer");
        ok = false;
      }
      if (e == null || !e.isIntegralNumber() || e.asLong() < 0) {
        problem(positionPointer + "/end", "a TextPositionSelector must have end, a non-negative integer");
        ok = false;
      }
      if (!ok) {
        return;
      }
      start = s.asLong();
      end = e.asLong();
      if (start > end) {
        problem(positionPointer, "start (" + start + ") must not exceed end (" + end + ")");
        return;
      }
    }
    if (quote == null && position == null) {
      lost.add(new LostSpan(owner.id(), owner.role(), owner.claimId(), Optional.empty(),
          "the target has neither a TextQuoteSelector nor a TextPositionSelector"));
      return;
    }
    anchor(owner, exact, prefix, suffix, start, end);
  }

  private void anchor(Owner owner, Optional<String> exact, String prefix, String suffix, long start, long end) {
    int from = start < 0 ? -1 : CodePoints.toUtf16(text, start);
    int to = end < 0 ? -1 : CodePoints.toUtf16(text, end);
    boolean inText = from >= 0 && to > from;
    if (inText && (exact.isEmpty() || text.regionMatches(from, exact.get(), 0, exact.get().length())
        && to - from == exact.get().length())) {
      found(owner, from, to, Anchoring.POSITION);
      return;
    }
    if (exact.isEmpty()) {
      lost.add(new LostSpan(owner.id(), owner.role(), owner.claimId(), exact,
          "position [" + start + ", " + end + ") (code points) lies outside the text of "
              + text.codePointCount(0, text.length()) + " code points, and there is no quote to look for"));
      return;
    }
    String quote = exact.get();
    int hint = from >= 0 ? from : start < 0 ? 0 : text.length();
    int best = -1;
    int bestScore = -1;
    int bestDistance = Integer.MAX_VALUE;
    for (int at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
      int score = commonSuffix(text, at, prefix) + commonPrefix(text, at + quote.length(), suffix);
      int distance = Math.abs(at - hint);
      if (score > bestScore || score == bestScore && distance < bestDistance) {
        best = at;
        bestScore = score;
        bestDistance = distance;
      }
    }
    if (best < 0) {
      lost.add(new LostSpan(owner.id(), owner.role(), owner.claimId(), exact,
          "the quoted text no longer occurs in the article" + (start < 0 ? "" : " (it was at code points [" + start + ", " + end + "))")));
      return;
    }
    found(owner, best, best + quote.length(), Anchoring.QUOTE);
  }

  private void found(Owner owner, int from, int to, Anchoring how) {
    try {
      anchored.add(new AnchoredSpan(owner.id(), owner.role(), owner.claimId(), owner.estimateId(),
          TextSpan.in(text, from, to), how));
    } catch (IllegalArgumentException e) {
      lost.add(new LostSpan(owner.id(), owner.role(), owner.claimId(), Optional.of(text.substring(from, to)),
          e.getMessage()));
    }
  }

  /** How many characters of {@code prefix}, from its end, match the text just before {@code at}. */
  private static int commonSuffix(String text, int at, String prefix) {
    int n = 0;
    while (n < prefix.length() && n < at && text.charAt(at - 1 - n) == prefix.charAt(prefix.length() - 1 - n)) {
      n++;
    }
    return n;
  }

  /** How many characters of {@code suffix}, from its start, match the text from {@code at}. */
  private static int commonPrefix(String text, int at, String suffix) {
    int n = 0;
    while (n < suffix.length() && at + n < text.length() && text.charAt(at + n) == suffix.charAt(n)) {
      n++;
    }
    return n;
  }

  private static Optional<String> string(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value != null && value.isString() ? Optional.of(value.asString()) : Optional.empty();
  }

  private static boolean hasType(JsonNode node, String type) {
    for (String key : new String[] {"type", "@type"}) {
      JsonNode value = node.get(key);
      if (value == null) {
        continue;
      }
      if (value.isString() && value.asString().equals(type)) {
        return true;
      }
      if (value.isArray()) {
        for (JsonNode t : value) {
          if (t.isString() && t.asString().equals(type)) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
