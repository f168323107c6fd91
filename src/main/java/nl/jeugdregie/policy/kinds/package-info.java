/**
 * The rule kinds: one class per kind, each small, pure and parameterised by a pack entry through
 * its {@code from(YamlFields)} factory; {@link nl.jeugdregie.policy.kinds.RuleKinds} maps pack
 * names to kinds. docs/policy-packs.md lists every kind with its parameters.
 *
 * <p>A named interface of the policy module: other modules read a pack's process rules by kind
 * ({@link nl.jeugdregie.policy.PolicyPack#rulesOfKind}), e.g. the signals module its thresholds.
 */
@NullMarked
@NamedInterface("kinds")
package nl.jeugdregie.policy.kinds;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
