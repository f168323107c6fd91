package nl.jeugdregie.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import nl.jeugdregie.shared.ReferrerType;
import nl.jeugdregie.shared.Unit;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Typed, line-aware reading of one YAML mapping of a pack: the rule kinds read their parameters
 * through it, so every mistake is reported with the file, the line and what was being read, and a
 * key nobody read (a typo) fails the load in {@link #finish()}.
 */
public final class YamlFields {

  private final String file;
  private final String what;
  private final String noun;
  private final Node node;
  private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

  /** Every key asked for, present or not: what this mapping may contain. */
  private final TreeSet<String> read = new TreeSet<>();

  YamlFields(String file, String what, String noun, Node node) {
    this(file, what, noun, node, true);
  }

  /**
   * A first look at a mapping to learn its name (a rule's id, a product's code) before reading it
   * properly; it tolerates duplicate keys so that the proper reading reports them with that name.
   */
  static YamlFields probe(String file, String what, Node node) {
    return new YamlFields(file, what, "key", node, false);
  }

  private YamlFields(String file, String what, String noun, Node node, boolean strict) {
    this.file = file;
    this.what = what;
    this.noun = noun;
    this.node = node;
    if (!(node instanceof MappingNode mapping)) {
      throw error(node, "expected a mapping of " + noun + "s");
    }
    for (NodeTuple tuple : mapping.getValue()) {
      if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
        throw error(tuple.getKeyNode(), "a " + noun + " name must be plain text");
      }
      if (entries.putIfAbsent(key.getValue(), tuple) != null && strict) {
        throw error(key, noun + " '" + key.getValue() + "' is given twice");
      }
    }
  }

  /** An empty set of fields, for an absent optional mapping (such as a rule without params). */
  static YamlFields empty(String file, String what, String noun, Node at) {
    return new YamlFields(
        file,
        what,
        noun,
        new MappingNode(
            org.yaml.snakeyaml.nodes.Tag.MAP,
            true,
            new ArrayList<>(),
            at.getStartMark(),
            at.getEndMark(),
            org.yaml.snakeyaml.DumperOptions.FlowStyle.FLOW));
  }

  public PackLoadException error(Node at, String message) {
    return new PackLoadException(file + ":" + line(at) + ": " + what + ": " + message);
  }

  public PackLoadException error(String message) {
    return error(node, message);
  }

  public int line() {
    return line(node);
  }

  static int line(Node at) {
    return at.getStartMark().getLine() + 1;
  }

  String file() {
    return file;
  }

  public boolean has(String key) {
    return entries.containsKey(key);
  }

  @Nullable Node optionalNode(String key) {
    read.add(key);
    NodeTuple tuple = entries.get(key);
    if (tuple == null) return null;
    Node value = tuple.getValueNode();
    return value instanceof ScalarNode s && s.getTag().getValue().endsWith(":null") ? null : value;
  }

  Node node(String key) {
    Node value = optionalNode(key);
    if (value == null) throw error("missing " + noun + " '" + key + "'");
    return value;
  }

  /** Reads a scalar with a parser; a parser's IllegalArgumentException becomes a located error. */
  public <T> T value(String key, String expected, Function<String, T> parser) {
    return parse(key, node(key), expected, parser);
  }

  public <T> @Nullable T optionalValue(String key, String expected, Function<String, T> parser) {
    Node value = optionalNode(key);
    return value == null ? null : parse(key, value, expected, parser);
  }

  private <T> T parse(String key, Node value, String expected, Function<String, T> parser) {
    if (!(value instanceof ScalarNode scalar)) {
      throw error(value, noun + " '" + key + "' must be " + expected + ", got a " + kindOf(value));
    }
    try {
      return parser.apply(scalar.getValue());
    } catch (IllegalArgumentException | DateTimeParseException | ArithmeticException e) {
      throw error(
          value, noun + " '" + key + "' must be " + expected + ", got '" + scalar.getValue() + "'");
    }
  }

  private static String kindOf(Node value) {
    return value instanceof SequenceNode
        ? "list"
        : value instanceof MappingNode ? "mapping" : "value";
  }

  public String text(String key) {
    return value(key, "text", YamlFields::nonBlank);
  }

  public @Nullable String optionalText(String key) {
    return optionalValue(key, "text", YamlFields::nonBlank);
  }

  public int integer(String key) {
    return value(key, "a whole number", Integer::parseInt);
  }

  public @Nullable Integer optionalInteger(String key) {
    return optionalValue(key, "a whole number", Integer::parseInt);
  }

  public long cents(String key) {
    return value(
        key, "whole eurocents (a whole number, not negative)", YamlFields::nonNegativeLong);
  }

  public @Nullable Long optionalCents(String key) {
    return optionalValue(
        key, "whole eurocents (a whole number, not negative)", YamlFields::nonNegativeLong);
  }

  public boolean bool(String key, boolean otherwise) {
    Boolean value = optionalValue(key, "true or false", YamlFields::parseBoolean);
    return value == null ? otherwise : value;
  }

  public LocalDate date(String key) {
    return value(key, "a date (yyyy-mm-dd)", LocalDate::parse);
  }

  public @Nullable LocalDate optionalDate(String key) {
    return optionalValue(key, "a date (yyyy-mm-dd)", LocalDate::parse);
  }

  public Period period(String key) {
    return value(key, "an ISO period such as P1Y, P6M, P6W", YamlFields::positivePeriod);
  }

  public @Nullable Period optionalPeriod(String key) {
    return optionalValue(key, "an ISO period such as P1Y, P6M, P6W", YamlFields::positivePeriod);
  }

  public BigDecimal fraction(String key) {
    return value(key, "a fraction between 0 and 1", YamlFields::parseFraction);
  }

  public @Nullable BigDecimal optionalDecimal(String key) {
    return optionalValue(key, "a number", BigDecimal::new);
  }

  public Effect effect(String key, Effect otherwise) {
    Effect value = optionalValue(key, "one of " + List.of(Effect.values()), Effect::valueOf);
    return value == null ? otherwise : value;
  }

  public Unit unit(String key) {
    return value(key, "a WJ756 unit code or name (MINUTE, HOUR, DAY ...)", Unit::parse);
  }

  public <E extends Enum<E>> E enumValue(String key, Class<E> type) {
    return value(key, "one of " + List.of(type.getEnumConstants()), s -> Enum.valueOf(type, s));
  }

  /** A list of scalars, each parsed; an absent key gives an empty list. */
  public <T> List<T> optionalList(String key, String expected, Function<String, T> parser) {
    Node value = optionalNode(key);
    if (value == null) return List.of();
    List<Node> items = value instanceof SequenceNode seq ? seq.getValue() : List.of(value);
    List<T> result = new ArrayList<>(items.size());
    for (Node item : items) result.add(parse(key, item, expected, parser));
    return List.copyOf(result);
  }

  public <T> List<T> list(String key, String expected, Function<String, T> parser) {
    List<T> result = optionalList(key, expected, parser);
    if (result.isEmpty())
      throw error(node(key), noun + " '" + key + "' must list at least one value");
    return result;
  }

  public List<ReferrerType> referrers(String key) {
    return list(key, "a list of COD327 referrer codes or names", ReferrerType::parse);
  }

  public List<ReferrerType> optionalReferrers(String key) {
    return optionalList(key, "a list of COD327 referrer codes or names", ReferrerType::parse);
  }

  /** A mapping from whole numbers to whole numbers, e.g. {@code {2: 6}}; empty when absent. */
  public Map<Integer, Long> optionalNumberMap(String key) {
    Node value = optionalNode(key);
    if (value == null) return Map.of();
    YamlFields map = new YamlFields(file, what, noun + " '" + key + "' entry", value);
    Map<Integer, Long> result = new LinkedHashMap<>();
    for (String entry : map.entries.keySet()) {
      int number =
          map.parse(
              entry, map.entries.get(entry).getKeyNode(), "a whole number", Integer::parseInt);
      result.put(
          number, map.value(entry, "a whole number, not negative", YamlFields::nonNegativeLong));
    }
    return result;
  }

  /** Fails on any key nobody read: a misspelt parameter must not be silently ignored. */
  public void finish() {
    for (Map.Entry<String, NodeTuple> entry : entries.entrySet()) {
      if (!read.contains(entry.getKey())) {
        throw error(
            entry.getValue().getKeyNode(),
            "unknown "
                + noun
                + " '"
                + entry.getKey()
                + "'"
                + (read.isEmpty() ? "" : " (expected: " + String.join(", ", read) + ")"));
      }
    }
  }

  private static String nonBlank(String s) {
    if (s.isBlank()) throw new IllegalArgumentException("blank");
    return s.strip();
  }

  private static long nonNegativeLong(String s) {
    long value = Long.parseLong(s.replace("_", ""));
    if (value < 0) throw new IllegalArgumentException("negative");
    return value;
  }

  private static Boolean parseBoolean(String s) {
    return switch (s) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new IllegalArgumentException(s);
    };
  }

  private static Period positivePeriod(String s) {
    Period period = Period.parse(s);
    if (period.isNegative() || period.isZero()) throw new IllegalArgumentException(s);
    return period;
  }

  private static BigDecimal parseFraction(String s) {
    BigDecimal value = new BigDecimal(s);
    if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0)
      throw new IllegalArgumentException(s);
    return value;
  }
}
