package nl.jeugdregie.policy;

/**
 * A rule kind implemented once in Java and parameterised by packs. {@link DecisionRule}s decide
 * requests; the others (process rules such as signal thresholds, payment and ending arrangements)
 * are validated with the pack and read by the modules they concern.
 */
public interface RuleKind {

  /**
   * A problem this rule has with the rest of its pack (e.g. a budget scheme it needs is not
   * defined), or null. Checked once when the pack loads.
   */
  default @org.jspecify.annotations.Nullable String problemWith(PolicyPack pack) {
    return null;
  }
}
