/**
 * Region policy packs and the decision engine. A pack is one region's procurement model as YAML
 * (municipalities, product book, budget schemes, rules, norms), validated on load with file, line
 * and rule id in every error, and versioned by validity date. {@link
 * nl.jeugdregie.policy.PolicyEngine} decides an allocation request under the version in force on
 * its date and explains the decision with the rule id, effect and source of every finding. Pure
 * Java: no database, no clock, no I/O while deciding.
 */
@NullMarked
package nl.jeugdregie.policy;

import org.jspecify.annotations.NullMarked;
