package nl.jeugdregie.outbox;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.jeugdregie.allocation.AllocationTerms;
import nl.jeugdregie.allocation.Allocations;
import nl.jeugdregie.allocation.Allocations.Assignment;
import nl.jeugdregie.allocation.ChangeReason;
import nl.jeugdregie.allocation.RequestType;
import nl.jeugdregie.clients.Address;
import nl.jeugdregie.clients.Client;
import nl.jeugdregie.clients.Clients;
import nl.jeugdregie.ijw.AllocationMessage;
import nl.jeugdregie.ijw.AllocationMessage.BirthDate;
import nl.jeugdregie.ijw.AllocationMessage.Contact;
import nl.jeugdregie.ijw.AllocationMessage.House;
import nl.jeugdregie.ijw.AllocationMessage.Product;
import nl.jeugdregie.ijw.BrokenRulesException;
import nl.jeugdregie.ijw.Header;
import nl.jeugdregie.ijw.MessageLog;
import nl.jeugdregie.ijw.MessageType;
import nl.jeugdregie.ijw.OutgoingMessages;
import nl.jeugdregie.ijw.PersonName;
import nl.jeugdregie.ijw.ProductLine;
import nl.jeugdregie.outbox.OutboxStore.SentProduct;
import nl.jeugdregie.outbox.OutboxStore.Terms;
import nl.jeugdregie.shared.Volume;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Composes the JW301 of one client at one provider in one municipality (ijw.md §2.2, §3.5) and
 * stores it for sending, or holds it when it cannot be made yet.
 *
 * <ul>
 *   <li>OP087: it holds every allocation valid on or after today, plus every allocation that
 *       changed since the provider last got it (a withdrawal, a deletion, a retroactive one). A
 *       deleted allocation the provider never got is left out.
 *   <li>IV099: RedenWijziging (JZ002, the allocation version's reason) only on a product that
 *       differs from the last version sent of its number; never on a first one.
 *   <li>IV013: Toewijzingsdatum and -tijd are the moment the version was decided; an unchanged
 *       product keeps those it was sent with.
 *   <li>TR379, IV093, IV097: ReferentieAanbieder only the first time a product is sent honouring a
 *       request: the VOT's own reference, or for a VOW the VOW's reference on every product.
 *   <li>Nothing differs from what the provider has: nothing is sent. So one transaction with
 *       several changes, heard several times, gives one JW301.
 * </ul>
 *
 * Before it is stored, the message is read back and checked on every iJw rule ({@link
 * OutgoingMessages#jw301}); a broken rule is thrown ({@link BrokenRulesException}) and nothing is
 * stored.
 */
@Component
class AllocationMessages {

  /** Why a JW301 is held while the client has no address: TR061 needs one. */
  static final String NO_ADDRESS = "client address unknown (TR061)";

  /** Why a JW301 is held while the client has no name: Naam is required. */
  static final String NO_NAME = "client name unknown (Naam is required)";

  private static final String BRP_ADDRESS = "01";

  private final Allocations allocations;
  private final Clients clients;
  private final OutboxStore store;
  private final MessageLog log;
  private final OutgoingMessages outgoing;
  private final Clock clock;

  AllocationMessages(
      Allocations allocations,
      Clients clients,
      OutboxStore store,
      MessageLog log,
      OutgoingMessages outgoing,
      Clock clock) {
    this.allocations = allocations;
    this.clients = clients;
    this.store = store;
    this.log = log;
    this.outgoing = outgoing;
    this.clock = clock;
  }

  /** What composing gave: a stored message, a held one, or nothing to send. */
  enum Result {
    STORED,
    HELD,
    NOTHING_CHANGED
  }

  /**
   * Composes and stores the JW301 for {@code clientId} at {@code agb} in {@code municipality}.
   *
   * @throws BrokenRulesException when the message would break an iJw rule (nothing is stored)
   */
  @Transactional
  Result compose(UUID clientId, String agb, String municipality) {
    LocalDate today = LocalDate.now(clock);
    Instant now = clock.instant();
    List<Assignment> assignments = allocations.forClientAtProvider(clientId, agb, municipality);
    Map<Integer, SentProduct> sent =
        store.lastSent(municipality, assignments.stream().map(a -> a.facts().number()).toList());
    List<Product> products = new ArrayList<>();
    boolean changed = false;
    String vowReference = vowReference(assignments, sent, agb);
    for (Assignment a : assignments) {
      SentProduct last = sent.get(a.facts().number());
      Product product = product(a, last, today, agb, vowReference);
      if (product == null) continue;
      products.add(product);
      changed |= differs(a, last);
    }
    Client client = clients.get(clientId);
    if (!changed) {
      // e.g. held, then the only allocation was deleted before the provider ever got it
      store.release(client.pseudonym(), agb, municipality);
      return Result.NOTHING_CHANGED;
    }
    Address address = client.address();
    String name = client.name();
    if (address == null || name == null) {
      store.hold(client.pseudonym(), agb, municipality, name == null ? NO_NAME : NO_ADDRESS, now);
      return Result.HELD;
    }
    AllocationMessage message =
        new AllocationMessage(
            new Header(municipality, agb, store.nextIdentification(), today),
            client(client, address, name),
            products);
    byte[] xml = outgoing.jw301(message, clientId, client.pseudonym());
    UUID id =
        log.insert(
            new MessageLog.NewMessage(
                MessageLog.Direction.OUT,
                MessageType.JW301,
                message.header(),
                xml,
                "WAITING",
                null,
                null,
                client.pseudonym(),
                agb,
                municipality),
            now);
    store.recordProducts(id, municipality, client.pseudonym(), agb, products);
    store.release(client.pseudonym(), agb, municipality);
    return Result.STORED;
  }

  /**
   * The reference of a change request (VOW) this message honours for the first time: then every
   * product carries it (IV093). Null when none.
   */
  private @Nullable String vowReference(
      List<Assignment> assignments, Map<Integer, SentProduct> sent, String agb) {
    for (Assignment a : assignments) {
      Allocations.Honoured honours = a.honours();
      if (honours == null || honours.type() != RequestType.CHANGE) continue;
      if (differs(a, sent.get(a.facts().number()))
          && !store.referenceAllocated(agb, honours.providerReference())) {
        return honours.providerReference();
      }
    }
    return null;
  }

  /** The product line of {@code a}, or null when it does not belong in the message (OP087). */
  private @Nullable Product product(
      Assignment a,
      @Nullable SentProduct last,
      LocalDate today,
      String agb,
      @Nullable String vowReference) {
    Allocations.Facts f = a.facts();
    AllocationTerms terms = f.terms();
    LocalDate end = terms.period().end();
    boolean differs = differs(a, last);
    boolean current = !f.deleted() && (end == null || !end.isBefore(today));
    boolean unknownToProvider = last == null && f.deleted();
    if (!current && !(differs && !unknownToProvider)) return null;
    LocalDateTime decided =
        LocalDateTime.ofInstant(a.decidedAt(), clock.getZone()).truncatedTo(ChronoUnit.SECONDS);
    ChangeReason reason = a.changeReason();
    Volume volume = terms.volume();
    Long budget = terms.budgetCents();
    return new Product(
        f.number(),
        vowReference != null ? vowReference : firstReference(a, differs, agb),
        f.category(),
        f.productCode(),
        differs || last == null ? decided.toLocalDate() : last.decidedOn(),
        differs || last == null ? decided.toLocalTime() : last.decidedAt(),
        terms.period().start(),
        end,
        differs && last != null && reason != null ? reason.code() : null,
        volume == null
            ? null
            : new ProductLine.Volume(
                Math.toIntExact(volume.amount()), volume.unit().code(), volume.frequency().code()),
        budget == null ? null : Math.toIntExact(budget),
        null);
  }

  /** The VOT's reference, when this product honours it and the provider never got it (TR379). */
  private @Nullable String firstReference(Assignment a, boolean differs, String agb) {
    Allocations.Honoured honours = a.honours();
    if (honours == null || !differs || honours.type() != RequestType.ALLOCATION) return null;
    String reference = honours.providerReference();
    return store.referenceAllocated(agb, reference) ? null : reference;
  }

  /** Whether the allocation's terms differ from the version last sent (or it was never sent). */
  private static boolean differs(Assignment a, @Nullable SentProduct last) {
    return last == null || !last.terms().equals(terms(a));
  }

  private static Terms terms(Assignment a) {
    Allocations.Facts f = a.facts();
    AllocationTerms t = f.terms();
    Volume v = t.volume();
    Long budget = t.budgetCents();
    return new Terms(
        f.category(),
        f.productCode(),
        t.period().start(),
        t.period().end(),
        v == null
            ? null
            : new ProductLine.Volume(
                Math.toIntExact(v.amount()), v.unit().code(), v.frequency().code()),
        budget == null ? null : Math.toIntExact(budget));
  }

  /**
   * The client part: BSN, birth date, sex (COD046), the name split into its parts, and the BRP
   * address as Contact of Soort 01 (TR061; TR006 and CD034: house and postcode; CD005: LandCode
   * NL). No relations: the system does not keep who has parental authority (OP002).
   */
  private static AllocationMessage.Client client(Client client, Address address, String name) {
    Contact brp =
        new Contact(
            BRP_ADDRESS,
            new AllocationMessage.Address(
                new House(
                    address.houseNumber(),
                    address.houseLetter(),
                    address.houseNumberAddition(),
                    null),
                address.postcode(),
                address.street(),
                address.city(),
                "NL"),
            null,
            null,
            null,
            null);
    return new AllocationMessage.Client(
        client.bsn().value(),
        new BirthDate(client.birthDate(), null),
        client.gender().code(),
        PersonName.of(name),
        null,
        null,
        null,
        null,
        List.of(),
        List.of(brp));
  }
}
