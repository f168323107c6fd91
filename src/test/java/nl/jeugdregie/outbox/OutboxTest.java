package nl.jeugdregie.outbox;

import static nl.jeugdregie.outbox.OutboxFixtures.ADMIN;
import static nl.jeugdregie.outbox.OutboxFixtures.ENSCHEDE;
import static nl.jeugdregie.outbox.OutboxFixtures.TODAY;
import static nl.jeugdregie.outbox.OutboxFixtures.VENLO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.Jeugdregie;
import nl.jeugdregie.allocation.Allocations;
import nl.jeugdregie.allocation.ChangeRequests;
import nl.jeugdregie.allocation.MunicipalChange;
import nl.jeugdregie.allocation.RejectionReason;
import nl.jeugdregie.allocation.RequestState;
import nl.jeugdregie.allocation.Requests;
import nl.jeugdregie.allocation.RouteRefusedException;
import nl.jeugdregie.allocation.TeamDecision;
import nl.jeugdregie.allocation.Views.AllocationRef;
import nl.jeugdregie.allocation.Views.RequestView;
import nl.jeugdregie.catalog.Providers;
import nl.jeugdregie.clients.Clients;
import nl.jeugdregie.ijw.AllocationMessage;
import nl.jeugdregie.ijw.AllocationMessage.Product;
import nl.jeugdregie.ijw.AnswerMessage;
import nl.jeugdregie.ijw.ContentCheck;
import nl.jeugdregie.ijw.Jw301Writer;
import nl.jeugdregie.ijw.Jw319Writer;
import nl.jeugdregie.ijw.MessageType;
import nl.jeugdregie.ijw.ProductLine;
import nl.jeugdregie.ijw.XsdCheck;
import nl.jeugdregie.outbox.OutboxFixtures.Sent;
import nl.jeugdregie.shared.Actor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The outbox composes the JW301 and JW319 after the client route's changes commit (ijw.md §2.2,
 * §2.3, §2.4), holds a JW301 while the client has no address, and shows each message's state.
 */
@SpringBootTest(classes = Jeugdregie.class)
class OutboxTest {

  private static final XsdCheck XSD = new XsdCheck();

  @Autowired Providers providers;
  @Autowired Requests requests;
  @Autowired ChangeRequests changes;
  @Autowired Allocations allocations;
  @Autowired Clients clients;
  @Autowired JdbcClient db;
  @Autowired Outbox outbox;
  @Autowired OutboxTriggers triggers;
  @Autowired nl.jeugdregie.billing.Declarations declarations;

  private OutboxFixtures f;

  @BeforeEach
  void freshProviderAndClient() {
    f = new OutboxFixtures(providers, requests, changes, clients, db);
  }

  private void settled() throws Exception {
    triggers.awaitIdle();
  }

  /** The one JW301 of this provider so far, as records; it is XSD-valid and breaks no rule. */
  private AllocationMessage only301() {
    List<Sent> sent = f.sent(MessageType.JW301);
    assertThat(sent).hasSize(1);
    return last301(sent);
  }

  private static AllocationMessage last301(List<Sent> sent) {
    byte[] xml = sent.getLast().xml();
    assertThat(XSD.check(xml).findings()).isEmpty();
    assertThat(ContentCheck.check(MessageType.JW301, xml)).isEmpty();
    return Jw301Writer.read(xml);
  }

  @Test
  void aJw301IsHeldWhileTheAddressIsUnknownAndMadeOnceItIsSet() throws Exception {
    RequestView request = f.venlo("45P01", 40, TODAY.minusDays(10), TODAY.plusMonths(6));
    settled();

    assertThat(f.sent(MessageType.JW301)).isEmpty();
    List<OutboxEntry> held =
        outbox.list(VENLO, TODAY).stream()
            .filter(e -> e.receiver().equals(f.agb) && e.state().equals("HELD"))
            .toList();
    assertThat(held).hasSize(1);
    assertThat(held.getFirst().clientPseudonym()).isEqualTo(request.client().pseudonym());
    assertThat(held.getFirst().note()).contains("address unknown", "TR061");

    f.address(request.client().pseudonym());
    settled();

    AllocationMessage message = only301();
    assertThat(message.header().sender()).isEqualTo("0983");
    assertThat(message.header().receiver()).isEqualTo(f.agb);
    assertThat(message.header().dated()).isEqualTo(TODAY);
    assertThat(message.client().bsn()).isEqualTo(f.bsn);
    assertThat(message.client().gender()).isEqualTo("2");
    assertThat(message.client().name().surname())
        .isEqualTo(new AllocationMessage.Surname("Wit", "de"));
    AllocationMessage.Contact brp = message.client().contacts().getFirst();
    assertThat(brp.kind()).isEqualTo("01");
    assertThat(brp.address())
        .isEqualTo(
            new AllocationMessage.Address(
                new AllocationMessage.House(12, "a", null, null),
                "7511GB",
                "Oude Markt",
                "Venlo",
                "NL"));
    Product product = message.products().getFirst();
    assertThat(product.number()).isEqualTo(request.allocations().getFirst().number());
    assertThat(product.reference()).isEqualTo(request.providerReference());
    assertThat(product.changeReason()).isNull();
    assertThat(product.decidedOn()).isEqualTo(TODAY);
    assertThat(product.volume()).isEqualTo(new ProductLine.Volume(40, "04", "6"));
    assertThat(outbox.list(VENLO, TODAY))
        .filteredOn(e -> e.receiver().equals(f.agb))
        .extracting(OutboxEntry::state)
        .containsExactly("WAITING");
  }

  @Test
  void oneChangeWithTwoVersionsGivesOneJw301WithAReasonOnlyOnTheChangedAllocation()
      throws Exception {
    RequestView request = f.venlo("45P01", 40, TODAY.minusMonths(2), TODAY.plusMonths(6));
    f.address(request.client().pseudonym());
    settled();
    AllocationMessage first = only301();
    AllocationRef ref = request.allocations().getFirst();

    // 2 hours a week from next month: ends the allocation (05) and allocates anew, one transaction
    LocalDate from = TODAY.plusMonths(1).withDayOfMonth(1);
    Allocations.ChangeResult result =
        allocations.change(
            VENLO,
            "0983",
            ref.number(),
            MunicipalChange.parse(
                OutboxFixtures.JSON.readTree(
                    """
                    {"reason": "05", "from": "%s",
                     "volume": {"amount": 2, "unit": "04", "frequency": "2"}}
                    """
                        .formatted(from))));
    settled();

    List<Sent> sent = f.sent(MessageType.JW301);
    assertThat(sent).hasSize(2);
    AllocationMessage second = last301(sent);
    assertThat(second.header().identification()).isNotEqualTo(first.header().identification());
    assertThat(second.products()).hasSize(2);
    Product changed = second.products().get(0);
    Product added = second.products().get(1);
    assertThat(changed.number()).isEqualTo(ref.number());
    assertThat(changed.changeReason()).isEqualTo("05");
    assertThat(changed.end()).isEqualTo(from.minusDays(1));
    assertThat(changed.reference()).as("TR379: the VOT was honoured by the first JW301").isNull();
    assertThat(added.number())
        .isEqualTo(java.util.Objects.requireNonNull(result.successor()).number());
    assertThat(added.changeReason()).as("IV099: never on a first version").isNull();
    assertThat(added.reference()).isNull();
    assertThat(added.start()).isEqualTo(from);
    assertThat(added.volume()).isEqualTo(new ProductLine.Volume(2, "04", "2"));
  }

  @Test
  void anUnchangedSetGivesNoSecondJw301() throws Exception {
    RequestView request = f.venlo("45P01", 40, TODAY.minusDays(10), TODAY.plusMonths(6));
    f.address(request.client().pseudonym());
    settled();
    AllocationMessage first = only301();
    AllocationRef ref = request.allocations().getFirst();

    // a start of delivery changes the allocation's state, not what the provider was sent
    allocations.start(f.provider, "0983", ref.number(), TODAY.minusDays(1), null);
    outbox.allocationChanged(allocations.facts("0983", ref.number()).orElseThrow().id());
    settled();

    assertThat(only301()).isEqualTo(first);
  }

  @Test
  void aSecondAllocationSendsTheFirstAgainUnchangedWithItsOriginalDecisionMoment()
      throws Exception {
    RequestView one = f.venlo("45P01", 40, TODAY.minusDays(10), TODAY.plusMonths(6));
    f.address(one.client().pseudonym());
    settled();
    Product before = only301().products().getFirst();

    RequestView two = f.venlo("45P02", 20, TODAY.minusDays(5), TODAY.plusMonths(3));
    settled();

    List<Sent> sent = f.sent(MessageType.JW301);
    assertThat(sent).hasSize(2);
    AllocationMessage second = last301(sent);
    assertThat(second.products()).hasSize(2);
    Product again = second.products().get(0);
    assertThat(again.number()).isEqualTo(before.number());
    assertThat(again.changeReason()).isNull();
    assertThat(again.reference()).as("TR379: only the first time").isNull();
    assertThat(again.decidedOn()).isEqualTo(before.decidedOn());
    assertThat(again.decidedAt()).isEqualTo(before.decidedAt());
    assertThat(second.products().get(1).reference()).isEqualTo(two.providerReference());
  }

  @Test
  void aChangeRequestHonouredGivesItsReferenceToEveryProduct() throws Exception {
    RequestView one = f.venlo("45P01", 40, TODAY.minusDays(10), TODAY.plusMonths(6));
    f.address(one.client().pseudonym());
    settled();
    int number = one.allocations().getFirst().number();

    RequestView vow =
        f.vow(
            """
            {"municipality": "0983", "receivedOn": "%s", "reason": 1,
             "unchanged": [{"number": %d}],
             "new": [{"product": {"category": "45", "code": "45P02"}, "desiredStart": "%s",
                      "end": "%s", "volume": {"amount": 10, "unit": "04", "frequency": "6"}}]}
            """
                .formatted(TODAY, number, TODAY.plusDays(14), TODAY.plusMonths(4)));
    assertThat(vow.state()).isEqualTo(RequestState.APPROVED);
    settled();

    AllocationMessage second = last301(f.sent(MessageType.JW301));
    assertThat(second.products()).hasSize(2);
    assertThat(second.products())
        .extracting(Product::reference)
        .as("IV093: also the unchanged one")
        .containsOnly(vow.providerReference());
    assertThat(second.products()).extracting(Product::changeReason).containsOnlyNulls();
  }

  private List<OutboxEntry> held(Actor team) {
    return outbox.list(team, TODAY).stream()
        .filter(e -> e.receiver().equals(f.agb) && e.state().equals("HELD"))
        .toList();
  }

  @Test
  void aHeldJw301WhoseOnlyAllocationIsDeletedIsNoLongerHeld() throws Exception {
    RequestView request = f.venlo("45P01", 40, TODAY.minusDays(10), TODAY.plusMonths(6));
    settled();
    assertThat(held(VENLO)).hasSize(1);

    allocations.change(
        VENLO,
        "0983",
        request.allocations().getFirst().number(),
        MunicipalChange.parse(OutboxFixtures.JSON.readTree("{\"reason\": \"13\"}")));
    settled();

    assertThat(held(VENLO)).isEmpty();
    assertThat(f.sent(MessageType.JW301)).isEmpty();
  }

  @Test
  void aDeletionThatTr385ForbidsIsHeldWithTheRuleNotSent() throws Exception {
    RequestView request =
        f.submit(
            """
            {"kind": "INITIAL", "receivedOn": "2025-03-03", "municipality": "0153",
             "client": {"birthDate": "2014-05-01"},
             "referrer": {"type": "02", "letterDate": "2025-02-01"},
             "product": {"category": "45", "code": "45B01"},
             "period": {"start": "2025-03-10", "end": "2025-12-31"},
             "volume": {"amount": 3000, "unit": "01", "frequency": "6"}}
            """);
    f.address(request.client().pseudonym());
    int number = request.allocations().getFirst().number();
    var answer =
        declarations.submit(
            f.provider,
            nl.jeugdregie.billing.DeclarationSubmission.parse(
                OutboxFixtures.JSON.readTree(
                    """
                    {"providerAgb": "%s", "number": "%s", "municipality": "0153",
                     "period": "2025-03", "receivedOn": "2025-04-02",
                     "clients": [{"bsn": "%s", "lines": [
                       {"reference": "%s", "debitCredit": "D", "allocationNumber": %d,
                        "product": {"category": "45", "code": "45B01"},
                        "productPeriod": {"start": "2025-03-10", "end": "2025-03-31"},
                        "volume": {"amount": 10, "unit": "01"}, "tariffCents": 205,
                        "amountCents": 2050}]}]}
                    """
                        .formatted(f.agb, "D" + number, f.bsn, "L" + number, number))));
    assertThat(answer.totals().approved()).isEqualTo(1);
    settled();
    assertThat(f.sent(MessageType.JW301)).hasSize(1);

    // care was declared and paid without a start (OP364): the route lets the deletion through
    allocations.change(
        ENSCHEDE,
        "0153",
        number,
        MunicipalChange.parse(OutboxFixtures.JSON.readTree("{\"reason\": \"13\"}")));
    settled();

    assertThat(f.sent(MessageType.JW301)).hasSize(1);
    assertThat(held(ENSCHEDE))
        .singleElement()
        .satisfies(e -> assertThat(e.note()).contains("TR385"));
  }

  @Test
  void aRequestInInvestigationGetsAJw319InOnderzoekAndItsRejectionAJw319Afgewezen()
      throws Exception {
    RequestView request = f.enschedeInvestigation();
    assertThat(request.state()).isEqualTo(RequestState.IN_INVESTIGATION);
    settled();

    List<Sent> sent = f.sent(MessageType.JW319);
    assertThat(sent).hasSize(1);
    assertThat(XSD.check(sent.getFirst().xml()).findings()).isEmpty();
    AnswerMessage investigating = Jw319Writer.read(sent.getFirst().xml());
    assertThat(investigating.reference()).isEqualTo(request.providerReference());
    assertThat(investigating.answer()).isEqualTo("2");
    assertThat(investigating.rejectionReason()).isNull();
    assertThat(investigating.header().sender()).isEqualTo("0153");

    requests.decide(
        ENSCHEDE,
        request.id(),
        new TeamDecision(false, RejectionReason.CARE_CONTENT, null, "test", null));
    settled();

    sent = f.sent(MessageType.JW319);
    assertThat(sent).hasSize(2);
    AnswerMessage rejected = Jw319Writer.read(sent.getLast().xml());
    assertThat(rejected.answer()).isEqualTo("1");
    assertThat(rejected.rejectionReason()).isEqualTo("7");
    assertThat(rejected.responsibleMunicipality()).isNull();

    // heard again, the request is answered already: nothing more
    outbox.requestDecided(request.id());
    assertThat(f.sent(MessageType.JW319)).hasSize(2);
  }

  @Test
  void aRejectionOnPlaceOfResidenceNamesTheResponsibleMunicipality() throws Exception {
    RequestView request = f.enschedeInvestigation();
    requests.decide(
        ENSCHEDE,
        request.id(),
        new TeamDecision(
            false, RejectionReason.PLACE_OF_RESIDENCE, null, "woont in Amersfoort", null, "0307"));
    settled();

    AnswerMessage rejected = Jw319Writer.read(f.sent(MessageType.JW319).getLast().xml());
    assertThat(rejected.rejectionReason()).isEqualTo("8");
    assertThat(rejected.responsibleMunicipality()).isEqualTo("0307");
  }

  @Test
  void anApprovedRequestGetsNoJw319() throws Exception {
    RequestView request = f.venlo("45P01", 40, TODAY.minusDays(10), TODAY.plusMonths(6));
    assertThat(request.state()).isEqualTo(RequestState.APPROVED);
    settled();

    assertThat(f.sent(MessageType.JW319)).isEmpty();
  }

  @Test
  void fetchingByTheProviderSendsItAndIsAnAuditedRead() throws Exception {
    RequestView request = f.venlo("45P01", 40, TODAY.minusDays(10), TODAY.plusMonths(6));
    f.address(request.client().pseudonym());
    settled();
    Sent waiting = f.sent(MessageType.JW301).getFirst();
    var clientId = clients.findByPseudonym(request.client().pseudonym()).orElseThrow().id();
    int audited = clients.auditLog(clientId, 1000).size();

    // the access team reads it without sending it
    assertThat(outbox.fetch(VENLO, waiting.id())).isEqualTo(waiting.xml());
    assertThat(f.sent(MessageType.JW301).getFirst().state()).isEqualTo("WAITING");

    assertThat(outbox.fetch(f.provider, waiting.id())).isEqualTo(waiting.xml());

    assertThat(f.sent(MessageType.JW301).getFirst().state()).isEqualTo("SENT");
    assertThat(clients.auditLog(clientId, 1000)).hasSize(audited + 2);
    assertThat(clients.auditLog(clientId, 1).getFirst().what()).contains("JW301");
    assertThatThrownBy(() -> outbox.fetch(Actor.provider("ander", "87654321"), waiting.id()))
        .isInstanceOf(RouteRefusedException.class)
        .hasMessageContaining("no outgoing message");
    assertThatThrownBy(() -> outbox.fetch(ENSCHEDE, waiting.id()))
        .isInstanceOf(RouteRefusedException.class);
    assertThatThrownBy(() -> outbox.list(Actor.contractManager("c", "twente"), TODAY))
        .isInstanceOf(RouteRefusedException.class);
    assertThat(outbox.list(f.provider, TODAY))
        .singleElement()
        .satisfies(e -> assertThat(e.state()).isEqualTo("SENT"))
        .satisfies(e -> assertThat(e.sentAt()).isNotNull());
    assertThat(outbox.list(ADMIN, TODAY)).extracting(OutboxEntry::id).contains(waiting.id());
  }
}
