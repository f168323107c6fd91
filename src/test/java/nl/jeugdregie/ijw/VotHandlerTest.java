package nl.jeugdregie.ijw;

import static nl.jeugdregie.ijw.VerzoekXml.codes;
import static nl.jeugdregie.ijw.VerzoekXml.hours;
import static nl.jeugdregie.ijw.VerzoekXml.minutes;
import static nl.jeugdregie.ijw.VerzoekXml.product;
import static nl.jeugdregie.ijw.VerzoekXml.vot;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.jeugdregie.Jeugdregie;
import nl.jeugdregie.TestData;
import nl.jeugdregie.catalog.Contract;
import nl.jeugdregie.catalog.Providers;
import nl.jeugdregie.ijw.MessageHandler.Handled;
import nl.jeugdregie.ijw.MessageHandler.Received;
import nl.jeugdregie.shared.Actor;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A JW315 (VOT) through its handler: answered with a JW316, header only when accepted, and its
 * requests stored all or none; refused with the iJw code on the class it concerns.
 */
@SpringBootTest(classes = Jeugdregie.class)
class VotHandlerTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
  private static final LocalDate DATED = LocalDate.of(2026, 11, 27);
  private static final String ENSCHEDE = "0153";

  @Autowired VotHandler handler;
  @Autowired Providers providers;
  @Autowired JdbcClient db;

  private final String bsn = TestData.bsn();

  /** A provider contracted by Twente for ambulant care (category 45). */
  private String contracted() {
    String agb = TestData.agb();
    providers.register(agb, "Zorgaanbieder " + agb);
    providers.contract(new Contract(agb, "twente", "45", null, LocalDate.of(2020, 1, 1), null));
    return agb;
  }

  private Handled send(String agb, byte[] xml) {
    var header = new Header(agb, ENSCHEDE, "id", DATED);
    return handler.handle(
        Actor.provider("aanbieder", agb),
        new Received(UUID.randomUUID(), MessageType.JW315, header, xml, TODAY));
  }

  private List<@Nullable String> states(String agb) {
    return db.sql("select state from allocation.request where provider_agb = :agb order by state")
        .param("agb", agb)
        .query(String.class)
        .list();
  }

  private static String text(Handled handled) {
    return new String(java.util.Objects.requireNonNull(handled.reply()), StandardCharsets.UTF_8);
  }

  @Test
  void acceptsAValidTwenteRequestWithAHeaderOnlyJw316AndStoresIt() {
    String agb = contracted();
    Handled handled = send(agb, vot(agb, ENSCHEDE, bsn, DATED, minutes("R-1", 3000)));
    assertThat(handled.accepted()).isTrue();
    assertThat(handled.replyType()).isEqualTo(MessageType.JW316);
    assertThat(handled.returnCode()).isEqualTo("0200");
    assertThat(handled.clientPseudonym()).isNotBlank();
    assertThat(text(handled))
        .contains("<jw316:BerichtCode>447<", "<jw316:Afzender>" + agb + "<")
        .doesNotContain("RetourCode", "Client");
    assertThat(states(agb)).containsExactly("APPROVED");
    assertThat(
            db.sql(
                    """
                    select product_code from allocation.request
                    where provider_agb = :agb and provider_reference = 'R-1'
                    """)
                .param("agb", agb)
                .query(String.class)
                .single())
        .isEqualTo("45B01");
  }

  @Test
  void storesOneRequestPerProduct() {
    String agb = contracted();
    Handled handled = send(agb, vot(agb, ENSCHEDE, bsn, DATED, minutes("R-1", 3000), hours("R-2")));
    assertThat(handled.accepted()).isTrue();
    assertThat(states(agb)).hasSize(2);
  }

  @Test
  void aProductPutInInvestigationDoesNotMakeTheNextProductOfTheSameMessagePending() {
    String agb = contracted();
    // 7000 minutes is over Twente's 6000 without prior contact: in investigation (R-TWE-2)
    Handled handled = send(agb, vot(agb, ENSCHEDE, bsn, DATED, minutes("R-1", 7000), hours("R-2")));
    assertThat(handled.accepted()).isTrue();
    assertThat(states(agb)).containsExactly("APPROVED", "IN_INVESTIGATION");
  }

  @Test
  void aBrokenContentRuleAnswers0001InTheHeaderAndStoresNothing() {
    String agb = contracted();
    String withoutDecisionDate =
        minutes("R-1", 3000)
            .replace(
                "<jw315:Product>",
                "<jw315:BeschikkingNummer>4711</jw315:BeschikkingNummer><jw315:Product>");
    Handled handled = send(agb, vot(agb, ENSCHEDE, bsn, DATED, withoutDecisionDate));
    assertThat(handled.accepted()).isFalse();
    assertThat(handled.returnCode()).isEqualTo("0001");
    assertThat(text(handled))
        .contains("<jw316:RetourCode>0001<", "<jw316:XsltVersie>")
        .doesNotContain("Client");
    assertThat(states(agb)).isEmpty();
  }

  @Test
  void aReusedReferenceIsRefusedWith9347OnItsProductAndNothingIsStored() throws Exception {
    String agb = contracted();
    assertThat(send(agb, vot(agb, ENSCHEDE, bsn, DATED, minutes("R-1", 3000))).accepted()).isTrue();
    Handled handled =
        send(
            agb,
            vot(
                agb,
                ENSCHEDE,
                bsn,
                DATED,
                hours("R-2"),
                product("R-1", "45", "45G01", "2027-06-01", "2027-12-31", "10 04 4", null)));
    assertThat(handled.accepted()).isFalse();
    assertThat(handled.returnCode()).isEqualTo("9347");
    byte[] retour = java.util.Objects.requireNonNull(handled.reply());
    assertThat(codes(retour, "AangevraagdProduct"))
        .containsExactly(List.of("0200"), List.of("9347"));
    assertThat(codes(retour, "Client")).containsExactly(List.of("0200"));
    assertThat(codes(retour, "Header")).containsExactly(List.of("0200"));
    assertThat(states(agb)).containsExactly("APPROVED");
  }

  @Test
  void aRequestInInvestigationRefusesTheNextMessageWith9374OnTheClient() throws Exception {
    String agb = contracted();
    assertThat(send(agb, vot(agb, ENSCHEDE, bsn, DATED, minutes("R-1", 7000))).accepted()).isTrue();
    Handled handled = send(agb, vot(agb, ENSCHEDE, bsn, DATED, hours("R-2")));
    assertThat(handled.accepted()).isFalse();
    byte[] retour = java.util.Objects.requireNonNull(handled.reply());
    assertThat(codes(retour, "Client")).containsExactly(List.of("9374"));
    assertThat(codes(retour, "AangevraagdProduct")).containsExactly(List.of("0200"));
    assertThat(states(agb)).containsExactly("IN_INVESTIGATION");
  }

  @Test
  void anUncontractedProviderIsAcceptedAndItsRequestRejectedWithWj759Code3() {
    String agb = TestData.agb(); // never registered: no contract anywhere (OP095)
    Handled handled = send(agb, vot(agb, ENSCHEDE, bsn, DATED, minutes("R-1", 3000)));
    assertThat(handled.accepted()).isTrue();
    assertThat(
            db.sql("select rejection_reason from allocation.request where provider_agb = :agb")
                .param("agb", agb)
                .query(Integer.class)
                .single())
        .isEqualTo(3);
  }

  @Test
  void aKnownClientWithAnotherBirthDateIsJudgedByOurs() {
    String agb = contracted();
    assertThat(send(agb, vot(agb, ENSCHEDE, bsn, DATED, minutes("R-1", 3000))).accepted()).isTrue();
    // iJw OP039: the sender sends what its administration holds; the birth date is no key
    Handled handled =
        send(agb, vot(agb, ENSCHEDE, bsn, LocalDate.of(2014, 6, 1), DATED, hours("R-2")));
    assertThat(handled.accepted()).isTrue();
    assertThat(states(agb)).hasSize(2);
  }

  @Test
  void anUnknownProductCodeIsRefusedWithS329OnItsProduct() throws Exception {
    String agb = contracted();
    Handled handled =
        send(
            agb,
            vot(
                agb,
                ENSCHEDE,
                bsn,
                DATED,
                hours("R-1"),
                product("R-2", "45", "45X99", "2026-12-07", "2027-05-31", "10 04 4", null)));
    assertThat(handled.accepted()).isFalse();
    assertThat(codes(java.util.Objects.requireNonNull(handled.reply()), "AangevraagdProduct"))
        .containsExactly(List.of("0200"), List.of("S329"));
    assertThat(states(agb)).isEmpty();
  }

  @Test
  void anUnknownMunicipalityAndAFutureDateAreRefusedOnTheHeader() throws Exception {
    String agb = contracted();
    Handled handled = send(agb, vot(agb, "0999", bsn, TODAY.plusDays(1), minutes("R-1", 3000)));
    assertThat(handled.accepted()).isFalse();
    assertThat(codes(java.util.Objects.requireNonNull(handled.reply()), "Header"))
        .containsExactly(List.of("8848", "S300"));
    assertThat(handled.returnCode()).isEqualTo("8848");
    assertThat(states(agb)).isEmpty();
  }

  @Test
  void aGenericProductIsNotAssessed0233() throws Exception {
    String agb = contracted();
    Handled handled =
        send(
            agb,
            vot(
                agb,
                ENSCHEDE,
                bsn,
                DATED,
                product("R-1", null, null, "2026-12-07", "2027-05-31", null, 100_000)));
    assertThat(handled.accepted()).isFalse();
    assertThat(codes(java.util.Objects.requireNonNull(handled.reply()), "AangevraagdProduct"))
        .containsExactly(List.of("0233"));
    assertThat(states(agb)).isEmpty();
  }
}
