package nl.jeugdregie.policy.kinds;

import java.time.LocalDate;
import nl.jeugdregie.policy.DecisionRequest;
import nl.jeugdregie.policy.DecisionRule;
import nl.jeugdregie.policy.Effect;
import nl.jeugdregie.policy.RequestCase;
import nl.jeugdregie.policy.RequestKind;
import nl.jeugdregie.policy.Verdict;
import nl.jeugdregie.policy.YamlFields;
import nl.jeugdregie.shared.DateRange;
import org.jspecify.annotations.Nullable;

/**
 * Only a short extension (the closing phase) continues the current allocation; a long one is a new
 * allocation the municipality makes, linked to a youth director's plan (Twente, 002 p.2 'Bij een
 * langdurige verlenging wordt er een jeugdregisseur/wijkcoach/jeugdconsulent aan gekoppeld';
 * 'Indien het gaat om een langdurige verlenging dan stelt de gemeente een nieuwe toewijzing voor de
 * aanbieder op', R-TWE-4). An extension is long when it reaches more than {@code maxMonths} beyond
 * the current end (an open end is always long); without a known current end the requested period
 * itself is the extension. A long one passes only with a plan naming its director ({@code
 * plan.director}), which only the access team states; otherwise it is refused with the effect.
 */
public record LongExtensionByMunicipality(int maxMonths, Effect effect) implements DecisionRule {

  public static LongExtensionByMunicipality from(YamlFields p) {
    int months = p.integer("maxMonths");
    if (months < 1) throw p.error("maxMonths must be 1 or more, got " + months);
    return new LongExtensionByMunicipality(months, Describe.refusal(p, "effect", Effect.REJECT));
  }

  @Override
  public Verdict judge(RequestCase c) {
    DecisionRequest request = c.request();
    if (request.kind() != RequestKind.EXTENSION) return Verdict.PASS;
    LocalDate until = c.grant().period().end();
    LocalDate from = currentEnd(request);
    LocalDate limit = from.plusMonths(maxMonths);
    if (until != null && !until.isAfter(limit)) return Verdict.PASS;
    DecisionRequest.Plan plan = request.plan();
    String length = until == null ? "an open end" : "until " + until;
    if (plan != null && plan.director() != null) {
      return Verdict.info(
          "a long extension ("
              + length
              + ") as a new allocation linked to plan "
              + plan.reference()
              + " of youth director "
              + plan.director());
    }
    return Verdict.refuse(
        effect,
        "a long extension ("
            + length
            + ", more than "
            + maxMonths
            + " months after "
            + from
            + ") is not a closing phase: the municipality makes it a new allocation linked to a"
            + " youth director's plan (plan.director); only a short extension comes as a change"
            + " request");
  }

  /** The end being extended: the current allocation's, else the day before the requested start. */
  private static LocalDate currentEnd(DecisionRequest request) {
    @Nullable DateRange current = request.current().period();
    LocalDate end = current == null ? null : current.end();
    return end != null ? end : request.period().start().minusDays(1);
  }
}
