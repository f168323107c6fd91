package nl.jeugdregie.signals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.jeugdregie.policy.PackRule;
import nl.jeugdregie.policy.PolicyPack;
import nl.jeugdregie.policy.Scope;
import nl.jeugdregie.policy.kinds.EvaluationInterval;
import nl.jeugdregie.policy.kinds.ExhaustionLeadTime;
import nl.jeugdregie.policy.kinds.ExtensionWindow;
import nl.jeugdregie.policy.kinds.ReferralLetterValidity;
import nl.jeugdregie.policy.kinds.UsageSignal;
import nl.jeugdregie.shared.ReferrerType;

/**
 * Which signals hold today for an allocation, from the signal rules of its region's pack: every
 * rule of kind {@code UsageSignal}, {@code ExhaustionLeadTime}, {@code ExtensionWindow}, {@code
 * EvaluationInterval} and {@code ReferralLetterValidity} whose {@code when} matches the
 * allocation's product. An allocation that is deleted (13), whose delivery has ended, or whose end
 * date is past raises nothing: its open signals close. Pure: no database, no clock.
 */
final class SignalRules {

  private SignalRules() {}

  static List<Finding> forAllocation(PolicyPack pack, AllocationSituation a, LocalDate today) {
    if (a.deleted() || a.delivery().equals("ENDED")) return List.of();
    if (a.end() != null && a.end().isBefore(today)) return List.of();
    Map<String, Finding> found = new LinkedHashMap<>();
    for (PackRule rule : pack.rules()) {
      if (!matches(rule.scope(), a)) continue;
      String id = rule.id();
      List<java.util.Optional<Finding>> results = new ArrayList<>();
      switch (rule.kind()) {
        case UsageSignal u ->
            results.add(
                UsageThreshold.check(
                    id, u.threshold(), a.label(), a.consumedCents(), a.budgetCents()));
        case ExhaustionLeadTime e -> {
          if (a.budgetCents() != null) {
            results.add(
                Exhaustion.money(
                    id,
                    e.weeks(),
                    a.label(),
                    a.consumedCents(),
                    a.budgetCents(),
                    a.booked(),
                    a.end(),
                    today));
            results.add(Exhaustion.time(id, e.weeks(), a.label(), a.end(), today));
          }
        }
        case ExtensionWindow w ->
            results.add(
                ExtensionDue.check(id, w.fromWeeks(), w.toWeeks(), a.label(), a.end(), today));
        case EvaluationInterval ev -> {
          results.add(
              EvaluationDue.check(id, ev.every(), a.label(), a.careStartedOn(), a.end(), today));
          results.add(
              EvaluationDue.withMunicipality(
                  id,
                  ev.longCareOver(),
                  ev.municipalityAfter(),
                  a.label(),
                  a.start(),
                  a.careStartedOn(),
                  a.end(),
                  today));
        }
        case ReferralLetterValidity v -> {
          String type = a.referrerType();
          if (type != null && v.referrers().contains(ReferrerType.parse(type))) {
            results.add(
                ReferralExpiring.check(
                    id, v.validFor(), a.label(), a.letterDate(), a.careStarted(), today));
          }
        }
        default -> {}
      }
      for (var result : results) {
        result.ifPresent(f -> found.putIfAbsent(f.kind() + " " + f.rule(), f));
      }
    }
    return List.copyOf(found.values());
  }

  static List<Finding> forRequest(RequestSituation r, LocalDate today) {
    return RequestDeadlines.check(
        r.changeRequest(),
        r.label(),
        r.state(),
        r.answerDue(),
        r.answeredOn(),
        r.investigationDue(),
        today);
  }

  /** A rule's {@code when} on products and categories (other conditions do not narrow signals). */
  private static boolean matches(Scope scope, AllocationSituation a) {
    String code = a.productCode();
    return (scope.products().isEmpty() || (code != null && scope.products().contains(code)))
        && (scope.categories().isEmpty() || scope.categories().contains(a.category()));
  }
}
