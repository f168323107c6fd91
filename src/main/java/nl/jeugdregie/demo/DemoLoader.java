package nl.jeugdregie.demo;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.jeugdregie.allocation.Allocations;
import nl.jeugdregie.allocation.RequestState;
import nl.jeugdregie.allocation.RequestSubmission;
import nl.jeugdregie.allocation.Requests;
import nl.jeugdregie.allocation.RouteRefusedException;
import nl.jeugdregie.allocation.Screenings;
import nl.jeugdregie.allocation.TeamDecision;
import nl.jeugdregie.allocation.Views.AllocationRef;
import nl.jeugdregie.allocation.Views.RequestView;
import nl.jeugdregie.billing.DeclarationAnswer;
import nl.jeugdregie.billing.DeclarationSubmission;
import nl.jeugdregie.billing.Declarations;
import nl.jeugdregie.catalog.Contract;
import nl.jeugdregie.catalog.Providers;
import nl.jeugdregie.clients.Address;
import nl.jeugdregie.clients.ClientMismatchException;
import nl.jeugdregie.clients.ClientRefusedException;
import nl.jeugdregie.clients.Clients;
import nl.jeugdregie.clients.Gender;
import nl.jeugdregie.demo.DemoRecord.AddressRecord;
import nl.jeugdregie.demo.DemoRecord.ContractRecord;
import nl.jeugdregie.demo.DemoRecord.DecisionRecord;
import nl.jeugdregie.demo.DemoRecord.DeclarationLine;
import nl.jeugdregie.demo.DemoRecord.DeclarationRecord;
import nl.jeugdregie.demo.DemoRecord.ProviderRecord;
import nl.jeugdregie.demo.DemoRecord.RequestRecord;
import nl.jeugdregie.demo.DemoRecord.ScreeningRecord;
import nl.jeugdregie.demo.DemoRecord.StartRecord;
import nl.jeugdregie.demo.DemoRecord.StopRecord;
import nl.jeugdregie.policy.InvalidRequestException;
import nl.jeugdregie.policy.PolicyNotFoundException;
import nl.jeugdregie.shared.Actor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Loads demo records through the real services as {@code Actor.system("demo")}, in record order:
 * providers and contracts ({@link Providers}), requests ({@link RequestSubmission#parse} and {@link
 * Requests#submit}, so the region's policy engine judges each one), the access team's decisions
 * ({@link Requests#decide}, only when the request is in investigation), the client's BRP address
 * ({@link Clients#setAddress}, so its iJw JW301 can be made), and starts and stops ({@link
 * Allocations}) on the allocation the request led to, and the providers' monthly declarations
 * ({@link Declarations#submit}, so every line is judged by the line checks and the approved ones
 * are booked in the ledger), each line on the allocation its request led to.
 *
 * <p>One transaction per record (each service call is its own): a record the services refuse rolls
 * back alone and is counted and logged, and the rest of the month still loads. A transaction around
 * a whole region would be rolled back by the first refusal. Log lines name the provider and its
 * reference, never a BSN or name.
 */
@Component
public class DemoLoader {

  private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

  private final Providers providers;
  private final Requests requests;
  private final Allocations allocations;
  private final Clients clients;
  private final Screenings screenings;
  private final Declarations declarations;

  DemoLoader(
      Providers providers,
      Requests requests,
      Allocations allocations,
      Clients clients,
      Screenings screenings,
      Declarations declarations) {
    this.declarations = declarations;
    this.providers = providers;
    this.screenings = screenings;
    this.requests = requests;
    this.allocations = allocations;
    this.clients = clients;
  }

  public LoadSummary load(List<DemoRecord> records) {
    Actor actor = Actor.system("demo");
    Tally t = new Tally();
    // the requests this load submitted, by provider and reference; lookups only
    Map<String, RequestView> submitted = new HashMap<>();
    for (DemoRecord record : records) {
      switch (record) {
        case ProviderRecord p -> {
          providers.register(p.agb(), p.name());
          t.providers++;
        }
        case ContractRecord c -> {
          providers.contract(
              new Contract(
                  c.agb(), c.region(), c.category(), c.productCode(), c.validFrom(), null));
          t.contracts++;
        }
        case RequestRecord r -> {
          String key = key(r.providerAgb(), r.providerReference());
          try {
            RequestView view = requests.submit(actor, RequestSubmission.parse(r.body()));
            submitted.put(key, view);
            switch (view.state()) {
              case APPROVED -> t.approved++;
              case IN_INVESTIGATION -> t.investigation++;
              default -> t.rejected++;
            }
          } catch (RuntimeException e) {
            t.refused++;
            refused("request", key, e);
          }
        }
        case ScreeningRecord sc -> {
          try {
            screenings.record(
                actor,
                new Screenings.NewScreening(
                    sc.clientBsn(),
                    sc.birthDate(),
                    sc.municipality(),
                    sc.providerAgb(),
                    sc.date(),
                    true,
                    null));
          } catch (RuntimeException e) {
            refused("screening", sc.providerAgb(), e);
          }
        }
        case AddressRecord a -> {
          RequestView view = submitted.get(key(a.providerAgb(), a.providerReference()));
          if (view == null) continue;
          try {
            clients.setAddress(
                actor,
                view.client().pseudonym(),
                new Address(
                    a.street(), a.houseNumber(), a.houseLetter(), null, a.postcode(), a.city()),
                Gender.parse(a.gender()),
                "demo address");
          } catch (ClientRefusedException e) {
            refused("address", key(a.providerAgb(), a.providerReference()), e);
          }
        }
        case DecisionRecord d -> {
          String key = key(d.providerAgb(), d.providerReference());
          RequestView view = submitted.get(key);
          if (view == null || view.state() != RequestState.IN_INVESTIGATION) {
            t.decisionsSkipped++;
            continue;
          }
          try {
            RequestView decided =
                requests.decide(
                    actor,
                    view.id(),
                    new TeamDecision(d.approve(), d.rejectionReason(), null, d.note(), null));
            submitted.put(key, decided);
            if (d.approve()) t.decisionsApproved++;
            else t.decisionsRejected++;
          } catch (RuntimeException e) {
            t.decisionsRefused++;
            refused("decision", key, e);
          }
        }
        case StartRecord s -> {
          String key = key(s.providerAgb(), s.providerReference());
          AllocationRef allocation = allocationOf(submitted.get(key));
          if (allocation == null) {
            t.deliverySkipped++;
            continue;
          }
          try {
            allocations.start(
                actor, allocation.municipality(), allocation.number(), s.date(), null);
            t.starts++;
          } catch (RuntimeException e) {
            t.deliveryRefused++;
            refused("start", key, e);
          }
        }
        case StopRecord s -> {
          String key = key(s.providerAgb(), s.providerReference());
          AllocationRef allocation = allocationOf(submitted.get(key));
          if (allocation == null) {
            t.deliverySkipped++;
            continue;
          }
          try {
            allocations.stop(
                actor,
                allocation.municipality(),
                allocation.number(),
                s.date(),
                s.reason(),
                s.referrerConsultedOn(),
                s.report(),
                null);
            t.stops++;
          } catch (RuntimeException e) {
            t.deliveryRefused++;
            refused("stop", key, e);
          }
        }
        case DeclarationRecord d -> declare(actor, d, submitted, t);
      }
    }
    return t.summary();
  }

  /**
   * Books a declaration with the lines whose request led to an allocation (the others are skipped:
   * the request was refused, rejected or is still in investigation), grouped by client.
   */
  private void declare(
      Actor actor, DeclarationRecord d, Map<String, RequestView> submitted, Tally t) {
    Map<String, ArrayNode> byClient = new LinkedHashMap<>();
    for (DeclarationLine line : d.lines()) {
      AllocationRef allocation =
          allocationOf(submitted.get(key(d.providerAgb(), line.providerReference())));
      if (allocation == null || !allocation.municipality().equals(d.municipality())) {
        t.declarationLinesSkipped++;
        continue;
      }
      byClient
          .computeIfAbsent(line.clientBsn(), b -> JsonNodeFactory.instance.arrayNode())
          .add(json(line, allocation.number()));
    }
    if (byClient.isEmpty()) return;
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("providerAgb", d.providerAgb());
    body.put("number", d.number());
    body.put("municipality", d.municipality());
    body.put("period", d.period().toString());
    body.put("receivedOn", d.receivedOn().toString());
    ArrayNode clients = body.putArray("clients");
    byClient.forEach(
        (bsn, lines) -> {
          ObjectNode client = clients.addObject();
          client.put("bsn", bsn);
          client.set("lines", lines);
        });
    String key = key(d.providerAgb(), d.number());
    try {
      DeclarationAnswer answer = declarations.submit(actor, DeclarationSubmission.parse(body));
      t.declarations++;
      t.declarationLinesApproved += answer.totals().approved();
      t.declarationLinesRejected += answer.totals().rejected();
      t.approvedCents = Math.addExact(t.approvedCents, answer.totals().approvedCents());
    } catch (RuntimeException e) {
      t.declarationsRefused++;
      refused("declaration", key, e);
    }
  }

  private static ObjectNode json(DeclarationLine line, int allocationNumber) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("reference", line.reference());
    node.put("debitCredit", "D");
    node.put("allocationNumber", allocationNumber);
    ObjectNode product = node.putObject("product");
    product.put("category", line.category());
    if (line.productCode() != null) product.put("code", line.productCode());
    ObjectNode period = node.putObject("productPeriod");
    period.put("start", line.start().toString());
    period.put("end", line.end().toString());
    ObjectNode volume = node.putObject("volume");
    volume.put("amount", line.volume());
    volume.put("unit", line.unit());
    if (line.tariffCents() != null) node.put("tariffCents", line.tariffCents());
    node.put("amountCents", line.amountCents());
    return node;
  }

  private static @Nullable AllocationRef allocationOf(@Nullable RequestView view) {
    return view == null || view.allocations().isEmpty() ? null : view.allocations().getFirst();
  }

  private static String key(String agb, String reference) {
    return agb + "/" + reference;
  }

  /**
   * Logs a refusal. The route's own refusals carry no personal data in their message; anything else
   * (a database error may quote a row) is logged by its type only.
   */
  private static void refused(String what, String key, RuntimeException e) {
    if (e instanceof RouteRefusedException
        || e instanceof InvalidRequestException
        || e instanceof ClientMismatchException
        || e instanceof ClientRefusedException
        || e instanceof PolicyNotFoundException) {
      log.warn("demo {} {} refused: {}", what, key, e.getMessage());
    } else if (e instanceof DataAccessException) {
      log.warn("demo {} {} refused by the database ({})", what, key, e.getClass().getSimpleName());
    } else {
      throw e;
    }
  }

  private static final class Tally {
    int providers;
    int contracts;
    int approved;
    int investigation;
    int rejected;
    int refused;
    int decisionsApproved;
    int decisionsRejected;
    int decisionsSkipped;
    int decisionsRefused;
    int starts;
    int stops;
    int deliverySkipped;
    int deliveryRefused;
    int declarations;
    int declarationsRefused;
    int declarationLinesApproved;
    int declarationLinesRejected;
    int declarationLinesSkipped;
    long approvedCents;

    LoadSummary summary() {
      return new LoadSummary(
          providers,
          contracts,
          approved,
          investigation,
          rejected,
          refused,
          decisionsApproved,
          decisionsRejected,
          decisionsSkipped,
          decisionsRefused,
          starts,
          stops,
          deliverySkipped,
          deliveryRefused,
          declarations,
          declarationsRefused,
          declarationLinesApproved,
          declarationLinesRejected,
          declarationLinesSkipped,
          approvedCents);
    }
  }
}
