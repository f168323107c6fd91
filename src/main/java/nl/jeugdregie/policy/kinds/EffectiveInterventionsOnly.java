package nl.jeugdregie.policy.kinds;

import java.util.Set;
import nl.jeugdregie.policy.DecisionRule;
import nl.jeugdregie.policy.Evidence;
import nl.jeugdregie.policy.RequestCase;
import nl.jeugdregie.policy.Verdict;
import nl.jeugdregie.policy.YamlFields;
import nl.jeugdregie.shared.ReferrerType;

/**
 * Only effective interventions are paid: unproven ones only with the local team's consent, proven
 * ineffective ones and help outside the Jeugdwet never (Amstelveen/Aalsmeer, 004 'Normaliseren en
 * kwaliteit', R-AAA-5).
 */
public record EffectiveInterventionsOnly(Set<ReferrerType> consentBy) implements DecisionRule {

  public static EffectiveInterventionsOnly from(YamlFields p) {
    return new EffectiveInterventionsOnly(Set.copyOf(p.optionalReferrers("consentBy")));
  }

  @Override
  public Verdict judge(RequestCase c) {
    Evidence evidence = c.request().evidence();
    if (evidence == null) return Verdict.PASS;
    return switch (evidence) {
      case PROVEN -> Verdict.PASS;
      case INEFFECTIVE -> Verdict.reject("an intervention proven ineffective is not paid");
      case OUTSIDE_JEUGDWET -> Verdict.reject("help outside the Jeugdwet is not paid");
      case UNPROVEN ->
          consentBy.contains(c.request().referrer().type())
              ? Verdict.info(
                  "an unproven intervention, referred by "
                      + Describe.referrer(c.request().referrer().type()))
              : Verdict.investigate("an unproven intervention needs the local team's consent");
    };
  }
}
