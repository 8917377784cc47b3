package io.github.newsclaims.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Breaks valid documents in the ways annotators and tools break them: a property deleted or added,
 * a value of another type, numbers out of range, dangling or repeated ids, the article text
 * altered, the JSON truncated or salted with garbage. Deterministic for a seed.
 */
final class Mutants {
  /**
   * A mutated document, what was done to it, and where: the JSON Pointer of the changed value, or of the
   * array whose elements changed, or {@code null} when the change is not in one place (text mutations,
   * an altered article text that moves every span).
   */
  record Mutant(String description, String json, String place) {
    @Override
    public String toString() {
      return description + "\n" + json;
    }
  }

  /** Tree mutations change a parsed copy; text mutations change the characters. */
  static final int OPERATORS = 17;

  /** Tree mutations only: the result is always well-formed JSON without duplicate properties. */
  static final int TREE_OPERATORS = 12;

  private static final JsonMapper PLAIN = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<String> ENUM_NAMES = List.of("person", "state", "state_media", "other", "teaser",
      "advertisement", "event", "quantity", "indirect", "according_to", "authorial", "unnamed_hearsay",
      "positive", "negative", "unknown", "certain", "probable", "underspecified", "likely", "exact", "about",
      "nearly", "at_least", "more_than", "up_to", "fewer_than", "between", "order_of_magnitude",
      "relative_change", "derived", "count", "currency", "fraction", "percentage", "multiplier", "date",
      "present", "relative", "recurring", "supports", "contradicts", "elaborates", "derived_from");
  private static final List<String> ODD_NUMBERS = List.of("1e400", "-1e400", "-1", "2147483648", "-2147483649",
      "1.5", "0", "1e-400", "99999999999999999999", "1.0", "-0.0", "1.7976931348623157e308", "10000");
  private static final List<String> GARBAGE = List.of("{", "}", "[", "]", "\"", ",", ":", "x", "\u0000", "NaN",
      "null", "\\", "\uD83D", "-", "1", " ", "/*c*/", "Infinity", "tru");

  private Mutants() {}

  /** A mutant of {@code json} by operator {@code seed % OPERATORS} (or the tree operators only). */
  static Mutant mutate(String json, long seed, boolean treeOnly) {
    Random random = new Random(seed);
    int operator = Math.floorMod(seed, treeOnly ? TREE_OPERATORS : OPERATORS);
    if (operator >= TREE_OPERATORS) {
      return text(json, operator, random);
    }
    JsonNode root = PLAIN.readTree(json);
    List<Slot> slots = new ArrayList<>();
    collect(root, "", slots);
    String[] place = {null};
    String description = tree(root, operator, random, slots, place);
    return new Mutant(description, PLAIN.writeValueAsString(root), place[0]);
  }

  /** A place in the tree: a property of an object or an element of an array. */
  private record Slot(JsonNode container, String name, int index, String pointer) {
    JsonNode value() {
      return name != null ? container.get(name) : container.get(index);
    }

    void set(JsonNode value) {
      if (name != null) {
        ((ObjectNode) container).set(name, value);
      } else {
        ((ArrayNode) container).set(index, value);
      }
    }
  }

  private static void collect(JsonNode node, String pointer, List<Slot> slots) {
    if (node.isObject()) {
      for (String name : List.copyOf(node.propertyNames())) {
        String at = pointer + "/" + name;
        slots.add(new Slot(node, name, -1, at));
        collect(node.get(name), at, slots);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        String at = pointer + "/" + i;
        slots.add(new Slot(node, null, i, at));
        collect(node.get(i), at, slots);
      }
    }
  }

  private static <T> T pick(List<T> values, Random random) {
    return values.get(random.nextInt(values.size()));
  }

  private static String tree(JsonNode root, int operator, Random random, List<Slot> slots, String[] place) {
    switch (operator) {
      case 0 -> {
        List<Slot> properties = slots.stream().filter(s -> s.name() != null).toList();
        Slot slot = pick(properties, random);
        ((ObjectNode) slot.container()).remove(slot.name());
        place[0] = slot.pointer();
        return "deleted " + slot.pointer();
      }
      case 1 -> {
        List<Slot> objects = new ArrayList<>();
        objects.add(new Slot(root, null, -1, ""));
        slots.stream().filter(s -> s.value().isObject()).forEach(objects::add);
        Slot object = pick(objects, random);
        JsonNode container = object.pointer().isEmpty() ? root : object.value();
        String name = pick(List.of("extra", "ID", "Kind", "comment", "a/b~c"), random);
        ((ObjectNode) container).put(name, "x");
        place[0] = object.pointer() + "/" + name.replace("~", "~0").replace("/", "~1");
        return "added an unknown property " + place[0];
      }
      case 2 -> {
        Slot slot = pick(slots, random);
        JsonNode replacement = pick(List.of(NODES.stringNode("1"), NODES.numberNode(1), NODES.booleanNode(true),
            NODES.nullNode(), NODES.objectNode(), NODES.arrayNode(), NODES.arrayNode().add(slot.value())), random);
        slot.set(replacement);
        place[0] = slot.pointer();
        return "replaced " + slot.pointer() + " by " + replacement;
      }
      case 3 -> {
        List<Slot> numbers = slots.stream().filter(s -> s.value().isNumber()).toList();
        if (numbers.isEmpty()) {
          return tree(root, 2, random, slots, place);
        }
        Slot slot = pick(numbers, random);
        String number = pick(ODD_NUMBERS, random);
        slot.set(NODES.numberNode(new BigDecimal(number)));
        place[0] = slot.pointer();
        return "set " + slot.pointer() + " to " + number;
      }
      case 4 -> {
        List<Slot> strings = slots.stream().filter(s -> s.value().isString()).toList();
        Slot slot = pick(strings, random);
        String other = pick(strings, random).value().asString();
        String replacement = pick(List.of("nope", "", " ", other, slot.value().asString() + "x",
            "2024-13", "P0D", "en-gb", "ht tp://x"), random);
        slot.set(NODES.stringNode(replacement));
        place[0] = slot.pointer();
        return "set " + slot.pointer() + " to \"" + replacement + "\"";
      }
      case 5 -> {
        ObjectNode article = (ObjectNode) root.get("article");
        String text = article.get("text").asString();
        int at = text.isEmpty() ? 0 : random.nextInt(text.length());
        String changed = switch (random.nextInt(3)) {
          case 0 -> text.substring(0, at) + "Z" + text.substring(at);
          case 1 -> text.isEmpty() ? "Z" : text.substring(0, at) + text.substring(at + 1);
          default -> text.isEmpty() ? "Z" : text.substring(0, at) + "Z" + text.substring(at + 1);
        };
        article.put("text", changed);
        return "altered the article text at " + at;
      }
      case 6 -> {
        List<Slot> elements = slots.stream().filter(s -> s.name() == null).toList();
        if (elements.isEmpty()) {
          return tree(root, 0, random, slots, place);
        }
        Slot slot = pick(elements, random);
        ((ArrayNode) slot.container()).add(slot.value().deepCopy());
        place[0] = slot.pointer().substring(0, slot.pointer().lastIndexOf('/'));
        return "repeated " + slot.pointer();
      }
      case 7 -> {
        List<Slot> elements = slots.stream().filter(s -> s.name() == null).toList();
        if (elements.isEmpty()) {
          return tree(root, 0, random, slots, place);
        }
        Slot slot = pick(elements, random);
        ((ArrayNode) slot.container()).remove(slot.index());
        place[0] = slot.pointer().substring(0, slot.pointer().lastIndexOf('/'));
        return "removed " + slot.pointer();
      }
      case 8 -> {
        List<Slot> strings = slots.stream().filter(s -> s.value().isString()).toList();
        Slot slot = pick(strings, random);
        String name = pick(ENUM_NAMES, random);
        slot.set(NODES.stringNode(name));
        place[0] = slot.pointer();
        return "set " + slot.pointer() + " to \"" + name + "\"";
      }
      case 9 -> {
        List<Slot> elements = slots.stream().filter(s -> s.name() == null && s.container().size() > 1).toList();
        if (elements.isEmpty()) {
          return tree(root, 4, random, slots, place);
        }
        Slot slot = pick(elements, random);
        ArrayNode array = (ArrayNode) slot.container();
        JsonNode first = array.remove(slot.index());
        array.add(first);
        place[0] = slot.pointer().substring(0, slot.pointer().lastIndexOf('/'));
        return "moved " + slot.pointer() + " to the end";
      }
      case 10 -> {
        List<Slot> booleans = slots.stream().filter(s -> s.value().isBoolean()).toList();
        if (booleans.isEmpty()) {
          return tree(root, 8, random, slots, place);
        }
        Slot slot = pick(booleans, random);
        slot.set(NODES.booleanNode(!slot.value().asBoolean()));
        place[0] = slot.pointer();
        return "flipped " + slot.pointer();
      }
      default -> {
        List<Slot> integers = slots.stream().filter(s -> s.value().isIntegralNumber()).toList();
        if (integers.isEmpty()) {
          return tree(root, 3, random, slots, place);
        }
        Slot slot = pick(integers, random);
        long shifted = slot.value().asLong() + (random.nextBoolean() ? 1 : -1);
        slot.set(NODES.numberNode(shifted));
        place[0] = slot.pointer();
        return "shifted " + slot.pointer() + " to " + shifted;
      }
    }
  }

  private static Mutant text(String json, int operator, Random random) {
    int at = random.nextInt(json.length() + 1);
    return switch (operator) {
      case 12 -> new Mutant("truncated at " + at, json.substring(0, at), null);
      case 13 -> {
        String garbage = pick(GARBAGE, random);
        yield new Mutant("inserted " + garbage + " at " + at, json.substring(0, at) + garbage + json.substring(at), null);
      }
      case 14 -> {
        int cut = Math.min(at, json.length() - 1);
        yield new Mutant("deleted the character at " + cut, json.substring(0, cut) + json.substring(cut + 1), null);
      }
      case 15 -> new Mutant("appended trailing content",
          json + pick(List.of(" {}", "\n{}", "x", " null", ",", "\n\n1"), random), null);
      default -> new Mutant("repeated the format property",
          "{\"format\":\"newsclaims/1\"," + json.substring(1), "/format");
    };
  }
}
