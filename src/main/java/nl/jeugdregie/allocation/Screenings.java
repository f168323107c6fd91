package nl.jeugdregie.allocation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.jeugdregie.catalog.Providers;
import nl.jeugdregie.clients.Client;
import nl.jeugdregie.clients.Clients;
import nl.jeugdregie.policy.InvalidRequestException;
import nl.jeugdregie.policy.PackRule;
import nl.jeugdregie.policy.PolicyCatalog;
import nl.jeugdregie.policy.PolicyPack;
import nl.jeugdregie.policy.kinds.ScreeningBeforeRequest;
import nl.jeugdregie.shared.Actor;
import nl.jeugdregie.shared.Bsn;
import nl.jeugdregie.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The provider's screening of a youth before its request (IJsselland 001 §4.2.1.4, R-IJS-4):
 * accepted, or declined for one of the pack's reasons (too heavy, too light, weighty reasons, or
 * the youth chose another provider). Screening is not paid (billing refuses lines for it); an
 * initial request of the provider without an accepted screening goes to the access team ({@link
 * ProcessRules#screening}).
 */
@Service
public class Screenings {

  private final ProcessStore store;
  private final Clients clients;
  private final Providers providers;
  private final PolicyCatalog catalog;
  private final Clock clock;

  Screenings(
      ProcessStore store,
      Clients clients,
      Providers providers,
      PolicyCatalog catalog,
      Clock clock) {
    this.store = store;
    this.clients = clients;
    this.providers = providers;
    this.catalog = catalog;
    this.clock = clock;
  }

  /** A screening to record; {@code declineReason} only with {@code accepted} false. */
  public record NewScreening(
      String clientBsn,
      LocalDate clientBirthDate,
      String municipality,
      String providerAgb,
      LocalDate screenedOn,
      boolean accepted,
      @Nullable String declineReason) {}

  /** A recorded screening, without personal data: the client by pseudonym. */
  public record ScreeningView(
      UUID id,
      String client,
      String providerAgb,
      String municipality,
      String region,
      LocalDate screenedOn,
      String outcome,
      @Nullable String declineReason,
      String rule,
      String source,
      Instant recordedAt) {}

  /**
   * Records a screening. Only the provider itself (or admin) screens. The region must have a
   * screening rule; a decline needs one of its reasons (400 naming {@code
   * screening.declineReason}), an acceptance none. Nothing is stored when refused.
   */
  @Transactional
  public ScreeningView record(Actor actor, NewScreening s) {
    if (actor.role() != Role.PROVIDER && actor.role() != Role.ADMIN) {
      throw RouteRefusedException.notPermitted("only the provider records its screening");
    }
    if (actor.role() == Role.PROVIDER && !s.providerAgb().equals(actor.agb())) {
      throw RouteRefusedException.notPermitted(
          "a provider records screenings under its own AGB code only");
    }
    if (!Bsn.isValid(s.clientBsn())) {
      throw new InvalidRequestException("screening.clientBsn", "is not a valid BSN (11-proef)");
    }
    LocalDate today = LocalDate.now(clock);
    if (s.screenedOn().isAfter(today)) {
      throw new InvalidRequestException(
          "screening.screenedOn", s.screenedOn() + " is after today: record a screening held");
    }
    if (providers.find(s.providerAgb()).isEmpty()) {
      throw RouteRefusedException.unprocessable(
          "screening.providerAgb", null, "provider " + s.providerAgb() + " is not known");
    }
    PolicyPack pack =
        catalog
            .regionOf(s.municipality(), s.screenedOn())
            .orElseThrow(
                () ->
                    RouteRefusedException.unprocessable(
                        "screening.municipality",
                        null,
                        "no region's pack in force on "
                            + s.screenedOn()
                            + " has municipality "
                            + s.municipality()));
    PackRule rule =
        ProcessRules.rule(pack, ScreeningBeforeRequest.class)
            .orElseThrow(
                () ->
                    RouteRefusedException.unprocessable(
                        "screening.municipality",
                        null,
                        "region " + pack.id() + " has no screening before the request"));
    ScreeningBeforeRequest kind = (ScreeningBeforeRequest) rule.kind();
    String reason = s.declineReason();
    if (s.accepted() && reason != null) {
      throw new InvalidRequestException(
          "screening.declineReason", "is only given when the screening declines");
    }
    if (!s.accepted() && (reason == null || !kind.allowsDecline(reason))) {
      throw new InvalidRequestException(
          "screening.declineReason",
          "a declined screening names one of "
              + kind.declineReasons()
              + " ("
              + rule.id()
              + ", "
              + ProcessRules.citation(rule.source())
              + ")");
    }
    Client client =
        clients.register(
            actor,
            Bsn.of(s.clientBsn()),
            null,
            s.clientBirthDate(),
            s.municipality(),
            "POST screening");
    ProcessStore.Screening row =
        new ProcessStore.Screening(
            UUID.randomUUID(),
            client.id(),
            s.providerAgb(),
            s.municipality(),
            pack.id(),
            s.screenedOn(),
            s.accepted(),
            reason,
            clock.instant(),
            actor.name());
    store.insertScreening(row);
    return view(row, client.pseudonym(), rule);
  }

  static ScreeningView view(ProcessStore.Screening s, String pseudonym, PackRule rule) {
    return new ScreeningView(
        s.id(),
        pseudonym,
        s.providerAgb(),
        s.municipality(),
        s.region(),
        s.screenedOn(),
        s.accepted() ? "ACCEPTED" : "DECLINED",
        s.declineReason(),
        rule.id(),
        ProcessRules.citation(rule.source()),
        s.recordedAt());
  }
}
