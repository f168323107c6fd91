package nl.jeugdregie.signals;

import java.time.LocalDate;
import nl.jeugdregie.shared.Role;
import org.jspecify.annotations.Nullable;

/**
 * A signal rule's condition that holds today: the kind, the rule id that raised it, the role that
 * has to act, the last day to act (when the rule has one) and a message without personal data.
 */
record Finding(SignalKind kind, String rule, Role role, @Nullable LocalDate due, String message) {}
