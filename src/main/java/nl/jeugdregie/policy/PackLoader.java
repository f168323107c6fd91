package nl.jeugdregie.policy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import nl.jeugdregie.policy.kinds.RuleKinds;
import nl.jeugdregie.shared.ReferrerType;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads and validates one pack file. Nothing is guessed: an unknown key, kind or metric, a missing
 * or mistyped parameter, a rule without source, or a scope naming a product the pack does not have
 * fails the whole load with the file, the line and the rule id.
 */
public final class PackLoader {

  private static final Pattern PACK_ID = Pattern.compile("[a-z][a-z0-9-]*");
  private static final Pattern RULE_ID = Pattern.compile("R-[A-Z]{3}-\\d+");
  private static final Pattern PRODUCT_CODE = Pattern.compile("[0-9A-Z]{5}");
  private static final Pattern CATEGORY = Pattern.compile("\\d{2}");

  private PackLoader() {}

  public static PolicyPack load(Path file) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return load(file.getFileName().toString(), reader);
    } catch (IOException e) {
      throw new PackLoadException(file + ": cannot be read: " + e.getMessage());
    }
  }

  public static PolicyPack load(String fileName, String yaml) {
    return load(fileName, new StringReader(yaml));
  }

  public static PolicyPack load(String fileName, Reader reader) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(20);
    options.setCodePointLimit(4 * 1024 * 1024);
    Node root;
    try {
      root = new Yaml(options).compose(reader);
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
      throw new PackLoadException(fileName + ":" + line + ": not valid YAML: " + e.getProblem());
    } catch (YAMLException e) {
      throw new PackLoadException(fileName + ": not valid YAML: " + e.getMessage());
    }
    if (root == null) throw new PackLoadException(fileName + ":1: the file is empty");
    return new PackLoader.Reading(fileName).pack(new YamlFields(fileName, "pack", "key", root));
  }

  /** One load in progress. */
  private record Reading(String file) {

    PolicyPack pack(YamlFields top) {
      String id =
          top.value("id", "a pack id (lower case letters, digits, '-')", s -> matching(PACK_ID, s));
      String name = top.text("name");
      var validFrom = top.date("validFrom");
      var validTo = top.optionalDate("validTo");
      if (validTo != null && validTo.isBefore(validFrom)) {
        throw top.error(
            top.node("validTo"), "validTo " + validTo + " is before validFrom " + validFrom);
      }
      Map<String, String> sources = new LinkedHashMap<>();
      Node sourcesNode = top.optionalNode("sources");
      if (sourcesNode != null) {
        YamlFields s = new YamlFields(file, "sources", "source", sourcesNode);
        for (String key : keys(sourcesNode)) sources.put(key, s.text(key));
        s.finish();
      }
      Map<String, Municipality> municipalities = municipalities(top.node("municipalities"));
      Map<String, Product> products = products(top.node("products"));
      Map<String, AspecificCategory> aspecific = aspecific(top.optionalNode("aspecific"));
      Map<BudgetScheme, BudgetDefinition> budgets = budgets(top.optionalNode("budgets"));
      List<PackRule> rules = rules(top.optionalNode("rules"), products);
      List<Norm> norms = norms(top.optionalNode("norms"), products);
      top.optionalText("note");
      top.finish();
      PolicyPack pack =
          new PolicyPack(
              id,
              name,
              validFrom,
              validTo,
              sources,
              municipalities,
              products,
              aspecific,
              budgets,
              rules,
              norms,
              file);
      for (PackRule rule : rules) {
        String problem = rule.kind().problemWith(pack);
        if (problem != null) {
          throw new PackLoadException(
              file
                  + ":"
                  + rule.line()
                  + ": rule "
                  + rule.id()
                  + " ("
                  + rule.kindName()
                  + "): "
                  + problem);
        }
      }
      return pack;
    }

    private Map<String, Municipality> municipalities(Node node) {
      Map<String, Municipality> result = new LinkedHashMap<>();
      for (Node item : items(node, "municipalities")) {
        YamlFields m = new YamlFields(file, "municipality", "field", item);
        String code =
            m.value(
                "code",
                "a 4-digit CBS code (quote it: \"0153\")",
                s -> matching(Pattern.compile("\\d{4}"), s));
        if (result.put(code, new Municipality(code, m.text("name"))) != null) {
          throw m.error("municipality " + code + " is listed twice");
        }
        m.bool("assumption", false);
        m.optionalText("note");
        m.finish();
      }
      if (result.isEmpty())
        throw new PackLoadException(
            file + ":" + YamlFields.line(node) + ": pack: a pack needs at least one municipality");
      return result;
    }

    private Map<String, Product> products(Node node) {
      Map<String, Product> result = new LinkedHashMap<>();
      for (Node item : items(node, "products")) {
        YamlFields probe = YamlFields.probe(file, "product", item);
        String code =
            probe.value("code", "a 5-character product code", s -> matching(PRODUCT_CODE, s));
        YamlFields p = new YamlFields(file, "product " + code, "field", item);
        p.node("code");
        List<Product.Tariff> tariffs = new ArrayList<>();
        Set<Integer> years = new HashSet<>();
        Node tariffNode = p.optionalNode("tariffs");
        if (tariffNode != null) {
          for (Node t : items(tariffNode, "tariffs")) {
            YamlFields tf = new YamlFields(file, "product " + code + " tariff", "field", t);
            int year = tf.integer("year");
            if (!years.add(year)) throw tf.error("a second tariff for " + year);
            tariffs.add(new Product.Tariff(year, tf.cents("cents"), tf.bool("assumption", false)));
            tf.optionalText("note");
            tf.finish();
          }
        }
        Product product =
            new Product(
                code,
                p.text("name"),
                p.value(
                    "category",
                    "a 2-digit JZ020 category (quote it: \"45\")",
                    s -> matching(CATEGORY, s)),
                p.unit("unit"),
                p.optionalText("subSegment"),
                p.has("funding")
                    ? p.enumValue("funding", Product.Funding.class)
                    : Product.Funding.PXQ,
                p.optionalCents("signalBudgetCents"),
                tariffs);
        p.bool("assumption", false);
        p.optionalText("note");
        p.finish();
        if (result.put(code, product) != null)
          throw p.error("product " + code + " is listed twice");
      }
      return result;
    }

    private Map<String, AspecificCategory> aspecific(@Nullable Node node) {
      Map<String, AspecificCategory> result = new LinkedHashMap<>();
      if (node == null) return result;
      for (Node item : items(node, "aspecific")) {
        YamlFields a = new YamlFields(file, "aspecific category", "field", item);
        String category =
            a.value("category", "a 2-digit JZ020 category", s -> matching(CATEGORY, s));
        result.put(category, new AspecificCategory(category, a.text("name"), a.unit("unit")));
        a.optionalText("note");
        a.finish();
      }
      return result;
    }

    private Map<BudgetScheme, BudgetDefinition> budgets(@Nullable Node node) {
      Map<BudgetScheme, BudgetDefinition> result = new EnumMap<>(BudgetScheme.class);
      if (node == null) return result;
      for (Node item : items(node, "budgets")) {
        YamlFields b = new YamlFields(file, "budget", "field", item);
        BudgetScheme scheme = b.enumValue("scheme", BudgetScheme.class);
        BudgetDefinition definition =
            new BudgetDefinition(
                scheme,
                b.text("source"),
                b.optionalNumberMap("levels"),
                b.bool("assumption", false));
        b.optionalText("note");
        b.finish();
        if (result.put(scheme, definition) != null)
          throw b.error("budget scheme " + scheme + " is defined twice");
      }
      return result;
    }

    private List<PackRule> rules(@Nullable Node node, Map<String, Product> products) {
      List<PackRule> result = new ArrayList<>();
      if (node == null) return result;
      for (Node item : items(node, "rules")) {
        YamlFields probe = YamlFields.probe(file, "rule", item);
        String id = probe.value("id", "a rule id such as R-TWE-2", s -> matching(RULE_ID, s));
        String kindName = probe.text("kind");
        String what = "rule " + id + " (" + kindName + ")";
        YamlFields r = new YamlFields(file, what, "key", item);
        r.node("id");
        r.node("kind");
        Function<YamlFields, RuleKind> factory = RuleKinds.factory(kindName);
        if (factory == null) {
          throw r.error(
              r.node("kind"),
              "unknown rule kind '"
                  + kindName
                  + "' (known: "
                  + String.join(", ", RuleKinds.names())
                  + ")");
        }
        String source = r.text("source");
        Scope scope = scope(r.optionalNode("when"), what, products);
        Node paramsNode = r.optionalNode("params");
        YamlFields params =
            paramsNode == null
                ? YamlFields.empty(file, what, "parameter", item)
                : new YamlFields(file, what, "parameter", paramsNode);
        RuleKind kind = factory.apply(params);
        params.finish();
        result.add(
            new PackRule(
                id,
                kindName,
                kind,
                scope,
                source,
                r.bool("assumption", false),
                r.optionalText("note"),
                r.line()));
        r.finish();
      }
      return result;
    }

    private Scope scope(@Nullable Node node, String what, Map<String, Product> products) {
      if (node == null) return Scope.ANY;
      YamlFields w = new YamlFields(file, what, "'when' key", node);
      List<String> productCodes = w.optionalList("products", "a product code", s -> s);
      for (String code : productCodes) {
        if (!products.containsKey(code)) {
          throw w.error(
              w.node("products"), "product " + code + " is not in the pack's product book");
        }
      }
      Scope scope =
          new Scope(
              Set.copyOf(productCodes),
              Set.copyOf(
                  w.optionalList(
                      "categories", "a 2-digit JZ020 category", s -> matching(CATEGORY, s))),
              Set.copyOf(
                  w.optionalList("kinds", "INITIAL, EXTENSION or CHANGE", RequestKind::valueOf)),
              Set.copyOf(
                  w.optionalList(
                      "referrers", "a COD327 referrer code or name", ReferrerType::parse)),
              Set.copyOf(w.optionalList("schemes", "a budget scheme", BudgetScheme::valueOf)));
      w.finish();
      return scope;
    }

    private List<Norm> norms(@Nullable Node node, Map<String, Product> products) {
      List<Norm> result = new ArrayList<>();
      if (node == null) return result;
      for (Node item : items(node, "norms")) {
        YamlFields probe = YamlFields.probe(file, "norm", item);
        String id = probe.value("id", "a rule id such as R-NLI-1", s -> matching(RULE_ID, s));
        YamlFields n = new YamlFields(file, "norm " + id, "key", item);
        n.node("id");
        Metric metric = n.enumValue("metric", Metric.class);
        String source = n.text("source");
        Set<String> subSegments = Set.of();
        Set<String> scopedProducts = Set.of();
        Node scopeNode = n.optionalNode("scope");
        if (scopeNode != null) {
          YamlFields s = new YamlFields(file, "norm " + id + " scope", "key", scopeNode);
          subSegments = Set.copyOf(s.optionalList("subSegments", "a sub-segment", t -> t));
          scopedProducts = Set.copyOf(s.optionalList("products", "a product code", t -> t));
          for (String code : scopedProducts) {
            if (!products.containsKey(code))
              throw s.error("product " + code + " is not in the pack's product book");
          }
          for (String sub : subSegments) {
            if (products.values().stream().noneMatch(p -> sub.equals(p.subSegment()))) {
              throw s.error("no product of the pack has sub-segment '" + sub + "'");
            }
          }
          s.finish();
        }
        java.math.BigDecimal min = null;
        java.math.BigDecimal max = null;
        Node targetNode = n.optionalNode("target");
        if (targetNode != null) {
          YamlFields t = new YamlFields(file, "norm " + id + " target", "key", targetNode);
          min = t.optionalDecimal("min");
          max = t.optionalDecimal("max");
          t.finish();
          if (min == null && max == null) throw t.error("a target needs min, max or both");
          if (min != null && max != null && min.compareTo(max) > 0)
            throw t.error("min " + min + " is above max " + max);
        }
        Integer baselineYear = null;
        java.math.BigDecimal baselineValue = null;
        Node baselineNode = n.optionalNode("baseline");
        if (baselineNode != null) {
          YamlFields b = new YamlFields(file, "norm " + id + " baseline", "key", baselineNode);
          baselineYear = b.optionalInteger("year");
          baselineValue = b.optionalDecimal("value");
          b.finish();
        }
        Integer by = n.optionalInteger("by");
        boolean assumption = n.bool("assumption", false);
        String note = n.optionalText("note");
        if (targetNode == null && !assumption && note == null) {
          throw n.error("a norm without a target needs a note saying why (or assumption: true)");
        }
        n.finish();
        result.add(
            new Norm(
                id,
                metric,
                source,
                subSegments,
                scopedProducts,
                min,
                max,
                baselineYear,
                baselineValue,
                by,
                assumption,
                note,
                n.line()));
      }
      return result;
    }

    private List<Node> items(Node node, String key) {
      if (!(node instanceof SequenceNode seq)) {
        throw new PackLoadException(
            file + ":" + YamlFields.line(node) + ": pack: '" + key + "' must be a list");
      }
      return seq.getValue();
    }

    private static List<String> keys(Node mapping) {
      List<String> keys = new ArrayList<>();
      for (var tuple : ((org.yaml.snakeyaml.nodes.MappingNode) mapping).getValue()) {
        keys.add(((org.yaml.snakeyaml.nodes.ScalarNode) tuple.getKeyNode()).getValue());
      }
      return keys;
    }

    private static String matching(Pattern pattern, String s) {
      if (!pattern.matcher(s).matches()) throw new IllegalArgumentException(s);
      return s;
    }
  }
}
