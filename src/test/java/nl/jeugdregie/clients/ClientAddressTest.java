package nl.jeugdregie.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import nl.jeugdregie.Jeugdregie;
import nl.jeugdregie.TestData;
import nl.jeugdregie.shared.Actor;
import nl.jeugdregie.shared.Bsn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The BRP address and sex of a client, recorded by the access team of the client's municipality (or
 * an administrator), audited, and refused with the field named when invalid.
 */
@SpringBootTest(classes = Jeugdregie.class)
class ClientAddressTest {

  @Autowired Clients clients;

  private static final Actor ENSCHEDE = Actor.accessTeam("toegang-enschede", Set.of("0153"));

  private Client client;

  @BeforeEach
  void client() {
    client =
        clients.register(
            Actor.admin("test"),
            Bsn.of(TestData.bsn()),
            "Sanne de Wit",
            LocalDate.of(2014, 5, 1),
            "0153",
            "test");
  }

  private static Address address() {
    return new Address("Oude Markt", 12, "b", "2", "7511 gb", "Enschede");
  }

  @Test
  void theAccessTeamRecordsTheAddressAndSexAndTheChangeIsAudited() {
    assertThat(client.address()).isNull();
    assertThat(client.gender()).isEqualTo(Gender.UNKNOWN);

    clients.setAddress(ENSCHEDE, client.pseudonym(), address(), Gender.FEMALE, "test");

    Client stored = clients.get(client.id());
    Address address = java.util.Objects.requireNonNull(stored.address());
    assertThat(address).isEqualTo(new Address("Oude Markt", 12, "b", "2", "7511GB", "Enschede"));
    assertThat(address.postcode()).isEqualTo("7511GB");
    assertThat(stored.gender()).isEqualTo(Gender.FEMALE);
    AuditEntry last = clients.auditLog(client.id(), 1).getFirst();
    assertThat(last.action()).isEqualTo("UPDATE");
    assertThat(last.what()).isEqualTo("address, gender");
    assertThat(last.actor()).isEqualTo("toegang-enschede");
  }

  @Test
  void withoutASexTheRecordedOneStays() {
    clients.setAddress(ENSCHEDE, client.pseudonym(), address(), Gender.MALE, "test");
    clients.setAddress(
        ENSCHEDE,
        client.pseudonym(),
        new Address("Markt", 1, null, null, "7511AA", "Enschede"),
        null,
        "test");

    Client stored = clients.get(client.id());
    assertThat(stored.gender()).isEqualTo(Gender.MALE);
    Address address = java.util.Objects.requireNonNull(stored.address());
    assertThat(address.street()).isEqualTo("Markt");
    assertThat(address.houseLetter()).isNull();
  }

  @Test
  void anotherMunicipalityDoesNotFindTheClientAndAProviderMayNotRecordIt() {
    Actor amersfoort = Actor.accessTeam("toegang-amersfoort", Set.of("0307"));

    assertThatThrownBy(
            () -> clients.setAddress(amersfoort, client.pseudonym(), address(), null, "test"))
        .isInstanceOfSatisfying(
            ClientRefusedException.class,
            e -> assertThat(e.kind()).isEqualTo(ClientRefusedException.Kind.NOT_FOUND));
    assertThatThrownBy(
            () ->
                clients.setAddress(
                    Actor.provider("aanbieder", "12345678"),
                    client.pseudonym(),
                    address(),
                    null,
                    "test"))
        .isInstanceOfSatisfying(
            ClientRefusedException.class,
            e -> assertThat(e.kind()).isEqualTo(ClientRefusedException.Kind.NOT_PERMITTED));
    assertThat(clients.get(client.id()).address()).isNull();
  }

  @Test
  void anInvalidPartIsRefusedWithItsField() {
    assertThatThrownBy(() -> new Address("Oude Markt", 12, null, null, "0511 GB", "Enschede"))
        .isInstanceOfSatisfying(
            ClientRefusedException.class,
            e -> {
              assertThat(e.field()).isEqualTo("address.postcode");
              assertThat(e.getMessage()).contains("CS089");
            });
    assertThatThrownBy(
            () -> new Address("Burgemeester van Veenlaan Oost", 1, null, null, "7511GB", "X"))
        .isInstanceOfSatisfying(
            ClientRefusedException.class, e -> assertThat(e.field()).isEqualTo("address.street"));
    assertThatThrownBy(() -> new Address("Markt", 0, null, null, "7511GB", "X"))
        .isInstanceOfSatisfying(
            ClientRefusedException.class,
            e -> assertThat(e.field()).isEqualTo("address.houseNumber"));
    assertThatThrownBy(() -> new Address("Markt", 1, "bis", null, "7511GB", "X"))
        .isInstanceOfSatisfying(
            ClientRefusedException.class,
            e -> assertThat(e.field()).isEqualTo("address.houseLetter"));
    assertThatThrownBy(() -> Gender.parse("3")).isInstanceOf(ClientRefusedException.class);
  }
}
