package nl.jeugdregie.ijw;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A message refused before any retour can be made (control level 1, ijw.md §2.1): not XML, not an
 * iJw 3.2 message, hostile (a DOCTYPE), too large, or invalid against its XSD. Nothing is stored;
 * the standard gives no retour, so the sender gets these findings from the exchange (HTTP 400).
 */
public class MessageRefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient @Nullable MessageType type;
  private final transient List<XmlFinding> findings;

  public MessageRefusedException(
      @Nullable MessageType type, List<XmlFinding> findings, String message) {
    super(message);
    this.type = type;
    this.findings = List.copyOf(findings);
  }

  public @Nullable MessageType type() {
    return type;
  }

  public List<XmlFinding> findings() {
    return findings;
  }
}
