package nl.jeugdregie.ijw;

import java.util.List;
import java.util.Optional;
import nl.jeugdregie.ijw.xml.jw315.Root;

/**
 * Control level 2 on its own (ijw.md §2.1): every rule checkable inside one message (CD, CS and the
 * "bericht inhoud" TR rules, return code 0001), without a database. The handlers run the same rules
 * before they look further; {@code jeugdregie ijw validate} and the rule fixtures use this.
 */
public final class ContentCheck {

  private ContentCheck() {}

  /**
   * The content rules {@code xml} breaks; empty when there are none. Empty too for a type whose
   * content rules are not known here ({@link #covers}).
   *
   * @param xml a message that passed its XSD ({@link XsdCheck})
   */
  public static List<RuleFinding> check(MessageType type, byte[] xml) {
    return switch (type) {
      case JW315 -> run(xml, Root.class, VotRules::check);
      case JW317 -> run(xml, nl.jeugdregie.ijw.xml.jw317.Root.class, VowRules::check);
      case JW305, JW307 -> DeliveryMessageRules.check(type, xml);
      case JW323 -> Jw323Reader.read(xml).findings().all();
      // the messages the municipality sends, checked as they are made
      case JW301 -> run(xml, nl.jeugdregie.ijw.xml.jw301.Root.class, AllocationMessageRules::check);
      case JW319 -> run(xml, nl.jeugdregie.ijw.xml.jw319.Root.class, AnswerRules::check);
      default -> List.of();
    };
  }

  private static <T> List<RuleFinding> run(
      byte[] xml, Class<T> rootType, java.util.function.BiConsumer<T, Findings> rules) {
    IjwXml.Read<T> read = IjwXml.read(xml, rootType);
    Findings findings = new Findings(read.locations());
    rules.accept(read.root(), findings);
    return findings.all();
  }

  /** Whether this check knows the content rules of {@code type}. */
  public static boolean covers(MessageType type) {
    return switch (type) {
      case JW301, JW305, JW307, JW315, JW317, JW319, JW323 -> true;
      default -> false;
    };
  }

  /** The message type of {@code xml} when it passes its XSD. */
  static Optional<MessageType> validType(byte[] xml) {
    XsdCheck.Result result = new XsdCheck().check(xml);
    return result.valid() ? Optional.ofNullable(result.type()) : Optional.empty();
  }
}
