/**
 * The rule kinds: one class per kind, each small, pure and parameterised by a pack entry through
 * its {@code from(YamlFields)} factory; {@link nl.jeugdregie.policy.kinds.RuleKinds} maps pack
 * names to kinds. docs/policy-packs.md lists every kind with its parameters.
 */
@NullMarked
package nl.jeugdregie.policy.kinds;

import org.jspecify.annotations.NullMarked;
