package nl.jeugdregie.ijw;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import nl.jeugdregie.billing.DeclarationSubmission;
import nl.jeugdregie.ijw.MessageHandler.Handled;
import nl.jeugdregie.ijw.MessageHandler.Received;
import nl.jeugdregie.shared.Actor;
import org.springframework.context.ApplicationContext;

/**
 * The JW323 path for the benchmark, which lives in another package: reading and mapping alone, and
 * the whole handler.
 */
public final class Jw323Processing {

  private Jw323Processing() {}

  /** What the handler answered: the 325's header code, its rejected prestaties and size. */
  public record Outcome(String headerCode, boolean accepted, int rejectedLines, int replyBytes) {}

  /**
   * Reads {@code xml} part by part, judges its content and maps it to billing's declaration.
   *
   * @return the number of lines mapped
   * @throws IllegalStateException when a content rule is broken
   */
  public static int readAndMap(byte[] xml) {
    Jw323Reader.Jw323 read = Jw323Reader.read(xml);
    if (!read.findings().isEmpty()) {
      throw new IllegalStateException("content rules broken: " + read.findings().all());
    }
    DeclarationSubmission submission = Objects.requireNonNull(read.submission());
    return submission.lineCount();
  }

  /** Reads {@code xml} part by part and keeps what the handler keeps: billing's declaration. */
  public static Object readAndKeep(byte[] xml) {
    return Objects.requireNonNull(Jw323Reader.read(xml).submission());
  }

  /** Reads {@code xml} whole, as one JAXB tree with its locations: what streaming avoids. */
  public static Object readWhole(byte[] xml) {
    return IjwXml.read(xml, nl.jeugdregie.ijw.xml.jw323.Root.class);
  }

  /**
   * The whole handler: read, judge, book, answer with a JW325. The header's fields are what the
   * inbox would have taken from the message.
   */
  public static Outcome handle(
      ApplicationContext spring,
      Actor actor,
      byte[] xml,
      String providerAgb,
      String municipality,
      String identification,
      LocalDate dated,
      LocalDate today) {
    DeclarationHandler handler = spring.getBean(DeclarationHandler.class);
    Handled handled =
        handler.handle(
            actor,
            new Received(
                UUID.randomUUID(),
                MessageType.JW323,
                new Header(providerAgb, municipality, identification, dated),
                xml,
                today));
    byte[] reply = Objects.requireNonNull(handled.reply());
    var root = IjwXml.read(reply, nl.jeugdregie.ijw.xml.jw325.Root.class).root();
    int rejected = 0;
    var answer = root.getDeclaratieAntwoord();
    if (answer != null && answer.getClienten() != null) {
      for (var client : answer.getClienten().getClient()) {
        rejected += client.getPrestaties().getPrestatie().size();
      }
    }
    return new Outcome(
        String.valueOf(handled.returnCode()), handled.accepted(), rejected, reply.length);
  }
}
