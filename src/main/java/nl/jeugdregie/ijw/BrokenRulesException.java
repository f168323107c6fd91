package nl.jeugdregie.ijw;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A message we were about to send breaks iJw rules: our bug, or a situation the domain let through
 * that the standard forbids (e.g. deleting an allocation with approved declarations, TR385). It is
 * not stored. The message names each rule, its return code and where it broke, never the values, so
 * no personal data reaches a log.
 */
public class BrokenRulesException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final transient List<RuleFinding> findings;

  BrokenRulesException(MessageType type, List<RuleFinding> findings) {
    super(
        "the "
            + type
            + " we would send breaks "
            + findings.stream()
                .map(f -> f.rule() + " (" + f.returnCode() + ") at " + f.xpath())
                .collect(Collectors.joining(", ")));
    this.findings = List.copyOf(findings);
  }

  public List<RuleFinding> findings() {
    return findings;
  }

  /** The codes of the broken rules, e.g. "TR385, CS335". */
  public String rules() {
    return findings.stream().map(RuleFinding::rule).distinct().collect(Collectors.joining(", "));
  }
}
