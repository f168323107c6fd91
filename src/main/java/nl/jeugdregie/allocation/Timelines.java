package nl.jeugdregie.allocation;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.jeugdregie.allocation.Views.AllocationRef;
import nl.jeugdregie.allocation.Views.Timeline;
import nl.jeugdregie.allocation.Views.TimelineEvent;
import nl.jeugdregie.clients.Client;
import nl.jeugdregie.clients.Clients;
import nl.jeugdregie.shared.Actor;
import nl.jeugdregie.shared.Bsn;
import nl.jeugdregie.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A client's route in the order it was recorded: requests, decisions, allocations and their
 * changes, start and stop of delivery. Each actor sees only the events within their scope; contract
 * managers find the client by pseudonym only and never see the BSN.
 */
@Service
public class Timelines {

  private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

  private final RequestStore requests;
  private final AllocationStore allocations;
  private final Clients clients;
  private final ProcessStore process;

  Timelines(
      RequestStore requests, AllocationStore allocations, Clients clients, ProcessStore process) {
    this.requests = requests;
    this.allocations = allocations;
    this.clients = clients;
    this.process = process;
  }

  /** {@code key} is a BSN or a pseudonym ({@code C-...}). */
  @Transactional
  public Timeline of(Actor actor, String key) {
    if (actor.role() == Role.POLICY) {
      throw RouteRefusedException.notPermitted("the policy role sees aggregates only");
    }
    boolean byBsn = key.matches("\\d{9}");
    if (byBsn && !actor.role().seesPersonalData()) {
      throw RouteRefusedException.notPermitted(
          "contract managers find clients by pseudonym, never by BSN");
    }
    Client client =
        (byBsn && Bsn.isValid(key) ? clients.find(Bsn.of(key)) : clients.findByPseudonym(key))
            .orElseThrow(() -> RouteRefusedException.notFound("client", "no such client for you"));

    List<TimelineEvent> events = new ArrayList<>();
    for (RequestStore.Row r : requests.ofClient(client.id())) {
      if (!actor.mayRead(r.municipality(), r.region(), r.providerAgb())) continue;
      List<RequestStore.DecisionRow> decisions = requests.decisions(r.id());
      String what = r.type() == RequestType.CHANGE ? "change request" : "allocation request";
      String product =
          r.category() == null
              ? ""
              : " for " + (r.productCode() == null ? "category " + r.category() : r.productCode());
      events.add(
          new TimelineEvent(
              r.receivedOn(),
              decisions.getFirst().decidedAt(),
              r.type() == RequestType.CHANGE ? "CHANGE_REQUESTED" : "REQUESTED",
              r.providerAgb(),
              r.municipality(),
              r.id(),
              null,
              what + " " + r.providerReference() + product));
      for (RequestStore.DecisionRow d : decisions) {
        events.add(
            new TimelineEvent(
                d.decidedAt().atZone(NL).toLocalDate(),
                d.decidedAt(),
                "DECIDED",
                r.providerAgb(),
                r.municipality(),
                r.id(),
                null,
                d.outcome()
                    + " by "
                    + d.decidedBy()
                    + " under "
                    + d.packId()
                    + "@"
                    + d.packValidFrom()));
      }
    }
    for (AllocationStore.Row a : allocations.ofClient(client.id())) {
      if (!actor.mayRead(a.municipality(), a.region(), a.providerAgb())) continue;
      AllocationRef ref = new AllocationRef(a.municipality(), a.number());
      for (AllocationStore.Version v : allocations.versions(a.id())) {
        String reason = v.changeReason();
        events.add(
            new TimelineEvent(
                v.recordedAt().atZone(NL).toLocalDate(),
                v.recordedAt(),
                v.version() == 1 ? "ALLOCATED" : "ALLOCATION_CHANGED",
                a.providerAgb(),
                a.municipality(),
                v.requestId(),
                ref,
                (v.version() == 1 ? "allocation " : "version " + v.version() + " of allocation ")
                    + a.municipality()
                    + "/"
                    + a.number()
                    + " "
                    + v.terms().period()
                    + (reason == null
                        ? ""
                        : " (reason " + reason + " " + ChangeReason.parse(reason).name() + ")")));
      }
      for (AllocationStore.Event e : allocations.eventsInForce(a.id())) {
        String reason = e.stopReason();
        events.add(
            new TimelineEvent(
                e.date(),
                e.recordedAt(),
                e.kind().equals("START") ? "DELIVERY_STARTED" : "DELIVERY_STOPPED",
                a.providerAgb(),
                a.municipality(),
                null,
                ref,
                (e.kind().equals("START") ? "delivery started" : "delivery stopped")
                    + (reason == null
                        ? ""
                        : " (reason " + reason + " " + StopReason.parse(reason).name() + ")")));
      }
    }
    // R-IJS-4: the provider's screenings before its request (001 §4.2.1.4)
    for (ProcessStore.Screening sc : process.screeningsOf(client.id())) {
      if (!actor.mayRead(sc.municipality(), sc.region(), sc.providerAgb())) continue;
      events.add(
          new TimelineEvent(
              sc.screenedOn(),
              sc.recordedAt(),
              "SCREENED",
              sc.providerAgb(),
              sc.municipality(),
              null,
              null,
              sc.accepted()
                  ? "screening: accepted"
                  : "screening: declined (" + sc.declineReason() + ")"));
    }
    // R-AAA-6: the shared help plan of several providers and its main contractor (004)
    for (ProcessStore.HelpPlan p : process.helpPlansOf(client.id())) {
      if (!actor.mayRead(p.municipality(), p.region(), p.mainContractorAgb())) continue;
      events.add(
          new TimelineEvent(
              p.recordedAt().atZone(NL).toLocalDate(),
              p.recordedAt(),
              "HELP_PLAN",
              p.mainContractorAgb(),
              p.municipality(),
              null,
              null,
              "shared help plan "
                  + p.reference()
                  + ", main contractor "
                  + p.mainContractorAgb()
                  + ", "
                  + p.results().size()
                  + " result(s)"));
    }
    if (events.isEmpty() && actor.role() != Role.ADMIN) {
      throw RouteRefusedException.notFound("client", "no such client for you");
    }
    // in the order they were recorded: requests often arrive about care that started earlier, so
    // business dates alone would put a decision after the care it allowed
    events.sort(Comparator.comparing(TimelineEvent::recordedAt));
    return new Timeline(clients.view(actor, client.id(), "GET timeline"), events);
  }
}
