package nl.jeugdregie.ijw;

import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Writes the messages the municipality sends (JW301, JW319) and checks each one, read back, on
 * every content rule and every rule against earlier messages before anyone may store it. The outbox
 * decides what to send and when; what a valid message is stays with the standard here.
 */
@Component
public class OutgoingMessages {

  private final AllocationHistoryRules allocationHistory;
  private final AnswerHistoryRules answerHistory;

  OutgoingMessages(AllocationHistoryRules allocationHistory, AnswerHistoryRules answerHistory) {
    this.allocationHistory = allocationHistory;
    this.answerHistory = answerHistory;
  }

  /**
   * The JW301 of {@code message} for client {@code clientId} ({@code pseudonym}).
   *
   * @throws BrokenRulesException when it would break an iJw rule
   */
  public byte[] jw301(AllocationMessage message, UUID clientId, String pseudonym) {
    byte[] xml = Jw301Writer.write(message);
    IjwXml.Read<nl.jeugdregie.ijw.xml.jw301.Root> read =
        IjwXml.read(xml, nl.jeugdregie.ijw.xml.jw301.Root.class);
    Findings findings = new Findings(read.locations());
    AllocationMessageRules.check(read.root(), findings);
    allocationHistory.check(read.root(), clientId, pseudonym, findings);
    if (!findings.isEmpty()) throw new BrokenRulesException(MessageType.JW301, findings.all());
    return xml;
  }

  /**
   * The JW319 of {@code message}.
   *
   * @throws BrokenRulesException when it would break an iJw rule
   */
  public byte[] jw319(AnswerMessage message) {
    byte[] xml = Jw319Writer.write(message);
    IjwXml.Read<nl.jeugdregie.ijw.xml.jw319.Root> read =
        IjwXml.read(xml, nl.jeugdregie.ijw.xml.jw319.Root.class);
    Findings findings = new Findings(read.locations());
    AnswerRules.check(read.root(), findings);
    answerHistory.check(read.root(), findings);
    if (!findings.isEmpty()) throw new BrokenRulesException(MessageType.JW319, findings.all());
    return xml;
  }
}
