package nl.jeugdregie.allocation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.jeugdregie.catalog.Providers;
import nl.jeugdregie.policy.Decision;
import nl.jeugdregie.policy.Effect;
import nl.jeugdregie.policy.Outcome;
import nl.jeugdregie.policy.PolicyPack;
import nl.jeugdregie.policy.Reason;
import nl.jeugdregie.shared.Actor;
import nl.jeugdregie.shared.IjwRules;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What every incoming request (VOT or VOW) must pass before it is judged, and the route's own
 * built-in rules. Each refusal here comes before anything is stored; {@code prefix} is the body's
 * field prefix ({@code request} or {@code changeRequest}) so the error names the field as sent.
 *
 * <ul>
 *   <li>iJw TR347 → 9347: ReferentieAanbieder is unique for the provider (VOT and VOW alike).
 *   <li>iJw TR374 → 9374: no request of this provider for this client is still pending.
 * </ul>
 */
@Component
@IjwRules({"TR347", "TR374"})
class Intake {

  private final RequestStore requests;
  private final Providers providers;
  private final RequestReader reader;

  Intake(RequestStore requests, Providers providers, RequestReader reader) {
    this.requests = requests;
    this.providers = providers;
    this.reader = reader;
  }

  /**
   * The actor may send it, the provider is known, a region judges the municipality on that day, and
   * the provider's reference is new (iJw TR347). Returns the pack that judges it.
   */
  PolicyPack admit(
      Actor actor,
      String agb,
      String municipality,
      LocalDate receivedOn,
      String reference,
      String prefix) {
    Requests.mayRequest(actor, agb, municipality);
    if (providers.find(agb).isEmpty()) {
      throw RouteRefusedException.unprocessable(
          prefix + ".providerAgb", null, "provider " + agb + " is not known");
    }
    PolicyPack pack = reader.regionPack(municipality, receivedOn);
    if (requests.referenceTaken(agb, reference)) {
      throw RouteRefusedException.conflict(
          prefix + ".providerReference",
          "9347",
          "provider " + agb + " already used reference '" + reference + "' (iJw TR347)");
    }
    return pack;
  }

  /** No other request of this provider for this client may be in investigation (iJw TR374). */
  void notPending(UUID clientId, String pseudonym, String agb, String prefix) {
    if (requests.pending(clientId, agb)) {
      throw RouteRefusedException.conflict(
          prefix,
          "9374",
          "a request of provider "
              + agb
              + " for client "
              + pseudonym
              + " is still in investigation (iJw TR374)");
    }
  }

  /**
   * R-GEN-3: a rejection when the provider has no contract in the region for the product (or its
   * category) on {@code day}; null when it has one.
   */
  @Nullable Decision uncontracted(
      PolicyPack pack, String agb, String category, @Nullable String productCode, LocalDate day) {
    if (providers.covers(agb, pack.id(), category, productCode, day)) return null;
    return refusal(
        pack,
        Requests.PROVIDER_CONTRACTED,
        "domain.md §3.1; iJw OP296, WJ759 3",
        "provider "
            + agb
            + " has no contract with region "
            + pack.id()
            + " for "
            + product(category, productCode)
            + " on "
            + day
            + " (WJ759 3 'Geen contract')");
  }

  static String product(String category, @Nullable String productCode) {
    return productCode == null ? "category " + category : "product " + productCode;
  }

  /** A rejection by one of the route's built-in rules, before the engine runs. */
  static Decision refusal(PolicyPack pack, String rule, String source, String message) {
    return new Decision(
        Outcome.REJECT,
        pack.ref(),
        null,
        List.of(new Reason(rule, Effect.REJECT, source, message)));
  }
}
