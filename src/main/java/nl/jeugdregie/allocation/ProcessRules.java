package nl.jeugdregie.allocation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.jeugdregie.policy.Decision;
import nl.jeugdregie.policy.DecisionRequest;
import nl.jeugdregie.policy.Effect;
import nl.jeugdregie.policy.Outcome;
import nl.jeugdregie.policy.PackRule;
import nl.jeugdregie.policy.PolicyPack;
import nl.jeugdregie.policy.Reason;
import nl.jeugdregie.policy.RequestKind;
import nl.jeugdregie.policy.RuleKind;
import nl.jeugdregie.policy.kinds.EndingNotice;
import nl.jeugdregie.policy.kinds.ScreeningBeforeRequest;
import nl.jeugdregie.policy.kinds.SeparatePaymentPerProvider;
import nl.jeugdregie.shared.ReferrerType;
import org.jspecify.annotations.Nullable;

/**
 * The packs' process rules that the client route executes itself, because they need what the route
 * recorded (screenings, help plans, the referrer's consultation), which the pure decision engine
 * does not see. Pure: the caller reads the records.
 *
 * <ul>
 *   <li>{@code ScreeningBeforeRequest} (IJsselland 001 §4.2.1.4, R-IJS-4): an initial request of a
 *       provider needs that provider's accepted screening, unless the referrer is one whose route
 *       has prior consultation instead. Without it the request goes to the access team
 *       (INVESTIGATE), not refused: the seed leaves the form of screening to the provider ("De vorm
 *       ... staat de aanbieder vrij"), so a missing record does not prove it did not happen, and
 *       iJw has no WJ759 reason for it; the access team asks and decides within its 8 weeks, and
 *       the youth is not left without help ("niet los wordt gelaten").
 *   <li>{@code SeparatePaymentPerProvider} with a shared help plan (Amstelveen/Aalsmeer 004,
 *       R-AAA-6): a second provider for one youth needs the shared help plan naming the main
 *       contractor; without it INVESTIGATE (the municipality sees to the plan first).
 *   <li>{@code EndingNotice} (IJsselland 001 §4.3.1.3, R-IJS-8): see {@link #ending}.
 * </ul>
 */
final class ProcessRules {

  private ProcessRules() {}

  /** The seed section a rule's {@code source} names, without its quote ("001 §4.3.1.3"). */
  static String citation(String source) {
    int quote = source.indexOf(" '");
    return quote < 0 ? source : source.substring(0, quote);
  }

  /** The first rule of the pack of {@code kind}, with its id and source. */
  static <K extends RuleKind> Optional<PackRule> rule(PolicyPack pack, Class<K> kind) {
    return pack.rules().stream().filter(r -> kind.isInstance(r.kind())).findFirst();
  }

  /**
   * R-IJS-4: the finding on an initial request of provider {@code agb} given its latest screening
   * of the client on or before the request ({@code screening}, empty when none); empty when the
   * pack has no such rule or the request does not need a screening.
   */
  static Optional<Reason> screening(
      PolicyPack pack, DecisionRequest request, Optional<ProcessStore.Screening> screening) {
    Optional<PackRule> found = rule(pack, ScreeningBeforeRequest.class);
    if (found.isEmpty() || request.kind() != RequestKind.INITIAL) return Optional.empty();
    PackRule rule = found.get();
    ScreeningBeforeRequest kind = (ScreeningBeforeRequest) rule.kind();
    ReferrerType referrer = request.referrer().type();
    if (kind.withoutScreening().contains(referrer)) return Optional.empty();
    if (screening.isPresent() && screening.get().accepted()) return Optional.empty();
    String message =
        screening
            .map(
                s ->
                    "the provider declined this youth after its screening on "
                        + s.screenedOn()
                        + " ("
                        + s.declineReason()
                        + "); the access team judges the request")
            .orElse(
                "no accepted screening by this provider is recorded before the request; a provider"
                    + " screens before it asks (referrer "
                    + referrer.code()
                    + "), so the access team judges the request");
    return Optional.of(new Reason(rule.id(), Effect.INVESTIGATE, rule.source(), message));
  }

  /**
   * R-AAA-6: the finding on an initial request of provider {@code agb} for a youth who has current
   * allocations at {@code otherProviders} in the same municipality, given the current shared help
   * plan there ({@code plan}, empty when none). The plan must name a main contractor among the
   * providers involved (the others and {@code agb}).
   */
  static Optional<Reason> helpPlan(
      PolicyPack pack,
      DecisionRequest request,
      String agb,
      Set<String> otherProviders,
      Optional<ProcessStore.HelpPlan> plan) {
    Optional<PackRule> found = rule(pack, SeparatePaymentPerProvider.class);
    if (found.isEmpty() || request.kind() != RequestKind.INITIAL || otherProviders.isEmpty()) {
      return Optional.empty();
    }
    PackRule rule = found.get();
    if (!((SeparatePaymentPerProvider) rule.kind()).sharedHelpPlan()) return Optional.empty();
    if (plan.isPresent()
        && (otherProviders.contains(plan.get().mainContractorAgb())
            || plan.get().mainContractorAgb().equals(agb))) {
      return Optional.empty();
    }
    String message =
        plan.isEmpty()
            ? "the youth already has care from "
                + otherProviders.size()
                + " other provider(s) in this municipality; a second provider needs the shared"
                + " help plan with its results and the main contractor recorded first"
            : "the shared help plan "
                + plan.get().reference()
                + " names main contractor "
                + plan.get().mainContractorAgb()
                + ", who is not one of the providers involved";
    return Optional.of(new Reason(rule.id(), Effect.INVESTIGATE, rule.source(), message));
  }

  /**
   * The engine's decision with the route's findings added: an INVESTIGATE finding turns an approval
   * into an investigation (nothing is allocated yet); a rejection stays a rejection.
   */
  static Decision with(Decision decision, List<Reason> findings) {
    if (findings.isEmpty()) return decision;
    List<Reason> reasons = new ArrayList<>(decision.reasons());
    reasons.addAll(findings);
    boolean investigate = findings.stream().anyMatch(r -> r.effect() == Effect.INVESTIGATE);
    if (decision.outcome() == Outcome.APPROVE && investigate) {
      return new Decision(Outcome.INVESTIGATE, decision.policy(), null, reasons);
    }
    return new Decision(decision.outcome(), decision.policy(), decision.allocation(), reasons);
  }

  /** What R-IJS-8 asks of one stop. */
  sealed interface Ending {
    /** The pack has no ending rule, or the stop does not end care (temporary, death). */
    record NotConcerned() implements Ending {}

    /** The referrer was consulted beforehand, as asked. */
    record Consulted(String rule) implements Ending {}

    /** A notice afterwards suffices: the system raises it for the referrer's side. */
    record NoticeAfterwards(String rule, String source) implements Ending {}

    /** The referrer had to be consulted beforehand and that is not recorded: refused. */
    record ConsultationMissing(String rule, String message) implements Ending {}
  }

  /**
   * R-IJS-8 (001 §4.3.1.3) on a definitive stop for {@code reason} of care referred by {@code
   * referrer}, where {@code consultedOn} is the latest recorded consultation of the referrer about
   * ending (null when none). The referrer is involved in the intention to end ("voornemen om de
   * hulpverlening te beëindigen"): a temporary stop (20) does not end care, and death (02) is no
   * intention, so neither is concerned. For the referrers in {@code consultBeforehand} (the access
   * team) a consultation on or before the stop date is needed always; for the others a notice
   * afterwards suffices when the reason is one of {@code noticeAfterwardsReasons} (31 'volgens
   * plan', read as youth and provider agreeing), else they too must be consulted beforehand.
   */
  static Ending ending(
      PolicyPack pack,
      @Nullable ReferrerType referrer,
      StopReason reason,
      LocalDate stopDate,
      @Nullable LocalDate consultedOn) {
    Optional<PackRule> found = rule(pack, EndingNotice.class);
    if (found.isEmpty() || reason.isTemporary() || reason == StopReason.DEATH) {
      return new Ending.NotConcerned();
    }
    PackRule rule = found.get();
    EndingNotice kind = (EndingNotice) rule.kind();
    boolean consulted = consultedOn != null && !consultedOn.isAfter(stopDate);
    boolean beforehand = referrer == null || kind.consultBeforehand().contains(referrer);
    if (consulted) return new Ending.Consulted(rule.id());
    if (!beforehand && kind.noticeAfterwardsReasons().contains(Integer.parseInt(reason.code()))) {
      return new Ending.NoticeAfterwards(rule.id(), rule.source());
    }
    String who = referrer == null ? "the referrer" : "referrer " + referrer.code();
    return new Ending.ConsultationMissing(
        rule.id(),
        "ending care (reason "
            + reason.code()
            + ") needs "
            + who
            + " consulted beforehand, and no consultation on or before "
            + stopDate
            + " is recorded; record it (referrerConsultedOn) and stop again ("
            + rule.id()
            + ", "
            + citation(rule.source())
            + ")");
  }
}
