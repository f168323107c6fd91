package nl.jeugdregie.ijw;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.jeugdregie.Jeugdregie;
import nl.jeugdregie.TestData;
import nl.jeugdregie.ijw.MessageHandler.Handled;
import nl.jeugdregie.ijw.MessageHandler.Received;
import nl.jeugdregie.outbox.Outbox;
import nl.jeugdregie.outbox.OutboxEntry;
import nl.jeugdregie.outbox.OutboxFilter;
import nl.jeugdregie.shared.Actor;
import nl.jeugdregie.shared.PageRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * An outgoing message from WAITING to SENT to ANSWERED: overdue when its retour is more than 3
 * working days late (iJw OP090), answered by the provider's JW302 or JW320 ({@link RetourHandler}).
 */
@SpringBootTest(classes = Jeugdregie.class)
class OutboxStatesTest {

  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  @Autowired MessageLog log;
  @Autowired Outbox outbox;
  @Autowired RetourHandler retours;

  private final String agb = TestData.agb();
  private final Actor provider = Actor.provider("aanbieder", agb);

  private static byte[] sample(String type) throws Exception {
    return Files.readAllBytes(Path.of("src/test/resources/ijw/samples/" + type + ".xml"));
  }

  private static String identification() {
    return "S" + ThreadLocalRandom.current().nextLong(10_000_000_000L);
  }

  /** Our JW301 (the sample's content) to this test's provider, stored as sent. */
  private Header sent301(Instant sentAt) throws Exception {
    AllocationMessage sample = Jw301Writer.read(sample("JW301"));
    Header header = new Header("0983", agb, identification(), LocalDate.of(2026, 11, 20));
    byte[] xml =
        Jw301Writer.write(new AllocationMessage(header, sample.client(), sample.products()));
    UUID id = insertOut(MessageType.JW301, header, xml, sentAt);
    assertThat(id).isNotNull();
    return header;
  }

  private UUID insertOut(MessageType type, Header header, byte[] xml, Instant sentAt) {
    UUID id =
        log.insert(
            new MessageLog.NewMessage(
                MessageLog.Direction.OUT,
                type,
                header,
                xml,
                "WAITING",
                null,
                null,
                "C-TEST",
                header.receiver(),
                header.sender()),
            sentAt.minusSeconds(3600));
    log.markSent(id, sentAt);
    return id;
  }

  /** A retour as the inbox hands it over: logged as received, then given to the handler. */
  private Handled receive(Actor actor, MessageType type, Header header, byte[] xml) {
    UUID id =
        log.insert(
            new MessageLog.NewMessage(
                MessageLog.Direction.IN,
                type,
                header,
                xml,
                "RECEIVED",
                null,
                null,
                null,
                header.receiver(),
                header.sender()),
            Instant.now());
    return retours.handle(actor, new Received(id, type, header, xml, LocalDate.now(AMSTERDAM)));
  }

  private OutboxEntry entry() {
    return outbox.list(provider, LocalDate.of(2026, 11, 26)).getFirst();
  }

  @Test
  void aSentMessageIsOverdueAfterThreeWorkingDaysWithoutRetour() throws Exception {
    // sent on Monday 23 November 2026: the retour is due on Thursday the 26th
    sent301(LocalDate.of(2026, 11, 23).atTime(9, 0).atZone(AMSTERDAM).toInstant());

    OutboxEntry thursday = outbox.list(provider, LocalDate.of(2026, 11, 26)).getFirst();
    OutboxEntry friday = outbox.list(provider, LocalDate.of(2026, 11, 27)).getFirst();

    assertThat(thursday.state()).isEqualTo("SENT");
    assertThat(thursday.overdue()).isFalse();
    assertThat(friday.overdue()).isTrue();
  }

  @Test
  void overTheWeekendAndKingsDayTheThreeDaysAreWorkingDays() throws Exception {
    // sent on Friday 23 April 2027: Monday 26, Wednesday 28 (King's Day Tuesday 27), Thursday 29
    sent301(LocalDate.of(2027, 4, 23).atTime(16, 0).atZone(AMSTERDAM).toInstant());

    assertThat(outbox.list(provider, LocalDate.of(2027, 4, 29)).getFirst().overdue()).isFalse();
    assertThat(outbox.list(provider, LocalDate.of(2027, 4, 30)).getFirst().overdue()).isTrue();
  }

  /**
   * The paged outbox's {@code overdue=true} asks the database by the last overdue send day; it must
   * agree with the flag, over a weekend and King's Day too (issue 11).
   */
  @Test
  void theOverdueFilterAgreesWithTheOverdueFlag() throws Exception {
    sent301(LocalDate.of(2027, 4, 23).atTime(16, 0).atZone(AMSTERDAM).toInstant());
    OutboxFilter overdue = new OutboxFilter(null, null, null, null, true);

    assertThat(
            outbox.page(provider, LocalDate.of(2027, 4, 29), overdue, PageRequest.first()).total())
        .isZero();
    var friday = outbox.page(provider, LocalDate.of(2027, 4, 30), overdue, PageRequest.first());
    assertThat(friday.total()).isEqualTo(1);
    assertThat(friday.items().getFirst().overdue()).isTrue();
    // the unfiltered page marks it as the list does
    assertThat(
            outbox
                .page(provider, LocalDate.of(2027, 4, 30), OutboxFilter.none(), PageRequest.first())
                .items()
                .getFirst()
                .overdue())
        .isTrue();
  }

  @Test
  void anAcceptingJw302MarksOurJw301AnsweredWith0200() throws Exception {
    Header ours = sent301(LocalDate.of(2026, 11, 23).atTime(9, 0).atZone(AMSTERDAM).toInstant());
    byte[] xml = log.xml(entry().id());
    byte[] retour =
        Retours.accepted(
            MessageType.JW301, xml, "R" + ours.identification(), LocalDate.of(2026, 11, 24));

    Handled handled = receive(provider, MessageType.JW302, ours, retour);

    assertThat(handled.accepted()).isTrue();
    assertThat(handled.returnCode()).isEqualTo("0200");
    assertThat(handled.reply()).isNull();
    OutboxEntry answered = outbox.list(provider, LocalDate.of(2026, 12, 31)).getFirst();
    assertThat(answered.state()).isEqualTo("ANSWERED");
    assertThat(answered.retourCode()).isEqualTo("0200");
    assertThat(answered.overdue()).isFalse();
  }

  @Test
  void aRejectingJw302GivesItsCode() throws Exception {
    Header ours = sent301(Instant.now());
    byte[] retour =
        Retours.rejectedOnContent(
            MessageType.JW301,
            log.xml(entry().id()),
            "R" + ours.identification(),
            LocalDate.now(AMSTERDAM));

    Handled handled = receive(provider, MessageType.JW302, ours, retour);

    assertThat(handled.accepted()).isTrue();
    assertThat(handled.returnCode()).isEqualTo("0001");
    assertThat(entry().retourCode()).isEqualTo("0001");
  }

  @Test
  void aRetourOnAMessageWeNeverSentIsNotTaken() throws Exception {
    Header ours = sent301(Instant.now());
    byte[] retour =
        Retours.accepted(MessageType.JW301, log.xml(entry().id()), "R1", LocalDate.now(AMSTERDAM));
    Header unknown =
        new Header(ours.sender(), ours.receiver(), "N" + identification(), ours.dated());

    Handled handled = receive(provider, MessageType.JW302, unknown, retour);
    Handled otherProvider =
        receive(Actor.provider("ander", "87654321"), MessageType.JW302, ours, retour);

    assertThat(handled.accepted()).isFalse();
    assertThat(otherProvider.accepted()).isFalse();
    assertThat(entry().state()).isEqualTo("SENT");
  }

  @Test
  void theSharedJw302AndJw320SamplesAnswerTheMessagesTheyCopy() throws Exception {
    Instant sentAt = Instant.now();
    insertOut(
        MessageType.JW301,
        new Header("0384", "42420001", "123456789012", LocalDate.of(2026, 4, 1)),
        sample("JW301"),
        sentAt);
    insertOut(
        MessageType.JW319,
        new Header("0384", "65656055", "876543219", LocalDate.of(2026, 4, 1)),
        sample("JW319"),
        sentAt);
    Actor admin = Actor.admin("exchange");

    Handled jw302 =
        receive(
            admin,
            MessageType.JW302,
            new Header("0384", "42420001", "123456789012", LocalDate.of(2023, 7, 15)),
            sample("JW302"));
    Handled jw320 =
        receive(
            admin,
            MessageType.JW320,
            new Header("0384", "65656055", "876543219", LocalDate.of(2023, 7, 15)),
            sample("JW320"));

    assertThat(jw302.accepted()).isTrue();
    assertThat(jw302.returnCode()).isEqualTo("8848");
    assertThat(jw320.accepted()).isTrue();
    assertThat(jw320.returnCode()).as("0200 on the header, 9360 on Antwoord").isEqualTo("9360");
  }
}
