package nl.jeugdregie.ijw;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.jeugdregie.shared.IjwRules;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Which rules of the official iJw 3.2 rule export (shipped as {@code ijw/rules/*.csv}, the export
 * in {@code ../shared/ijw/rules/}) this system implements. The answer is read from the code: every
 * class carrying {@link IjwRules} under {@code nl.jeugdregie}. A rule is
 *
 * <ul>
 *   <li>implemented: a class names it, or it is an XSD rule (control level "berichtformaat (xsd)")
 *       that {@link XsdCheck} enforces with the shipped XSDs;
 *   <li>not applicable: a process rule, instruction or principle (OP, IV, UP) that no message check
 *       can carry and no class names, or a CD/CS/TR rule on no message exchanged here;
 *   <li>missing: any other CD, CS or TR rule.
 * </ul>
 */
public final class RuleCoverage {

  /** How a rule of the export is covered. */
  public enum Status {
    IMPLEMENTED,
    NOT_APPLICABLE,
    MISSING
  }

  /** One rule of the export with its coverage; {@code by} names the classes or the reason. */
  public record Rule(
      String code,
      String type,
      String returnCode,
      String level,
      String title,
      Status status,
      String by) {}

  /** Every rule of the export, in code order, and annotated codes the export does not know. */
  public record Report(List<Rule> rules, Set<String> unknownAnnotated) {
    public List<Rule> with(Status status) {
      return rules.stream().filter(r -> r.status() == status).toList();
    }
  }

  private static final String EXPORT = "ijw/rules/regels-ijw-3.2.csv";
  private static final String PER_ELEMENT = "ijw/rules/regels-per-data-element.csv";
  private static final String XSD_LEVEL = "berichtformaat (xsd)";

  private RuleCoverage() {}

  /** The coverage of the export by the classes of this system. */
  public static Report report() {
    Map<String, Set<String>> implementers = implementers();
    Map<String, String> notApplicable = notApplicable();
    Map<String, Set<String>> messages = messagesPerRule();
    List<Rule> rules = new ArrayList<>();
    Set<String> known = new HashSet<>();
    for (Map<String, String> row : Csv.read(resource(EXPORT))) {
      String code = row.getOrDefault("Regelcode", "").trim();
      if (code.isEmpty()) continue;
      known.add(code);
      String level = row.getOrDefault("Controleniveau", "").trim();
      String title = row.getOrDefault("Titel", "").replaceAll("\\s+", " ").trim();
      Set<String> by = implementers.get(code);
      Set<String> on = messages.getOrDefault(code, Set.of());
      Status status;
      String why;
      if (by != null) {
        status = Status.IMPLEMENTED;
        why = String.join(", ", by);
      } else if (notApplicable.containsKey(code)) {
        status = Status.NOT_APPLICABLE;
        why = Objects.requireNonNull(notApplicable.get(code));
      } else if (level.equals(XSD_LEVEL)) {
        status = Status.IMPLEMENTED;
        why = "XsdCheck (the XSD)";
      } else if (code.startsWith("OP") || code.startsWith("IV") || code.startsWith("UP")) {
        status = Status.NOT_APPLICABLE;
        why = "process rule, instruction or principle: no check on a message";
      } else if (on.stream().noneMatch(m -> m.startsWith("JW"))) {
        status = Status.NOT_APPLICABLE;
        why = "on no message exchanged here";
      } else {
        status = Status.MISSING;
        why = "on " + String.join(", ", new TreeSet<>(on));
      }
      rules.add(
          new Rule(
              code,
              row.getOrDefault("Type", "").trim(),
              row.getOrDefault("Retourcode", "").trim(),
              level,
              title,
              status,
              why));
    }
    rules.sort(java.util.Comparator.comparing(Rule::code));
    Set<String> unknown = new TreeSet<>(implementers.keySet());
    unknown.addAll(notApplicable.keySet());
    unknown.removeAll(known);
    return new Report(List.copyOf(rules), unknown);
  }

  /** Rule code → the simple names of the classes that say they implement it. */
  static Map<String, Set<String>> implementers() {
    Map<String, Set<String>> implementers = new TreeMap<>();
    for (Class<?> type : annotated()) {
      for (String code : type.getAnnotation(IjwRules.class).value()) {
        implementers.computeIfAbsent(code, c -> new TreeSet<>()).add(type.getSimpleName());
      }
    }
    return implementers;
  }

  /** Rule code → why it cannot apply, as the class where it would live says. */
  static Map<String, String> notApplicable() {
    Map<String, String> reasons = new TreeMap<>();
    for (Class<?> type : annotated()) {
      for (String entry : type.getAnnotation(IjwRules.class).notApplicable()) {
        int colon = entry.indexOf(':');
        if (colon < 0)
          throw new IllegalStateException(type + ": \"" + entry + "\" lacks CODE: why");
        reasons.put(
            entry.substring(0, colon).trim(),
            entry.substring(colon + 1).trim() + " (" + type.getSimpleName() + ")");
      }
    }
    return reasons;
  }

  /** Every class under nl.jeugdregie that carries {@link IjwRules}. */
  private static List<Class<?>> annotated() {
    ClassPathScanningCandidateComponentProvider scanner =
        new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(IjwRules.class));
    List<Class<?>> types = new ArrayList<>();
    for (BeanDefinition candidate : scanner.findCandidateComponents("nl.jeugdregie")) {
      String name = Objects.requireNonNull(candidate.getBeanClassName());
      Class<?> type;
      try {
        type = Class.forName(name, false, RuleCoverage.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
      if (type.getAnnotation(IjwRules.class) != null) types.add(type);
    }
    return types;
  }

  /** Rule code → the messages the per-element export lists it on (JW301, JW Retour...). */
  private static Map<String, Set<String>> messagesPerRule() {
    Map<String, Set<String>> messages = new HashMap<>();
    for (Map<String, String> row : Csv.read(resource(PER_ELEMENT))) {
      String code = row.getOrDefault("Regelcode", "").trim();
      String message = row.getOrDefault("Bericht", "").trim();
      if (!code.isEmpty() && !message.isEmpty()) {
        messages.computeIfAbsent(code, c -> new TreeSet<>()).add(message);
      }
    }
    return messages;
  }

  private static String resource(String name) {
    try (InputStream in = RuleCoverage.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException("missing resource " + name);
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (IOException e) {
      throw new IllegalStateException(name + " cannot be read", e);
    }
  }

  /** RFC 4180 CSV as the export writes it: quoted fields may hold commas, quotes and newlines. */
  static final class Csv {
    private Csv() {}

    static List<Map<String, String>> read(String text) {
      List<List<String>> records = records(text);
      if (records.isEmpty()) return List.of();
      List<String> header = records.getFirst();
      List<Map<String, String>> rows = new ArrayList<>();
      for (List<String> record : records.subList(1, records.size())) {
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < header.size() && i < record.size(); i++) {
          row.put(header.get(i).trim(), record.get(i));
        }
        rows.add(row);
      }
      return rows;
    }

    static List<List<String>> records(String text) {
      List<List<String>> records = new ArrayList<>();
      List<String> record = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (quoted) {
          if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else if (c == '"') {
            quoted = false;
          } else {
            field.append(c);
          }
        } else if (c == '"') {
          quoted = true;
        } else if (c == ',') {
          record.add(field.toString());
          field.setLength(0);
        } else if (c == '\n' || c == '\r') {
          if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
          record.add(field.toString());
          field.setLength(0);
          if (!(record.size() == 1 && record.getFirst().isEmpty())) records.add(record);
          record = new ArrayList<>();
        } else {
          field.append(c);
        }
      }
      if (field.length() > 0 || !record.isEmpty()) {
        record.add(field.toString());
        records.add(record);
      }
      return records;
    }
  }
}
