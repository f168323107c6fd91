package nl.jeugdregie.policy;

import org.jspecify.annotations.Nullable;

/**
 * One entry of a pack's rules: the rule id from docs/domain.md, the kind with its parameters, the
 * scope, the source it cites, and where it stands in the pack file.
 */
public record PackRule(
    String id,
    String kindName,
    RuleKind kind,
    Scope scope,
    String source,
    boolean assumption,
    @Nullable String note,
    int line) {}
