package nl.jeugdregie.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.jeugdregie.Jeugdregie;
import nl.jeugdregie.allocation.Allocations;
import nl.jeugdregie.allocation.MunicipalChange;
import nl.jeugdregie.allocation.RequestSubmission;
import nl.jeugdregie.allocation.Requests;
import nl.jeugdregie.allocation.RouteRefusedException;
import nl.jeugdregie.allocation.TeamDecision;
import nl.jeugdregie.allocation.Views.AllocationRef;
import nl.jeugdregie.allocation.Views.RequestView;
import nl.jeugdregie.billing.DeclarationSubmission;
import nl.jeugdregie.billing.Declarations;
import nl.jeugdregie.catalog.Contract;
import nl.jeugdregie.catalog.Providers;
import nl.jeugdregie.shared.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Signals on a real database with a fixed clock (2 April 2025, Amsterdam): raised once by a
 * declaration, raised by an allocation change, and closed once a request is decided; acknowledged
 * and done by the role they are for.
 */
@SpringBootTest(classes = Jeugdregie.class)
@Import(SignalDatabaseTest.FixedClock.class)
class SignalDatabaseTest {

  static final LocalDate TODAY = LocalDate.of(2025, 4, 2);
  static final JsonMapper JSON = JsonMapper.builder().build();

  @TestConfiguration(proxyBeanMethods = false)
  static class FixedClock {
    @Bean
    @Primary
    Clock fixedClock() {
      ZoneId zone = ZoneId.of("Europe/Amsterdam");
      return Clock.fixed(ZonedDateTime.of(TODAY.atTime(9, 0), zone).toInstant(), zone);
    }
  }

  @Autowired Requests requests;
  @Autowired Allocations allocations;
  @Autowired Declarations declarations;
  @Autowired Providers providers;
  @Autowired Signals signals;
  @Autowired SignalStore store;
  @Autowired SignalTriggers triggers;
  @Autowired JdbcClient db;

  record Case(Actor provider, String bsn, RequestView request) {
    AllocationRef allocation() {
      return request.allocations().getFirst();
    }
  }

  /** A fresh provider with a contract for category 45 in {@code region}, and its request. */
  Case request(String region, String municipality, String json) {
    String agb = String.valueOf(ThreadLocalRandom.current().nextLong(20_000_000L, 99_999_999L));
    providers.register(agb, "Zorg " + agb);
    providers.contract(new Contract(agb, region, "45", null, LocalDate.of(2020, 1, 1), null));
    Actor provider = Actor.provider("aanbieder", agb);
    String bsn = bsn();
    ObjectNode body = (ObjectNode) JSON.readTree(json);
    body.put("municipality", municipality);
    body.put("clientBsn", bsn).put("providerAgb", agb).put("providerReference", "S-" + agb);
    return new Case(provider, bsn, requests.submit(provider, RequestSubmission.parse(body)));
  }

  /** Amstelveen 45A01 within its signaalbudget of EUR 4,500 (40 hours at EUR 126.70 in 2025). */
  Case amstelveen() {
    return request(
        "amstelveen-aalsmeer",
        "0362",
        """
        {"kind": "INITIAL", "receivedOn": "2025-03-03", "client": {"birthDate": "2012-06-15"},
         "referrer": {"type": "02", "letterDate": "2025-02-20"},
         "product": {"category": "45", "code": "45A01"},
         "period": {"start": "2025-03-10", "end": "2025-12-31"},
         "volume": {"amount": 40, "unit": "04", "frequency": "6"},
         "budget": {"scheme": "SIGNAALBUDGET"}}
        """);
  }

  /** Twente 45B01: 3000 minutes are approved, 7000 go to investigation (R-TWE-2). */
  Case twente(long minutes) {
    return request(
        "twente",
        "0153",
        """
        {"kind": "INITIAL", "receivedOn": "2025-03-03", "client": {"birthDate": "2014-05-01"},
         "referrer": {"type": "02", "letterDate": "2025-02-01"},
         "product": {"category": "45", "code": "45B01"},
         "period": {"start": "2025-03-10", "end": "2025-12-31"},
         "volume": {"amount": %d, "unit": "01", "frequency": "6"}}
        """
            .formatted(minutes));
  }

  /** Books {@code hours} of 45A01 in {@code month} (from the start of care on 10 March). */
  void declare(Case c, String number, YearMonth month, long hours) {
    LocalDate from =
        month.equals(YearMonth.of(2025, 3)) ? LocalDate.of(2025, 3, 10) : month.atDay(1);
    LocalDate to = month.atEndOfMonth();
    String line =
        """
        {"reference": "%s", "debitCredit": "D", "allocationNumber": %d,
         "product": {"category": "45", "code": "45A01"},
         "productPeriod": {"start": "%s", "end": "%s"},
         "volume": {"amount": %d, "unit": "04"}, "tariffCents": 12670, "amountCents": %d}
        """
            .formatted(number, c.allocation().number(), from, to, hours, hours * 12670);
    var answer =
        declarations.submit(
            c.provider(),
            DeclarationSubmission.parse(
                JSON.readTree(
                    """
                    {"providerAgb": "%s", "number": "%s", "municipality": "0362",
                     "period": "%s", "receivedOn": "%s",
                     "clients": [{"bsn": "%s", "lines": [%s]}]}
                    """
                        .formatted(
                            c.provider().agb(),
                            number,
                            month,
                            month.plusMonths(1).atDay(2),
                            c.bsn(),
                            line))));
    assertThat(answer.lines())
        .allSatisfy(l -> assertThat(l.status()).as("%s", l.returnCodes()).isEqualTo("APPROVED"));
  }

  /** The subject's signals once every recompute the changes so far asked for has run. */
  List<Signal> on(UUID subject) {
    try {
      triggers.awaitIdle();
    } catch (Exception e) {
      throw new AssertionError("the recomputes did not finish", e);
    }
    return store.of(subject);
  }

  UUID allocationId(Case c) {
    return db.sql("select id from allocation.allocation where municipality = :m and number = :n")
        .param("m", c.allocation().municipality())
        .param("n", c.allocation().number())
        .query((rs, n) -> rs.getObject(1, UUID.class))
        .single();
  }

  @Test
  void aDeclarationCrossing75PercentRaisesTheUsageSignalOnceForTheProvider() {
    Case c = amstelveen();
    UUID allocation = allocationId(c);
    declare(c, "D1", YearMonth.of(2025, 3), 20); // EUR 2,534.00 of 4,500: 56%
    assertThat(on(allocation)).isEmpty();

    declare(c, "D2", YearMonth.of(2025, 4), 7); // EUR 3,420.90: 76%
    assertThat(on(allocation))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.kind()).isEqualTo(SignalKind.USAGE_THRESHOLD);
              assertThat(s.rule()).isEqualTo("R-AAA-2");
              assertThat(s.role()).isEqualTo("AANBIEDER");
              assertThat(s.state()).isEqualTo(SignalState.OPEN);
              assertThat(s.municipality()).isEqualTo("0362");
              assertThat(s.providerAgb()).isEqualTo(c.provider().agb());
              assertThat(s.message()).contains("76%").doesNotContain(c.bsn());
            });

    declare(c, "D3", YearMonth.of(2025, 5), 1); // 78%: the same signal, not a second one
    Signal signal = on(allocation).getFirst();
    assertThat(on(allocation)).hasSize(1);
    assertThat(signal.message()).contains("78%");

    // the provider sees it, acknowledges it, and it stays acknowledged over a recompute
    assertThat(signals.list(c.provider(), SignalState.OPEN, null)).contains(signal);
    Actor team = Actor.accessTeam("toegang", Set.of("0362"));
    assertThatThrownBy(() -> signals.acknowledge(team, signal.id()))
        .isInstanceOfSatisfying(
            RouteRefusedException.class,
            e -> assertThat(e.kind()).isEqualTo(RouteRefusedException.Kind.NOT_PERMITTED));
    signals.acknowledge(c.provider(), signal.id());
    signals.recompute(allocation, TODAY);
    assertThat(on(allocation))
        .singleElement()
        .satisfies(s -> assertThat(s.state()).isEqualTo(SignalState.ACKNOWLEDGED));
    assertThat(signals.done(c.provider(), signal.id()).closedBy()).isEqualTo("aanbieder");
    assertThatThrownBy(() -> signals.done(c.provider(), signal.id()))
        .isInstanceOfSatisfying(
            RouteRefusedException.class,
            e -> assertThat(e.kind()).isEqualTo(RouteRefusedException.Kind.CONFLICT));
    // an access team of another municipality does not see it
    assertThat(signals.list(Actor.accessTeam("t", Set.of("0153")), null, null))
        .noneMatch(s -> s.subject().equals(allocation));
  }

  @Test
  void anAllocationChangeIntoTheExtensionWindowRaisesItAtOnce() {
    Case c = twente(3000);
    UUID allocation = allocationId(c);
    assertThat(on(allocation)).isEmpty();
    // ends 2025-06-20: the window runs from 2025-03-28 to 2025-04-25, and today is 2025-04-02
    allocations.change(
        Actor.accessTeam("toegang", Set.of("0153")),
        "0153",
        c.allocation().number(),
        MunicipalChange.parse(
            JSON.readTree(
                "{\"reason\": \"05\", \"end\": \"2025-06-20\", \"providerConsent\": true}")));
    assertThat(on(allocation))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.kind()).isEqualTo(SignalKind.EXTENSION_WINDOW);
              assertThat(s.rule()).isEqualTo("R-TWE-4");
              assertThat(s.due()).isEqualTo(LocalDate.of(2025, 4, 25));
            });
    // the day after the window the sweep closes it
    signals.sweep(LocalDate.of(2025, 4, 26));
    assertThat(on(allocation))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.state()).isEqualTo(SignalState.DONE);
              assertThat(s.closedBy()).isEqualTo("system");
            });
  }

  @Test
  void theSweepRaisesAnOverdueInvestigationAndItClosesOnceDecided() {
    Case c = twente(7000);
    UUID request = c.request().id();
    signals.sweep(LocalDate.of(2025, 4, 28)); // the due date itself is in time
    assertThat(on(request)).isEmpty();

    signals.sweep(LocalDate.of(2025, 4, 29));
    signals.sweep(LocalDate.of(2025, 4, 30)); // a second sweep raises nothing new
    Signal overdue = on(request).getFirst();
    assertThat(on(request)).hasSize(1);
    assertThat(overdue.kind()).isEqualTo(SignalKind.INVESTIGATION_OVERDUE);
    assertThat(overdue.rule()).isEqualTo("OP274");
    assertThat(overdue.role()).isEqualTo("TOEGANG");
    assertThat(signals.list(Actor.accessTeam("t", Set.of("0153")), null, null)).contains(overdue);

    requests.decide(
        Actor.accessTeam("toegang", Set.of("0153")),
        request,
        TeamDecision.parse(JSON.readTree("{\"outcome\": \"APPROVE\"}")));
    signals.sweep(LocalDate.of(2025, 5, 1));
    assertThat(on(request))
        .singleElement()
        .satisfies(s -> assertThat(s.state()).isEqualTo(SignalState.DONE));
  }

  static String bsn() {
    return nl.jeugdregie.TestData.bsn();
  }
}
