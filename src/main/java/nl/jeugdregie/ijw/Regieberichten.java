package nl.jeugdregie.ijw;

import java.util.List;
import java.util.UUID;
import nl.jeugdregie.allocation.Allocations;
import nl.jeugdregie.allocation.DeliveryRefusedException;
import nl.jeugdregie.clients.Client;
import nl.jeugdregie.clients.Clients;
import nl.jeugdregie.ijw.DeliveryMessage.Line;
import nl.jeugdregie.ijw.DeliveryMessage.Product;
import nl.jeugdregie.ijw.MessageHandler.Handled;
import nl.jeugdregie.ijw.MessageHandler.Received;
import nl.jeugdregie.shared.Actor;
import nl.jeugdregie.shared.Bsn;
import nl.jeugdregie.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Start and stop of delivery (the regieberichten JW305 and JW307, ijw.md §2.5) once their content
 * rules have been judged, in the order of ijw.md §2.1:
 *
 * <ol>
 *   <li>a content rule broken: the retour's header carries 0001, nothing is processed (OP286);
 *   <li>the external sources (level 4): TR135 on the Dagtekening, TR378 on the header's Ontvanger,
 *       TR381 on each new line's product code (a withdrawal is not judged further, TR063);
 *   <li>the earlier messages (level 3), judged and processed by the client route in one transaction
 *       ({@link Allocations#report}): every refusal lands on its StartProduct or StopProduct and
 *       nothing is recorded.
 * </ol>
 *
 * The provider acts as the sender in the header (Afzender); a provider account delivering a message
 * with another Afzender finds no allocation of its own for it (TR019).
 */
@Component
class Regieberichten {

  private final ExternalRules external;
  private final Allocations allocations;
  private final Clients clients;

  Regieberichten(ExternalRules external, Allocations allocations, Clients clients) {
    this.external = external;
    this.allocations = allocations;
    this.clients = clients;
  }

  /**
   * Answers {@code received}, read as {@code message}; {@code content} holds its content findings,
   * {@code header} is its Header object and {@code lines} its StartProduct or StopProduct objects,
   * in the order of {@code message.lines()}.
   */
  Handled answer(
      Actor actor,
      Received received,
      DeliveryMessage message,
      Findings content,
      Object header,
      List<?> lines) {
    MessageType retour = Retours.retourOf(received.type()).orElseThrow();
    String identification = identification(received.id());
    String pseudonym = pseudonym(message.client().bsn());
    if (!content.isEmpty()) {
      byte[] reply =
          Retours.rejectedOnContent(
              received.type(), received.xml(), identification, received.today());
      return new Handled(retour, reply, false, Findings.TECHNICAL, pseudonym);
    }
    Findings findings = new Findings(content.locations());
    external(findings, message, header, lines, received);
    // the client route is asked last: when it accepts, it has recorded the lines
    if (findings.isEmpty()) earlierMessages(findings, actor, message, lines);
    if (!findings.isEmpty()) {
      byte[] reply =
          Retours.rejected(
              received.type(), received.xml(), identification, received.today(), findings.all());
      return new Handled(retour, reply, false, findings.all().getFirst().returnCode(), pseudonym);
    }
    byte[] reply =
        Retours.accepted(received.type(), received.xml(), identification, received.today());
    return new Handled(retour, reply, true, Retours.NO_REMARK, pseudonym);
  }

  /** Level 4: TR135, TR378 (header Ontvanger, as the rule export places it), TR381. */
  private void external(
      Findings findings, DeliveryMessage message, Object header, List<?> lines, Received received) {
    Header h = message.header();
    external.dated(findings, header, h.dated(), received.today());
    external.municipality(findings, header, "Ontvanger", h.receiver());
    // without a known municipality there is no product list to judge a code against
    if (!external.knownMunicipality(h.receiver())) return;
    for (int i = 0; i < lines.size(); i++) {
      Line line = message.lines().get(i);
      Product product = line.product();
      if (product == null || DeliveryMessage.WITHDRAWAL.equals(line.status())) continue;
      external.productCode(
          findings,
          lines.get(i),
          "Product/Code",
          h.receiver(),
          line.begin(),
          product.category(),
          product.code());
    }
  }

  /**
   * Level 3, and the work: the client route records the lines, or refuses them and records none;
   * each refusal lands on its line.
   */
  private void earlierMessages(
      Findings findings, Actor actor, DeliveryMessage message, List<?> lines) {
    String sender = message.header().sender();
    if (actor.role() == Role.PROVIDER && !sender.equals(actor.agb())) {
      for (Object line : lines) {
        findings.add(
            "TR019",
            "9019",
            line,
            null,
            "the Afzender is not the provider that delivered the message: no allocation of its own");
      }
      return;
    }
    try {
      allocations.report(
          provider(actor, sender),
          message.header().receiver(),
          Bsn.of(message.client().bsn()),
          DeliveryMessages.notices(message));
    } catch (DeliveryRefusedException refused) {
      for (DeliveryRefusedException.Refusal r : refused.refusals()) {
        findings.add(r.rule(), r.ijwCode(), lines.get(r.line()), null, r.message());
      }
    }
  }

  /** The provider in the header's Afzender, named after who delivered the message. */
  private static Actor provider(Actor actor, String sender) {
    return actor.role() == Role.PROVIDER ? actor : Actor.provider(actor.name(), sender);
  }

  /** The client's pseudonym for the message log; never the BSN. */
  private @Nullable String pseudonym(String bsn) {
    return Bsn.isValid(bsn) ? clients.find(Bsn.of(bsn)).map(Client::pseudonym).orElse(null) : null;
  }

  /** IdentificatieRetour (1 to 12 characters): from the received message's log id. */
  static String identification(UUID received) {
    return received.toString().replace("-", "").substring(0, 12);
  }
}
