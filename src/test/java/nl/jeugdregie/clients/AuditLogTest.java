package nl.jeugdregie.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import nl.jeugdregie.Jeugdregie;
import nl.jeugdregie.TestData;
import nl.jeugdregie.shared.Actor;
import nl.jeugdregie.shared.Bsn;
import nl.jeugdregie.shared.PageRequest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The audit log as the admin's screen reads it (issue 12): filtered by who, action, subject and
 * period, paged, newest first; for administrators only.
 */
@SpringBootTest(classes = Jeugdregie.class)
class AuditLogTest {

  @Autowired Clients clients;
  @Autowired Clock clock;

  @Test
  void filtersByWhoActionSubjectAndPeriodNewestFirst() {
    String who = "audit-" + TestData.agb();
    Actor team = Actor.accessTeam(who, Set.of("0153"));
    Client client =
        clients.register(
            team, Bsn.of(TestData.bsn()), "Sanne de Wit", LocalDate.of(2014, 5, 1), "0153", "test");
    clients.setAddress(
        team,
        client.pseudonym(),
        new Address("Oude Markt", 12, null, null, "7511GB", "Enschede"),
        null,
        "test");
    Actor admin = Actor.admin("admin");

    var byWho = clients.auditLog(admin, filter(who, null, null, null, null), PageRequest.first());
    assertThat(byWho.total()).isEqualTo(2);
    assertThat(byWho.items()).extracting(AuditEntry::action).containsExactly("UPDATE", "CREATE");
    assertThat(byWho.items()).allMatch(e -> e.clientPseudonym().equals(client.pseudonym()));

    var updates =
        clients.auditLog(admin, filter(who, "UPDATE", null, null, null), PageRequest.first());
    assertThat(updates.items()).extracting(AuditEntry::what).containsExactly("address, gender");

    var bySubject =
        clients.auditLog(
            admin,
            filter(null, null, client.pseudonym().toLowerCase(java.util.Locale.ROOT), null, null),
            PageRequest.of(0, 1, null));
    assertThat(bySubject.total()).isEqualTo(2);
    assertThat(bySubject.items()).hasSize(1);
    assertThat(bySubject.pages()).isEqualTo(2);

    LocalDate today = LocalDate.now(clock.withZone(Clients.DUTCH));
    assertThat(
            clients
                .auditLog(admin, filter(who, null, null, today, today), PageRequest.first())
                .total())
        .isEqualTo(2);
    assertThat(
            clients
                .auditLog(
                    admin,
                    filter(who, null, null, today.minusDays(9), today.minusDays(1)),
                    PageRequest.first())
                .total())
        .isZero();
  }

  @Test
  void onlyAnAdministratorReadsTheLog() {
    assertThatThrownBy(
            () ->
                clients.auditLog(
                    Actor.contractManager("contract-twente", "twente"),
                    AuditFilter.none(),
                    PageRequest.first()))
        .isInstanceOf(ClientRefusedException.class)
        .hasMessageContaining("administrator");
  }

  private static AuditFilter filter(
      @Nullable String actor,
      @Nullable String action,
      @Nullable String client,
      @Nullable LocalDate from,
      @Nullable LocalDate to) {
    return new AuditFilter(actor, action, client, from, to);
  }
}
